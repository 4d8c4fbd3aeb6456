package io.github.uuidkit.it.spring;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.JdbcDriver;
import io.github.uuidkit.it.support.UuidColumn;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One engine, one JDBC driver, one default column kind: the matrix of the Spring Data JDBC suites. PostgreSQL 18
 * ({@code uuid}, pgjdbc), MySQL 8.0 ({@code BINARY(16)}, through MySQL Connector/J and MariaDB Connector/J), MariaDB
 * 11.4 (native {@code UUID} and {@code BINARY(16)}, each through MariaDB Connector/J and MySQL Connector/J).
 */
record SpringTarget(String name, Supplier<Engine> engine, JdbcDriver driver, UuidColumnKind kind) {

    static Stream<SpringTarget> all() {
        return Stream.of(
                new SpringTarget("postgres uuid (pgjdbc)", Engines::postgres, JdbcDriver.PGJDBC,
                        UuidColumnKind.POSTGRES_UUID),
                new SpringTarget("mysql BINARY(16) (Connector/J)", Engines::mysql, JdbcDriver.CONNECTOR_J,
                        UuidColumnKind.BINARY16),
                new SpringTarget("mysql BINARY(16) (MariaDB Connector/J)", Engines::mysql,
                        JdbcDriver.MARIADB_CONNECTOR_J, UuidColumnKind.BINARY16),
                new SpringTarget("mariadb UUID (MariaDB Connector/J)", Engines::mariadb,
                        JdbcDriver.MARIADB_CONNECTOR_J, UuidColumnKind.MARIADB_UUID),
                new SpringTarget("mariadb BINARY(16) (MariaDB Connector/J)", Engines::mariadb,
                        JdbcDriver.MARIADB_CONNECTOR_J, UuidColumnKind.BINARY16),
                new SpringTarget("mariadb UUID (MySQL Connector/J)", Engines::mariadb, JdbcDriver.CONNECTOR_J,
                        UuidColumnKind.MARIADB_UUID),
                new SpringTarget("mariadb BINARY(16) (MySQL Connector/J)", Engines::mariadb, JdbcDriver.CONNECTOR_J,
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
        return column().sqlType();
    }

    /** The harness's test column of this target's kind (SQL type, server-side encoding and display). */
    UuidColumn column() {
        return UuidColumn.of(kind);
    }

    /** The server's own encoding of a canonical text parameter into this target's column ({@link UuidColumn}). */
    String serverEncoding() {
        return column().serverEncoding(engine.get());
    }

    /** The JDBC URL of the engine for this target's driver. */
    String url() {
        return driver.url(engine.get());
    }

    /** A plain JDBC connection through this target's driver (auto-commit on); the caller closes it. */
    Connection connect() throws SQLException {
        return driver.connect(engine.get());
    }

    @Override
    public String toString() {
        return name;
    }
}
