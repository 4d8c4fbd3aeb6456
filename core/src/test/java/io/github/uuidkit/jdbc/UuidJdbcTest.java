package io.github.uuidkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.testsupport.Samples;
import io.github.uuidkit.testsupport.JdbcStubs;
import io.github.uuidkit.testsupport.JdbcStubs.Call;
import io.github.uuidkit.testsupport.JdbcStubs.Column;
import io.github.uuidkit.testsupport.JdbcStubs.StatementStub;
import java.lang.reflect.Proxy;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UuidJdbcTest {

    /** MySQL 8.0 manual, UUID_TO_BIN(): the example UUID and its two binary forms. */
    private static final UUID MANUAL = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");
    private static final byte[] MANUAL_STANDARD = HexFormat.of().parseHex("6CCD780CBABA102695645B8C656024DB");
    private static final byte[] MANUAL_SWAPPED = HexFormat.of().parseHex("1026BABA6CCD780C95645B8C656024DB");

    /** RFC 9562, Appendix A.6: example UUIDv7. */
    private static final String RFC_V7 = "017F22E2-79B0-7CC3-98C4-DC0C0C07398F";

    private static final List<String> LABELS = List.of("n", "public_id", "code");

    // ---------------------------------------------------------------------------------- binding

    @Test
    void bindsBinary16AsTheBytesOfUuidToBin() throws SQLException {
        StatementStub stub = new StatementStub("MySQL");
        UuidJdbc.set(stub.statement, 3, MANUAL, UuidColumnKind.BINARY16);
        assertThat(stub.calls).hasSize(1);
        assertThat(stub.calls.get(0).method()).isEqualTo("setBytes");
        assertThat(stub.calls.get(0).arg(0)).isEqualTo(3);
        assertThat((byte[]) stub.calls.get(0).arg(1)).containsExactly(MANUAL_STANDARD);
    }

    @Test
    void bindsTimeSwappedAsTheBytesOfUuidToBinWithSwapFlag() throws SQLException {
        StatementStub stub = new StatementStub("MySQL");
        UuidJdbc.set(stub.statement, 1, MANUAL, UuidColumnKind.BINARY16_TIME_SWAPPED);
        assertThat((byte[]) stub.calls.get(0).arg(1)).containsExactly(MANUAL_SWAPPED);
    }

    @Test
    void bindsChar36AsLowercaseCanonicalText() throws SQLException {
        StatementStub stub = new StatementStub("MySQL");
        UuidJdbc.set(stub.statement, 2, UUID.fromString(RFC_V7), UuidColumnKind.CHAR36);
        assertThat(stub.calls).containsExactly(new Call("setString", List.of(2, RFC_V7.toLowerCase())));
    }

    @Test
    void bindsPostgresUuidAsObject() throws SQLException {
        StatementStub stub = new StatementStub("PostgreSQL");
        UuidJdbc.set(stub.statement, 1, MANUAL, UuidColumnKind.POSTGRES_UUID);
        assertThat(stub.calls).containsExactly(new Call("setObject", List.of(1, MANUAL)));
    }

    @Test
    void bindsMariadbUuidAsText() throws SQLException {
        StatementStub stub = new StatementStub("MySQL");
        UuidJdbc.set(stub.statement, 1, MANUAL, UuidColumnKind.MARIADB_UUID);
        assertThat(stub.calls).containsExactly(
                new Call("setString", List.of(1, "6ccd780c-baba-1026-9564-5b8c656024db")));
    }

    @ParameterizedTest
    @EnumSource(UuidColumnKind.class)
    void bindingNeverAsksTheStatementForItsConnection(UuidColumnKind kind) throws SQLException {
        // The kind alone decides the JDBC call: a product name that would have misled a per-bind
        // guess (EDB reports "EnterpriseDB") and a wrapper without a connection change nothing.
        for (String product : new String[] {"EnterpriseDB", null}) {
            StatementStub stub = new StatementStub(product);
            UuidJdbc.set(stub.statement, 1, MANUAL, kind);
            UuidJdbc.setText(stub.statement, 2, RFC_V7, kind);
            UuidJdbc.addBatch(stub.statement, 3, Arrays.asList(MANUAL, null), kind);
            UuidJdbc.executeBatches(stub.statement, 4, List.of(MANUAL), kind, 1);
            assertThat(stub.connectionRequests).as("%s, product %s", kind, product).isZero();
            assertThat(stub.setterCalls()).hasSize(5);
        }
    }

    @Test
    void postgresUuidBindsAnObjectThroughAWrapperWithoutConnection() throws SQLException {
        StatementStub stub = new StatementStub(null);
        UuidJdbc.set(stub.statement, 1, MANUAL, UuidColumnKind.POSTGRES_UUID);
        assertThat(stub.calls).containsExactly(new Call("setObject", List.of(1, MANUAL)));
    }

    // ------------------------------------------------------------------------ native kind, once

    @Test
    void nativeUuidKindRecognisesThePostgresqlFamilyAndMariadb() throws SQLException {
        assertThat(nativeKindOf("PostgreSQL", "18.1")).isEqualTo(UuidColumnKind.POSTGRES_UUID);
        // EDB Postgres Advanced Server's pgjdbc fork reports "EnterpriseDB".
        assertThat(nativeKindOf("EnterpriseDB", "16.4.1")).isEqualTo(UuidColumnKind.POSTGRES_UUID);
        assertThat(nativeKindOf("MariaDB", "11.4.5-MariaDB")).isEqualTo(UuidColumnKind.MARIADB_UUID);
        // MySQL Connector/J reports a MariaDB server as product "MySQL" with a -MariaDB version.
        assertThat(nativeKindOf("MySQL", "5.5.5-10.11.5-MariaDB")).isEqualTo(UuidColumnKind.MARIADB_UUID);
        assertThat(nativeKindOf("MySQL", "11.4.5-MariaDB-log")).isEqualTo(UuidColumnKind.MARIADB_UUID);
    }

    @Test
    void nativeUuidKindRefusesDatabasesWithoutAKnownNativeType() {
        for (String[] db : new String[][] {{"MySQL", "8.0.31"}, {"H2", "2.3.232"}, {null, null},
                {"Evil\nDB" + FORGED, "1"}}) {
            assertThatThrownBy(() -> nativeKindOf(db[0], db[1])).as("%s", Arrays.toString(db))
                    .isInstanceOf(java.sql.SQLFeatureNotSupportedException.class)
                    .hasMessageStartingWith("No native UUID column kind for database ")
                    .hasMessageContaining("uuidkit knows PostgreSQL (POSTGRES_UUID) and MariaDB 10.7+ (MARIADB_UUID)")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"))
                    .extracting(Throwable::getMessage).asString().matches("[\\x20-\\x7E]*");
        }
        assertThatThrownBy(() -> nativeKindOf("MySQL", "8.0.31"))
                .hasMessageStartingWith("No native UUID column kind for database 'MySQL' version '8.0.31'");
    }

    /**
     * MariaDB added the UUID type in 10.7 (MDEV-4958; MariaDB's "UUID Data Type" page), and Enterprise Server 10.6
     * from 10.6.9-5 (MENT-1459): an older MariaDB has no native kind, and binding 36 characters into whatever column
     * exists there truncates or fails.
     */
    @Test
    void nativeUuidKindRefusesMariadbBefore107AndSaysWhichKindsToChoose() throws SQLException {
        for (String[] db : new String[][] {{"MariaDB", "10.6.16-MariaDB"}, {"MySQL", "5.5.5-10.6.16-MariaDB"},
                {"MariaDB", "10.5.27-MariaDB-log"}, {"MySQL", "5.5.5-10.6.8-5-MariaDB-enterprise"},
                {"MariaDB", "10.3.39-MariaDB"}}) {
            assertThatThrownBy(() -> nativeKindOf(db[0], db[1])).as("%s", Arrays.toString(db))
                    .isInstanceOf(java.sql.SQLFeatureNotSupportedException.class)
                    .hasMessageContaining("has no native UUID type (MariaDB 10.7+)")
                    .hasMessageContaining("BINARY16").hasMessageContaining("CHAR36")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"));
        }
        assertThat(nativeKindOf("MariaDB", "10.7.0-MariaDB")).isEqualTo(UuidColumnKind.MARIADB_UUID);
        assertThat(nativeKindOf("MySQL", "5.5.5-10.6.9-5-MariaDB-enterprise")).isEqualTo(UuidColumnKind.MARIADB_UUID);
        assertThat(nativeKindOf("MariaDB", "12.0.2-MariaDB")).isEqualTo(UuidColumnKind.MARIADB_UUID);
        assertThatThrownBy(() -> nativeKindOf("MariaDB", "unknown-MariaDB"))
                .isInstanceOf(java.sql.SQLFeatureNotSupportedException.class)
                .hasMessageContaining("'unknown-MariaDB'");
        assertThatThrownBy(() -> nativeKindOf("MySQL", "8.0.31"))
                .hasMessageContaining("BINARY(16) (BINARY16, the time-ordered choice)").hasMessageContaining("CHAR(36) (CHAR36)");
    }

    private static UuidColumnKind nativeKindOf(String product, String version) throws SQLException {
        StatementStub stub = new StatementStub(product, version);
        UuidColumnKind kind = UuidJdbc.nativeUuidKind(stub.connection);
        assertThat(stub.calls).isEmpty();
        return kind;
    }

    @Test
    void bindsTypedNulls() throws SQLException {
        assertNullBinding("PostgreSQL", UuidColumnKind.POSTGRES_UUID, Types.OTHER);
        assertNullBinding("MySQL", UuidColumnKind.MARIADB_UUID, Types.VARCHAR);
        assertNullBinding("MySQL", UuidColumnKind.BINARY16, Types.BINARY);
        assertNullBinding("MySQL", UuidColumnKind.BINARY16_TIME_SWAPPED, Types.BINARY);
        assertNullBinding("PostgreSQL", UuidColumnKind.CHAR36, Types.CHAR);
    }

    private static void assertNullBinding(String product, UuidColumnKind type, int sqlType)
            throws SQLException {
        StatementStub stub = new StatementStub(product);
        UuidJdbc.set(stub.statement, 4, null, type);
        assertThat(stub.calls).as("%s on %s", type, product)
                .containsExactly(new Call("setNull", List.of(4, sqlType)));
    }

    @Test
    void setTextParsesStrictlyInEitherCase() throws SQLException {
        StatementStub stub = new StatementStub("MySQL");
        UuidJdbc.setText(stub.statement, 1, "6CCD780C-BABA-1026-9564-5B8C656024DB", UuidColumnKind.BINARY16);
        assertThat((byte[]) stub.calls.get(0).arg(1)).containsExactly(MANUAL_STANDARD);
    }

    @Test
    void setTextRejectsMalformedTextAndBindsNothing() {
        StatementStub stub = new StatementStub("MySQL");
        assertThatThrownBy(() -> UuidJdbc.setText(stub.statement, 2, "6ccd780c-baba-1026-9564-5b8c656024d",
                UuidColumnKind.BINARY16))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Parameter 2: cannot bind '6ccd780c-baba-1026-9564-5b8c656024d' for BINARY16: "
                        + "Invalid UUID '6ccd780c-baba-1026-9564-5b8c656024d': expected 36 characters in "
                        + "the form 8-4-4-4-12, got 35")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22018");
        assertThat(stub.calls).isEmpty();
    }

    @Test
    void setTextRejectsLenientJdkForms() {
        StatementStub stub = new StatementStub("MySQL");
        assertThatThrownBy(() -> UuidJdbc.setText(stub.statement, 1, "1-1-1-1-1", UuidColumnKind.CHAR36))
                .isInstanceOf(SQLDataException.class)
                .hasMessageStartingWith("Parameter 1: cannot bind '1-1-1-1-1' for CHAR36: Invalid UUID");
        assertThat(stub.calls).isEmpty();
    }

    @Test
    void setTextBindsNullAsTypedNull() throws SQLException {
        StatementStub stub = new StatementStub("MySQL");
        UuidJdbc.setText(stub.statement, 1, null, UuidColumnKind.CHAR36);
        assertThat(stub.calls).containsExactly(new Call("setNull", List.of(1, Types.CHAR)));
    }

    @Test
    void rejectsNullArguments() {
        StatementStub stub = new StatementStub("MySQL");
        assertThatThrownBy(() -> UuidJdbc.set(null, 1, MANUAL, UuidColumnKind.BINARY16))
                .isInstanceOf(NullPointerException.class).hasMessage("ps");
        assertThatThrownBy(() -> UuidJdbc.set(stub.statement, 1, MANUAL, null))
                .isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> UuidJdbc.get((ResultSet) null, 1, UuidColumnKind.BINARY16))
                .isInstanceOf(NullPointerException.class).hasMessage("rs");
        assertThat(stub.calls).isEmpty();
    }

    @Test
    void addBatchBindsAndAddsOneEntryPerUuid() throws SQLException {
        StatementStub stub = new StatementStub("PostgreSQL");
        UUID other = UUID.fromString(RFC_V7);
        int added = UuidJdbc.addBatch(stub.statement, 2, Arrays.asList(MANUAL, null, other),
                UuidColumnKind.POSTGRES_UUID);
        assertThat(added).isEqualTo(3);
        assertThat(stub.calls).containsExactly(
                new Call("setObject", List.of(2, MANUAL)), new Call("addBatch", List.of()),
                new Call("setNull", List.of(2, Types.OTHER)), new Call("addBatch", List.of()),
                new Call("setObject", List.of(2, other)), new Call("addBatch", List.of()));
    }

    @Test
    void executeBatchesExecutesEveryBatchSizeAndTheRest() throws SQLException {
        StatementStub stub = new StatementStub("MySQL");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(new UUID(0, i));
        }
        long executed = UuidJdbc.executeBatches(stub.statement, 1, ids, UuidColumnKind.BINARY16, 2);
        assertThat(executed).isEqualTo(5);
        List<String> methods = stub.calls.stream().map(Call::method).toList();
        assertThat(methods).containsExactly(
                "setBytes", "addBatch", "setBytes", "addBatch", "executeBatch",
                "setBytes", "addBatch", "setBytes", "addBatch", "executeBatch",
                "setBytes", "addBatch", "executeBatch");
    }

    @Test
    void executeBatchesRejectsBatchSizeBelowOne() {
        StatementStub stub = new StatementStub("MySQL");
        assertThatThrownBy(() -> UuidJdbc.executeBatches(stub.statement, 1, List.of(MANUAL),
                UuidColumnKind.BINARY16, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batchSize must be at least 1, got 0");
        assertThat(stub.calls).isEmpty();
    }

    // ---------------------------------------------------------------------------------- reading

    @Test
    void readsBinary16WithKnownAnswersFromTheMysqlManual() throws SQLException {
        ResultSet rs = JdbcStubs.resultSet(LABELS, 1, MANUAL_STANDARD, MANUAL_SWAPPED);
        assertThat(UuidJdbc.get(rs, 2, UuidColumnKind.BINARY16)).isEqualTo(MANUAL);
        assertThat(UuidJdbc.get(rs, "code", UuidColumnKind.BINARY16_TIME_SWAPPED)).isEqualTo(MANUAL);
    }

    @ParameterizedTest
    @EnumSource(UuidColumnKind.class)
    void readsSqlNullAsNull(UuidColumnKind type) throws SQLException {
        ResultSet rs = JdbcStubs.resultSet(LABELS, null, null, null);
        assertThat(UuidJdbc.get(rs, 2, type)).isNull();
        assertThat(UuidJdbc.get(rs, "code", type)).isNull();
    }

    @Test
    void rejectsWrongByteCountsNamingTheColumn() {
        for (int length : new int[] {15, 17, 0}) {
            ResultSet rs = JdbcStubs.resultSet(LABELS, 1, new byte[length], null);
            assertThatThrownBy(() -> UuidJdbc.get(rs, 2, UuidColumnKind.BINARY16))
                    .isInstanceOf(SQLDataException.class)
                    .hasMessage("Column 2 (public_id): expected 16 bytes for BINARY16, got " + length + " bytes");
            assertThatThrownBy(() -> UuidJdbc.get(rs, "public_id", UuidColumnKind.BINARY16_TIME_SWAPPED))
                    .isInstanceOf(SQLDataException.class)
                    .hasMessage("Column 2 (public_id): expected 16 bytes for BINARY16_TIME_SWAPPED, got "
                            + length + " bytes");
        }
    }

    @Test
    void rejectsAnIntegerNamingItsType() {
        ResultSet rs = JdbcStubs.resultSet(LABELS, 42, null, null);
        assertThatThrownBy(() -> UuidJdbc.get(rs, 1, UuidColumnKind.BINARY16))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 1 (n): expected 16 bytes for BINARY16, got a java.lang.Integer (42)");
        assertThatThrownBy(() -> UuidJdbc.get(rs, "n", UuidColumnKind.POSTGRES_UUID))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 1 (n): expected a UUID, canonical text or 16 bytes for POSTGRES_UUID, "
                        + "got a java.lang.Integer (42)");
        assertThatThrownBy(() -> UuidJdbc.get(rs, 1, UuidColumnKind.CHAR36))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 1 (n): expected canonical UUID text for CHAR36, got a java.lang.Integer (42)");
    }

    @Test
    void rejectsTextForBinaryKinds() {
        ResultSet rs = JdbcStubs.resultSet(LABELS, null, RFC_V7, null);
        assertThatThrownBy(() -> UuidJdbc.get(rs, 2, UuidColumnKind.BINARY16))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 2 (public_id): expected 16 bytes for BINARY16, got text '" + RFC_V7 + "'");
    }

    @Test
    void readsNativeUuidFromWhatDriversReturn() throws SQLException {
        UUID rfc = new UUID(0x017F22E279B07CC3L, 0x98C4DC0C0C07398FL);
        ResultSet rs = JdbcStubs.resultSet(LABELS, rfc, RFC_V7, HexFormat.of().parseHex("017F22E279B07CC398C4DC0C0C07398F"));
        ResultSet text = JdbcStubs.resultSet(LABELS, RFC_V7.getBytes(java.nio.charset.StandardCharsets.US_ASCII), null, null);
        for (UuidColumnKind kind : new UuidColumnKind[] {UuidColumnKind.POSTGRES_UUID, UuidColumnKind.MARIADB_UUID}) {
            assertThat(UuidJdbc.get(rs, 1, kind)).as("%s", kind).isEqualTo(rfc);
            assertThat(UuidJdbc.get(rs, 2, kind)).as("%s", kind).isEqualTo(rfc);
            assertThat(UuidJdbc.get(rs, 3, kind)).as("%s", kind).isEqualTo(rfc);
            assertThat(UuidJdbc.get(text, 1, kind)).as("%s", kind).isEqualTo(rfc);
        }
        assertThat(UuidJdbc.get(text, 1, UuidColumnKind.CHAR36)).isEqualTo(rfc);
    }

    @Test
    void rejectsMalformedTextNamingColumnTextAndKind() {
        String bad = "017f22e2-79b0-7cc3-98c4-dc0c0c07398g";
        ResultSet rs = JdbcStubs.resultSet(LABELS, null, null, bad);
        assertThatThrownBy(() -> UuidJdbc.get(rs, 3, UuidColumnKind.CHAR36))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 3 (code): expected canonical UUID text for CHAR36, got '" + bad
                        + "' (Invalid UUID '" + bad + "': expected a hex digit at index 35, found 'g')")
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UuidJdbc.get(rs, "code", UuidColumnKind.POSTGRES_UUID))
                .isInstanceOf(SQLDataException.class)
                .hasMessageStartingWith("Column 3 (code): expected a UUID, canonical text or 16 bytes for "
                        + "POSTGRES_UUID, got '" + bad + "'");
    }

    @Test
    void rejectsTextWithSurroundingSpaces() {
        ResultSet rs = JdbcStubs.resultSet(LABELS, null, null, " " + RFC_V7);
        assertThatThrownBy(() -> UuidJdbc.get(rs, 3, UuidColumnKind.CHAR36))
                .isInstanceOf(SQLDataException.class)
                .hasMessageContaining("expected 36 characters in the form 8-4-4-4-12, got 37");
    }

    @Test
    void readsBlobsOfSixteenBytesAndRejectsOtherLengths() throws SQLException {
        ResultSet rs = JdbcStubs.resultSet(LABELS, blob(MANUAL_STANDARD), blob(new byte[17]), null);
        assertThat(UuidJdbc.get(rs, 1, UuidColumnKind.BINARY16)).isEqualTo(MANUAL);
        assertThatThrownBy(() -> UuidJdbc.get(rs, 2, UuidColumnKind.BINARY16))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 2 (public_id): expected 16 bytes for BINARY16, got 17 bytes");
    }

    private static Blob blob(byte[] bytes) {
        return JdbcStubs.proxy(Blob.class, (p, m, a) -> {
            switch (m.getName()) {
                case "length":
                    return (long) bytes.length;
                case "getBytes":
                    long pos = (Long) a[0];
                    int len = (Integer) a[1];
                    return Arrays.copyOfRange(bytes, (int) pos - 1, (int) pos - 1 + len);
                case "free":
                    return null;
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    @Test
    void unknownLabelIsTheDriversError() {
        ResultSet rs = JdbcStubs.resultSet(LABELS, 1, 2, 3);
        assertThatThrownBy(() -> UuidJdbc.get(rs, "nope", UuidColumnKind.BINARY16))
                .isInstanceOf(SQLException.class).hasMessage("no column nope");
    }

    /** Whatever a kind's binding hands the driver, the same kind's reader turns back into the UUID. */
    @Test
    void bindingThenReadingRoundTrips() throws SQLException {
        for (UUID uuid : Samples.uuids(500)) {
            roundTrips(uuid);
        }
    }

    private static void roundTrips(UUID uuid) throws SQLException {
        for (String product : List.of("PostgreSQL", "MySQL")) {
            for (UuidColumnKind type : UuidColumnKind.values()) {
                StatementStub stub = new StatementStub(product);
                UuidJdbc.set(stub.statement, 1, uuid, type);
                Object bound = stub.calls.get(0).arg(1);
                ResultSet rs = JdbcStubs.resultSet(List.of("id"), bound);
                assertThat(UuidJdbc.get(rs, 1, type)).as("%s on %s", type, product).isEqualTo(uuid);
            }
        }
    }

    // ------------------------------------------------------------------------------------ arrays

    @Test
    void createsAndBindsUuidArrays() throws SQLException {
        StatementStub stub = new StatementStub("PostgreSQL");
        UuidJdbc.setUuidArray(stub.statement, 1, List.of(MANUAL));
        assertThat(stub.calls.get(0).method()).isEqualTo("createArrayOf");
        assertThat(stub.calls.get(0).arg(0)).isEqualTo("uuid");
        assertThat((Object[]) stub.calls.get(0).arg(1)).containsExactly(MANUAL);
        assertThat(stub.calls.get(1).method()).isEqualTo("setArray");
        assertThat(stub.calls.get(1).arg(0)).isEqualTo(1);
        UuidJdbc.setUuidArray(stub.statement, 2, null);
        assertThat(stub.calls.get(3)).isEqualTo(new Call("setNull", List.of(2, Types.ARRAY)));
    }

    /**
     * A statement wrapper (a pool's, a tracing proxy's) may answer getConnection() with null. set() needs no
     * connection and works; setUuidArray needs one to create the uuid[] and must say so as an SQLException, not
     * fail with "NullPointerException: connection" (issue 22).
     */
    @Test
    void setUuidArrayThroughAWrapperWithoutAConnectionSaysWhatIsMissing() throws SQLException {
        List<String> calls = new ArrayList<>();
        java.sql.PreparedStatement wrapper = JdbcStubs.proxy(java.sql.PreparedStatement.class, (p, m, a) -> {
            calls.add(m.getName());
            return null;
        });
        UuidJdbc.set(wrapper, 1, MANUAL, UuidColumnKind.POSTGRES_UUID);
        assertThatThrownBy(() -> UuidJdbc.setUuidArray(wrapper, 2, List.of(MANUAL)))
                .isInstanceOf(SQLException.class)
                .hasMessage("Parameter 2: cannot create a uuid[] array: the statement's getConnection() returned null"
                        + " (a statement wrapper?); create it with UuidJdbc.createUuidArray(connection, uuids) and"
                        + " bind it with setArray");
        assertThat(calls).containsExactly("setObject", "getConnection");
    }

    @Test
    void setUuidArrayFreesTheArrayItCreatedOnceBound() throws SQLException {
        // pgjdbc's setArray turns the array into its wire form at once (PgPreparedStatement.setArray:
        // PgArray.toBytes() or the array literal), so freeing right after the bind is safe.
        StatementStub stub = new StatementStub("PostgreSQL");
        UuidJdbc.setUuidArray(stub.statement, 1, List.of(MANUAL));
        assertThat(stub.calls).extracting(Call::method).containsExactly("createArrayOf", "setArray", "Array.free");
    }

    @Test
    void setUuidArrayFreesTheArrayWhenTheBindFails() {
        StatementStub stub = new StatementStub("PostgreSQL");
        stub.failing.add("setArray");
        assertThatThrownBy(() -> UuidJdbc.setUuidArray(stub.statement, 1, List.of(MANUAL)))
                .isInstanceOf(SQLException.class).hasMessage("stub: setArray failed")
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
        assertThat(stub.calls).extracting(Call::method).containsExactly("createArrayOf", "setArray", "Array.free");
    }

    @Test
    void setUuidArrayKeepsTheBindFailureWhenFreeFailsToo() {
        StatementStub stub = new StatementStub("PostgreSQL");
        stub.failing.addAll(List.of("setArray", "Array.free"));
        assertThatThrownBy(() -> UuidJdbc.setUuidArray(stub.statement, 1, List.of(MANUAL)))
                .isInstanceOf(SQLException.class).hasMessage("stub: setArray failed")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .extracting(Throwable::getMessage).isEqualTo("stub: Array.free failed"));
    }

    @Test
    void setUuidArrayReportsAFailedFreeAfterASuccessfulBind() {
        StatementStub stub = new StatementStub("PostgreSQL");
        stub.failing.add("Array.free");
        assertThatThrownBy(() -> UuidJdbc.setUuidArray(stub.statement, 1, List.of(MANUAL)))
                .isInstanceOf(SQLException.class).hasMessage("stub: Array.free failed");
    }

    @Test
    void getUuidArrayRejectsANullElementArrayNamingTheColumnAndFreesIt() {
        // Array.getArray() returning null breaks the JDBC contract, but drivers and pools' wrappers do it.
        List<Call> frees = new ArrayList<>();
        ResultSet rs = JdbcStubs.resultSet(LABELS, null, JdbcStubs.arrayOf(null, frees, java.util.Set.of()), null);
        assertThatThrownBy(() -> UuidJdbc.getUuidArray(rs, 2))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 2 (public_id): expected a uuid[] array, got null from Array.getArray()")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22018");
        assertThat(frees).extracting(Call::method).containsExactly("Array.free");
    }

    @Test
    void getUuidArrayRejectsAPrimitiveArrayNamingItsType() {
        ResultSet rs = JdbcStubs.resultSet(LABELS, JdbcStubs.arrayOf(new int[] {1}, new ArrayList<>(),
                java.util.Set.of()), null, null);
        assertThatThrownBy(() -> UuidJdbc.getUuidArray(rs, 1))
                .isInstanceOf(SQLDataException.class)
                .hasMessageStartingWith("Column 1 (n): expected a uuid[] array, got a [I (");
    }

    @Test
    void getUuidArrayRejectsNonCanonicalTextElements() {
        ResultSet rs = JdbcStubs.resultSet(LABELS, JdbcStubs.arrayOf(new Object[] {RFC_V7, "1-1-1-1-1"}), null, null);
        assertThatThrownBy(() -> UuidJdbc.getUuidArray(rs, 1))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 1 (n): expected a UUID at array element 2, got text '1-1-1-1-1'");
    }

    @Test
    void readsUuidArraysOfObjectsOrText() throws SQLException {
        UUID rfc = UUID.fromString(RFC_V7);
        ResultSet rs = JdbcStubs.resultSet(LABELS,
                JdbcStubs.arrayOf(new Object[] {MANUAL, null, RFC_V7}),
                JdbcStubs.arrayOf(new Object[] {MANUAL, 7}), null);
        assertThat(UuidJdbc.getUuidArray(rs, 1)).containsExactly(MANUAL, null, rfc);
        assertThat(UuidJdbc.getUuidArray(rs, 3)).isNull();
        assertThatThrownBy(() -> UuidJdbc.getUuidArray(rs, 2))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 2 (public_id): expected a UUID at array element 2, got a java.lang.Integer (7)");
    }

    // ------------------------------------------------------------------------- log-safe messages

    /** A newline that would start a forged log line, then an ANSI colour sequence (ESC [ 3 1 m). */
    private static final String FORGED = "x\nERROR forged\u001B[31m";
    private static final String FORGED_ESCAPED = "x\\nERROR forged\\u001B[31m";

    @Test
    void bindMessagesEscapeControlCharactersOfTheText() {
        StatementStub stub = new StatementStub("MySQL");
        assertThatThrownBy(() -> UuidJdbc.setText(stub.statement, 1, FORGED, UuidColumnKind.CHAR36))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Parameter 1: cannot bind '" + FORGED_ESCAPED + "' for CHAR36: Invalid UUID '"
                        + FORGED_ESCAPED + "': expected 36 characters in the form 8-4-4-4-12, got "
                        + FORGED.length());
        assertThat(stub.calls).isEmpty();
    }

    @Test
    void readMessagesEscapeWhatTheDriverReturned() {
        record Odd(String text) {
        }
        String forged36 = (FORGED + "-".repeat(36)).substring(0, 36);
        ResultSet rs = JdbcStubs.resultSet(List.of("n", "label" + FORGED, "code"), new Odd(FORGED), FORGED, forged36);
        assertThatThrownBy(() -> UuidJdbc.get(rs, 1, UuidColumnKind.BINARY16))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 1 (n): expected 16 bytes for BINARY16, got a " + Odd.class.getName()
                        + " (Odd[text=" + FORGED_ESCAPED + "])");
        assertThatThrownBy(() -> UuidJdbc.get(rs, 2, UuidColumnKind.CHAR36))
                .isInstanceOf(SQLDataException.class)
                .hasMessageStartingWith("Column 2 (label" + FORGED_ESCAPED + "): expected canonical UUID text for "
                        + "CHAR36, got '" + FORGED_ESCAPED + "' (Invalid UUID '" + FORGED_ESCAPED + "'");
        assertThatThrownBy(() -> UuidJdbc.get(rs, 3, UuidColumnKind.POSTGRES_UUID))
                .isInstanceOf(SQLDataException.class)
                .hasMessageEndingWith("expected a hex digit at index 0, found 'x')");
        for (int column = 1; column <= 3; column++) {
            int c = column;
            assertThatThrownBy(() -> UuidJdbc.get(rs, c, UuidColumnKind.CHAR36))
                    .extracting(Throwable::getMessage).asString().matches("[\\x20-\\x7E]*");
        }
    }

    @Test
    void detectionMessagesEscapeTheReportedType() {
        var md = JdbcStubs.metaData(new Column("n" + FORGED, "INT" + FORGED, Types.INTEGER, 10, "java.lang.Integer"));
        assertThatThrownBy(() -> UuidJdbc.detect(md, 1, UuidColumnKind.POSTGRES_UUID))
                .isInstanceOf(SQLException.class)
                .hasMessageStartingWith("Column 1 (n" + FORGED_ESCAPED + "): cannot detect a UUID column kind from "
                        + "type INT" + FORGED_ESCAPED + " (java.sql.Types 4)");
    }

    // --------------------------------------------------------------------------------- detection

    @Test
    void detectsColumnKindsFromMetadata() throws SQLException {
        var md = JdbcStubs.metaData(
                new Column("pg", "uuid", Types.OTHER, 2147483647, "java.util.UUID"),
                new Column("maria", "UUID", Types.OTHER, 36, "java.lang.String"),
                new Column("bin", "BINARY", Types.BINARY, 16, "[B"),
                new Column("varbin", "VARBINARY", Types.VARBINARY, 16, "[B"),
                new Column("chr", "CHAR", Types.CHAR, 36, "java.lang.String"),
                new Column("pgchar", "bpchar", Types.CHAR, 36, "java.lang.String"),
                new Column("vc", "VARCHAR", Types.VARCHAR, 36, "java.lang.String"));
        assertThat(UuidJdbc.detect(md, 1, UuidColumnKind.POSTGRES_UUID)).isEqualTo(UuidColumnKind.POSTGRES_UUID);
        assertThat(UuidJdbc.detect(md, 2, UuidColumnKind.MARIADB_UUID)).isEqualTo(UuidColumnKind.MARIADB_UUID);
        assertThat(UuidJdbc.detect(md, 1, UuidColumnKind.MARIADB_UUID)).isEqualTo(UuidColumnKind.MARIADB_UUID);
        for (int binary : new int[] {3, 4}) {
            assertAmbiguousBinary(md, binary);
        }
        assertThat(UuidJdbc.detect(md, 5, UuidColumnKind.POSTGRES_UUID)).isEqualTo(UuidColumnKind.CHAR36);
        assertThat(UuidJdbc.detect(md, 6, UuidColumnKind.POSTGRES_UUID)).isEqualTo(UuidColumnKind.CHAR36);
        assertThat(UuidJdbc.detect(md, 7, UuidColumnKind.POSTGRES_UUID)).isEqualTo(UuidColumnKind.CHAR36);
    }

    /**
     * A BINARY(16) column holds the standard layout or MySQL's time-swapped one (UUID_TO_BIN(x, 1)); nothing in the
     * metadata shows which, so detection refuses to guess (it used to answer BINARY16, reading swapped data wrongly).
     */
    private static void assertAmbiguousBinary(java.sql.ResultSetMetaData md, int column) {
        assertThatThrownBy(() -> UuidJdbc.detect(md, column, UuidColumnKind.POSTGRES_UUID)).as("column %d", column)
                .isInstanceOf(java.sql.SQLFeatureNotSupportedException.class)
                .hasMessageContaining(": a 16-byte binary column holds BINARY16 (UUID_TO_BIN(x)) or"
                        + " BINARY16_TIME_SWAPPED (UUID_TO_BIN(x, 1)) data, and its metadata cannot tell which:"
                        + " name the kind")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"));
    }

    @Test
    void detectionFailsClearlyForOtherColumns() {
        var md = JdbcStubs.metaData(
                new Column("n", "INT", Types.INTEGER, 10, "java.lang.Integer"),
                new Column("wide", "BINARY", Types.BINARY, 32, "[B"),
                new Column("", "CHAR", Types.CHAR, 32, "java.lang.String"));
        assertThatThrownBy(() -> UuidJdbc.detect(md, 1, UuidColumnKind.POSTGRES_UUID))
                .isInstanceOf(java.sql.SQLFeatureNotSupportedException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"))
                .hasMessage("Column 1 (n): cannot detect a UUID column kind from type INT (java.sql.Types 4), "
                        + "precision 10, class java.lang.Integer; expected uuid or CHAR(36)/VARCHAR(36) "
                        + "(a BINARY(16) column's kind must be named)");
        assertThatThrownBy(() -> UuidJdbc.detect(md, 2, UuidColumnKind.POSTGRES_UUID))
                .isInstanceOf(SQLException.class)
                .hasMessageStartingWith("Column 2 (wide): cannot detect a UUID column kind from type BINARY");
        assertThatThrownBy(() -> UuidJdbc.detect(md, 3, UuidColumnKind.POSTGRES_UUID))
                .isInstanceOf(SQLException.class)
                .hasMessageStartingWith("Column 3: cannot detect");
    }

    // ------------------------------------------------------------------- contract, edge by edge

    /** One call of the public API, for table-driven tests. */
    private interface JdbcCall {
        Object run() throws SQLException;
    }

    @Test
    void everyMethodRejectsNullArgumentsBeforeTouchingTheDriver() throws SQLException {
        StatementStub stub = new StatementStub("PostgreSQL");
        ResultSet rs = JdbcStubs.resultSet(LABELS, 1, MANUAL_STANDARD, "x");
        java.sql.Connection connection = stub.statement.getConnection();
        List<UUID> ids = List.of(MANUAL);
        UuidColumnKind t = UuidColumnKind.BINARY16;
        // Malformed text and non-null values make a skipped check fail differently (a driver call,
        // an SQLDataException or a NullPointerException) instead of being caught further on.
        List<Object[]> cases = List.of(
                new Object[] {"ps", (JdbcCall) () -> { UuidJdbc.set(null, 1, MANUAL, t); return null; }},
                new Object[] {"kind", (JdbcCall) () -> { UuidJdbc.set(stub.statement, 1, MANUAL, null); return null; }},
                new Object[] {"ps", (JdbcCall) () -> { UuidJdbc.setText(null, 1, "bad", t); return null; }},
                new Object[] {"kind", (JdbcCall) () -> { UuidJdbc.setText(stub.statement, 1, "bad", null); return null; }},
                new Object[] {"ps", (JdbcCall) () -> UuidJdbc.addBatch(null, 1, ids, t)},
                new Object[] {"uuids", (JdbcCall) () -> UuidJdbc.addBatch(stub.statement, 1, null, t)},
                new Object[] {"kind", (JdbcCall) () -> UuidJdbc.addBatch(stub.statement, 1, ids, null)},
                new Object[] {"ps", (JdbcCall) () -> UuidJdbc.executeBatches(null, 1, ids, t, 1)},
                new Object[] {"uuids", (JdbcCall) () -> UuidJdbc.executeBatches(stub.statement, 1, null, t, 1)},
                new Object[] {"kind", (JdbcCall) () -> UuidJdbc.executeBatches(stub.statement, 1, ids, null, 1)},
                new Object[] {"rs", (JdbcCall) () -> UuidJdbc.get((ResultSet) null, 2, t)},
                new Object[] {"kind", (JdbcCall) () -> UuidJdbc.get(rs, 2, null)},
                new Object[] {"rs", (JdbcCall) () -> UuidJdbc.get((ResultSet) null, "public_id", t)},
                new Object[] {"call", (JdbcCall) () -> UuidJdbc.get((CallableStatement) null, 2, t)},
                new Object[] {"call", (JdbcCall) () -> UuidJdbc.get((CallableStatement) null, "p", t)},
                new Object[] {"label", (JdbcCall) () -> UuidJdbc.get(rs, (String) null, t)},
                new Object[] {"kind", (JdbcCall) () -> UuidJdbc.get(rs, "public_id", null)},
                new Object[] {"connection", (JdbcCall) () -> UuidJdbc.createUuidArray(null, ids)},
                new Object[] {"uuids", (JdbcCall) () -> UuidJdbc.createUuidArray(connection, null)},
                new Object[] {"ps", (JdbcCall) () -> { UuidJdbc.setUuidArray(null, 1, ids); return null; }},
                new Object[] {"rs", (JdbcCall) () -> UuidJdbc.getUuidArray(null, 1)},
                new Object[] {"metaData", (JdbcCall) () -> UuidJdbc.detect((java.sql.ResultSetMetaData) null, 1, UuidColumnKind.POSTGRES_UUID)},
                new Object[] {"rs", (JdbcCall) () -> UuidJdbc.detect((ResultSet) null, "public_id", UuidColumnKind.POSTGRES_UUID)},
                new Object[] {"label", (JdbcCall) () -> UuidJdbc.detect(rs, null, UuidColumnKind.POSTGRES_UUID)},
                new Object[] {"connection", (JdbcCall) () -> UuidJdbc.nativeUuidKind(null)});
        for (int i = 0; i < cases.size(); i++) {
            String what = (String) cases.get(i)[0];
            JdbcCall call = (JdbcCall) cases.get(i)[1];
            assertThatThrownBy(call::run).as("case %d", i)
                    .isExactlyInstanceOf(NullPointerException.class).hasMessage(what);
        }
        assertThat(stub.calls).isEmpty();
    }

    @Test
    void executeBatchesWithBatchSizeOneExecutesEachRowAndNoEmptyBatch() throws SQLException {
        StatementStub stub = new StatementStub("MySQL");
        assertThat(UuidJdbc.executeBatches(stub.statement, 1, List.of(MANUAL, MANUAL), UuidColumnKind.CHAR36, 1))
                .isEqualTo(2);
        assertThat(stub.calls).extracting(Call::method).containsExactly(
                "setString", "addBatch", "executeBatch", "setString", "addBatch", "executeBatch");
        StatementStub exact = new StatementStub("MySQL");
        assertThat(UuidJdbc.executeBatches(exact.statement, 1, List.of(MANUAL, MANUAL), UuidColumnKind.CHAR36, 2))
                .isEqualTo(2);
        assertThat(exact.calls).extracting(Call::method).containsExactly(
                "setString", "addBatch", "setString", "addBatch", "executeBatch");
        StatementStub none = new StatementStub("MySQL");
        assertThat(UuidJdbc.executeBatches(none.statement, 1, List.of(), UuidColumnKind.CHAR36, 2)).isZero();
        assertThat(none.calls).isEmpty();
        assertThat(UuidJdbc.addBatch(none.statement, 1, List.of(), UuidColumnKind.CHAR36)).isZero();
    }

    @Test
    void executeBatchesBindsEachNativeKindAsTheDatabaseTakesIt() throws SQLException {
        StatementStub postgres = new StatementStub("PostgreSQL");
        UuidJdbc.executeBatches(postgres.statement, 1, List.of(MANUAL), UuidColumnKind.POSTGRES_UUID, 10);
        assertThat(postgres.calls).containsExactly(new Call("setObject", List.of(1, MANUAL)),
                new Call("addBatch", List.of()), new Call("executeBatch", List.of()));
        StatementStub mariadb = new StatementStub("MariaDB");
        UuidJdbc.executeBatches(mariadb.statement, 1, List.of(MANUAL), UuidColumnKind.MARIADB_UUID, 10);
        assertThat(mariadb.calls).containsExactly(new Call("setString", List.of(1, "6ccd780c-baba-1026-9564-5b8c656024db")),
                new Call("addBatch", List.of()), new Call("executeBatch", List.of()));
    }

    @Test
    void addBatchBindsMariadbUuidAsText() throws SQLException {
        StatementStub stub = new StatementStub("MariaDB");
        UuidJdbc.addBatch(stub.statement, 1, Arrays.asList(MANUAL, null), UuidColumnKind.MARIADB_UUID);
        assertThat(stub.calls).containsExactly(
                new Call("setString", List.of(1, "6ccd780c-baba-1026-9564-5b8c656024db")), new Call("addBatch", List.of()),
                new Call("setNull", List.of(1, Types.VARCHAR)), new Call("addBatch", List.of()));
    }

    @Test
    void readsBlobsOfCanonicalTextAndFreesEveryBlob() throws SQLException {
        List<String> frees = new ArrayList<>();
        byte[] text = "6CCD780C-BABA-1026-9564-5B8C656024DB".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ResultSet rs = JdbcStubs.resultSet(LABELS, recordingBlob(text, frees), recordingBlob(MANUAL_STANDARD, frees),
                recordingBlob(new byte[20], frees));
        assertThat(UuidJdbc.get(rs, 1, UuidColumnKind.CHAR36)).isEqualTo(MANUAL);
        assertThat(UuidJdbc.get(rs, 1, UuidColumnKind.POSTGRES_UUID)).isEqualTo(MANUAL);
        assertThat(UuidJdbc.get(rs, 2, UuidColumnKind.BINARY16)).isEqualTo(MANUAL);
        assertThatThrownBy(() -> UuidJdbc.get(rs, 3, UuidColumnKind.BINARY16))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 3 (code): expected 16 bytes for BINARY16, got 20 bytes");
        assertThatThrownBy(() -> UuidJdbc.get(rs, 1, UuidColumnKind.BINARY16))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 1 (n): expected 16 bytes for BINARY16, got 36 bytes");
        assertThat(frees).hasSize(5);
    }

    private static Blob recordingBlob(byte[] bytes, List<String> frees) {
        return JdbcStubs.proxy(Blob.class, (p, m, a) -> {
            switch (m.getName()) {
                case "length":
                    return (long) bytes.length;
                case "getBytes":
                    return Arrays.copyOfRange(bytes, (int) (long) (Long) a[0] - 1,
                            (int) (long) (Long) a[0] - 1 + (Integer) a[1]);
                case "free":
                    frees.add("free");
                    return null;
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    @Test
    void nativeUuidReadsRejectBytesOfOtherLengthsAndOtherTypes() {
        ResultSet rs = JdbcStubs.resultSet(LABELS, new byte[15], 4.5, new byte[36]);
        assertThatThrownBy(() -> UuidJdbc.get(rs, 1, UuidColumnKind.MARIADB_UUID))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 1 (n): expected a UUID, canonical text or 16 bytes for MARIADB_UUID, got 15 bytes");
        assertThatThrownBy(() -> UuidJdbc.get(rs, 2, UuidColumnKind.CHAR36))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 2 (public_id): expected canonical UUID text for CHAR36, got a java.lang.Double (4.5)");
        assertThatThrownBy(() -> UuidJdbc.get(rs, 3, UuidColumnKind.CHAR36))
                .isInstanceOf(SQLDataException.class)
                .hasMessageStartingWith("Column 3 (code): expected canonical UUID text for CHAR36, got '\\u0000");
        assertThatThrownBy(() -> UuidJdbc.get(rs, 1, UuidColumnKind.CHAR36))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 1 (n): expected canonical UUID text for CHAR36, got 15 bytes");
    }

    @Test
    void readsUuidObjectsFromChar36Columns() throws SQLException {
        ResultSet rs = JdbcStubs.resultSet(LABELS, MANUAL, null, null);
        assertThat(UuidJdbc.get(rs, 1, UuidColumnKind.CHAR36)).isSameAs(MANUAL);
        assertThat(UuidJdbc.get(rs, "n", UuidColumnKind.POSTGRES_UUID)).isSameAs(MANUAL);
    }

    @Test
    void messagesFallBackToTheIndexWhenTheLabelIsUnavailable() {
        ResultSet noMetaData = JdbcStubs.proxy(ResultSet.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getObject":
                    return 42;
                case "getMetaData":
                    throw new SQLException("closed");
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
        assertThatThrownBy(() -> UuidJdbc.get(noMetaData, 4, UuidColumnKind.BINARY16))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 4: expected 16 bytes for BINARY16, got a java.lang.Integer (42)");
        ResultSet emptyLabel = JdbcStubs.resultSet(List.of(""), 42);
        assertThatThrownBy(() -> UuidJdbc.get(emptyLabel, 1, UuidColumnKind.BINARY16))
                .hasMessage("Column 1: expected 16 bytes for BINARY16, got a java.lang.Integer (42)");
    }

    @Test
    void createUuidArrayAsksTheDriverForAUuidArray() throws SQLException {
        StatementStub stub = new StatementStub("PostgreSQL");
        java.sql.Array array = UuidJdbc.createUuidArray(stub.statement.getConnection(), Arrays.asList(MANUAL, null));
        assertThat((Object[]) array.getArray()).containsExactly(MANUAL, null);
        assertThat(stub.calls).singleElement().extracting(Call::method).isEqualTo("createArrayOf");
    }

    @Test
    void getUuidArrayFreesTheArrayItRead() throws SQLException {
        List<Call> frees = new ArrayList<>();
        ResultSet rs = JdbcStubs.resultSet(LABELS, JdbcStubs.arrayOf(new Object[] {MANUAL}, frees, java.util.Set.of()));
        assertThat(UuidJdbc.getUuidArray(rs, 1)).containsExactly(MANUAL);
        assertThat(frees).extracting(Call::method).containsExactly("Array.free");
        assertThatThrownBy(() -> UuidJdbc.getUuidArray(rs, 1).add(MANUAL))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void detectsEachKindFromTheTypeCodeOrTheTypeNameAlone() throws SQLException {
        var md = JdbcStubs.metaData(
                new Column("a", "raw", Types.BINARY, 16, null),
                new Column("b", "raw", Types.VARBINARY, 16, null),
                new Column("c", "binary", Types.OTHER, 16, null),
                new Column("d", "varbinary", Types.OTHER, 16, null),
                new Column("e", "text", Types.CHAR, 36, null),
                new Column("f", "text", Types.VARCHAR, 36, null),
                new Column("g", "text", Types.NCHAR, 36, null),
                new Column("h", "text", Types.NVARCHAR, 36, null),
                new Column("i", "char", Types.OTHER, 36, null),
                new Column("j", "varchar", Types.OTHER, 36, null),
                new Column("k", "bpchar", Types.OTHER, 36, null),
                new Column("l", "whatever", Types.OTHER, 0, "java.util.UUID"),
                new Column("m", null, Types.BINARY, 16, null));
        UuidColumnKind[] expected = {
            null, null, null, null,
            UuidColumnKind.CHAR36, UuidColumnKind.CHAR36, UuidColumnKind.CHAR36, UuidColumnKind.CHAR36,
            UuidColumnKind.CHAR36, UuidColumnKind.CHAR36, UuidColumnKind.CHAR36, UuidColumnKind.POSTGRES_UUID,
            null};
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == null) {
                assertAmbiguousBinary(md, i + 1);
            } else {
                assertThat(UuidJdbc.detect(md, i + 1, UuidColumnKind.POSTGRES_UUID)).as("column %d", i + 1)
                        .isEqualTo(expected[i]);
            }
        }
    }

    @Test
    void detectionNeedsTheExactPrecisionAndAKnownType() {
        var md = JdbcStubs.metaData(
                new Column("a", "raw", Types.BINARY, 15, null),
                new Column("b", "raw", Types.BINARY, 17, null),
                new Column("c", "text", Types.CHAR, 35, null),
                new Column("d", "text", Types.CHAR, 37, null),
                new Column("e", "raw", Types.OTHER, 16, null),
                new Column("f", "raw", Types.OTHER, 36, null),
                new Column("g", "text", Types.CLOB, 36, null),
                new Column("h", "bytea", Types.LONGVARBINARY, 16, null));
        for (int i = 1; i <= 8; i++) {
            int column = i;
            assertThatThrownBy(() -> UuidJdbc.detect(md, column, UuidColumnKind.POSTGRES_UUID)).as("column %d", i)
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot detect a UUID column kind");
        }
    }

    @Test
    void detectionTakesOnlyANativeKindForNativeColumns() {
        var md = JdbcStubs.metaData(new Column("pg", "uuid", Types.OTHER, 2147483647, "java.util.UUID"));
        for (UuidColumnKind kind : new UuidColumnKind[] {UuidColumnKind.BINARY16, UuidColumnKind.CHAR36,
                UuidColumnKind.BINARY16_TIME_SWAPPED}) {
            assertThatThrownBy(() -> UuidJdbc.detect(md, 1, kind))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("nativeKind must be POSTGRES_UUID or MARIADB_UUID, got " + kind);
        }
        assertThatThrownBy(() -> UuidJdbc.detect(md, 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("nativeKind");
    }

    @Test
    void detectsByLabelThroughTheResultSet() throws SQLException {
        var md = JdbcStubs.metaData(new Column("n", "INT", Types.INTEGER, 10, "java.lang.Integer"),
                new Column("public_id", "BINARY", Types.BINARY, 16, "[B"));
        ResultSet rs = JdbcStubs.proxy(ResultSet.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getMetaData":
                    return md;
                case "findColumn":
                    return "public_id".equals(a[0]) ? 2 : 1;
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
        assertThatThrownBy(() -> UuidJdbc.detect(rs, "public_id", UuidColumnKind.POSTGRES_UUID))
                .isInstanceOf(java.sql.SQLFeatureNotSupportedException.class)
                .hasMessageStartingWith("Column 2 (public_id): a 16-byte binary column holds BINARY16");
        assertThatThrownBy(() -> UuidJdbc.detect(rs, "n", UuidColumnKind.POSTGRES_UUID)).hasMessageStartingWith("Column 1 (n): cannot detect");
    }

    @Test
    void columnTypesKnowTheirLayoutAndNullType() {
        assertThat(UuidColumnKind.BINARY16.layout()).isEqualTo(io.github.uuidkit.UuidBinaryLayout.STANDARD);
        assertThat(UuidColumnKind.BINARY16_TIME_SWAPPED.layout()).isEqualTo(io.github.uuidkit.UuidBinaryLayout.TIME_SWAPPED);
        assertThat(UuidColumnKind.POSTGRES_UUID.layout()).isNull();
        assertThat(UuidColumnKind.MARIADB_UUID.layout()).isNull();
        assertThat(UuidColumnKind.CHAR36.layout()).isNull();
        assertThat(UuidColumnKind.BINARY16.isBinary()).isTrue();
        assertThat(UuidColumnKind.BINARY16_TIME_SWAPPED.isBinary()).isTrue();
        assertThat(UuidColumnKind.POSTGRES_UUID.isBinary()).isFalse();
        assertThat(UuidColumnKind.MARIADB_UUID.isBinary()).isFalse();
        assertThat(UuidColumnKind.CHAR36.isBinary()).isFalse();
        assertThat(UuidColumnKind.POSTGRES_UUID.nullSqlType()).isEqualTo(Types.OTHER);
        assertThat(UuidColumnKind.MARIADB_UUID.nullSqlType()).isEqualTo(Types.VARCHAR);
        assertThat(UuidColumnKind.BINARY16.nullSqlType()).isEqualTo(Types.BINARY);
        assertThat(UuidColumnKind.BINARY16_TIME_SWAPPED.nullSqlType()).isEqualTo(Types.BINARY);
        assertThat(UuidColumnKind.CHAR36.nullSqlType()).isEqualTo(Types.CHAR);
    }

    @Test
    void stubsAreProxies() {
        // Guards the test double itself: the statement stub must not be a real driver class.
        assertThat(Proxy.isProxyClass(new StatementStub("MySQL").statement.getClass())).isTrue();
    }
}
