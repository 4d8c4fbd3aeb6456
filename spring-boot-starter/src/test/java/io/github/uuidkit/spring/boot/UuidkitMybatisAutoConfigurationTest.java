package io.github.uuidkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.mybatis.PostgresUuidTypeHandler;
import io.github.uuidkit.mybatis.UuidBinaryTypeHandler;
import io.github.uuidkit.mybatis.UuidTypeHandler;
import io.github.uuidkit.mybatis.UuidTypeHandlers;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@link UuidkitMybatisAutoConfiguration} with mybatis-spring-boot's own auto-configuration: the default
 * {@code UUID} type handler of the built {@code SqlSessionFactory}, per kind, and the back-offs.
 */
class UuidkitMybatisAutoConfigurationTest {

    private static ApplicationContextRunner runner(FakeDatabase database) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MybatisAutoConfiguration.class,
                        UuidkitMybatisAutoConfiguration.class))
                .withUserConfiguration(Failures.Packages.class)
                .withBean(DataSource.class, database::dataSource);
    }

    private static Object uuidHandler(org.springframework.context.ApplicationContext context) {
        return context.getBean(SqlSessionFactory.class).getConfiguration().getTypeHandlerRegistry()
                .getTypeHandler(UUID.class);
    }

    @Test
    void postgresGetsThePostgresHandlerWithoutAProperty() {
        runner(FakeDatabase.postgres()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(uuidHandler(context)).isInstanceOf(PostgresUuidTypeHandler.class);
        });
    }

    @Test
    void mysqlGetsTheConfiguredKind() {
        runner(FakeDatabase.mysql()).withPropertyValues("uuidkit.column-kind=binary16").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(uuidHandler(context)).isSameAs(UuidTypeHandlers.of(UuidColumnKind.BINARY16))
                    .isInstanceOf(UuidBinaryTypeHandler.class);
        });
    }

    @Test
    void mysqlWithoutAPropertyFailsToStartListingTheKinds() {
        runner(FakeDatabase.mysql()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(Failures.root(context.getStartupFailure())).hasMessageContaining("set uuidkit.column-kind")
                    .hasMessageContaining("BINARY16_TIME_SWAPPED");
        });
    }

    @Test
    void anApplicationUuidTypeHandlerBeanMakesOursBackOff() {
        runner(FakeDatabase.mysql()).withBean(UuidTypeHandler.class, () -> UuidTypeHandlers.of(UuidColumnKind.CHAR36))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean("uuidkitMybatisConfigurationCustomizer");
                });
    }

    @Test
    void nothingWithoutMybatisBootOrUuidkitMybatis() {
        for (Class<?> hidden : new Class<?>[] {ConfigurationCustomizer.class, UuidTypeHandlers.class}) {
            runner(FakeDatabase.mysql()).withClassLoader(new FilteredClassLoader(hidden)).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context).doesNotHaveBean("uuidkitMybatisConfigurationCustomizer");
            });
        }
    }
}
