package io.github.uuidkit.mysql;

import io.github.uuidkit.jdbc.UuidColumnType;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Binds and reads UUIDs on MySQL and MariaDB through Connector/J: {@code BINARY(16)} in the standard
 * layout by default, MariaDB's native {@code UUID} type, and the time-swapped layout of legacy
 * {@code UUID_TO_BIN(x, 1)} data. A thin layer over {@link UuidJdbc}, with its validation and
 * error messages.
 *
 * <pre>{@code
 * try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders (id, total) VALUES (?, ?)")) {
 *     MysqlUuids.set(ps, 1, Uuids.v7());   // never ps.setObject(1, uuid) on Connector/J
 *     ps.setBigDecimal(2, total);
 *     ps.executeUpdate();
 * }
 * }</pre>
 */
public final class MysqlUuids {

    private MysqlUuids() {
    }

    /**
     * Binds a UUID (or SQL NULL) for a {@code BINARY(16)} column in the standard layout, the bytes of
     * {@code UUID_TO_BIN(x)}.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param uuid the value, or null
     * @throws SQLException if the driver fails
     * @throws IllegalArgumentException if {@code ps} is null
     */
    public static void set(PreparedStatement ps, int index, UUID uuid) throws SQLException {
        UuidJdbc.set(ps, index, uuid, UuidColumnType.BINARY16);
    }

    /**
     * Reads a {@code BINARY(16)} column in the standard layout.
     *
     * @param rs the result set, positioned on a row
     * @param column the 1-based column index
     * @return the UUID, or null for SQL NULL
     * @throws java.sql.SQLDataException if the value is not exactly 16 bytes; the message names the
     *     column and the length received
     * @throws SQLException if the driver fails
     * @throws IllegalArgumentException if {@code rs} is null
     */
    public static UUID get(ResultSet rs, int column) throws SQLException {
        return UuidJdbc.get(rs, column, UuidColumnType.BINARY16);
    }

    /**
     * Reads a {@code BINARY(16)} column in the standard layout by label.
     *
     * @param rs the result set, positioned on a row
     * @param label the column label
     * @return the UUID, or null for SQL NULL
     * @throws java.sql.SQLDataException if the value is not exactly 16 bytes
     * @throws SQLException if there is no such column or the driver fails
     * @throws IllegalArgumentException if an argument is null
     */
    public static UUID get(ResultSet rs, String label) throws SQLException {
        return UuidJdbc.get(rs, label, UuidColumnType.BINARY16);
    }

    /**
     * Binds a UUID for a MariaDB {@code UUID} column (as its canonical text, which the server parses).
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param uuid the value, or null
     * @throws SQLException if the driver fails
     * @throws IllegalArgumentException if {@code ps} is null
     */
    public static void setMariaDbUuid(PreparedStatement ps, int index, UUID uuid) throws SQLException {
        UuidJdbc.set(ps, index, uuid, UuidColumnType.NATIVE_UUID);
    }

    /**
     * Reads a MariaDB {@code UUID} column (returned as canonical text), parsing it strictly.
     *
     * @param rs the result set, positioned on a row
     * @param column the 1-based column index
     * @return the UUID, or null for SQL NULL
     * @throws java.sql.SQLDataException if the value is not a UUID
     * @throws SQLException if the driver fails
     * @throws IllegalArgumentException if {@code rs} is null
     */
    public static UUID getMariaDbUuid(ResultSet rs, int column) throws SQLException {
        return UuidJdbc.get(rs, column, UuidColumnType.NATIVE_UUID);
    }

    /**
     * Binds a UUID for a legacy {@code BINARY(16)} column in the time-swapped layout, the bytes of
     * {@code UUID_TO_BIN(x, 1)}. Do not use it for new UUID v7 keys: it destroys their time order.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param uuid the value, or null
     * @throws SQLException if the driver fails
     * @throws IllegalArgumentException if {@code ps} is null
     */
    public static void setTimeSwapped(PreparedStatement ps, int index, UUID uuid) throws SQLException {
        UuidJdbc.set(ps, index, uuid, UuidColumnType.BINARY16_TIME_SWAPPED);
    }

    /**
     * Reads a legacy {@code BINARY(16)} column in the time-swapped layout ({@code UUID_TO_BIN(x, 1)}).
     *
     * @param rs the result set, positioned on a row
     * @param column the 1-based column index
     * @return the UUID, or null for SQL NULL
     * @throws java.sql.SQLDataException if the value is not exactly 16 bytes
     * @throws SQLException if the driver fails
     * @throws IllegalArgumentException if {@code rs} is null
     */
    public static UUID getTimeSwapped(ResultSet rs, int column) throws SQLException {
        return UuidJdbc.get(rs, column, UuidColumnType.BINARY16_TIME_SWAPPED);
    }

    /**
     * Inserts UUIDs in batches into a {@code BINARY(16)} parameter, like
     * {@link UuidJdbc#executeBatches}. Use {@code rewriteBatchedStatements=true} on the JDBC URL.
     *
     * @param ps the statement, e.g. {@code INSERT INTO t (id) VALUES (?)}
     * @param index the 1-based parameter index
     * @param uuids the values
     * @param batchSize rows per {@code executeBatch()}, at least 1
     * @return the number of parameter sets executed
     * @throws SQLException if the driver fails
     * @throws IllegalArgumentException if an argument is null or {@code batchSize} is below 1
     */
    public static long insertBatches(PreparedStatement ps, int index, Iterable<UUID> uuids, int batchSize)
            throws SQLException {
        return UuidJdbc.executeBatches(ps, index, uuids, UuidColumnType.BINARY16, batchSize);
    }
}
