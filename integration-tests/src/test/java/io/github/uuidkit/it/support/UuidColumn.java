package io.github.uuidkit.it.support;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidStrings;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** The ways a UUID is stored in a column, with how to bind and read it over JDBC. */
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

    /** The byte layout of a {@code BINARY(16)} column, else null. */
    public UuidBinaryLayout layout() {
        switch (this) {
            case BINARY16_STANDARD:
                return UuidBinaryLayout.STANDARD;
            case BINARY16_TIME_SWAPPED:
                return UuidBinaryLayout.TIME_SWAPPED;
            default:
                return null;
        }
    }

    public void bind(PreparedStatement ps, int index, UUID id) throws SQLException {
        switch (this) {
            case PG_UUID:
                ps.setObject(index, id);
                break;
            case BINARY16_STANDARD:
            case BINARY16_TIME_SWAPPED:
                ps.setBytes(index, layout().toBytes(id));
                break;
            case CHAR36:
            case MARIADB_UUID:
                ps.setString(index, UuidStrings.format(id));
                break;
            default:
                throw new IllegalStateException(name());
        }
    }

    /** Reads the column; null stays null. Strict: text must be canonical, binary exactly 16 bytes. */
    public UUID read(ResultSet rs, int index) throws SQLException {
        switch (this) {
            case PG_UUID:
                return rs.getObject(index, UUID.class);
            case BINARY16_STANDARD:
            case BINARY16_TIME_SWAPPED:
                byte[] bytes = rs.getBytes(index);
                return bytes == null ? null : layout().fromBytes(bytes);
            case CHAR36:
            case MARIADB_UUID:
                String text = rs.getString(index);
                return text == null ? null : UuidStrings.parse(text);
            default:
                throw new IllegalStateException(name());
        }
    }
}
