package io.github.uuidkit.it.spring;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.ReactiveUuidPersistableCallbacks;
import io.github.uuidkit.spring.ReactiveUuidV7IdCallback;
import io.github.uuidkit.spring.UuidR2dbcConverter;
import io.r2dbc.spi.ConnectionFactory;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.r2dbc.config.AbstractR2dbcConfiguration;
import org.springframework.data.r2dbc.convert.MappingR2dbcConverter;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.r2dbc.repository.config.EnableR2dbcRepositories;
import org.springframework.data.repository.CrudRepository;

/**
 * The README's Spring Data R2DBC configuration, with the default kind and the connection factory given by the suite
 * (beans registered before the context is refreshed) instead of literals.
 */
@Configuration
// the JDBC repositories of SpringDataJdbcIT live in this package too
@EnableR2dbcRepositories(basePackageClasses = SpringDataR2dbcIT.class, considerNestedRepositories = true,
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CrudRepository.class))
class SpringR2dbcConfig extends AbstractR2dbcConfiguration {

    @Autowired
    private R2dbcTarget target;

    @Override
    @Bean
    public ConnectionFactory connectionFactory() {
        return target.connectionFactory();
    }

    /** No entity scan at startup: {@link Mixed} and {@link Kinds} ({@code BINARY(16)}) would fail fast on PostgreSQL. */
    @Override
    protected Collection<String> getMappingBasePackages() {
        return List.of();
    }

    @Override
    @Bean
    public MappingR2dbcConverter r2dbcConverter(R2dbcMappingContext mappingContext,
            R2dbcCustomConversions conversions) {
        // the kind of every UUID property without @UuidColumn, and of ids and query parameters
        return new UuidR2dbcConverter(mappingContext, conversions, getDialect(connectionFactory()), defaultKind());
    }

    private UuidColumnKind defaultKind() {
        return target.kind();
    }

    @Bean
    ReactiveUuidV7IdCallback uuidV7IdCallback(R2dbcMappingContext mappingContext) {
        return new ReactiveUuidV7IdCallback(mappingContext);
    }

    @Bean
    ReactiveUuidPersistableCallbacks uuidPersistableCallbacks() {
        return new ReactiveUuidPersistableCallbacks();
    }
}
