package io.github.uuidkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.sql.JDBCType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.convert.JdbcTypeFactory;
import org.springframework.data.jdbc.core.convert.RelationResolver;
import org.springframework.data.jdbc.core.dialect.JdbcMySqlDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;

/** The converter's per-property kinds, binding, strict reads and PostgreSQL fail-fast, without a database. */
class UuidJdbcConverterTest {

    /** RFC 9562, Appendix A.6 (the v7 example). */
    private static final UUID RFC_V7 = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");

    static class Mixed {
        @Id
        @UuidColumn(UuidColumnKind.BINARY16)
        UUID id;
        @UuidColumn(UuidColumnKind.MARIADB_UUID)
        UUID nativeRef;
        @UuidColumn(UuidColumnKind.BINARY16_TIME_SWAPPED)
        UUID legacy;
        UUID plain;
        String name;
    }

    static class BinaryOnPostgres {
        @Id
        @UuidColumn(UuidColumnKind.BINARY16)
        UUID id;
    }

    private static final RelationResolver NO_RELATIONS = new RelationResolver() {
        @Override
        public Iterable<Object> findAllByPath(org.springframework.data.jdbc.core.convert.Identifier identifier,
                org.springframework.data.mapping.PersistentPropertyPath<? extends
                        org.springframework.data.relational.core.mapping.RelationalPersistentProperty> path) {
            return List.of();
        }
    };

    private static UuidJdbcConverter converter(JdbcMappingContext context, Dialect dialect, UuidColumnKind kind) {
        return new UuidJdbcConverter(context, NO_RELATIONS, new JdbcCustomConversions(), JdbcTypeFactory.unsupported(),
                dialect, kind);
    }

    private static JdbcValue bind(UuidJdbcConverter converter, RelationalPersistentEntity<?> entity, String property,
            Object value) {
        return converter.writeJdbcValue(value, TypeInformation.of(UUID.class),
                converter.getTargetSqlType(entity.getRequiredPersistentProperty(property)));
    }

