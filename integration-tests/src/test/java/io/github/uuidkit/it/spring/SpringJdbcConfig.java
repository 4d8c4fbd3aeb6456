package io.github.uuidkit.it.spring;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.UuidJdbcConverter;
import io.github.uuidkit.spring.UuidPersistableCallbacks;
import io.github.uuidkit.spring.UuidV7IdCallback;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.convert.RelationResolver;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The README's configuration, with the default kind and the data source given by the suite (beans registered before
 * the context is refreshed) instead of literals.
 */
@Configuration
// the reactive repositories of SpringDataR2dbcIT live in this package too
@EnableJdbcRepositories(basePackageClasses = Repositories.class, considerNestedRepositories = true,
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ReactiveCrudRepository.class))
class SpringJdbcConfig extends AbstractJdbcConfiguration {

    @Autowired
    private UuidColumnKind defaultKind;

    /** No entity scan at startup: {@link Mixed} (BINARY(16) key) would fail fast in the PostgreSQL context. */
    @Override
    protected Collection<String> getMappingBasePackages() {
        return List.of();
    }

    @Override
    @Bean
    public JdbcConverter jdbcConverter(JdbcMappingContext mappingContext, NamedParameterJdbcOperations operations,
            @Lazy RelationResolver relationResolver, JdbcCustomConversions conversions, JdbcDialect dialect) {
        return UuidJdbcConverter.create(mappingContext, operations, relationResolver, conversions, dialect,
                defaultKind);
    }

    @Bean
    UuidV7IdCallback uuidV7IdCallback(JdbcMappingContext mappingContext) {
        return new UuidV7IdCallback(mappingContext);
    }

    @Bean
    UuidPersistableCallbacks uuidPersistableCallbacks() {
        return new UuidPersistableCallbacks();
    }

    @Bean
    NamedParameterJdbcOperations namedParameterJdbcOperations(DataSource dataSource) {
        return new NamedParameterJdbcTemplate(dataSource);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }
}
