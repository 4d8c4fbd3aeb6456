package io.github.uuidkit.mysql;

import io.github.uuidkit.Uuids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fills a {@code BINARY(16)} column with UUID v7 keys derived from each row's creation time
 * ({@link Uuids#v7At(Instant)}), in batches, so existing rows sort by {@code created_at} among new
 * v7 keys. The migration recipe:
 *
 * <pre>{@code
 * MysqlSchema schema = MysqlSchema.forServer(MysqlServerInfo.detect(c));
 * st.execute(schema.addNullableUuidColumn("orders", "public_id"));
 * // deploy: new rows get MysqlUuids.set(ps, i, Uuids.v7())
 * MysqlBackfill.Result r = MysqlBackfill.v7FromTimestamps(c, "orders", "id", "created_at",
 *         "public_id", ZoneOffset.UTC, 5_000);
 * st.execute(schema.requireUniqueUuidColumn("orders", "public_id"));
 * }</pre>
 *
 * <p>The table must have an integer key column (the {@code BIGINT} primary key); rows are visited in
 * key order with keyset pagination ({@code WHERE key > ? ... ORDER BY key LIMIT n}), and only rows
 * whose target is NULL are updated, so the backfill can run while the application inserts and can be
 * rerun after an interruption.
 */
public final class MysqlBackfill {

    private MysqlBackfill() {
    }

    /**
     * The outcome of a backfill.
     *
     * @param updated rows that received a UUID v7
     * @param withoutTimestamp rows left NULL because their timestamp column is NULL
     * @param batches the number of batches run
     */
    public record Result(long updated, long withoutTimestamp, long batches) {
    }

    /**
     * Sets {@code targetColumn = Uuids.v7At(createdAt)} for every row where it is NULL, in batches of
     * {@code batchSize} rows. When the connection is not in auto-commit mode each batch is committed,
     * so locks are held for one batch at a time; in auto-commit mode each row update commits by
     * itself.
     *
     * @param connection the connection
     * @param table the table
     * @param keyColumn its integer key column, unique (normally the {@code BIGINT} primary key)
     * @param createdAtColumn a {@code DATETIME} or {@code TIMESTAMP} column with each row's creation time
     * @param targetColumn the {@code BINARY(16)} column to fill
     * @param zone the time zone the {@code createdAtColumn} values are in: for {@code DATETIME}, the
     *     zone the application wrote them in; for {@code TIMESTAMP}, the session {@code time_zone}
     *     Connector/J renders them in
     * @param batchSize rows per batch, at least 1
     * @return what was done
     * @throws SQLException if a statement fails, or a timestamp is before 1970 (the message names the
     *     row key); batches committed before remain
     * @throws IllegalArgumentException if an argument is null, a name is not a valid identifier or
     *     {@code batchSize} is below 1
     */
    public static Result v7FromTimestamps(Connection connection, String table, String keyColumn,
            String createdAtColumn, String targetColumn, ZoneId zone, int batchSize) throws SQLException {
        if (connection == null) {
            throw new IllegalArgumentException("Connection is null");
        }
        if (zone == null) {
            throw new IllegalArgumentException("ZoneId is null");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        String t = MysqlIdentifiers.quote(table);
        String key = MysqlIdentifiers.quote(keyColumn);
        String created = MysqlIdentifiers.quote(createdAtColumn);
        String target = MysqlIdentifiers.quote(targetColumn);
        String select = "SELECT " + key + ", " + created + " FROM " + t + " WHERE " + key + " > ? AND " + target
                + " IS NULL ORDER BY " + key + " LIMIT ?";
        String update = "UPDATE " + t + " SET " + target + " = ? WHERE " + key + " = ? AND " + target + " IS NULL";
        boolean commitEachBatch = !connection.getAutoCommit();
        long updated = 0;
        long withoutTimestamp = 0;
        long batches = 0;
        long last = Long.MIN_VALUE;
        try (PreparedStatement query = connection.prepareStatement(select);
             PreparedStatement write = connection.prepareStatement(update)) {
            while (true) {
                List<Long> keys = new ArrayList<>(batchSize);
                List<UUID> ids = new ArrayList<>(batchSize);
                int seen = 0;
                query.setLong(1, last);
                query.setInt(2, batchSize);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        seen++;
                        last = rs.getLong(1);
                        LocalDateTime createdAt = rs.getObject(2, LocalDateTime.class);
                        if (createdAt == null) {
                            withoutTimestamp++;
                            continue;
                        }
                        Instant instant = createdAt.atZone(zone).toInstant();
                        try {
                            ids.add(Uuids.v7At(instant));
                        } catch (IllegalArgumentException e) {
                            throw new SQLException("Row " + keyColumn + "=" + last + ": cannot derive a UUID v7 from "
                                    + createdAtColumn + " " + createdAt + ": " + e.getMessage(), e);
                        }
                        keys.add(last);
                    }
                }
                if (seen == 0) {
                    break;
                }
                for (int i = 0; i < keys.size(); i++) {
                    MysqlUuids.set(write, 1, ids.get(i));
                    write.setLong(2, keys.get(i));
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
        return new Result(updated, withoutTimestamp, batches);
    }
}