    @Test
    void eachPropertyIsBoundByItsOwnKind() {
        JdbcMappingContext context = new JdbcMappingContext();
        UuidJdbcConverter converter = converter(context, JdbcMySqlDialect.INSTANCE, UuidColumnKind.CHAR36);
        RelationalPersistentEntity<?> entity = context.getRequiredPersistentEntity(Mixed.class);

        JdbcValue id = bind(converter, entity, "id", RFC_V7);
        assertThat((byte[]) id.getValue()).isEqualTo(UuidBinaryLayout.STANDARD.toBytes(RFC_V7));
        assertThat(id.getJdbcType().getVendorTypeNumber()).isEqualTo(JDBCType.BINARY.getVendorTypeNumber());
        // MySQL manual, UUID_TO_BIN(x, 1): time-high and time-low swapped
        JdbcValue legacy = bind(converter, entity, "legacy",
                UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db"));
        assertThat((byte[]) legacy.getValue()).isEqualTo(java.util.HexFormat.of()
                .parseHex("1026baba6ccd780c95645b8c656024db"));
        assertThat(bind(converter, entity, "nativeRef", RFC_V7).getValue()).isEqualTo(RFC_V7.toString());
        assertThat(bind(converter, entity, "plain", RFC_V7).getValue()).as("the default kind").isEqualTo(
                RFC_V7.toString());
        JdbcValue nullId = bind(converter, entity, "id", null);
        assertThat(nullId.getValue()).isNull();
        assertThat(nullId.getJdbcType().getVendorTypeNumber()).isEqualTo(JDBCType.BINARY.getVendorTypeNumber());
        assertThat(converter.kindOf(entity.getRequiredPersistentProperty("name"))).isNull();
    }

    @Test
    void inListsAndQueryParametersWithoutAPropertyUseTheDefaultKind() {
        UuidJdbcConverter converter = converter(new JdbcMappingContext(), JdbcMySqlDialect.INSTANCE,
                UuidColumnKind.BINARY16);
        JdbcValue one = converter.writeJdbcValue(RFC_V7, TypeInformation.of(UUID.class), JDBCType.OTHER);
        assertThat((byte[]) one.getValue()).isEqualTo(UuidBinaryLayout.STANDARD.toBytes(RFC_V7));
        JdbcValue list = converter.writeJdbcValue(List.of(RFC_V7, RFC_V7), TypeInformation.of(List.class), null);
        assertThat((List<?>) list.getValue()).hasSize(2).allSatisfy(v -> assertThat((byte[]) v)
                .isEqualTo(UuidBinaryLayout.STANDARD.toBytes(RFC_V7)));
        assertThat(converter.writeJdbcValue("text", TypeInformation.of(String.class), JDBCType.VARCHAR).getValue())
                .isEqualTo("text");
    }

    @Test
    void readsAreStrictAndNameWhatWasFound() {
        UuidJdbcConverter converter = converter(new JdbcMappingContext(), JdbcMySqlDialect.INSTANCE,
                UuidColumnKind.BINARY16);
        TypeInformation<UUID> uuid = TypeInformation.of(UUID.class);
        assertThat(converter.readValue(UuidBinaryLayout.STANDARD.toBytes(RFC_V7), uuid)).isEqualTo(RFC_V7);
        // text never comes from a BINARY(16) column: refused, as core and every adapter refuse it (it was accepted
        // before the codec moved to core: the Spring/core disagreement of issue 22)
        assertThatThrownBy(() -> converter.readValue(RFC_V7.toString().toUpperCase(java.util.Locale.ROOT), uuid))
                .isInstanceOf(DataRetrievalFailureException.class)
                .hasMessage("uuidkit: a UUID value: expected 16 bytes for BINARY16, got text '"
                        + RFC_V7.toString().toUpperCase(java.util.Locale.ROOT) + "'")
                .cause().isInstanceOf(java.sql.SQLDataException.class)
                .extracting(e -> ((java.sql.SQLDataException) e).getSQLState()).isEqualTo("22018");
        assertThatThrownBy(() -> converter.readValue(new byte[15], uuid))
                .isInstanceOf(DataRetrievalFailureException.class).hasMessageContaining("BINARY16")
                .hasMessageContaining("15");
        assertThatThrownBy(() -> converter.readValue(new byte[17], uuid))
                .isInstanceOf(DataRetrievalFailureException.class).hasMessageContaining("17");
        assertThatThrownBy(() -> converter.readValue("017f22e2-79b0-7cc3-98c4-dc0c0c07398\n", uuid))
                .isInstanceOf(DataRetrievalFailureException.class).hasMessageContaining("\\n")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> UuidJdbcConverter.decode(42L, UuidColumnKind.BINARY16, "column id"))
                .isInstanceOf(DataRetrievalFailureException.class).hasMessageContaining("java.lang.Long")
                .hasMessageContaining("column id");
    }

