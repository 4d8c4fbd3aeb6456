package io.github.uuidkit.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.Uuids;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MysqlBackfillTest {

    private final Connection untouchable = MysqlServerInfoTest.stub(Connection.class, (m, a) -> {
        throw new AssertionError("connection used: " + m);
    });

    @Test
    void validatesArgumentsBeforeTouchingTheConnection() {
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(untouchable, "t", "id", "created_at", "pid",
                ZoneOffset.UTC, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batchSize must be at least 1, got 0");
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(untouchable, "t", "id", "created_at", "pid", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("batchSize must be at least 1, got 0");
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(untouchable, "t; DROP TABLE t", "id", "created_at",
                "pid", ZoneOffset.UTC, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid identifier 't; DROP TABLE t'");
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(null, "t", "id", "created_at", "pid",
                ZoneOffset.UTC, 10)).isInstanceOf(NullPointerException.class).hasMessage("connection");
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(null, "t", "id", "created_at", "pid", 10))
                .isInstanceOf(NullPointerException.class).hasMessage("connection");
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(untouchable, "t", "id", "created_at", "pid",
                null, 10)).isInstanceOf(NullPointerException.class).hasMessage("zone");
    }

    /** 2^63: the first BIGINT UNSIGNED key that does not fit a Java long. */
    private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);

    @Test
    void walksBigintUnsignedKeysAbove2To63() throws SQLException {
        FakeTable table = new FakeTable("TIMESTAMP");
        List<BigInteger> keys = List.of(BigInteger.ZERO, BigInteger.valueOf(Long.MAX_VALUE), TWO_63,
                TWO_63.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        long millis = Instant.parse("2024-03-01T12:00:00Z").toEpochMilli();
        for (int i = 0; i < keys.size(); i++) {
            table.put(keys.get(i), BigDecimal.valueOf(millis + i, 3)); // UNIX_TIMESTAMP(col) of a TIMESTAMP(3)
        }
        MysqlBackfill.Result result = MysqlBackfill.v7FromTimestamps(table.connection(), "t", "id", "created_at",
                "pid", 2);
        assertThat(result).isEqualTo(new MysqlBackfill.Result(5, 0, 3, 0));
        for (int i = 0; i < keys.size(); i++) {
            UUID id = table.target.get(keys.get(i));
            assertThat(Uuids.unixMillis(id)).as("key %s", keys.get(i)).isEqualTo(millis + i);
        }
        // the first page has no lower bound; later pages start after the last key, bound in the type it was read in
        assertThat(table.lowerBounds).containsExactly(null, BigInteger.valueOf(Long.MAX_VALUE),
                TWO_63.add(BigInteger.ONE));
    }

    /**
     * A TIMESTAMP column is read as UNIX_TIMESTAMP(col): the MySQL manual (UNIX_TIMESTAMP) says that for a TIMESTAMP
     * column it "returns the internal timestamp value directly, with no implicit string-to-Unix-timestamp
     * conversion", and TIMESTAMP values are stored in UTC ("The DATE, DATETIME, and TIMESTAMP Types"). So no zone is
     * needed, none is consulted, and an hour repeated by a DST change in the session zone is not ambiguous.
     */
    @Test
    void readsTimestampColumnsAsTheInstantTheServerStores() throws SQLException {
        FakeTable table = new FakeTable("TIMESTAMP");
        // 2024-11-03 01:30 happened twice in America/New_York; the server stores two different instants
        table.put(1L, new BigDecimal("1730611800.123")); // 05:30:00.123Z = 01:30 EDT
        table.put(2L, new BigDecimal("1730615400.5"));   // 06:30:00.5Z = 01:30 EST
        table.put(3L, new BigDecimal("1730615401"));     // TIMESTAMP(0): an integer
        table.put(4L, null);                             // NULL
        table.put(5L, BigDecimal.ZERO);                  // the zero TIMESTAMP '0000-00-00 00:00:00'
        MysqlBackfill.Result result = MysqlBackfill.v7FromTimestamps(table.connection(), "t", "id", "created_at",
                "pid", 10);
        assertThat(result).isEqualTo(new MysqlBackfill.Result(3, 2, 1, 0));
        assertThat(Uuids.unixMillis(table.target.get(1L))).isEqualTo(1730611800123L);
        assertThat(Uuids.unixMillis(table.target.get(2L))).isEqualTo(1730615400500L);
        assertThat(Uuids.unixMillis(table.target.get(3L))).isEqualTo(1730615401000L);
        assertThat(table.target).doesNotContainKeys(4L, 5L);
        assertThat(table.selects).allMatch(sql -> sql.contains("UNIX_TIMESTAMP(`created_at`)"));
        // with a zone, a TIMESTAMP column is still read as the stored instant: the zone is not used
        FakeTable again = new FakeTable("TIMESTAMP");
        again.put(1L, new BigDecimal("1730611800.123"));
        MysqlBackfill.v7FromTimestamps(again.connection(), "t", "id", "created_at", "pid",
                ZoneId.of("Asia/Tokyo"), 10);
        assertThat(Uuids.unixMillis(again.target.get(1L))).isEqualTo(1730611800123L);
    }

    @Test
    void aDatetimeColumnNeedsTheZoneItWasWrittenIn() {
        FakeTable table = new FakeTable("DATETIME");
        table.put(1L, LocalDateTime.of(2024, 3, 1, 12, 0));
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(table.connection(), "t", "id", "created_at", "pid",
                10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Column created_at is DATETIME, which stores no time zone: pass the zone the application"
                        + " wrote it in, v7FromTimestamps(connection, table, key, createdAt, target, zone, batchSize)");
        assertThat(table.target).isEmpty();
    }

    /**
     * In America/New_York, 2024-11-03 01:30 happened twice (DST ended at 02:00 EDT) and 2024-03-10 02:30 never
     * happened (DST began at 02:00 EST), per the IANA rules java.time ships: such DATETIME values cannot be placed on
     * the time line, so they are left NULL and counted instead of guessed.
     */
    @Test
    void leavesDatetimesInADstOverlapOrGapNullAndCountsThem() throws SQLException {
        FakeTable table = new FakeTable("DATETIME");
        table.put(1L, LocalDateTime.of(2024, 11, 3, 0, 59, 59, 999_000_000));
        table.put(2L, LocalDateTime.of(2024, 11, 3, 1, 30));
        table.put(3L, LocalDateTime.of(2024, 11, 3, 2, 0));
        table.put(4L, LocalDateTime.of(2024, 3, 10, 2, 30));
        table.put(5L, LocalDateTime.of(2024, 3, 10, 3, 0));
        table.put(6L, null);
        ZoneId newYork = ZoneId.of("America/New_York");
        MysqlBackfill.Result result = MysqlBackfill.v7FromTimestamps(table.connection(), "t", "id", "created_at",
                "pid", newYork, 4);
        assertThat(result).isEqualTo(new MysqlBackfill.Result(3, 1, 2, 2));
        assertThat(table.target).containsOnlyKeys(1L, 3L, 5L);
        assertThat(Uuids.unixMillis(table.target.get(1L)))
                .isEqualTo(Instant.parse("2024-11-03T04:59:59.999Z").toEpochMilli()); // EDT, -04:00
        assertThat(Uuids.unixMillis(table.target.get(3L)))
                .isEqualTo(Instant.parse("2024-11-03T07:00:00Z").toEpochMilli());     // EST, -05:00
        assertThat(Uuids.unixMillis(table.target.get(5L)))
                .isEqualTo(Instant.parse("2024-03-10T07:00:00Z").toEpochMilli());     // EDT, -04:00
        assertThat(table.selects).noneMatch(sql -> sql.contains("UNIX_TIMESTAMP"));
    }

    @Test
    void aTimestampBefore1970NamesTheRow() {
        FakeTable table = new FakeTable("DATETIME");
        table.put(7L, LocalDateTime.of(1969, 12, 31, 23, 59));
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(table.connection(), "t", "id", "created_at", "pid",
                ZoneOffset.UTC, 10)).isInstanceOf(SQLException.class)
                .hasMessageStartingWith("Row id=7: cannot derive a UUID v7 from created_at 1969-12-31T23:59:00Z")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commitsEachBatchOutsideAutoCommit() throws SQLException {
        FakeTable table = new FakeTable("TIMESTAMP");
        for (long k = 1; k <= 5; k++) {
            table.put(k, BigDecimal.valueOf(1_700_000_000L + k));
        }
        table.autoCommit = false;
        MysqlBackfill.Result result = MysqlBackfill.v7FromTimestamps(table.connection(), "t", "id", "created_at",
                "pid", 2);
        assertThat(result).isEqualTo(new MysqlBackfill.Result(5, 0, 3, 0));
        assertThat(table.commits).isEqualTo(3);
        // a full last page costs one more, empty query, and a rerun finds nothing
        FakeTable even = new FakeTable("TIMESTAMP");
        for (long k = 1; k <= 4; k++) {
            even.put(k, BigDecimal.valueOf(1_700_000_000L + k));
        }
        assertThat(MysqlBackfill.v7FromTimestamps(even.connection(), "t", "id", "created_at", "pid", 2))
                .isEqualTo(new MysqlBackfill.Result(4, 0, 2, 0));
        assertThat(even.commits).isZero();
        assertThat(MysqlBackfill.v7FromTimestamps(even.connection(), "t", "id", "created_at", "pid", 2))
                .isEqualTo(new MysqlBackfill.Result(0, 0, 0, 0));
        // the smallest batch
        FakeTable one = new FakeTable("TIMESTAMP");
        one.put(1L, BigDecimal.valueOf(1_700_000_001L));
        assertThat(MysqlBackfill.v7FromTimestamps(one.connection(), "t", "id", "created_at", "pid", 1))
                .isEqualTo(new MysqlBackfill.Result(1, 0, 1, 0));
    }

    /**
     * An in-memory table behind JDBC proxies, answering the three statements the backfill sends: the column-type
     * probe, the keyset page query and the update. Keys are compared as numbers, as the server does; like
     * Connector/J, {@code getLong} fails on a BIGINT UNSIGNED value above {@link Long#MAX_VALUE}.
     */
    static final class FakeTable {
        final String columnType;
        final TreeMap<BigInteger, Object> created = new TreeMap<>();
        final Map<BigInteger, Object> keyObjects = new HashMap<>();
        final Map<Object, UUID> target = new HashMap<>();
        final List<Object> lowerBounds = new ArrayList<>();
        final List<String> selects = new ArrayList<>();
        boolean autoCommit = true;
        int commits;

        FakeTable(String columnType) {
            this.columnType = columnType;
        }

        void put(Object key, Object createdValue) {
            BigInteger k = new BigInteger(key.toString());
            created.put(k, createdValue);
            keyObjects.put(k, key);
        }

        Connection connection() {
            return MysqlServerInfoTest.stub(Connection.class, (m, a) -> switch (m) {
                case "getAutoCommit" -> autoCommit;
                case "commit" -> {
                    commits++;
                    yield null;
                }
                case "prepareStatement" -> statement((String) a[0]);
                default -> throw new UnsupportedOperationException(m);
            });
        }

        private PreparedStatement statement(String sql) {
            if (sql.startsWith("UPDATE")) {
                assertThat(sql).isEqualTo("UPDATE `t` SET `pid` = ? WHERE `id` = ? AND `pid` IS NULL");
                return update();
            }
            if (sql.contains("WHERE 1 = 0")) {
                assertThat(sql).isEqualTo("SELECT `created_at` FROM `t` WHERE 1 = 0");
                ResultSetMetaData md = MysqlServerInfoTest.stub(ResultSetMetaData.class, (m, a) -> columnType);
                ResultSet rs = MysqlServerInfoTest.stub(ResultSet.class,
                        (m, a) -> "getMetaData".equals(m) ? md : null);
                return MysqlServerInfoTest.stub(PreparedStatement.class, (m, a) -> "executeQuery".equals(m) ? rs
                        : null);
            }
            selects.add(sql);
            boolean bounded = sql.contains("> ?");
            Object[] params = new Object[3];
            return MysqlServerInfoTest.stub(PreparedStatement.class, (m, a) -> switch (m) {
                case "setObject", "setInt", "setLong" -> {
                    params[(Integer) a[0]] = a[1];
                    yield null;
                }
                case "executeQuery" -> {
                    Object bound = bounded ? params[1] : null;
                    lowerBounds.add(bound);
                    int limit = (Integer) params[bounded ? 2 : 1];
                    List<BigInteger> page = new ArrayList<>();
                    for (BigInteger k : created.keySet()) {
                        if ((bound == null || k.compareTo(new BigInteger(bound.toString())) > 0)
                                && !target.containsKey(keyObjects.get(k)) && page.size() < limit) {
                            page.add(k);
                        }
                    }
                    yield rows(page);
                }
                case "close" -> null;
                default -> throw new UnsupportedOperationException(m);
            });
        }

        private ResultSet rows(List<BigInteger> page) {
            int[] at = {-1};
            return MysqlServerInfoTest.stub(ResultSet.class, (m, a) -> switch (m) {
                case "next" -> ++at[0] < page.size();
                case "getObject" -> {
                    BigInteger k = page.get(at[0]);
                    if ((Integer) a[0] == 1) {
                        yield keyObjects.get(k);
                    }
                    assertThat(a[1]).isEqualTo(LocalDateTime.class);
                    yield created.get(k);
                }
                case "getBigDecimal" -> (BigDecimal) created.get(page.get(at[0]));
                case "getLong" -> {
                    BigInteger k = page.get(at[0]);
                    if (k.bitLength() > 63) {
                        throw new SQLDataException("Value '" + k + "' is outside of valid range for type"
                                + " java.lang.Long");
                    }
                    yield k.longValue();
                }
                case "close" -> null;
                default -> throw new UnsupportedOperationException(m);
            });
        }

        private PreparedStatement update() {
            List<Object[]> batch = new ArrayList<>();
            Object[] params = new Object[3];
            return MysqlServerInfoTest.stub(PreparedStatement.class, (m, a) -> switch (m) {
                case "setBytes", "setObject" -> {
                    params[(Integer) a[0]] = a[1];
                    yield null;
                }
                case "addBatch" -> {
                    batch.add(params.clone());
                    yield null;
                }
                case "executeBatch" -> {
                    int[] counts = new int[batch.size()];
                    for (int i = 0; i < counts.length; i++) {
                        Object[] p = batch.get(i);
                        assertThat(target).doesNotContainKey(p[2]);
                        target.put(p[2], UuidBinaryLayout.STANDARD.fromBytes((byte[]) p[1]));
                        counts[i] = i == 0 ? 1 : java.sql.Statement.SUCCESS_NO_INFO;
                    }
                    batch.clear();
                    yield counts;
                }
                case "close" -> null;
                default -> throw new UnsupportedOperationException(m);
            });
        }
    }
}
