package io.github.uuidkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.jdbc.UuidColumnKind;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.converter.Converter;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.annotation.Id;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.dialect.MySqlDialect;
import org.springframework.data.r2dbc.dialect.PostgresDialect;
import org.springframework.data.r2dbc.mapping.OutboundRow;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.data.relational.domain.RowDocument;

/** The R2DBC converter's per-property kinds, the default kind of bound values, strict reads naming the column. */
class UuidR2dbcConverterTest {

    /** MySQL manual, UUID_TO_BIN(): the example and its two encodings. */
    private static final UUID MANUAL = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");
    private static final byte[] MANUAL_STANDARD = HexFormat.of().parseHex("6ccd780cbaba102695645b8c656024db");
    private static final byte[] MANUAL_SWAPPED = HexFormat.of().parseHex("1026baba6ccd780c95645b8c656024db");

    static class Row {
        @Id
        UUID id;
        @UuidColumn(UuidColumnKind.BINARY16_TIME_SWAPPED)
        UUID legacy;
        @UuidColumn(UuidColumnKind.CHAR36)
        UUID text;
        @UuidColumn(UuidColumnKind.MARIADB_UUID)
        UUID nativeRef;
        String name;
    }

    static class WithDefault {
        @Id
        UUID id;
        UUID kept = MANUAL;
    }

    static class BinaryOnPostgres {
        @Id
        @UuidColumn(UuidColumnKind.BINARY16)
        UUID id;
    }

    static class NativeOnPostgres {
        @Id
        UUID id;
    }

    @WritingConverter
    static final class UuidToBytes implements Converter<UUID, byte[]> {
        @Override
        public byte[] convert(UUID source) {
            return new byte[16];
        }
    }

    private static UuidR2dbcConverter converter(R2dbcMappingContext context, Dialect dialect, UuidColumnKind kind) {
        return converter(context, dialect, kind, List.of());
    }

    /** As Spring Data's configuration does: the context takes its simple types (UUID among them) from the conversions. */
    private static UuidR2dbcConverter converter(R2dbcMappingContext context, Dialect dialect, UuidColumnKind kind,
            List<Object> converters) {
        R2dbcCustomConversions conversions = R2dbcCustomConversions.of(MySqlDialect.INSTANCE, converters);
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        return new UuidR2dbcConverter(context, conversions, dialect, kind);
    }

    private static UuidR2dbcConverter mysql(UuidColumnKind kind) {
        return converter(new R2dbcMappingContext(), MySqlDialect.INSTANCE, kind);
    }

    /** The value written for a column (the mapping context's identifiers are quoted: {@code "ID"}). */
    private static Object written(OutboundRow row, String column) {
        return row.get(column(row, column)).getValue();
    }

    private static SqlIdentifier column(OutboundRow row, String column) {
        return row.keySet().stream().filter(key -> key.getReference().equalsIgnoreCase(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + column + " in " + row.keySet()));
    }

    @Test
    void eachPropertyIsWrittenInItsOwnKind() {
        UuidR2dbcConverter converter = mysql(UuidColumnKind.BINARY16);
        Row source = new Row();
        source.id = MANUAL;
        source.legacy = MANUAL;
        source.text = MANUAL;
        source.nativeRef = MANUAL;
        source.name = "n";
        OutboundRow row = new OutboundRow();
        converter.write(source, row);
        assertThat((byte[]) written(row, "id")).isEqualTo(MANUAL_STANDARD);
        assertThat((byte[]) written(row, "legacy")).isEqualTo(MANUAL_SWAPPED);
        assertThat(written(row, "text")).isEqualTo("6ccd780c-baba-1026-9564-5b8c656024db");
        assertThat(written(row, "native_ref")).isEqualTo("6ccd780c-baba-1026-9564-5b8c656024db");
        assertThat(written(row, "name")).isEqualTo("n");
        assertThat(converter.defaultKind()).isEqualTo(UuidColumnKind.BINARY16);
    }

    @Test
    void nullsAreWrittenAsTypedNullsOfTheEncoding() {
        UuidR2dbcConverter converter = mysql(UuidColumnKind.BINARY16);
        Row source = new Row();
        source.id = MANUAL;
        OutboundRow row = new OutboundRow();
        converter.write(source, row);
        assertThat(row.get(column(row, "legacy")).hasValue()).isFalse();
        assertThat(row.get(column(row, "legacy")).getType()).isEqualTo(byte[].class);
        assertThat(row.get(column(row, "text")).getType()).isEqualTo(String.class);
        assertThat(row.get(column(row, "native_ref")).getType()).isEqualTo(String.class);
        assertThat(row.get(column(row, "name")).getType()).isEqualTo(String.class);
    }

