package io.github.uuidkit.spring.boot;

import io.github.uuidkit.hibernate.UuidTypeContributor;
import io.github.uuidkit.jdbc.UuidColumnKind;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Hibernate/JPA with uuidkit under Spring Boot 4: when {@code uuidkit.column-kind} is set, sets Hibernate's
 * {@value UuidTypeContributor#COLUMN_KIND} to it, unless the application set that property itself
 * ({@code spring.jpa.properties.uuidkit.hibernate.uuid_column_kind}), so that every {@code UUID} attribute binds and
 * reads strictly by that kind (uuidkit-hibernate's {@link UuidTypeContributor}). Backs off when the application
 * defines a bean named {@code uuidkitHibernatePropertiesCustomizer}.
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({HibernatePropertiesCustomizer.class, UuidTypeContributor.class})
@ConditionalOnProperty(ColumnKinds.PROPERTY)
@EnableConfigurationProperties(UuidkitProperties.class)
public final class UuidkitHibernateAutoConfiguration {

    /** Created by Spring Boot. */
    UuidkitHibernateAutoConfiguration() {
    }

    /**
     * Puts {@value UuidTypeContributor#COLUMN_KIND} into Hibernate's properties if absent.
     *
     * @param properties {@code uuidkit.column-kind}
     * @return the customizer
     */
    @Bean
    @ConditionalOnMissingBean(name = "uuidkitHibernatePropertiesCustomizer")
    public HibernatePropertiesCustomizer uuidkitHibernatePropertiesCustomizer(UuidkitProperties properties) {
        UuidColumnKind kind = properties.getColumnKind();
        return hibernateProperties -> {
            if (kind != null) {
                hibernateProperties.putIfAbsent(UuidTypeContributor.COLUMN_KIND, kind.name());
            }
        };
    }
}
