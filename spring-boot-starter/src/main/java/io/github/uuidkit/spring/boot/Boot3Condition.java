package io.github.uuidkit.spring.boot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches on Spring Boot 3.x: Boot 3's {@code DataSourceAutoConfiguration} is on the class path, Boot 4's is not. */
final class Boot3Condition extends SpringBootCondition {

    static final String BOOT3 = "org/springframework/boot/autoconfigure/jdbc/DataSourceAutoConfiguration.class";
    static final String BOOT4 = "org/springframework/boot/jdbc/autoconfigure/DataSourceAutoConfiguration.class";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ClassLoader loader = context.getClassLoader() != null ? context.getClassLoader()
                : Boot3Condition.class.getClassLoader();
        return isBoot3(loader) ? ConditionOutcome.match("Spring Boot 3.x (" + BOOT3 + ")")
                : ConditionOutcome.noMatch("not Spring Boot 3.x");
    }

    static boolean isBoot3(ClassLoader loader) {
        return loader.getResource(BOOT3) != null && loader.getResource(BOOT4) == null;
    }
}
