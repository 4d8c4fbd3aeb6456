package io.github.uuidkit.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.hibernate.type.descriptor.java.UUIDJavaType;
import org.junit.jupiter.api.Test;

/**
 * The JdbcTypes bind and read through core's UuidJdbc; checked here with recording stubs. The byte known answers are
 * the UUID's own hex digits (RFC 9562 order) and, for the time-swapped layout, the MySQL manual's UUID_TO_BIN(x, 1)
 * example ({@code 6ccd780c-baba-1026-9564-5b8c656024db} -> {@code 1026BABA6CCD780C95645B8C656024DB}).
 */
class UuidJdbcTypesTest {

    private static final UUID MANUAL = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");

    /** A PreparedStatement that records each setter call as "name:arg". */
    private static PreparedStatement recording(List<String> calls) {
        return (PreparedStatement) Proxy.newProxyInstance(UuidJdbcTypesTest.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    Object value = args[1];
                    calls.add(method.getName() + ":" + (value instanceof byte[]
                            ? HexFormat.of().withUpperCase().formatHex((byte[]) value) : value));
                    return null;
                });
    }

    /** A one-row ResultSet whose column 1 (table "orders", column "id", label "id1_0_") holds {@code value}. */
    private static ResultSet holding(Object value) {
        ResultSetMetaData metaData = (ResultSetMetaData) Proxy.newProxyInstance(
                UuidJdbcTypesTest.class.getClassLoader(), new Class<?>[] {ResultSetMetaData.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getTableName":
                            return "orders";
                        case "getColumnName":
                            return "id";
                        case "getColumnLabel":
                            return "id1_0_";
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        return (ResultSet) Proxy.newProxyInstance(UuidJdbcTypesTest.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getObject":
                            return value;
                        case "getMetaData":
                            return metaData;
                        case "wasNull":
                            return value == null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    private static List<String> bind(AbstractUuidJdbcType type, UUID value) throws Exception {
        List<String> calls = new ArrayList<>();
        type.getBinder(UUIDJavaType.INSTANCE).bind(recording(calls), value, 3, null);
        return calls;
    }

    private static UUID read(AbstractUuidJdbcType type, Object value) throws Exception {
        return type.getExtractor(UUIDJavaType.INSTANCE).extract(holding(value), 1, null);
    }

    @Test
    void eachTypeBindsItsKindsJdbcCall() throws Exception {
        assertThat(bind(UuidBinary16JdbcType.INSTANCE, MANUAL))
                .containsExactly("setBytes:" + MANUAL.toString().replace("-", "").toUpperCase(java.util.Locale.ROOT));
        assertThat(bind(UuidTimeSwappedBinary16JdbcType.INSTANCE, MANUAL))
                .containsExactly("setBytes:1026BABA6CCD780C95645B8C656024DB");
        assertThat(bind(UuidChar36JdbcType.INSTANCE, MANUAL)).containsExactly("setString:" + MANUAL);
        assertThat(bind(MariaDbUuidJdbcType.INSTANCE, MANUAL)).containsExactly("setString:" + MANUAL);
        assertThat(bind(PostgresUuidJdbcType.INSTANCE, MANUAL)).containsExactly("setObject:" + MANUAL);
    }

    @Test
    void nullsAreBoundWithTheKindsSqlTypeNotTheCustomCode() throws Exception {
        assertThat(bind(UuidBinary16JdbcType.INSTANCE, null)).containsExactly("setNull:" + Types.BINARY);
        assertThat(bind(UuidTimeSwappedBinary16JdbcType.INSTANCE, null)).containsExactly("setNull:" + Types.BINARY);
        assertThat(bind(UuidChar36JdbcType.INSTANCE, null)).containsExactly("setNull:" + Types.CHAR);
        assertThat(bind(MariaDbUuidJdbcType.INSTANCE, null)).containsExactly("setNull:" + Types.VARCHAR);
        assertThat(bind(PostgresUuidJdbcType.INSTANCE, null)).containsExactly("setNull:" + Types.OTHER);
    }

    @Test
    void readsDecodeTheKindsLayout() throws Exception {
        byte[] swapped = HexFormat.of().parseHex("1026BABA6CCD780C95645B8C656024DB");
        byte[] standard = HexFormat.of().parseHex(MANUAL.toString().replace("-", ""));
        assertThat(read(UuidTimeSwappedBinary16JdbcType.INSTANCE, swapped)).isEqualTo(MANUAL);
        assertThat(read(UuidBinary16JdbcType.INSTANCE, standard)).isEqualTo(MANUAL);
        assertThat(read(UuidChar36JdbcType.INSTANCE, MANUAL.toString().toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(MANUAL);
        assertThat(read(MariaDbUuidJdbcType.INSTANCE, MANUAL.toString())).isEqualTo(MANUAL);
        assertThat(read(PostgresUuidJdbcType.INSTANCE, MANUAL)).isEqualTo(MANUAL);
        assertThat(read(UuidBinary16JdbcType.INSTANCE, null)).isNull();
    }

    /** An executed call whose OUT parameter 1 (also named "id") holds {@code value}. */
    private static java.sql.CallableStatement call(Object value) {
        return (java.sql.CallableStatement) java.lang.reflect.Proxy.newProxyInstance(
                UuidJdbcTypesTest.class.getClassLoader(), new Class<?>[] {java.sql.CallableStatement.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getObject") && args.length == 1) {
                        return value;
                    }
                    if (method.getName().equals("wasNull")) {
                        return value == null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void outParametersAreReadWithTheSameRulesByIndexAndName() throws Exception {
        byte[] swapped = HexFormat.of().parseHex("1026BABA6CCD780C95645B8C656024DB");
        assertThat(UuidTimeSwappedBinary16JdbcType.INSTANCE.getExtractor(UUIDJavaType.INSTANCE)
                .extract(call(swapped), 1, null)).isEqualTo(MANUAL);
        assertThat(UuidChar36JdbcType.INSTANCE.getExtractor(UUIDJavaType.INSTANCE)
                .extract(call(MANUAL.toString()), "id", null)).isEqualTo(MANUAL);
        assertThat(UuidBinary16JdbcType.INSTANCE.getExtractor(UUIDJavaType.INSTANCE)
                .extract(call(null), 1, null)).isNull();
        assertThatThrownBy(() -> UuidBinary16JdbcType.INSTANCE.getExtractor(UUIDJavaType.INSTANCE)
                .extract(call(MANUAL.toString()), 2, null))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("OUT parameter 2: expected 16 bytes for BINARY16, got text '" + MANUAL + "'");
        assertThatThrownBy(() -> UuidBinary16JdbcType.INSTANCE.getExtractor(UUIDJavaType.INSTANCE)
                .extract(call(new byte[15]), "id", null))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("OUT parameter id: expected 16 bytes for BINARY16, got 15 bytes");
    }

    @Test
    void wrongLengthsAndMalformedTextAreRefusedNamingTableColumnAndWhatWasFound() {
        assertThatThrownBy(() -> read(UuidBinary16JdbcType.INSTANCE, new byte[15]))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Table orders, column id: expected 16 bytes for BINARY16, got 15 bytes");
        assertThatThrownBy(() -> read(UuidTimeSwappedBinary16JdbcType.INSTANCE, new byte[17]))
                .isInstanceOf(SQLDataException.class)
                .hasMessageContaining("column id")
                .hasMessageContaining("got 17 bytes");
        assertThatThrownBy(() -> read(UuidChar36JdbcType.INSTANCE, "1-1-1-1-1"))
                .isInstanceOf(SQLDataException.class)
                .hasMessageContaining("Table orders, column id")
                .hasMessageContaining("'1-1-1-1-1'");
        assertThatThrownBy(() -> read(MariaDbUuidJdbcType.INSTANCE, "00000001-0001-0001-0001-00000000001"))
                .isInstanceOf(SQLDataException.class)
                .hasMessageContaining("00000001-0001-0001-0001-00000000001");
    }
}
