package io.github.uuidkit.mysql;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Fills a {@code BINARY(16)} column with UUID v7 keys derived from each row's creation time
 * ({@link Uuids#v7At(Instant)}), in batches, so existing rows sort by {@code created_at} among new
 * v7 keys. The migration recipe:
 *
 * <pre>{@code
 * MysqlSchema schema = MysqlSchema.forServer(MysqlServerInfo.detect(c));
 * st.execute(schema.addNullableUuidColumn("orders", "public_id"));
 * // deploy: new rows get UuidJdbc.set(ps, i, Uuids.v7(), UuidColumnKind.BINARY16)
 * MysqlBackfill.Result r = MysqlBackfill.v7FromTimestamps(c, "orders", "id", "created_at", "public_id", 5_000);
 * st.execute(schema.requireUniqueUuidColumn("orders", "public_id"));
 * }</pre>
 *
 * <p>The table must have an integer key column (the {@code BIGINT} or {@code BIGINT UNSIGNED}
 * primary key); rows are visited in key order with keyset pagination ({@code WHERE key > ? ...
 * ORDER BY key LIMIT n}, the first page without a lower bound), each key bound back in the Java type
 * the driver read it as ({@code BigInteger} for {@code BIGINT UNSIGNED} through Connector/J), so
 * every key from 0 to 2<sup>64</sup>-1 works. Only rows whose target is NULL are updated, so the
 * backfill can run while the application inserts and can be rerun after an interruption.
 *
 * <p>Creation times: a {@code TIMESTAMP} column is read as {@code UNIX_TIMESTAMP(col)}, the instant
 * the server stores (the MySQL manual: TIMESTAMP values are stored in UTC, and for a TIMESTAMP column
 * {@code UNIX_TIMESTAMP()} "returns the internal timestamp value directly, with no implicit
 * string-to-Unix-timestamp conversion"), so neither the session nor the JVM time zone is involved. The zero
 * date {@code 0000-00-00 00:00:00} ({@code UNIX_TIMESTAMP} 0; a TIMESTAMP column cannot hold 1970-01-01T00:00:00Z,
 * its range starts one second later) counts as no creation time, like NULL. A
 * {@code DATETIME} column stores no zone, so the caller names the zone the application wrote it in; a
 * local time that zone skips or repeats (a daylight-saving gap or overlap) has no single instant, and
 * its row is left NULL and counted in {@link Result#unresolvedLocalTimes()}.
 *
 * <p>A v7 derived this way publishes its row's creation time to the millisecond: it makes a sortable
 * key, not an unguessable public id (use {@link Uuids#v4()} for that).
 */
public final class MysqlBackfill {

    private MysqlBackfill() {
    }

    /**
     * The outcome of a backfill.
     *
     * @param updated rows that received a UUID v7
     * @param withoutTimestamp rows left NULL because their timestamp is NULL (or MySQL's zero
     *     {@code TIMESTAMP})
     * @param batches the number of batches run
     * @param unresolvedLocalTimes rows left NULL because their {@code DATETIME} falls in a gap or an
     *     overlap of the given zone (e.g. 01:30 on the day daylight-saving time ends), so it names no
     *     single instant
     */
    public record Result(long updated, long withoutTimestamp, long batches, long unresolvedLocalTimes) {
    }

    /**
     * Sets {@code targetColumn = Uuids.v7At(createdAt)} for every row where it is NULL, reading a
     * {@code TIMESTAMP} column as the instant the server stores, in batches of {@code batchSize}
     * rows. When the connection is not in auto-commit mode each batch is committed, so locks are held
     * for one batch at a time; in auto-commit mode each row update commits by itself.
     *
     * @param connection the connection
     * @param table the table
     * @param keyColumn its integer key column, unique (normally the {@code BIGINT} or
     *     {@code BIGINT UNSIGNED} primary key)
     * @param createdAtColumn a {@code TIMESTAMP} column with each row's creation time
     * @param targetColumn the {@code BINARY(16)} column to fill
     * @param batchSize rows per batch, at least 1
     * @return what was done
     * @throws SQLException if a statement fails, or a timestamp is before 1970 (the message names the
     *     row key); batches committed before remain
     * @throws IllegalArgumentException if a name is not a valid identifier,
     *     {@code batchSize} is below 1, or the column is not a {@code TIMESTAMP} (a {@code DATETIME}
     *     needs {@link #v7FromTimestamps(Connection, String, String, String, String, ZoneId, int)})
     */
    public static Result v7FromTimestamps(Connection connection, String table, String keyColumn,
            String createdAtColumn, String targetColumn, int batchSize) throws SQLException {
        return run(connection, table, keyColumn, createdAtColumn, targetColumn, null, batchSize);
    }

    /**
     * Sets {@code targetColumn = Uuids.v7At(createdAt)} for every row where it is NULL, in batches of
     * {@code batchSize} rows, reading a {@code DATETIME} column as a local time in {@code zone}. A
     * {@code TIMESTAMP} column is read as the instant the server stores, and {@code zone} is not used.
     * Commits as {@link #v7FromTimestamps(Connection, String, String, String, String, int)}.
     *
     * @param connection the connection
     * @param table the table
     * @param keyColumn its integer key column, unique (normally the {@code BIGINT} or
     *     {@code BIGINT UNSIGNED} primary key)
     * @param createdAtColumn a {@code DATETIME} or {@code TIMESTAMP} column with each row's creation
     *     time
     * @param targetColumn the {@code BINARY(16)} column to fill
     * @param zone the zone the application wrote the {@code DATETIME} values in; local times in a gap
     *     or overlap of it are left NULL and counted in {@link Result#unresolvedLocalTimes()}
     * @param batchSize rows per batch, at least 1
     * @return what was done
     * @throws SQLException if a statement fails, or a timestamp is before 1970 (the message names the
     *     row key); batches committed before remain
     * @throws IllegalArgumentException if a name is not a valid identifier or {@code batchSize} is
     *     below 1
     */
    public static Result v7FromTimestamps(Connection connection, String table, String keyColumn,
            String createdAtColumn, String targetColumn, ZoneId zone, int batchSize) throws SQLException {
        Objects.requireNonNull(zone, "zone");
        return run(connection, table, keyColumn, createdAtColumn, targetColumn, zone, batchSize);
    }

    private static Result run(Connection connection, String table, String keyColumn, String createdAtColumn,
            String targetColumn, ZoneId zone, int batchSize) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        String t = MysqlIdentifiers.quote(table);
        String key = MysqlIdentifiers.quote(keyColumn);
        String created = MysqlIdentifiers.quote(createdAtColumn);
        String target = MysqlIdentifiers.quote(targetColumn);
        boolean timestamp = isTimestamp(connection, t, created);
        if (!timestamp && zone == null) {
            throw new IllegalArgumentException("Column " + MessageText.escape(createdAtColumn) + " is DATETIME,"
                    + " which stores no time zone: pass the zone the application wrote it in,"
                    + " v7FromTimestamps(connection, table, key, createdAt, target, zone, batchSize)");
        }
        String select = "SELECT " + key + ", " + (timestamp ? "UNIX_TIMESTAMP(" + created + ")" : created)
                + " FROM " + t + " WHERE ";
        String order = target + " IS NULL ORDER BY " + key + " LIMIT ?";
        String update = "UPDATE " + t + " SET " + target + " = ? WHERE " + key + " = ? AND " + target + " IS NULL";
        boolean commitEachBatch = !connection.getAutoCommit();
        long updated = 0;
        long withoutTimestamp = 0;
        long unresolved = 0;
        long batches = 0;
        Object last = null;
        try (PreparedStatement first = connection.prepareStatement(select + order);
             PreparedStatement next = connection.prepareStatement(select + key + " > ? AND " + order);
             PreparedStatement write = connection.prepareStatement(update)) {
            while (true) {
                List<Object> keys = new ArrayList<>(batchSize);
                List<UUID> ids = new ArrayList<>(batchSize);
                int seen = 0;
                PreparedStatement query = last == null ? first : next;
                if (last != null) {
                    query.setObject(1, last);
                }
                query.setInt(last == null ? 1 : 2, batchSize);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        seen++;
                        last = rs.getObject(1);
                        Instant instant;
                        if (timestamp) {
                            BigDecimal seconds = rs.getBigDecimal(2);
                            // 0 is the zero date '0000-00-00 00:00:00', never 1970-01-01T00:00:00Z: a TIMESTAMP
                            // column starts at 1970-01-01 00:00:01 UTC (MySQL manual, "The DATE, DATETIME, and
                            // TIMESTAMP Types"); MariaDB 10.11 refuses '1970-01-01 00:00:00' at time_zone '+00:00'
                            // in strict mode (1292) and stores the zero date otherwise, whose UNIX_TIMESTAMP is 0.
                            instant = seconds == null || seconds.signum() == 0 ? null
                                    : Instant.ofEpochMilli(seconds.movePointRight(3)
                                            .setScale(0, RoundingMode.FLOOR).longValueExact());
                        } else {
                            LocalDateTime local = rs.getObject(2, LocalDateTime.class);
                            if (local != null && zone.getRules().getValidOffsets(local).size() != 1) {
                                unresolved++;
                                continue;
                            }
                            instant = local == null ? null : local.atZone(zone).toInstant();
                        }
                        if (instant == null) {
                            withoutTimestamp++;
                            continue;
                        }
                        try {
                            ids.add(Uuids.v7At(instant));
                        } catch (IllegalArgumentException e) {
                            throw new SQLException("Row " + MessageText.escape(keyColumn) + "=" + last
                                    + ": cannot derive a UUID v7 from " + MessageText.escape(createdAtColumn) + " "
                                    + instant + ": " + e.getMessage(), e);
                        }
                        keys.add(last);
                    }
                }
                if (seen == 0) {
                    break;
                }
                for (int i = 0; i < keys.size(); i++) {
                    UuidJdbc.set(write, 1, ids.get(i), UuidColumnKind.BINARY16);
                    write.setObject(2, keys.get(i));
                    write.addBatch();
                }
                if (!keys.isEmpty()) {
                    for (int count : write.executeBatch()) {
                        updated += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
                    }
                }
                if (commitEachBatch) {
                    connection.commit();
                }
                batches++;
                if (seen < batchSize) {
                    break;
                }
            }
        }
        return new Result(updated, withoutTimestamp, batches, unresolved);
    }

    /** Asks the server for the column's type: true for {@code TIMESTAMP}. */
    private static boolean isTimestamp(Connection connection, String table, String column) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + column + " FROM " + table
                + " WHERE 1 = 0");
             ResultSet rs = ps.executeQuery()) {
            return "TIMESTAMP".equalsIgnoreCase(rs.getMetaData().getColumnTypeName(1));
        }
    }
}