    @Test
    void aUuidConverterInTheConversionsIsRefused() {
        UuidR2dbcConverter converter = converter(new R2dbcMappingContext(), MySqlDialect.INSTANCE,
                UuidColumnKind.BINARY16, List.of(new UuidToBytes()));
        Row source = new Row();
        source.id = MANUAL;
        assertThatThrownBy(() -> converter.write(source, new OutboundRow()))
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessageContaining("[B");
    }

    @Test
    void boundValuesUseTheDefaultKind() {
        UuidR2dbcConverter swapped = mysql(UuidColumnKind.BINARY16_TIME_SWAPPED);
        assertThat((byte[]) swapped.writeValue(MANUAL, TypeInformation.of(UUID.class))).isEqualTo(MANUAL_SWAPPED);
        assertThat(swapped.writeValue(List.of(MANUAL, MANUAL), TypeInformation.OBJECT)).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(MANUAL_SWAPPED, MANUAL_SWAPPED);
        assertThat(swapped.writeValue("text", TypeInformation.of(String.class))).isEqualTo("text");
        assertThat(swapped.writeValue(List.of("a", "b"), TypeInformation.OBJECT)).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("a", "b");
        assertThat(swapped.writeValue(null, TypeInformation.of(UUID.class))).isNull();
        UuidR2dbcConverter text = mysql(UuidColumnKind.CHAR36);
        assertThat(text.writeValue(MANUAL, TypeInformation.of(UUID.class)))
                .isEqualTo("6ccd780c-baba-1026-9564-5b8c656024db");
        UuidR2dbcConverter postgres = converter(new R2dbcMappingContext(), PostgresDialect.INSTANCE,
                UuidColumnKind.POSTGRES_UUID);
        assertThat(postgres.writeValue(MANUAL, TypeInformation.of(UUID.class))).isSameAs(MANUAL);
    }

    @Test
    void nullsOfAUuidAreBoundWithTheEncodedType() {
        assertThat(mysql(UuidColumnKind.BINARY16).getTargetType(UUID.class)).isEqualTo(byte[].class);
        assertThat(mysql(UuidColumnKind.BINARY16_TIME_SWAPPED).getTargetType(UUID.class)).isEqualTo(byte[].class);
        assertThat(mysql(UuidColumnKind.MARIADB_UUID).getTargetType(UUID.class)).isEqualTo(String.class);
        assertThat(mysql(UuidColumnKind.CHAR36).getTargetType(UUID.class)).isEqualTo(String.class);
        assertThat(converter(new R2dbcMappingContext(), PostgresDialect.INSTANCE, UuidColumnKind.POSTGRES_UUID)
                .getTargetType(UUID.class)).isEqualTo(UUID.class);
        assertThat(mysql(UuidColumnKind.BINARY16).getTargetType(String.class)).isEqualTo(String.class);
    }

    @Test
    void eachPropertyIsReadInItsOwnKind() {
        UuidR2dbcConverter converter = mysql(UuidColumnKind.BINARY16);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", MANUAL_STANDARD);
        values.put("legacy", ByteBuffer.wrap(MANUAL_SWAPPED)); // r2dbc-postgresql reads bytea as a ByteBuffer
        values.put("text", "6ccd780c-baba-1026-9564-5b8c656024db");
        values.put("native_ref", MANUAL);
        values.put("name", "n");
        Row row = converter.read(Row.class, new RowDocument(values));
        assertThat(row.id).isEqualTo(MANUAL);
        assertThat(row.legacy).isEqualTo(MANUAL);
        assertThat(row.text).isEqualTo(MANUAL);
        assertThat(row.nativeRef).isEqualTo(MANUAL);
        assertThat(row.name).isEqualTo("n");

        Map<String, Object> nulls = new LinkedHashMap<>();
        nulls.put("id", MANUAL_STANDARD);
        nulls.put("legacy", null);
        assertThat(converter.read(Row.class, new RowDocument(nulls)).legacy).isNull();

        WithDefault absent = converter.read(WithDefault.class, new RowDocument(Map.of("id", MANUAL_STANDARD)));
        assertThat(absent.kept).as("a column the row does not have leaves the property alone").isEqualTo(MANUAL);
    }

