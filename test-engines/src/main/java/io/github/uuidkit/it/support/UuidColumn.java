package io.github.uuidkit.it.support;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The ways a UUID is stored in a test column: the SQL type per engine, and the {@link UuidColumnKind} with which
 * core's {@link UuidJdbc} binds and reads it (the harness has no binding code of its own).
 */
public enum UuidColumn {
    /** PostgreSQL {@code uuid}: {@code setObject(UUID)} / {@code getObject(UUID.class)}. */
    PG_UUID("uuid"),
    /** MySQL/MariaDB {@code BINARY(16)} in RFC 9562 byte order ({@code UUID_TO_BIN(x)}). */
    BINARY16_STANDARD("BINARY(16)"),
    /** MySQL/MariaDB {@code BINARY(16)} in MySQL's swapped layout ({@code UUID_TO_BIN(x, 1)}). */
    BINARY16_TIME_SWAPPED("BINARY(16)"),
    /** Canonical text, every engine: {@code setString} / {@code getString}. */
    CHAR36("CHAR(36)"),
    /** MariaDB's native {@code UUID} type (10.7+), bound and read as canonical text. */
    MARIADB_UUID("UUID");

    private final String sqlType;

    UuidColumn(String sqlType) {
        this.sqlType = sqlType;
    }

    public String sqlType() {
        return sqlType;
    }

    /** True when the engine has this column type. */
    public boolean supportedBy(Engine engine) {
        switch (this) {
            case PG_UUID:
                return engine.isPostgres();
            case BINARY16_STANDARD:
            case BINARY16_TIME_SWAPPED:
                return engine.kind().isMySqlFamily();
            case CHAR36:
                return true;
            case MARIADB_UUID:
                return engine.isMariaDb()
                        && (engine.majorVersion() > 10 || engine.majorVersion() == 10 && engine.minorVersion() >= 7);
            default:
                throw new IllegalStateException(name());
        }
    }

    /** The column whose {@code ORDER BY} is unsigned byte order: PostgreSQL {@code uuid}, else {@code BINARY(16)}. */
    public static UuidColumn orderedKey(Engine engine) {
        return engine.isPostgres() ? PG_UUID : BINARY16_STANDARD;
    }

    /**
     * The test column for a {@link UuidColumnKind}: the one place the suites map a kind to its SQL type.
     *
     * @param kind the column kind
     * @return the column whose {@link #columnType()} is {@code kind}
     */
    public static UuidColumn of(UuidColumnKind kind) {
        for (UuidColumn column : values()) {
            if (column.columnType() == kind) {
                return column;
            }
        }
        throw new IllegalArgumentException("no test column for " + kind);
    }

    /** The byte layout of a {@code BINARY(16)} column, else null. */
    public UuidBinaryLayout layout() {
        return columnType().layout();
    }

    /** The {@link UuidJdbc} column type that binds and reads this column. */
    public UuidColumnKind columnType() {
        switch (this) {
            case PG_UUID:
                return UuidColumnKind.POSTGRES_UUID;
            case MARIADB_UUID:
                return UuidColumnKind.MARIADB_UUID;
            case BINARY16_STANDARD:
                return UuidColumnKind.BINARY16;
            case BINARY16_TIME_SWAPPED:
                return UuidColumnKind.BINARY16_TIME_SWAPPED;
            case CHAR36:
                return UuidColumnKind.CHAR36;
            default:
                throw new IllegalStateException(name());
        }
    }

    /**
     * The SQL expression with which the server itself turns a canonical text parameter ({@code ?}) into a value of this
     * column: {@code CAST(? AS uuid)}, {@code CAST(? AS UUID)}, MySQL's {@code UUID_TO_BIN(?[, 1])} (MariaDB has no
     * {@code UUID_TO_BIN}: the 32 hex digits, unhexed), and for text MySQL's {@code BIN_TO_UUID(UUID_TO_BIN(?))}
     * (the server's canonical form), elsewhere {@code LOWER(?)}. The independent side of a stored-bytes check.
     *
     * @param engine the engine the expression runs on
     * @return the expression, with one {@code ?} for the canonical text
     */
    public String serverEncoding(Engine engine) {
        switch (this) {
            case PG_UUID:
                return "CAST(? AS uuid)";
            case MARIADB_UUID:
                return "CAST(? AS UUID)";
            case BINARY16_STANDARD:
                return engine.isMariaDb() ? "UNHEX(REPLACE(?, '-', ''))" : "UUID_TO_BIN(?)";
            case BINARY16_TIME_SWAPPED:
                return "UUID_TO_BIN(?, 1)";
            case CHAR36:
                return engine.isMySql() ? "BIN_TO_UUID(UUID_TO_BIN(?))" : "LOWER(?)";
            default:
                throw new IllegalStateException(name());
        }
    }

    /**
     * How the server shows a value of this column for comparison: PostgreSQL {@code encode(uuid_send(x), 'hex')},
     * {@code HEX(x)} for {@code BINARY(16)}, MariaDB's {@code UUID} cast to text, {@code CHAR(36)} as it is.
     *
     * @param expression a column or an expression of this column's type
     * @return the SQL expression
     */
    public String serverShown(String expression) {
        switch (this) {
            case PG_UUID:
                return "encode(uuid_send(" + expression + "), 'hex')";
            case MARIADB_UUID:
                return "CAST(" + expression + " AS CHAR)";
            case CHAR36:
                return expression;
            default:
                return "HEX(" + expression + ")";
        }
    }

    /** Binds with {@link UuidJdbc#set}. */
    public void bind(PreparedStatement ps, int index, UUID id) throws SQLException {
        UuidJdbc.set(ps, index, id, columnType());
    }

    /** Reads with {@link UuidJdbc#get}; null stays null, a value that is not a UUID of this kind throws. */
    public UUID read(ResultSet rs, int index) throws SQLException {
        return UuidJdbc.get(rs, index, columnType());
    }
}
