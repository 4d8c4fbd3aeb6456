package io.github.uuidkit.mysql;

/**
 * A problem with a MySQL/MariaDB session or schema choice that silently corrupts or slows UUID keys,
 * as reported by {@link MysqlServerInfo#warnings()} and
 * {@link MysqlServerInfo#warningsFor(io.github.uuidkit.jdbc.UuidColumnKind, boolean)}.
 */
public enum MysqlWarning {

    /**
     * The session's {@code sql_mode} has neither {@code STRICT_TRANS_TABLES} nor
     * {@code STRICT_ALL_TABLES}.
     */
    NON_STRICT_SQL_MODE("sql_mode is not strict (neither STRICT_TRANS_TABLES nor STRICT_ALL_TABLES): the server"
            + " silently truncates or pads a value of the wrong size, so ps.setObject(i, uuid) through Connector/J"
            + " stores the first 16 bytes of the serialized Java object (ACED0005...), the same for every UUID, in a"
            + " BINARY(16) column. Bind with UuidJdbc (UuidColumnKind.BINARY16), and set sql_mode to include STRICT_TRANS_TABLES."),

    /** Connector/J batches are sent as one statement per row. */
    REWRITE_BATCHED_STATEMENTS_OFF("Connector/J property rewriteBatchedStatements is false: executeBatch() sends"
            + " one INSERT per row. Add rewriteBatchedStatements=true to the JDBC URL for multi-row inserts."),

    /** The server has no native {@code UUID} column type. */
    NO_NATIVE_UUID_TYPE("This server has no native UUID column type (MySQL never had one, MariaDB added it in"
            + " 10.7): use BINARY(16) (UuidColumnKind.BINARY16)."),

    /**
     * MariaDB's {@code UUID} type of this version stores UUID v7 with its time fields reordered
     * (MDEV-29959): see {@link MysqlServerInfo#nativeUuidKeepsV7Order()}.
     */
    MARIADB_UUID_BREAKS_V7_ORDER("This MariaDB version's UUID type reorders the time fields of every UUID when"
            + " storing and comparing it (MDEV-29959), so UUID v7 keys neither sort nor insert in time order, and"
            + " WHERE id > ? or BETWEEN does not select a time range. Affected: 10.7, 10.8, and 10.9, 10.10, 10.11,"
            + " 11.0 before 10.9.8, 10.10.6, 10.11.5 and 11.0.3 (the fix versions in MariaDB's Jira), and MariaDB"
            + " Enterprise Server 10.6 (no documented fix). Those fix versions compare v7 wrongly instead"
            + " (MDEV-31926): upgrade to 10.11.6, 11.0.4, 11.1.3, 11.2.2 or later, or use BINARY(16)."),

    /**
     * MariaDB's {@code UUID} type of this version sorts UUID v7 in order but compares them wrongly
     * (MDEV-31926): see {@link MysqlServerInfo#nativeUuidComparesV7Correctly()}.
     */
    MARIADB_UUID_MISCOMPARES_V7("This MariaDB version's UUID type stores and sorts UUID v7 in time order but"
            + " compares them with the old reordering (MDEV-31926, \"UUID v7 are compared incorrectly\"): ORDER BY id"
            + " is right, but WHERE id > ?, <, BETWEEN and keyset pagination return wrong rows, with or without an"
            + " index. Affected: 10.9.8 and later 10.9, 10.10.6, 10.11.5, 11.0.3, 11.1 before 11.1.3, 11.2 before"
            + " 11.2.2. Fixed in 10.10.7, 10.11.6, 11.0.4, 11.1.3 and 11.2.2 (MariaDB's Jira): upgrade, or use"
            + " BINARY(16)."),

    /** {@code UUID_TO_BIN(x, 1)} layout used for UUID v7 keys. */
    TIME_SWAPPED_BREAKS_V7_ORDER("The time-swapped layout (UUID_TO_BIN(x, 1)) moves the low time bytes of a"
            + " UUID v7 to the front, destroying its time order: random index inserts and no ORDER BY id by time."
            + " Use BINARY16 (UUID_TO_BIN(x)) for v7 keys; keep the swapped layout for legacy v1 data only."),

    /** Text keys. */
    CHAR36_WASTES_SPACE("CHAR(36) keys take at least 36 bytes per value in the table and again in every"
            + " secondary index, more than twice BINARY(16), and compare slower (by collation, not bytes). Prefer"
            + " BINARY(16).");

    private final String message;

    MysqlWarning(String message) {
        this.message = message;
    }

    /**
     * Explains the problem and its fix, in one or more sentences.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return name() + ": " + message;
    }
}