    @Test
    void badValuesAreRefusedNamingTheColumn() {
        UuidR2dbcConverter converter = mysql(UuidColumnKind.BINARY16);
        assertThatThrownBy(() -> converter.read(Row.class, new RowDocument(Map.of("id", new byte[15]))))
                .isInstanceOf(DataRetrievalFailureException.class)
                .hasMessageStartingWith("uuidkit: column id (Row.id): expected 16 bytes for BINARY16, ").hasMessageContaining("15 bytes");
        ByteBuffer seventeen = ByteBuffer.wrap(new byte[18]);
        seventeen.get();
        assertThatThrownBy(() -> converter.read(Row.class, new RowDocument(Map.of("id", MANUAL_STANDARD,
                "legacy", seventeen))))
                .isInstanceOf(DataRetrievalFailureException.class)
                .hasMessageStartingWith("uuidkit: column legacy (Row.legacy): expected 16 bytes for BINARY16_TIME_SWAPPED, ")
                .hasMessageContaining("17 bytes");
        assertThat(seventeen.position()).as("the driver's buffer is left as it was").isOne();
        assertThatThrownBy(() -> converter.read(Row.class, new RowDocument(Map.of("id", MANUAL_STANDARD,
                "text", "6ccd780cbaba102695645b8c656024db"))))
                .isInstanceOf(DataRetrievalFailureException.class)
                .hasMessageStartingWith("uuidkit: column text (Row.text): expected canonical UUID text for CHAR36, ");
    }

    @Test
    void valuesOutsideAnAggregateAreReadWithTheDefaultKind() {
        UuidR2dbcConverter swapped = mysql(UuidColumnKind.BINARY16_TIME_SWAPPED);
        assertThat(swapped.readValue(MANUAL_SWAPPED, TypeInformation.of(UUID.class))).isEqualTo(MANUAL);
        assertThatThrownBy(() -> swapped.readValue(new byte[15], TypeInformation.of(UUID.class)))
                .isInstanceOf(DataRetrievalFailureException.class)
                .hasMessageStartingWith("uuidkit: a UUID value: expected 16 bytes for BINARY16_TIME_SWAPPED, ");
        assertThat(swapped.readValue(null, TypeInformation.of(UUID.class))).isNull();
        assertThat(swapped.readValue("x", TypeInformation.of(String.class))).isEqualTo("x");
    }

    @Test
    void kindOfIsNullForOtherTypes() {
        R2dbcMappingContext context = new R2dbcMappingContext();
        UuidR2dbcConverter converter = converter(context, MySqlDialect.INSTANCE, UuidColumnKind.CHAR36);
        var entity = context.getRequiredPersistentEntity(Row.class);
        assertThat(converter.kindOf(entity.getRequiredPersistentProperty("name"))).isNull();
        assertThat(converter.kindOf(entity.getRequiredPersistentProperty("id"))).isEqualTo(UuidColumnKind.CHAR36);
        assertThat(converter.kindOf(entity.getRequiredPersistentProperty("legacy")))
                .isEqualTo(UuidColumnKind.BINARY16_TIME_SWAPPED);
    }

    @Test
    void binary16OnPostgresFailsFast() {
        assertThatThrownBy(() -> converter(new R2dbcMappingContext(), PostgresDialect.INSTANCE,
                UuidColumnKind.BINARY16)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the default kind").hasMessageContaining("PostgreSQL dialect");

        R2dbcMappingContext known = new R2dbcMappingContext();
        known.setSimpleTypeHolder(R2dbcCustomConversions.of(PostgresDialect.INSTANCE, List.of()).getSimpleTypeHolder());
        known.getRequiredPersistentEntity(BinaryOnPostgres.class);
        assertThatThrownBy(() -> converter(known, PostgresDialect.INSTANCE, UuidColumnKind.POSTGRES_UUID))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BinaryOnPostgres.id");

        UuidR2dbcConverter later = converter(new R2dbcMappingContext(), PostgresDialect.INSTANCE,
                UuidColumnKind.POSTGRES_UUID);
        BinaryOnPostgres entity = new BinaryOnPostgres();
        entity.id = MANUAL;
        assertThatThrownBy(() -> later.write(entity, new OutboundRow())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BinaryOnPostgres.id");
        NativeOnPostgres nativeEntity = new NativeOnPostgres();
        nativeEntity.id = MANUAL;
        OutboundRow row = new OutboundRow();
        later.write(nativeEntity, row);
        assertThat(written(row, "id")).isSameAs(MANUAL);
    }
}
