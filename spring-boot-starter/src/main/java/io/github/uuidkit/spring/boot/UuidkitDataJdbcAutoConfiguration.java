package io.github.uuidkit.spring.boot;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.MysqlStartupCheck;
import io.github.uuidkit.spring.UuidJdbcConverter;
import io.github.uuidkit.spring.UuidPersistableCallbacks;
import io.github.uuidkit.spring.UuidV7IdCallback;
import io.github.uuidkit.spring.boot.UuidkitProperties.StrictCheck;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.convert.RelationResolver;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Data JDBC with uuidkit under Spring Boot 4: a {@link UuidJdbcConverter} of the kind
 * {@code uuidkit.column-kind} (detected on PostgreSQL) in place of Boot's {@code JdbcConverter}, the
 * {@link UuidV7IdCallback} ({@code uuidkit.v7-ids}, on by default), the {@link UuidPersistableCallbacks} and the
 * {@link MysqlStartupCheck} ({@code uuidkit.mysql.strict-check}, {@code fail} by default). Runs before Boot's
 * {@code DataJdbcRepositoriesAutoConfiguration}, whose converter then backs off; each bean backs off when the
 * application defines one of its type, and the converter also when the application has its own
 * {@link AbstractJdbcConfiguration}.
 */
@AutoConfiguration(after = {JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        before = DataJdbcRepositoriesAutoConfiguration.class)
@ConditionalOnClass({NamedParameterJdbcOperations.class, AbstractJdbcConfiguration.class, UuidJdbcConverter.class,
    DataJdbcRepositoriesAutoConfiguration.class})
@ConditionalOnBean({NamedParameterJdbcOperations.class, PlatformTransactionManager.class})
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "spring.data.jdbc.repositories.enabled", matchIfMissing = true)
@EnableConfigurationProperties(UuidkitProperties.class)
public final class UuidkitDataJdbcAutoConfiguration {

    /** Created by Spring Boot. */
    UuidkitDataJdbcAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    JdbcColumnKind uuidkitJdbcColumnKind(UuidkitProperties properties, DataSource dataSource) {
        return new JdbcColumnKind(properties, dataSource);
    }

    /**
     * The converter, made as Boot's own (Spring Data's {@code AbstractJdbcConfiguration}) with the column kind.
     *
     * @param context the mapping context
     * @param operations the JDBC operations
     * @param relationResolver resolves relations (Spring Data's data access strategy, lazily)
     * @param conversions the custom conversions
     * @param dialect the dialect
     * @param kind the column kind, resolved here (startup fails if it cannot be)
     * @return the converter
     * @throws IllegalStateException if the kind is unset on a database other than PostgreSQL, or a
     *     {@code BINARY(16)} kind meets PostgreSQL
     */
    @Bean
    @ConditionalOnMissingBean({JdbcConverter.class, AbstractJdbcConfiguration.class})
    public UuidJdbcConverter uuidJdbcConverter(JdbcMappingContext context, NamedParameterJdbcOperations operations,
            @Lazy RelationResolver relationResolver, JdbcCustomConversions conversions, JdbcDialect dialect,
            ObjectProvider<JdbcColumnKind> kind) {
        return UuidJdbcConverter.create(context, operations, relationResolver, conversions, dialect,
                kind.getObject().get());
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
    public UuidV7IdCallback uuidV7IdCallback(JdbcMappingContext context) {
        return new UuidV7IdCallback(context);
    }

    /**
     * Marks {@code UuidPersistable} aggregates as stored after save and load.
     *
     * @return the callbacks
     */
    @Bean
    @ConditionalOnMissingBean
    public UuidPersistableCallbacks uuidPersistableCallbacks() {
        return new UuidPersistableCallbacks();
    }

    /**
     * Checks a MySQL/MariaDB server at startup for the kind of the converter (nothing on other databases).
     *
     * @param dataSource the data source
     * @param properties {@code uuidkit.mysql.strict-check}: fail or warn
     * @param converters the application's converter, whose default kind is checked if it is a uuidkit one
     * @param kind the configured or detected kind otherwise
     * @return the check, run when it is initialised
     */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(StrictCheckCondition.class)
    public MysqlStartupCheck uuidkitMysqlStartupCheck(DataSource dataSource, UuidkitProperties properties,
            ObjectProvider<JdbcConverter> converters, ObjectProvider<JdbcColumnKind> kind) {
        JdbcConverter converter = converters.getIfUnique();
        UuidColumnKind checked = converter instanceof UuidJdbcConverter
                ? ((UuidJdbcConverter) converter).defaultKind() : kind.getObject().get();
        return new MysqlStartupCheck(dataSource, properties.getMysql().getStrictCheck() == StrictCheck.FAIL, checked);
    }
}
