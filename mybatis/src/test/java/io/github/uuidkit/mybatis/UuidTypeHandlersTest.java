package io.github.uuidkit.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import io.github.uuidkit.testsupport.JdbcStubs;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLFeatureNotSupportedException;
import java.util.UUID;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Result;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.apache.ibatis.type.TypeHandlerRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UuidTypeHandlersTest {

    /** A bean with UUID properties, as a MyBatis user maps it. */
    public static class Item {
        private UUID id;
        private UUID legacyId;

        public UUID getId() {
            return id;
        }

        public void setId(UUID id) {
            this.id = id;
        }

        public UUID getLegacyId() {
            return legacyId;
        }

        public void setLegacyId(UUID legacyId) {
            this.legacyId = legacyId;
        }
    }

    /** An annotation mapper: the default handler for {@code id}, a per-column override for {@code legacy_id}. */
    interface ItemMapper {
        @Insert("INSERT INTO item (id, legacy_id) VALUES (#{id},"
                + " #{legacyId,typeHandler=io.github.uuidkit.mybatis.UuidTimeSwappedBinaryTypeHandler})")
        void insert(Item item);

        @Select("SELECT id, legacy_id FROM item WHERE id = #{id}")
        @Results(id = "item", value = {
            @Result(column = "id", property = "id", id = true),
            @Result(column = "legacy_id", property = "legacyId", typeHandler = UuidTimeSwappedBinaryTypeHandler.class)})
        Item find(UUID id);
    }

    @ParameterizedTest
    @EnumSource(UuidColumnKind.class)
    void ofIsOneSharedHandlerPerKind(UuidColumnKind kind) {
        assertThat(UuidTypeHandlers.of(kind).kind()).isEqualTo(kind);
        assertThat(UuidTypeHandlers.of(kind)).isSameAs(UuidTypeHandlers.of(kind));
    }

    @ParameterizedTest
    @EnumSource(UuidColumnKind.class)
    void registerMakesTheKindTheDefaultForUuidAndEveryKindResolvableByClass(UuidColumnKind kind) {
        Configuration configuration = new Configuration();
        assertThat(configuration.getTypeHandlerRegistry().hasTypeHandler(UUID.class)).isFalse();
        assertThat(UuidTypeHandlers.register(configuration, kind)).isSameAs(UuidTypeHandlers.of(kind));
        TypeHandlerRegistry registry = configuration.getTypeHandlerRegistry();
        for (JdbcType jdbcType : new JdbcType[] {null, JdbcType.BINARY, JdbcType.OTHER, JdbcType.VARCHAR}) {
            assertThat(registry.getTypeHandler(UUID.class, jdbcType)).as("%s", jdbcType)
                    .isSameAs(UuidTypeHandlers.of(kind));
        }
        for (UuidColumnKind each : UuidColumnKind.values()) {
            UuidTypeHandler handler = UuidTypeHandlers.of(each);
            assertThat(registry.getMappingTypeHandler(handler.getClass())).isSameAs(handler);
        }
        // the other kinds are no default of anything
        assertThat(registry.getTypeHandler(Object.class)).isNotInstanceOf(UuidTypeHandler.class);
        assertThat(registry.getTypeHandler(byte[].class)).isNotInstanceOf(UuidTypeHandler.class);
        assertThat(registry.getTypeHandler(String.class)).isNotInstanceOf(UuidTypeHandler.class);
    }

    @Test
    void registeringTheSameKindTwiceIsHarmless() {
        Configuration configuration = new Configuration();
        UuidTypeHandlers.register(configuration, UuidColumnKind.BINARY16);
        assertThat(UuidTypeHandlers.register(configuration.getTypeHandlerRegistry(), UuidColumnKind.BINARY16))
                .isSameAs(UuidTypeHandlers.of(UuidColumnKind.BINARY16));
        assertThat(configuration.getTypeHandlerRegistry().getTypeHandler(UUID.class))
                .isSameAs(UuidTypeHandlers.of(UuidColumnKind.BINARY16));
    }

    @Test
    void aDefaultOfTheSameKindFromMybatisConfigXmlIsKept() {
        // <typeHandler javaType="java.util.UUID" handler="...UuidBinaryTypeHandler"/>: MyBatis' own instance
        Configuration configuration = new Configuration();
        configuration.getTypeHandlerRegistry().register(UUID.class, UuidBinaryTypeHandler.class);
        assertThat(UuidTypeHandlers.register(configuration, UuidColumnKind.BINARY16))
                .isSameAs(UuidTypeHandlers.of(UuidColumnKind.BINARY16));
        assertThatThrownBy(() -> UuidTypeHandlers.register(configuration, UuidColumnKind.BINARY16_TIME_SWAPPED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void scanningThePackageMakesNoHandlerTheDefault() {
        // <package name="io.github.uuidkit.mybatis"/>, mybatis-spring's type-handlers-package: no Java type
        TypeHandlerRegistry registry = new Configuration().getTypeHandlerRegistry();
        registry.register("io.github.uuidkit.mybatis");
        assertThat(registry.hasTypeHandler(UUID.class)).isFalse();
        assertThat(registry.getMappingTypeHandler(UuidBinaryTypeHandler.class)).isInstanceOf(UuidBinaryTypeHandler.class);
    }

    @Test
    void aSecondDefaultFailsAndChangesNothing() {
        Configuration configuration = new Configuration();
        UuidTypeHandlers.register(configuration, UuidColumnKind.BINARY16);
        assertThatThrownBy(() -> UuidTypeHandlers.register(configuration, UuidColumnKind.POSTGRES_UUID))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("java.util.UUID already has the default type handler UuidBinaryTypeHandler[BINARY16] in"
                        + " this MyBatis configuration, not PostgresUuidTypeHandler[POSTGRES_UUID]; name the handler"
                        + " per column (typeHandler=...) or use one configuration per schema");
        assertThat(configuration.getTypeHandlerRegistry().getTypeHandler(UUID.class))
                .isSameAs(UuidTypeHandlers.of(UuidColumnKind.BINARY16));
    }

    @Test
    void anApplicationsOwnUuidHandlerIsNotReplacedSilently() {
        Configuration configuration = new Configuration();
        TypeHandler<UUID> own = new TypeHandler<>() {
            @Override
            public void setParameter(PreparedStatement ps, int i, UUID parameter, JdbcType jdbcType) {
            }

            @Override
            public UUID getResult(ResultSet rs, String columnName) {
                return null;
            }

            @Override
            public UUID getResult(ResultSet rs, int columnIndex) {
                return null;
            }

            @Override
            public UUID getResult(CallableStatement cs, int columnIndex) {
                return null;
            }

            @Override
            public String toString() {
                return "OwnHandler";
            }
        };
        configuration.getTypeHandlerRegistry().register(UUID.class, own);
        assertThatThrownBy(() -> UuidTypeHandlers.register(configuration, UuidColumnKind.CHAR36))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OwnHandler")
                .hasMessageContaining("UuidStringTypeHandler[CHAR36]");
        assertThat(configuration.getTypeHandlerRegistry().getTypeHandler(UUID.class)).isSameAs(own);
    }

    @Test
    void registerNativeAsksTheConnectionOnce() throws Exception {
        Configuration postgres = new Configuration();
        assertThat(UuidTypeHandlers.registerNative(postgres, JdbcStubs.connection("PostgreSQL", "18.6")))
                .isInstanceOf(PostgresUuidTypeHandler.class);
        assertThat(postgres.getTypeHandlerRegistry().getTypeHandler(UUID.class)).isInstanceOf(PostgresUuidTypeHandler.class);
        Configuration mariaDb = new Configuration();
        // MySQL Connector/J on MariaDB: product MySQL, version 11.4.5-MariaDB
        assertThat(UuidTypeHandlers.registerNative(mariaDb, JdbcStubs.connection("MySQL", "11.4.5-MariaDB")))
                .isInstanceOf(MariaDbUuidTypeHandler.class);
        assertThat(mariaDb.getTypeHandlerRegistry().getTypeHandler(UUID.class)).isInstanceOf(MariaDbUuidTypeHandler.class);
    }

    @Test
    void registerNativeOnMySqlFailsAndRegistersNothing() {
        Configuration configuration = new Configuration();
        assertThatThrownBy(() -> UuidTypeHandlers.registerNative(configuration, JdbcStubs.connection("MySQL", "8.0.31")))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .extracting(e -> ((SQLFeatureNotSupportedException) e).getSQLState())
                .isEqualTo(UuidJdbc.NO_NATIVE_UUID_STATE);
        assertThat(configuration.getTypeHandlerRegistry().hasTypeHandler(UUID.class)).isFalse();
    }

    @Test
    void nullArgumentsAreNamed() {
        Configuration configuration = new Configuration();
        assertThatThrownBy(() -> UuidTypeHandlers.of(null)).isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> UuidTypeHandlers.register(configuration, null))
                .isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> UuidTypeHandlers.register((Configuration) null, UuidColumnKind.BINARY16))
                .isInstanceOf(NullPointerException.class).hasMessage("configuration");
        assertThatThrownBy(() -> UuidTypeHandlers.register((TypeHandlerRegistry) null, UuidColumnKind.BINARY16))
                .isInstanceOf(NullPointerException.class).hasMessage("registry");
        assertThatThrownBy(() -> UuidTypeHandlers.registerNative(null, JdbcStubs.connection("PostgreSQL", "18")))
                .isInstanceOf(NullPointerException.class).hasMessage("configuration");
        assertThatThrownBy(() -> UuidTypeHandlers.registerNative(configuration, null))
                .isInstanceOf(NullPointerException.class).hasMessage("connection");
        assertThat(configuration.getTypeHandlerRegistry().hasTypeHandler(UUID.class)).isFalse();
    }

    /** The registration failure, reproduced without uuidkit (no database needed: it happens at parse). */
    @Test
    void withoutADefaultMyBatisRejectsTheMapper() {
        Configuration configuration = new Configuration();
        assertThatThrownBy(() -> configuration.addMapper(ItemMapper.class))
                .hasStackTraceContaining("Type handler was null on parameter mapping for property 'id'");
    }

    @Test
    void withTheDefaultTheMapperBindsIdThroughItAndLegacyIdThroughTheOverride() {
        Configuration configuration = new Configuration();
        UuidTypeHandlers.register(configuration, UuidColumnKind.BINARY16);
        configuration.addMapper(ItemMapper.class);

        MappedStatement insert = configuration.getMappedStatement(ItemMapper.class.getName() + ".insert");
        var parameters = insert.getBoundSql(new Item()).getParameterMappings();
        assertThat(parameters).extracting(ParameterMapping::getProperty).containsExactly("id", "legacyId");
        assertThat(parameters.get(0).getTypeHandler()).isSameAs(UuidTypeHandlers.of(UuidColumnKind.BINARY16));
        assertThat(parameters.get(1).getTypeHandler())
                .isSameAs(UuidTypeHandlers.of(UuidColumnKind.BINARY16_TIME_SWAPPED));

        MappedStatement find = configuration.getMappedStatement(ItemMapper.class.getName() + ".find");
        assertThat(find.getBoundSql(UUID.randomUUID()).getParameterMappings().get(0).getTypeHandler())
                .isSameAs(UuidTypeHandlers.of(UuidColumnKind.BINARY16));
        var results = find.getResultMaps().get(0).getResultMappings();
        assertThat(results).extracting(ResultMapping::getProperty).containsExactly("id", "legacyId");
        assertThat(results.get(0).getTypeHandler()).isSameAs(UuidTypeHandlers.of(UuidColumnKind.BINARY16));
        assertThat(results.get(1).getTypeHandler())
                .isSameAs(UuidTypeHandlers.of(UuidColumnKind.BINARY16_TIME_SWAPPED));
    }
}
