package io.github.uuidkit.boot.it.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/**
 * A Spring Boot application as a user writes it with uuidkit-spring-boot-starter: repositories, a {@code @Transactional}
 * service, no uuidkit configuration class. The one addition for the tests: the table of each aggregate comes from the
 * property {@code boottest.table.<aggregate>} (the suite's uniquely named tables).
 */
@SpringBootApplication
public class BootApp {

    /**
     * Maps each aggregate to the table named by {@code boottest.table.<simple class name, lower case>}.
     *
     * @param environment the application's properties
     * @return the naming strategy
     */
    @Bean
    NamingStrategy testTables(Environment environment) {
        return new DefaultNamingStrategy() {
            @Override
            public String getTableName(Class<?> type) {
                return environment.getRequiredProperty("boottest.table." + super.getTableName(type));
            }
        };
    }
}
