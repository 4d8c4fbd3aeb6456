package io.github.uuidkit.spring.boot;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Stops an application that runs this starter on Spring Boot 3.x, where it would otherwise do nothing without a word
 * (its auto-configurations are conditional on Boot 4's per-technology classes): the starter and uuidkit-spring need
 * Spring Boot 4.0 or 4.1 (Spring Data 4.x, Spring Framework 7). uuidkit-spring's converters, compiled against Spring
 * Data 4, do not bind by column kind on Spring Data 3.5: their overrides name
 * {@code org.springframework.data.core.TypeInformation}, which Spring Data 3.5 has as
 * {@code org.springframework.data.util.TypeInformation}. Boot 3.x is recognised by its
 * {@code org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration}, which Boot 4 moved to
 * {@code org.springframework.boot.jdbc.autoconfigure}.
 */
@AutoConfiguration
@Conditional(Boot3Condition.class)
public final class UuidkitBoot3Guard {

    /** The message of the refusal. */
    static final String MESSAGE = "uuidkit: uuidkit-spring-boot-starter needs Spring Boot 4.0 or 4.1 (Spring Data 4,"
            + " Spring Framework 7); this application runs Spring Boot 3.x, where uuidkit-spring's converters would not"
            + " bind UUIDs by column kind (Spring Data 3.5 has TypeInformation in org.springframework.data.util, not"
            + " org.springframework.data.core). Upgrade to Spring Boot 4, or remove uuidkit-spring-boot-starter.";

    /** Created by Spring Boot. */
    UuidkitBoot3Guard() {
    }

    /**
     * Refuses to start.
     *
     * @return never returns normally
     * @throws IllegalStateException always, with {@link #MESSAGE}
     */
    @Bean
    static InitializingBean uuidkitBoot3Guard() {
        return () -> {
            throw new IllegalStateException(MESSAGE);
        };
    }
}
