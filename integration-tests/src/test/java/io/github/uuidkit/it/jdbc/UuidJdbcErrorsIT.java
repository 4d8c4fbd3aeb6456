package io.github.uuidkit.it.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad stored values and bad input give the documented errors, naming the column, on every engine. */
class UuidJdbcErrorsIT {

    private static final String MALFORMED = "017f22e2-79b0-7cc3-98c4-dc0c0c07398g";

    private static String createBadTable(Connection c, Engine engine, TestTables tables) throws SQLException {
        String bytes = engine.isPostgres() ? "bytea" : "VARBINARY(20)";
        String bad = tables.name("bad");
        ItDb.exec(c, "CREATE TABLE " + bad + " (seq INT PRIMARY KEY, n INT, b " + bytes + ", t VARCHAR(64))");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + bad + " (seq, n, b, t) VALUES (?, ?, ?, ?)")) {
            Object[][] rows = {{1, 42, new byte[15], "not-a-uuid"}, {2, 7, new byte[17], MALFORMED},
                {3, 0, new byte[0], " 017f22e2-79b0-7cc3-98c4-dc0c0c07398f"}};
            for (Object[] row : rows) {
                ps.setInt(1, (Integer) row[0]);
                ps.setInt(2, (Integer) row[1]);
                ps.setBytes(3, (byte[]) row[2]);
                ps.setString(4, (String) row[3]);
                ps.executeUpdate();
            }
        }
        return bad;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void wrongLengthsMalformedTextAndIntegersAreRejectedWithTheColumnName(Engine engine) throws SQLException {
        Engines.announce(UuidJdbcErrorsIT.class, engine);
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            String bad = createBadTable(c, engine, tables);
            int[] lengths = {15, 17, 0};
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT n, b AS public_id, t AS code FROM " + bad + " ORDER BY seq")) {
                for (int row = 0; row < 3; row++) {
                    assertThat(rs.next()).isTrue();
                    int length = lengths[row];
                    for (UuidColumnKind binary : List.of(UuidColumnKind.BINARY16, UuidColumnKind.BINARY16_TIME_SWAPPED)) {
                        assertThatThrownBy(() -> UuidJdbc.get(rs, 2, binary))
                                .isInstanceOf(SQLDataException.class)
                                .hasMessage("Column 2 (public_id): expected 16 bytes for " + binary + ", got " + length
                                        + " bytes");
                        assertThatThrownBy(() -> UuidJdbc.get(rs, "public_id", binary))
                                .isInstanceOf(SQLDataException.class)
                                .hasMessage("Column 2 (public_id): expected 16 bytes for " + binary + ", got " + length
                                        + " bytes");
                    }
                    int n = rs.getInt(1);
                    assertThatThrownBy(() -> UuidJdbc.get(rs, 1, UuidColumnKind.BINARY16))
                            .isInstanceOf(SQLDataException.class)
                            .hasMessage("Column 1 (n): expected 16 bytes for BINARY16, got a java.lang.Integer (" + n + ")");
                    assertThatThrownBy(() -> UuidJdbc.get(rs, "n", UuidColumnKind.POSTGRES_UUID))
                            .isInstanceOf(SQLDataException.class)
                            .hasMessage("Column 1 (n): expected a UUID, canonical text or 16 bytes for POSTGRES_UUID, got a"
                                    + " java.lang.Integer (" + n + ")");
                    assertThatThrownBy(() -> UuidJdbc.get(rs, 1, UuidColumnKind.CHAR36))
                            .isInstanceOf(SQLDataException.class)
                            .hasMessage("Column 1 (n): expected canonical UUID text for CHAR36, got a java.lang.Integer ("
                                    + n + ")");
                    String text = rs.getString(3);
                    assertThatThrownBy(() -> UuidJdbc.get(rs, "code", UuidColumnKind.CHAR36))
                            .isInstanceOf(SQLDataException.class)
                            .hasMessageStartingWith("Column 3 (code): expected canonical UUID text for CHAR36, got '"
                                    + text + "' (Invalid UUID '" + text + "': expected ");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void malformedTextIsNotBoundAndNothingIsWritten(Engine engine) throws SQLException {
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            String badBind = tables.name("bad_bind");
            ItDb.exec(c, "CREATE TABLE " + badBind + " (id " + ItDb.columnType(engine, UuidColumnKind.BINARY16)
                    + " NULL)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + badBind + " (id) VALUES (?)")) {
                assertThatThrownBy(() -> UuidJdbc.setText(ps, 1, MALFORMED, UuidColumnKind.BINARY16))
                        .isInstanceOf(SQLDataException.class)
                        .hasMessage("Parameter 1: cannot bind '" + MALFORMED + "' for BINARY16: Invalid UUID '" + MALFORMED
                                + "': expected a hex digit at index 35, found 'g'");
                // the parameter was never set, so the statement cannot run
                assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class);
            }
            assertThat(ItDb.count(c, "SELECT COUNT(*) FROM " + badBind)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void detectsColumnKindsFromTheDriversMetadata(Engine engine) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<UuidColumnKind> expected = new ArrayList<>();
        if (engine.isPostgres()) {
            columns.add("a uuid");
            expected.add(UuidColumnKind.POSTGRES_UUID);
            columns.add("b char(36)");
            expected.add(UuidColumnKind.CHAR36);
            columns.add("c varchar(36)");
            expected.add(UuidColumnKind.CHAR36);
        } else {
            // a BINARY(16) holds either layout and the metadata cannot tell which: refused (null), never guessed
            columns.add("a BINARY(16)");
            expected.add(null);
            columns.add("b VARBINARY(16)");
            expected.add(null);
            columns.add("c CHAR(36)");
            expected.add(UuidColumnKind.CHAR36);
            if (engine.isMariaDb()) {
                columns.add("d UUID");
                // Connector/J does not read MariaDB's extended type metadata: a UUID column looks like CHAR(36).
                expected.add(UuidColumnKind.CHAR36);
            }
        }
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            // The native kind is asked once per connection; on MySQL there is none (and no uuid column to detect).
            UuidColumnKind nativeKind = engine.isMySql() ? UuidColumnKind.MARIADB_UUID : UuidJdbc.nativeUuidKind(c);
            String detect = tables.name("detect");
            ItDb.exec(c, "CREATE TABLE " + detect + " (n INT, " + String.join(", ", columns) + ")");
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + detect)) {
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 0; i < expected.size(); i++) {
                    System.out.printf("[uuidkit-it] UuidJdbcErrorsIT: %s column %s: type %s (%d), precision %d, class %s%n",
                            engine, md.getColumnLabel(i + 2), md.getColumnTypeName(i + 2), md.getColumnType(i + 2),
                            md.getPrecision(i + 2), md.getColumnClassName(i + 2));
                    int column = i + 2;
                    if (expected.get(i) == null) {
                        assertThatThrownBy(() -> UuidJdbc.detect(md, column, nativeKind)).as(columns.get(i))
                                .isInstanceOf(java.sql.SQLFeatureNotSupportedException.class)
                                .hasMessageContaining("a 16-byte binary column holds BINARY16 (UUID_TO_BIN(x)) or"
                                        + " BINARY16_TIME_SWAPPED (UUID_TO_BIN(x, 1)) data");
                    } else {
                        assertThat(UuidJdbc.detect(md, column, nativeKind)).as(columns.get(i))
                                .isEqualTo(expected.get(i));
                    }
                }
                assertThatThrownBy(() -> UuidJdbc.detect(md, 1, nativeKind))
                        .isInstanceOf(SQLException.class)
                        .hasMessageStartingWith("Column 1 (n): cannot detect a UUID column kind from type ");
                assertThatThrownBy(() -> UuidJdbc.detect(rs, "n", nativeKind))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("expected uuid or CHAR(36)/VARCHAR(36)");
            }
        }
    }
}
