package io.github.uuidkit.spring.boot;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.mybatis.UuidTypeHandler;
import io.github.uuidkit.mybatis.UuidTypeHandlers;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * MyBatis with uuidkit under Spring Boot 4 (mybatis-spring-boot-starter 4): registers uuidkit's type handler of the
 * kind {@code uuidkit.column-kind} (detected on PostgreSQL) as MyBatis's default for {@code java.util.UUID}, and the
 * handlers of the other kinds for per-column {@code typeHandler=} overrides ({@link UuidTypeHandlers#register}).
 * Backs off when the application defines a {@link UuidTypeHandler} bean or a bean named
 * {@code uuidkitMybatisConfigurationCustomizer}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = MybatisAutoConfiguration.class)
@ConditionalOnClass({SqlSessionFactory.class, ConfigurationCustomizer.class, UuidTypeHandlers.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(UuidkitProperties.class)
public final class UuidkitMybatisAutoConfiguration {

    /** Created by Spring Boot. */
    UuidkitMybatisAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    JdbcColumnKind uuidkitJdbcColumnKind(UuidkitProperties properties, DataSource dataSource) {
        return new JdbcColumnKind(properties, dataSource);
    }

    /**
     * Registers the handler of the column kind, resolved here (startup fails if it cannot be).
     *
     * @param kind the configured or detected kind
     * @return the customizer
     * @throws IllegalStateException if the kind is unset on a database other than PostgreSQL
     */
    @Bean
    @ConditionalOnMissingBean(value = UuidTypeHandler.class, name = "uuidkitMybatisConfigurationCustomizer")
    public ConfigurationCustomizer uuidkitMybatisConfigurationCustomizer(ObjectProvider<JdbcColumnKind> kind) {
        UuidColumnKind resolved = kind.getObject().get();
        return configuration -> UuidTypeHandlers.register(configuration, resolved);
    }
}
