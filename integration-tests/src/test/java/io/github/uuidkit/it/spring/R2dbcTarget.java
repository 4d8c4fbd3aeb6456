package io.github.uuidkit.it.spring;

import io.asyncer.r2dbc.mysql.MySqlConnectionConfiguration;
import io.asyncer.r2dbc.mysql.MySqlConnectionFactory;
import io.asyncer.r2dbc.mysql.constant.SslMode;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.JdbcDriver;
import io.github.uuidkit.it.support.UuidColumn;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.mariadb.r2dbc.MariadbConnectionConfiguration;
import org.mariadb.r2dbc.MariadbConnectionFactory;

/**
 * One engine, one R2DBC driver, one default column kind: the matrix of the Spring Data R2DBC suite. PostgreSQL 18
 * ({@code uuid}, r2dbc-postgresql), MySQL 8.0 ({@code BINARY(16)} standard and time-swapped, {@code CHAR(36)}; io.asyncer
 * r2dbc-mysql), MariaDB 11.4 (native {@code UUID} and {@code BINARY(16)}, each through r2dbc-mariadb and r2dbc-mysql).
 * The JDBC driver is the one the suite checks the stored values with.
 */
record R2dbcTarget(String name, Supplier<Engine> engine, Driver driver, UuidColumnKind kind) {

    /** The R2DBC drivers of the suite. */
    enum Driver {
        /** org.postgresql:r2dbc-postgresql. */
        R2DBC_POSTGRESQL,
        /** io.asyncer:r2dbc-mysql (MySQL and MariaDB). */
        R2DBC_MYSQL,
        /** org.mariadb:r2dbc-mariadb. */
        R2DBC_MARIADB
    }

    static Stream<R2dbcTarget> all() {
        return Stream.of(
                new R2dbcTarget("postgres uuid (r2dbc-postgresql)", Engines::postgres, Driver.R2DBC_POSTGRESQL,
                        UuidColumnKind.POSTGRES_UUID),
                new R2dbcTarget("mysql BINARY(16) (r2dbc-mysql)", Engines::mysql, Driver.R2DBC_MYSQL,
                        UuidColumnKind.BINARY16),
                new R2dbcTarget("mysql BINARY(16) time-swapped (r2dbc-mysql)", Engines::mysql, Driver.R2DBC_MYSQL,
                        UuidColumnKind.BINARY16_TIME_SWAPPED),
                new R2dbcTarget("mysql CHAR(36) (r2dbc-mysql)", Engines::mysql, Driver.R2DBC_MYSQL,
                        UuidColumnKind.CHAR36),
                new R2dbcTarget("mariadb UUID (r2dbc-mariadb)", Engines::mariadb, Driver.R2DBC_MARIADB,
                        UuidColumnKind.MARIADB_UUID),
                new R2dbcTarget("mariadb BINARY(16) (r2dbc-mariadb)", Engines::mariadb, Driver.R2DBC_MARIADB,
                        UuidColumnKind.BINARY16),
                new R2dbcTarget("mariadb UUID (r2dbc-mysql)", Engines::mariadb, Driver.R2DBC_MYSQL,
                        UuidColumnKind.MARIADB_UUID),
                new R2dbcTarget("mariadb BINARY(16) (r2dbc-mysql)", Engines::mariadb, Driver.R2DBC_MYSQL,
                        UuidColumnKind.BINARY16));
    }

    boolean isPostgres() {
        return driver == Driver.R2DBC_POSTGRESQL;
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

    /** A plain JDBC connection to the engine (auto-commit on) for the suite's own checks; the caller closes it. */
    Connection connect() throws SQLException {
        Engine e = engine.get();
        return (e.isPostgres() ? JdbcDriver.PGJDBC : e.isMariaDb() ? JdbcDriver.MARIADB_CONNECTOR_J
                : JdbcDriver.CONNECTOR_J).connect(e);
    }

    /** A connection factory of this target's R2DBC driver for the engine's host, port, database, user and password. */
    ConnectionFactory connectionFactory() {
        Engine e = engine.get();
        URI uri = URI.create(e.jdbcUrl().substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        String password = e.password() == null || e.password().isEmpty() ? null : e.password();
        switch (driver) {
            case R2DBC_POSTGRESQL: {
                PostgresqlConnectionConfiguration.Builder b = PostgresqlConnectionConfiguration.builder()
                        .host(uri.getHost()).port(uri.getPort()).database(database)
                        .username(e.user() == null ? "postgres" : e.user());
                if (password != null) {
                    b.password(password);
                }
                return new PostgresqlConnectionFactory(b.build());
            }
            case R2DBC_MYSQL: {
                MySqlConnectionConfiguration.Builder b = MySqlConnectionConfiguration.builder().host(uri.getHost())
                        .port(uri.getPort()).database(database).user(e.user()).sslMode(SslMode.DISABLED);
                if (password != null) {
                    b.password(password);
                }
                return MySqlConnectionFactory.from(b.build());
            }
            default: {
                MariadbConnectionConfiguration.Builder b = MariadbConnectionConfiguration.builder()
                        .host(uri.getHost()).port(uri.getPort()).database(database).username(e.user());
                if (password != null) {
                    b.password(password);
                }
                return MariadbConnectionFactory.from(b.build());
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