    @Test
    void eachPropertyIsReadInItsOwnKindThroughCoresCodec() {
        JdbcMappingContext context = new JdbcMappingContext();
        UuidJdbcConverter converter = converter(context, JdbcMySqlDialect.INSTANCE, UuidColumnKind.CHAR36);
        // MySQL manual, UUID_TO_BIN(x, 1): time-high and time-low swapped
        UUID manual = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("id", UuidBinaryLayout.STANDARD.toBytes(RFC_V7));
        values.put("native_ref", RFC_V7.toString().toUpperCase(java.util.Locale.ROOT));
        values.put("legacy", java.util.HexFormat.of().parseHex("1026baba6ccd780c95645b8c656024db"));
        values.put("plain", manual.toString());
        values.put("name", "n");
        Mixed read = converter.read(Mixed.class,
                new org.springframework.data.relational.domain.RowDocument(values));
        assertThat(read.id).isEqualTo(RFC_V7);
        assertThat(read.nativeRef).isEqualTo(RFC_V7);
        assertThat(read.legacy).isEqualTo(manual);
        assertThat(read.plain).isEqualTo(manual);
        assertThat(read.name).isEqualTo("n");

        java.util.Map<String, Object> nulls = new java.util.LinkedHashMap<>();
        nulls.put("id", UuidBinaryLayout.STANDARD.toBytes(RFC_V7));
        nulls.put("legacy", null);
        assertThat(converter.read(Mixed.class, new org.springframework.data.relational.domain.RowDocument(nulls))
                .legacy).isNull();

        // 16 raw bytes from a CHAR(36) column and text from a BINARY(16) one: refused, as core refuses them
        assertThatThrownBy(() -> converter.read(Mixed.class, new org.springframework.data.relational.domain
                .RowDocument(java.util.Map.of("id", RFC_V7.toString()))))
                .isInstanceOf(DataRetrievalFailureException.class)
                .hasMessage("uuidkit: column id (Mixed.id): expected 16 bytes for BINARY16, got text '" + RFC_V7 + "'")
                .cause().isInstanceOf(java.sql.SQLDataException.class)
                .extracting(e -> ((java.sql.SQLDataException) e).getSQLState()).isEqualTo("22018");
        assertThatThrownBy(() -> converter.read(Mixed.class, new org.springframework.data.relational.domain
                .RowDocument(java.util.Map.of("plain", UuidBinaryLayout.STANDARD.toBytes(RFC_V7)))))
                .isInstanceOf(DataRetrievalFailureException.class)
                .hasMessage("uuidkit: column plain (Mixed.plain): expected canonical UUID text for CHAR36, got 16 bytes");
    }

    @Test
    void theMarkerSqlTypeIsTheKindsJdbcType() {
        JdbcMappingContext context = new JdbcMappingContext();
        UuidJdbcConverter converter = converter(context, JdbcMySqlDialect.INSTANCE, UuidColumnKind.CHAR36);
        RelationalPersistentEntity<?> entity = context.getRequiredPersistentEntity(Mixed.class);
        java.sql.SQLType id = converter.getTargetSqlType(entity.getRequiredPersistentProperty("id"));
        assertThat(id.getName()).isEqualTo("BINARY");
        assertThat(id.getVendor()).isEqualTo(JDBCType.BINARY.getVendor());
        assertThat(id.getVendorTypeNumber()).isEqualTo(java.sql.Types.BINARY);
        assertThat(id).hasToString("UuidSqlType[BINARY16]");
        java.sql.SQLType plain = converter.getTargetSqlType(entity.getRequiredPersistentProperty("plain"));
        assertThat(plain.getVendorTypeNumber()).isEqualTo(java.sql.Types.CHAR);
        assertThat(plain).hasToString("UuidSqlType[CHAR36]");
        assertThat(converter.getTargetSqlType(entity.getRequiredPersistentProperty("name")))
                .isNotInstanceOf(UuidJdbcConverter.UuidSqlType.class);
        assertThat(converter.defaultKind()).isEqualTo(UuidColumnKind.CHAR36);
    }

    @Test
    void binary16OnPostgresFailsFast() {
        assertThatThrownBy(() -> converter(new JdbcMappingContext(), JdbcPostgresDialect.INSTANCE,
                UuidColumnKind.BINARY16)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BINARY16").hasMessageContaining("PostgreSQL").hasMessageContaining("default");
        JdbcMappingContext context = new JdbcMappingContext();
        context.getRequiredPersistentEntity(BinaryOnPostgres.class);
        assertThatThrownBy(() -> converter(context, JdbcPostgresDialect.INSTANCE, UuidColumnKind.POSTGRES_UUID))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BinaryOnPostgres.id");
        // an entity met after start: at its first bind
        JdbcMappingContext late = new JdbcMappingContext();
        UuidJdbcConverter converter = converter(late, JdbcPostgresDialect.INSTANCE, UuidColumnKind.POSTGRES_UUID);
        RelationalPersistentEntity<?> entity = late.getRequiredPersistentEntity(BinaryOnPostgres.class);
        assertThatThrownBy(() -> converter.getTargetSqlType(entity.getRequiredPersistentProperty("id")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BinaryOnPostgres.id");
    }
}
