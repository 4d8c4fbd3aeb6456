package io.github.uuidkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.MysqlStartupCheck;
import io.github.uuidkit.spring.UuidJdbcConverter;
import io.github.uuidkit.spring.UuidPersistableCallbacks;
import io.github.uuidkit.spring.UuidV7IdCallback;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.convert.MappingJdbcConverter;
import org.springframework.data.jdbc.core.convert.RelationResolver;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcMySqlDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.context.annotation.Lazy;

/**
 * Every condition and back-off of {@link UuidkitDataJdbcAutoConfiguration}, on {@link FakeDatabase}s (no engine):
 * Boot's own JDBC auto-configurations around it, the dialect given as a bean (Boot's would connect).
 */
class UuidkitDataJdbcAutoConfigurationTest {

    private static ApplicationContextRunner runner(FakeDatabase database, JdbcDialect dialect) {
        return runnerWithoutDialect(database).withBean(JdbcDialect.class, () -> dialect);
    }

    private static ApplicationContextRunner runnerWithoutDialect(FakeDatabase database) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, DataJdbcRepositoriesAutoConfiguration.class,
                        UuidkitDataJdbcAutoConfiguration.class))
                .withUserConfiguration(Failures.Packages.class)
                .withBean(DataSource.class, database::dataSource);
    }

    private static ApplicationContextRunner postgres() {
        return runner(FakeDatabase.postgres(), JdbcPostgresDialect.INSTANCE);
    }

    private static ApplicationContextRunner mysql(FakeDatabase database) {
        return runner(database, JdbcMySqlDialect.INSTANCE);
    }

    @Test
    void postgresWithoutAPropertyGetsEveryBeanWithTheDetectedKind() {
        postgres().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(JdbcConverter.class);
            assertThat(context.getBean(JdbcConverter.class)).isInstanceOf(UuidJdbcConverter.class);
            assertThat(context.getBean(UuidJdbcConverter.class).defaultKind()).isEqualTo(UuidColumnKind.POSTGRES_UUID);
            assertThat(context).hasSingleBean(UuidV7IdCallback.class);
            assertThat(context).hasSingleBean(UuidPersistableCallbacks.class);
            assertThat(context).hasSingleBean(MysqlStartupCheck.class); // does nothing on PostgreSQL
        });
    }

    @ParameterizedTest
    @EnumSource(value = UuidColumnKind.class, names = {"POSTGRES_UUID", "MARIADB_UUID", "CHAR36"})
    void theConfiguredKindWinsOverDetection(UuidColumnKind kind) {
        postgres().withPropertyValues("uuidkit.column-kind=" + kind.name().toLowerCase(java.util.Locale.ROOT))
                .run(context -> assertThat(context.getBean(UuidJdbcConverter.class).defaultKind()).isEqualTo(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BINARY16", "binary16", "BINARY16_TIME_SWAPPED", "binary16-time-swapped"})
    void aBinaryKindOnPostgresFailsToStartNamingTheFix(String kind) {
        postgres().withPropertyValues("uuidkit.column-kind=" + kind).run(context -> {
            assertThat(context).hasFailed();
            assertThat(Failures.root(context.getStartupFailure()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("with a PostgreSQL dialect")
                    .hasMessageContaining("use UuidColumnKind.POSTGRES_UUID");
        });
    }

    @Test
    void mysqlWithoutAPropertyFailsToStartListingTheKinds() {
        mysql(FakeDatabase.mysql()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(Failures.root(context.getStartupFailure()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("set uuidkit.column-kind")
                    .hasMessageContaining("MySQL 8.0.36")
                    .hasMessageContaining("[POSTGRES_UUID, MARIADB_UUID, BINARY16, BINARY16_TIME_SWAPPED, CHAR36]");
        });
    }

    @Test
    void mariadbWithoutAPropertyFailsToStartToo() {
        runner(FakeDatabase.mariadb(), JdbcMySqlDialect.INSTANCE).run(context -> {
            assertThat(context).hasFailed();
            assertThat(Failures.root(context.getStartupFailure())).hasMessageContaining("set uuidkit.column-kind")
                    .hasMessageContaining("MariaDB 11.4.5-MariaDB");
        });
    }

    @Test
    void mysqlWithAKindAndAStrictServerStarts() {
        mysql(FakeDatabase.mysql()).withPropertyValues("uuidkit.column-kind=binary16").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(UuidJdbcConverter.class).defaultKind()).isEqualTo(UuidColumnKind.BINARY16);
            assertThat(context.getBean(MysqlStartupCheck.class).check()).isEmpty();
        });
    }

    @Test
    void aNonStrictSqlModeFailsToStartByDefault() {
        mysql(FakeDatabase.mysql("NO_ENGINE_SUBSTITUTION")).withPropertyValues("uuidkit.column-kind=BINARY16")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(Failures.root(context.getStartupFailure())).isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("not safe for [BINARY16] keys")
                            .hasMessageContaining("NON_STRICT_SQL_MODE");
                });
    }

    @Test
    void aNonStrictSqlModeOnlyWarnsWithWarn() {
        mysql(FakeDatabase.mysql("NO_ENGINE_SUBSTITUTION"))
                .withPropertyValues("uuidkit.column-kind=BINARY16", "uuidkit.mysql.strict-check=warn")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MysqlStartupCheck.class).check()).isNotEmpty();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "OFF", "Off"})
    void strictCheckOffRegistersNoCheck(String off) {
        mysql(FakeDatabase.mysql("NO_ENGINE_SUBSTITUTION"))
                .withPropertyValues("uuidkit.column-kind=BINARY16", "uuidkit.mysql.strict-check=" + off)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(MysqlStartupCheck.class);
                });
    }

    @Test
    void theStartupCheckChecksTheKindOfTheApplicationsOwnUuidConverter() {
        // a MariaDB 10.x without a native UUID type: the check of MARIADB_UUID finds NO_NATIVE_UUID_TYPE
        FakeDatabase old = FakeDatabase.mysql();
        mysql(old).withPropertyValues("uuidkit.column-kind=MARIADB_UUID").run(context -> {
            assertThat(context).hasFailed();
            assertThat(Failures.root(context.getStartupFailure())).hasMessageContaining("[MARIADB_UUID]");
        });
    }

    @Test
    void v7IdsFalseRegistersNoIdCallback() {
        postgres().withPropertyValues("uuidkit.v7-ids=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(UuidV7IdCallback.class);
            assertThat(context).hasSingleBean(UuidPersistableCallbacks.class);
        });
    }

    @Test
    void anApplicationConverterMakesTheConverterBackOff() {
        postgres().withUserConfiguration(OwnConverter.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(JdbcConverter.class);
            assertThat(context).doesNotHaveBean(UuidJdbcConverter.class);
            assertThat(context).hasSingleBean(UuidV7IdCallback.class);
        });
    }

    @Test
    void anApplicationJdbcConfigurationMakesTheConverterBackOff() {
        runnerWithoutDialect(FakeDatabase.postgres()).withUserConfiguration(OwnJdbcConfiguration.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(JdbcConverter.class);
            assertThat(context.getBean(JdbcConverter.class)).isNotInstanceOf(UuidJdbcConverter.class);
        });
    }

    @Test
    void applicationCallbacksAndCheckMakeOursBackOff() {
        postgres().withUserConfiguration(OwnCallbacks.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(UuidV7IdCallback.class)).isSameAs(context.getBean("myIdCallback"));
            assertThat(context.getBean(UuidPersistableCallbacks.class)).isSameAs(context.getBean("myCallbacks"));
            assertThat(context.getBean(MysqlStartupCheck.class)).isSameAs(context.getBean("myCheck"));
        });
    }

    @Test
    void nothingWithoutSpringDataJdbc() {
        postgres().withClassLoader(new FilteredClassLoader(AbstractJdbcConfiguration.class)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(UuidJdbcConverter.class);
            assertThat(context).doesNotHaveBean(UuidV7IdCallback.class);
            assertThat(context).doesNotHaveBean(MysqlStartupCheck.class);
        });
    }

    @Test
    void nothingWithoutUuidkitSpring() {
        postgres().withClassLoader(new FilteredClassLoader(UuidJdbcConverter.class)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(UuidV7IdCallback.class);
            assertThat(context.getBean(JdbcConverter.class)).isNotInstanceOf(UuidJdbcConverter.class);
        });
    }

    @Test
    void nothingWhenSpringDataJdbcRepositoriesAreOff() {
        postgres().withPropertyValues("spring.data.jdbc.repositories.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(UuidJdbcConverter.class);
            assertThat(context).doesNotHaveBean(UuidV7IdCallback.class);
        });
    }

    @Test
    void nothingWithoutADataSource() {
        new ApplicationContextRunner().withUserConfiguration(Failures.Packages.class)
                .withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, DataJdbcRepositoriesAutoConfiguration.class,
                        UuidkitDataJdbcAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(UuidJdbcConverter.class);
                    assertThat(context).doesNotHaveBean(UuidV7IdCallback.class);
                });
    }

    @Test
    void theKindIsDetectedOnceForEveryBean() {
        FakeDatabase database = FakeDatabase.postgres();
        runner(database, JdbcPostgresDialect.INSTANCE).withPropertyValues("uuidkit.mysql.strict-check=off")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    context.getBean(JdbcColumnKind.class).get();
                    context.getBean(JdbcColumnKind.class).get();
                    assertThat(database.connections).hasValue(1);
                });
    }

    @Test
    void aConfiguredKindConnectsNowhere() {
        FakeDatabase database = FakeDatabase.postgres();
        runner(database, JdbcPostgresDialect.INSTANCE)
                .withPropertyValues("uuidkit.column-kind=POSTGRES_UUID", "uuidkit.mysql.strict-check=off")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(database.connections).hasValue(0);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnConverter {
        @Bean
        JdbcConverter myConverter(JdbcMappingContext context, @Lazy RelationResolver resolver,
                JdbcCustomConversions conversions) {
            return new MappingJdbcConverter(context, resolver, conversions,
                    org.springframework.data.jdbc.core.convert.JdbcTypeFactory.unsupported());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnJdbcConfiguration extends AbstractJdbcConfiguration {
        @Override
        public JdbcDialect jdbcDialect(org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations operations) {
            return JdbcPostgresDialect.INSTANCE;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnCallbacks {
        @Bean
        UuidV7IdCallback myIdCallback(JdbcMappingContext context) {
            return new UuidV7IdCallback(context);
        }

        @Bean
        UuidPersistableCallbacks myCallbacks() {
            return new UuidPersistableCallbacks();
        }

        @Bean
        MysqlStartupCheck myCheck(DataSource dataSource) {
            return new MysqlStartupCheck(dataSource, false, UuidColumnKind.BINARY16);
        }
    }
}
