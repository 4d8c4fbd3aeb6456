package io.github.uuidkit.it.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import io.github.uuidkit.mysql.MysqlServerInfo;
import io.github.uuidkit.mysql.MysqlWarning;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ps.setObject(i, uuid)} into {@code BINARY(16)} through Connector/J: what the server really
 * does with it, in non-strict and strict mode, and that the uuidkit helpers store the right bytes in
 * both.
 */
class ConnectorJTrapIT {

    /** A new uniquely named table (dropped with {@code tables}). */
    private static String createTable(Connection c, TestTables tables) throws SQLException {
        String table = tables.name("trap");
        ItDb.exec(c, "CREATE TABLE " + table + " (seq INT PRIMARY KEY, id BINARY(16) NULL, txt VARCHAR(36) NULL)"
                + " ENGINE=InnoDB");
        return table;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#mySqlFamily")
    void rawSetObjectStoresTheSerializedPrefixInNonStrictMode(Engine engine) throws SQLException {
        Engines.announce(ConnectorJTrapIT.class, engine);
        UUID a = Uuids.v7();
        UUID b = Uuids.v4();
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            ItDb.exec(c, "SET SESSION sql_mode = ''");
            String table = createTable(c, tables);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (seq, id) VALUES (?, ?)")) {
                ps.setInt(1, 1);
                ps.setObject(2, a);
                ps.executeUpdate();
                ps.setInt(1, 2);
                ps.setObject(2, b);
                ps.executeUpdate();
            }
            List<String> stored = ItDb.texts(c, "SELECT HEX(id) FROM " + table + " ORDER BY seq");
            System.out.printf("[uuidkit-it] ConnectorJTrapIT: %s, sql_mode='': setObject(%s) stored %s, setObject(%s)"
                    + " stored %s%n", engine, a, stored.get(0), b, stored.get(1));
            // Java serialization stream magic 0xACED, version 0x0005, then TC_OBJECT 0x73, TC_CLASSDESC 0x72,
            // the class name length 0x000E and "java.uti" (java.util.UUID) - cut at 16 bytes.
            assertThat(stored.get(0)).isEqualTo("ACED00057372000E6A6176612E757469");
            assertThat(stored.get(1)).isEqualTo(stored.get(0));
            MysqlServerInfo info = MysqlServerInfo.detect(c);
            assertThat(info.isStrict()).isFalse();
            assertThat(info.warnings()).contains(MysqlWarning.NON_STRICT_SQL_MODE);
            assertThat(info.warningsFor(UuidColumnKind.BINARY16, true)).contains(MysqlWarning.NON_STRICT_SQL_MODE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#mySqlFamily")
    void rawSetObjectFailsInStrictMode(Engine engine) throws SQLException {
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            ItDb.exec(c, "SET SESSION sql_mode = 'STRICT_TRANS_TABLES'");
            String table = createTable(c, tables);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (seq, id) VALUES (?, ?)")) {
                ps.setInt(1, 1);
                ps.setObject(2, Uuids.v7());
                assertThatThrownBy(ps::executeUpdate)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> System.out.printf("[uuidkit-it] ConnectorJTrapIT: %s, strict: setObject(uuid)"
                                + " -> %s: %s%n", engine, e.getClass().getSimpleName(), e.getMessage()))
                        .hasMessageContaining("Data too long for column 'id'");
            }
            assertThat(ItDb.count(c, "SELECT COUNT(*) FROM " + table)).isZero();
            MysqlServerInfo info = MysqlServerInfo.detect(c);
            assertThat(info.isStrict()).isTrue();
            assertThat(info.rewriteBatchedStatements()).as("the harness URL sets it").isTrue();
            assertThat(info.warnings()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#mySqlFamily")
    void helpersStoreTheRightBytesInBothModes(Engine engine) throws SQLException {
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            for (String mode : List.of("", "STRICT_TRANS_TABLES")) {
                ItDb.exec(c, "SET SESSION sql_mode = '" + mode + "'");
                String table = createTable(c, tables);
                List<UUID> ids = ItDb.edgeSet();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (seq, id, txt) VALUES (?, ?, ?)")) {
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setInt(1, i);
                        if (i % 2 == 0) {
                            UuidJdbc.set(ps, 2, ids.get(i), UuidColumnKind.BINARY16);
                        } else {
                            UuidJdbc.set(ps, 2, ids.get(i), UuidColumnKind.BINARY16);
                        }
                        ps.setString(3, ids.get(i).toString());
                        ps.executeUpdate();
                    }
                }
                assertThat(ItDb.count(c, "SELECT COUNT(*) FROM " + table + " WHERE "
                        + ItDb.knownAnswer(engine, UuidColumnKind.BINARY16)))
                        .as("sql_mode '%s'", mode).isEqualTo(ids.size());
                assertThat(ItDb.count(c, "SELECT COUNT(DISTINCT id) FROM " + table)).isEqualTo(ids.size());
            }
        }
    }
}
