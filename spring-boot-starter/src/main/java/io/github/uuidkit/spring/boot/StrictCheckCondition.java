package io.github.uuidkit.spring.boot;

import io.github.uuidkit.spring.boot.UuidkitProperties.StrictCheck;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches unless {@code uuidkit.mysql.strict-check=off} (relaxed binding: any case). */
final class StrictCheckCondition extends SpringBootCondition {

    static final String PROPERTY = "uuidkit.mysql.strict-check";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        StrictCheck mode = mode(Binder.get(context.getEnvironment()));
        return mode == StrictCheck.OFF ? ConditionOutcome.noMatch(PROPERTY + "=off")
                : ConditionOutcome.match(PROPERTY + "=" + mode.name().toLowerCase(java.util.Locale.ROOT));
    }

    static StrictCheck mode(Binder binder) {
        return binder.bind(PROPERTY, StrictCheck.class).orElse(StrictCheck.FAIL);
    }
}
