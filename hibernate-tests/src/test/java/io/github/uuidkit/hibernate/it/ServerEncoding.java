package io.github.uuidkit.hibernate.it;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Asks the server whether a stored value is the encoding the server itself gives a UUID's text (the JDK's
 * {@code UUID.toString()}): PostgreSQL {@code uuid_send} and {@code uuid::text}; MySQL {@code UUID_TO_BIN(text)} and
 * {@code UUID_TO_BIN(text, 1)}; MariaDB (no {@code UUID_TO_BIN}) {@code HEX}, with the time-swapped order written as
 * the MySQL manual defines it (time-high, time-mid, time-low, rest) in SQL string functions. Known answers from the
 * engine, not from uuidkit.
 */
final class ServerEncoding {

    private ServerEncoding() {
    }

    /** True if the row whose {@code column} equals the server's encoding of {@code id} exists, exactly once. */
    static boolean storedAsServerEncodes(Connection c, Engine engine, String table, String column, UUID id,
            UuidColumnKind kind) throws SQLException {
        String sql = "SELECT COUNT(*) FROM " + table + ", (SELECT " + hexOf(engine) + " AS h, ? AS t) p WHERE "
                + condition(engine, column, kind);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id.toString());
            ps.setString(2, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }

    private static String hexOf(Engine engine) {
        return engine.isPostgres() ? "upper(replace(cast(? as text), '-', ''))" : "UPPER(REPLACE(?, '-', ''))";
    }

    private static String condition(Engine engine, String column, UuidColumnKind kind) {
        String swappedHex = engine.isPostgres()
                ? "substr(h, 13, 4) || substr(h, 9, 4) || substr(h, 1, 8) || substr(h, 17, 16)"
                : "CONCAT(SUBSTR(h, 13, 4), SUBSTR(h, 9, 4), SUBSTR(h, 1, 8), SUBSTR(h, 17, 16))";
        if (engine.isPostgres()) {
            switch (kind) {
                case BINARY16:
                    return column + " = uuid_send(cast(p.t as uuid))";
                case BINARY16_TIME_SWAPPED:
                    return column + " = decode(" + swappedHex + ", 'hex')";
                case POSTGRES_UUID:
                    return "uuid_send(" + column + ") = uuid_send(cast(p.t as uuid)) AND cast(" + column
                            + " as text) = p.t";
                case CHAR36:
                    return column + " = p.t";
                default:
                    throw new IllegalArgumentException(kind + " on PostgreSQL");
            }
        }
        if (engine.isMySql()) {
            switch (kind) {
                case BINARY16:
                    return column + " = UUID_TO_BIN(p.t)";
                case BINARY16_TIME_SWAPPED:
                    return column + " = UUID_TO_BIN(p.t, 1)";
                case CHAR36:
                    return "BINARY " + column + " = p.t";
                default:
                    throw new IllegalArgumentException(kind + " on MySQL");
            }
        }
        switch (kind) {
            case BINARY16:
                return "HEX(" + column + ") = h";
            case BINARY16_TIME_SWAPPED:
                return "HEX(" + column + ") = " + swappedHex;
            case MARIADB_UUID:
                return "CAST(" + column + " AS CHAR) = p.t";
            case CHAR36:
                return "BINARY " + column + " = p.t";
            default:
                throw new IllegalArgumentException(kind + " on MariaDB");
        }
    }
}
