package io.github.uuidkit.spring.boot;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.ReactiveUuidPersistableCallbacks;
import io.github.uuidkit.spring.ReactiveUuidV7IdCallback;
import io.github.uuidkit.spring.UuidR2dbcConverter;
import io.github.uuidkit.spring.boot.UuidkitProperties.StrictCheck;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.r2dbc.convert.R2dbcConverter;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.r2dbc.dialect.DialectResolver;
import org.springframework.data.r2dbc.dialect.R2dbcDialect;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Spring Data R2DBC with uuidkit under Spring Boot 4: a {@link UuidR2dbcConverter} of the kind
 * {@code uuidkit.column-kind} (detected from the connection factory's metadata on PostgreSQL) in place of Boot's
 * {@code MappingR2dbcConverter}, the {@link ReactiveUuidV7IdCallback} ({@code uuidkit.v7-ids}), the
 * {@link ReactiveUuidPersistableCallbacks} and the {@link R2dbcMysqlStartupCheck} ({@code uuidkit.mysql.strict-check}).
 * Runs before Boot's {@code DataR2dbcAutoConfiguration}; each bean backs off when the application defines one of its
 * type (the converter: any {@link R2dbcConverter}).
 */
@AutoConfiguration(after = R2dbcAutoConfiguration.class, before = DataR2dbcAutoConfiguration.class)
@ConditionalOnClass({DatabaseClient.class, R2dbcEntityTemplate.class, UuidR2dbcConverter.class,
    DataR2dbcAutoConfiguration.class})
@ConditionalOnSingleCandidate(DatabaseClient.class)
@EnableConfigurationProperties(UuidkitProperties.class)
public final class UuidkitDataR2dbcAutoConfiguration {

    /** Created by Spring Boot. */
    UuidkitDataR2dbcAutoConfiguration() {
    }

    /**
     * The converter, made as Boot's own with the dialect of the connection factory and the column kind.
     *
     * @param context the mapping context
     * @param conversions the custom conversions
     * @param client the database client, whose connection factory tells the dialect
     * @param properties {@code uuidkit.column-kind}
     * @return the converter
     * @throws IllegalStateException if the kind is unset on a database other than PostgreSQL, or a
     *     {@code BINARY(16)} kind meets PostgreSQL
     */
    @Bean
    @ConditionalOnMissingBean(R2dbcConverter.class)
    public UuidR2dbcConverter uuidR2dbcConverter(R2dbcMappingContext context, R2dbcCustomConversions conversions,
            DatabaseClient client, UuidkitProperties properties) {
        ConnectionFactory factory = client.getConnectionFactory();
        R2dbcDialect dialect = DialectResolver.getDialect(factory);
        UuidColumnKind kind = ColumnKinds.resolve(properties.getColumnKind(), dialect instanceof PostgresDialect,
                factory.getMetadata().getName());
        return new UuidR2dbcConverter(context, conversions, dialect, kind);
    }

    /**
     * Assigns a v7 id to a null {@code @Id UUID} before saving.
     *
     * @param context the mapping context
     * @return the callback
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "uuidkit.v7-ids", matchIfMissing = true)
    public ReactiveUuidV7IdCallback reactiveUuidV7IdCallback(R2dbcMappingContext context) {
        return new ReactiveUuidV7IdCallback(context);
    }

    /**
     * Marks {@code UuidPersistable} aggregates as stored after save and load.
     *
     * @return the callbacks
     */
    @Bean
    @ConditionalOnMissingBean
    public ReactiveUuidPersistableCallbacks reactiveUuidPersistableCallbacks() {
        return new ReactiveUuidPersistableCallbacks();
    }

    /**
     * Checks a MySQL/MariaDB server at startup (nothing on other databases).
     *
     * @param client the database client
     * @param properties {@code uuidkit.mysql.strict-check} and {@code uuidkit.column-kind}
     * @param converters the application's converter, whose default kind is checked if it is a uuidkit one
     * @return the check, run when it is initialised
     */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(StrictCheckCondition.class)
    public R2dbcMysqlStartupCheck uuidkitR2dbcMysqlStartupCheck(DatabaseClient client, UuidkitProperties properties,
            ObjectProvider<R2dbcConverter> converters) {
        R2dbcConverter converter = converters.getIfUnique();
        UuidColumnKind kind = converter instanceof UuidR2dbcConverter ? ((UuidR2dbcConverter) converter).defaultKind()
                : ColumnKinds.resolve(properties.getColumnKind(),
                        DialectResolver.getDialect(client.getConnectionFactory()) instanceof PostgresDialect,
                        client.getConnectionFactory().getMetadata().getName());
        return new R2dbcMysqlStartupCheck(client, properties.getMysql().getStrictCheck() == StrictCheck.FAIL, kind);
    }
}
