package io.github.uuidkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.ReactiveUuidPersistableCallbacks;
import io.github.uuidkit.spring.ReactiveUuidV7IdCallback;
import io.github.uuidkit.spring.UuidR2dbcConverter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.r2dbc.convert.MappingR2dbcConverter;
import org.springframework.data.r2dbc.convert.R2dbcConverter;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Every condition and back-off of {@link UuidkitDataR2dbcAutoConfiguration}, on {@link FakeDatabase} connection
 * factories (their metadata only: Spring Data's {@code DialectResolver} picks the dialect from the name). The MySQL
 * check's query needs a server: {@code BootApplicationIT} runs it.
 */
class UuidkitDataR2dbcAutoConfigurationTest {

    private static ApplicationContextRunner runner(FakeDatabase database) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataR2dbcAutoConfiguration.class,
                        UuidkitDataR2dbcAutoConfiguration.class))
                .withUserConfiguration(Failures.Packages.class)
                .withBean(DatabaseClient.class, () -> DatabaseClient.create(database.connectionFactory()));
    }

    @Test
    void postgresWithoutAPropertyGetsEveryBeanWithTheDetectedKind() {
        runner(FakeDatabase.postgres()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(R2dbcConverter.class);
            assertThat(context.getBean(UuidR2dbcConverter.class).defaultKind()).isEqualTo(UuidColumnKind.POSTGRES_UUID);
            assertThat(context.getBean(R2dbcEntityTemplate.class).getConverter())
                    .isSameAs(context.getBean(UuidR2dbcConverter.class));
            assertThat(context).hasSingleBean(ReactiveUuidV7IdCallback.class);
            assertThat(context).hasSingleBean(ReactiveUuidPersistableCallbacks.class);
            assertThat(context.getBean(R2dbcMysqlStartupCheck.class).check()).isEmpty();
        });
    }

    @Test
    void aBinaryKindOnPostgresFailsToStart() {
        runner(FakeDatabase.postgres()).withPropertyValues("uuidkit.column-kind=binary16").run(context -> {
            assertThat(context).hasFailed();
            assertThat(Failures.root(context.getStartupFailure())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("with a PostgreSQL dialect");
        });
    }

    @Test
    void mysqlWithoutAPropertyFailsToStartListingTheKinds() {
        runner(FakeDatabase.mysql()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(Failures.root(context.getStartupFailure())).hasMessageContaining("set uuidkit.column-kind")
                    .hasMessageContaining("[POSTGRES_UUID, MARIADB_UUID, BINARY16, BINARY16_TIME_SWAPPED, CHAR36]");
        });
    }

    @Test
    void mysqlWithAKind() {
        runner(FakeDatabase.mysql())
                .withPropertyValues("uuidkit.column-kind=BINARY16", "uuidkit.mysql.strict-check=off")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(UuidR2dbcConverter.class).defaultKind())
                            .isEqualTo(UuidColumnKind.BINARY16);
                    assertThat(context).doesNotHaveBean(R2dbcMysqlStartupCheck.class);
                });
    }

    @Test
    void v7IdsFalseRegistersNoIdCallback() {
        runner(FakeDatabase.postgres()).withPropertyValues("uuidkit.v7-ids=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ReactiveUuidV7IdCallback.class);
            assertThat(context).hasSingleBean(ReactiveUuidPersistableCallbacks.class);
        });
    }

    @Test
    void anApplicationConverterAndCallbacksMakeOursBackOff() {
        runner(FakeDatabase.postgres()).withUserConfiguration(Own.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(R2dbcConverter.class);
            assertThat(context).doesNotHaveBean(UuidR2dbcConverter.class);
            assertThat(context.getBean(ReactiveUuidV7IdCallback.class)).isSameAs(context.getBean("myIdCallback"));
            assertThat(context.getBean(ReactiveUuidPersistableCallbacks.class))
                    .isSameAs(context.getBean("myCallbacks"));
        });
    }

    @Test
    void nothingWithoutSpringDataR2dbcOrUuidkitSpring() {
        for (Class<?> hidden : new Class<?>[] {R2dbcEntityTemplate.class, UuidR2dbcConverter.class}) {
            runner(FakeDatabase.postgres()).withClassLoader(new FilteredClassLoader(hidden)).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context).doesNotHaveBean(ReactiveUuidV7IdCallback.class);
                assertThat(context).doesNotHaveBean(R2dbcMysqlStartupCheck.class);
            });
        }
    }

    @Test
    void nothingWithoutADatabaseClient() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataR2dbcAutoConfiguration.class,
                        UuidkitDataR2dbcAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(UuidR2dbcConverter.class);
                    assertThat(context).doesNotHaveBean(ReactiveUuidV7IdCallback.class);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class Own {
        @Bean
        MappingR2dbcConverter myConverter(R2dbcMappingContext context, R2dbcCustomConversions conversions) {
            return new MappingR2dbcConverter(context, conversions);
        }

        @Bean
        ReactiveUuidV7IdCallback myIdCallback(R2dbcMappingContext context) {
            return new ReactiveUuidV7IdCallback(context);
        }

        @Bean
        ReactiveUuidPersistableCallbacks myCallbacks() {
            return new ReactiveUuidPersistableCallbacks();
        }
    }
}
