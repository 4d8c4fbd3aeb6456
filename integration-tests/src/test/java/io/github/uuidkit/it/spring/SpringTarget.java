package io.github.uuidkit.it.spring;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One engine, one JDBC driver, one default column kind: the matrix of the Spring Data JDBC suites. PostgreSQL 18
 * ({@code uuid}, pgjdbc), MySQL 8.0 ({@code BINARY(16)}, Connector/J), MariaDB 11.4 (native {@code UUID} and
 * {@code BINARY(16)}, MariaDB Connector/J).
 */
record SpringTarget(String name, Supplier<Engine> engine, String driverPrefix, UuidColumnKind kind) {

    static Stream<SpringTarget> all() {
        return Stream.of(
                new SpringTarget("postgres uuid (pgjdbc)", Engines::postgres, null, UuidColumnKind.POSTGRES_UUID),
                new SpringTarget("mysql BINARY(16) (Connector/J)", Engines::mysql, null, UuidColumnKind.BINARY16),
                new SpringTarget("mariadb UUID (MariaDB Connector/J)", Engines::mariadb, "jdbc:mariadb:",
                        UuidColumnKind.MARIADB_UUID),
                new SpringTarget("mariadb BINARY(16) (MariaDB Connector/J)", Engines::mariadb, "jdbc:mariadb:",
                        UuidColumnKind.BINARY16));
    }

    boolean isPostgres() {
        return kind == UuidColumnKind.POSTGRES_UUID;
    }

    boolean isMariaDb() {
        return engine.get().isMariaDb();
    }

    /** The SQL type of a UUID key column of this target's kind. */
    String idType() {
        switch (kind) {
            case POSTGRES_UUID:
                return "uuid";
            case MARIADB_UUID:
                return "UUID";
            default:
                return "BINARY(16)";
        }
    }

    /** The JDBC URL of the engine for this target's driver (MariaDB Connector/J wants {@code jdbc:mariadb:}). */
    String url() {
        String url = engine.get().jdbcUrl();
        if (driverPrefix != null) {
            int query = url.indexOf('?');
            return driverPrefix + (query < 0 ? url : url.substring(0, query)).substring("jdbc:mysql:".length());
        }
        return url;
    }

    /** A plain JDBC connection through this target's driver (auto-commit on); the caller closes it. */
    Connection connect() throws SQLException {
        Engine e = engine.get();
        return e.user() == null ? DriverManager.getConnection(url())
                : DriverManager.getConnection(url(), e.user(), e.password() == null ? "" : e.password());
    }

    @Override
    public String toString() {
        return name;
    }
}
