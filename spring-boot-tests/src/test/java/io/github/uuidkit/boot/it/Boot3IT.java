package io.github.uuidkit.boot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.UuidJdbcConverter;
import java.lang.reflect.Method;
import java.sql.JDBCType;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/**
 * Spring Boot 3.5 (failsafe execution boot-3.5: Boot 3.5.7, Spring Data 3.5.5, Spring Framework 6.2.12 on the class
 * path instead of Boot 4): the starter refuses to start, naming why; and the why itself: uuidkit-spring's
 * {@link UuidJdbcConverter}, compiled against Spring Data 4, loads on Spring Data 3.5 but does not bind by column kind,
 * since its override of {@code writeJdbcValue} names Spring Data 4's {@code org.springframework.data.core.TypeInformation}
 * and so overrides nothing there (reached here by reflection: this class is compiled against Spring Data 4).
 */
class Boot3IT {

    @Test
    void runsOnBoot35() {
        System.out.println("[boot] Spring Boot " + SpringBootVersion.getVersion() + ", Spring Data JDBC "
                + org.springframework.data.jdbc.core.convert.JdbcConverter.class.getPackage().getImplementationVersion());
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("uuidkit.it.boot.version"));
        assertThat(org.springframework.data.jdbc.core.convert.JdbcConverter.class.getPackage()
                .getImplementationVersion()).isEqualTo(System.getProperty("uuidkit.it.spring-data.version"));
    }

    @Test
    void theStarterRefusesToStartOnBoot3() throws SQLException {
        try (BootApps apps = new BootApps(Engines.postgres())) {
            assertThatThrownBy(() -> apps.start().close()).rootCause().isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("uuidkit-spring-boot-starter needs Spring Boot 4.0 or 4.1");
        }
    }

    @Test
    void uuidkitSpringsConverterDoesNotBindByKindOnSpringData35() throws Exception {
        Class<?> typeInformation = Class.forName("org.springframework.data.util.TypeInformation");
        Object uuidType = typeInformation.getMethod("of", Class.class).invoke(null, UUID.class);
        Class<?> contextType = Class.forName("org.springframework.data.jdbc.core.mapping.JdbcMappingContext");
        Object context = contextType.getConstructor().newInstance();
        Object conversions = Class.forName("org.springframework.data.jdbc.core.convert.JdbcCustomConversions")
                .getConstructor().newInstance();
        Object typeFactory = Class.forName("org.springframework.data.jdbc.core.convert.JdbcTypeFactory")
                .getMethod("unsupported").invoke(null);
        Object resolver = Class.forName("org.springframework.data.jdbc.core.convert.DelegatingDataAccessStrategy")
                .getConstructor().newInstance();
        Object dialect = Class.forName("org.springframework.data.jdbc.core.dialect.JdbcMySqlDialect")
                .getField("INSTANCE").get(null);
        Object converter = UuidJdbcConverter.class.getConstructors()[0].newInstance(context, resolver, conversions,
                typeFactory, dialect, UuidColumnKind.BINARY16);
        // looked up on Spring Data's class: reflection on UuidJdbcConverter's own methods fails on Spring Data 3.5
        // (NoClassDefFoundError: org/springframework/data/core/TypeInformation); the call dispatches virtually
        Method write = Class.forName("org.springframework.data.jdbc.core.convert.MappingJdbcConverter")
                .getMethod("writeJdbcValue", Object.class, typeInformation, java.sql.SQLType.class);
        UUID uuid = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
        Object value = write.invoke(converter, uuid, uuidType, JDBCType.BINARY);
        Object bound = value.getClass().getMethod("getValue").invoke(value);
        // on Spring Data 4 this is the 16 bytes of UUID_TO_BIN(x); here Spring Data 3.5's own method ran
        System.out.println("[boot] Spring Data 3.5: UuidJdbcConverter.writeJdbcValue(BINARY16) bound a "
                + bound.getClass().getName() + ", not the 16 bytes of UUID_TO_BIN(x)");
        assertThat(bound).isEqualTo(uuid);
    }
}
