package io.github.uuidkit.it.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import io.github.uuidkit.mysql.MysqlBackfill;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MysqlBackfill} on {@code BIGINT UNSIGNED} keys above 2^63 and a {@code TIMESTAMP} column read without a
 * caller-supplied zone, on the real servers (Connector/J returns such keys as {@code BigInteger}; the server's
 * {@code UNIX_TIMESTAMP} of a TIMESTAMP column is its stored instant whatever the session {@code time_zone}).
 */
class MysqlBackfillIT {

    private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#mySqlFamily")
    void backfillsUnsignedKeysFromTimestampsWithoutAZone(Engine engine) throws SQLException {
        Engines.announce(MysqlBackfillIT.class, engine);
        String table = TestTables.uniqueName("backfill");
        BigInteger[] keys = {BigInteger.valueOf(5), BigInteger.valueOf(Long.MAX_VALUE), TWO_63,
                TWO_63.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)};
        long base = 1_730_611_800_123L; // 2024-11-03T05:30:00.123Z
        try (Connection c = engine.connect()) {
            try {
                exec(c, "CREATE TABLE " + table + " (id BIGINT UNSIGNED NOT NULL PRIMARY KEY,"
                        + " created_at TIMESTAMP(3) NULL, public_id BINARY(16) NULL)");
                // the session zone is neither UTC nor the JVM's: a zone-dependent read would shift every id
                exec(c, "SET time_zone = '+05:00'");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                        + " (id, created_at) VALUES (?, FROM_UNIXTIME(?))")) {
                    for (int i = 0; i <= keys.length; i++) {
                        BigInteger key = i < keys.length ? keys[i] : BigInteger.valueOf(6); // 6: no timestamp
                        ps.setBigDecimal(1, new BigDecimal(key));
                        ps.setBigDecimal(2, i < keys.length ? BigDecimal.valueOf(base + i * 1_001L, 3) : null);
                        ps.executeUpdate();
                    }
                }

                MysqlBackfill.Result result = MysqlBackfill.v7FromTimestamps(c, table, "id", "created_at",
                        "public_id", 2);

                assertThat(result.updated()).isEqualTo(keys.length);
                assertThat(result.withoutTimestamp()).isEqualTo(1);
                assertThat(result.unresolvedLocalTimes()).isZero();
                Map<String, Long> millis = new HashMap<>();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT CAST(id AS CHAR), public_id FROM " + table
                             + " WHERE public_id IS NOT NULL")) {
                    while (rs.next()) {
                        millis.put(rs.getString(1), Uuids.unixMillis(UuidJdbc.get(rs, 2, UuidColumnKind.BINARY16)));
                    }
                }
                for (int i = 0; i < keys.length; i++) {
                    assertThat(millis).containsEntry(keys[i].toString(), base + i * 1_001L);
                }
                // the server agrees: the first 6 bytes of each id are UNIX_TIMESTAMP(created_at) in milliseconds
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE CONV(HEX(LEFT("
                             + "public_id, 6)), 16, 10) = ROUND(UNIX_TIMESTAMP(created_at) * 1000)")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(keys.length);
                }
            } finally {
                exec(c, "DROP TABLE IF EXISTS " + table); // our own unique table
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
