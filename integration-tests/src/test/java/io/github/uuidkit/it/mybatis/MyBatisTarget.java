package io.github.uuidkit.it.mybatis;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.JdbcDriver;
import io.github.uuidkit.it.support.UuidColumn;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.pooled.PooledDataSource;

/**
 * One engine, one JDBC driver, one column kind for every UUID key of the schema: the matrix of the MyBatis suites.
 * PostgreSQL 18 ({@code uuid}), MySQL 8.0 ({@code BINARY(16)} standard, time-swapped, and {@code CHAR(36)}), MariaDB
 * 11.4 (native {@code UUID} and {@code BINARY(16)}), MariaDB through both MySQL Connector/J and MariaDB Connector/J.
 */
record MyBatisTarget(String name, Supplier<Engine> engine, JdbcDriver driver, UuidColumnKind kind) {


    static Stream<MyBatisTarget> all() {
        return Stream.of(
                new MyBatisTarget("postgres uuid (pgjdbc)", Engines::postgres, JdbcDriver.PGJDBC,
                        UuidColumnKind.POSTGRES_UUID),
                new MyBatisTarget("mysql BINARY(16) (Connector/J)", Engines::mysql, JdbcDriver.CONNECTOR_J,
                        UuidColumnKind.BINARY16),
                new MyBatisTarget("mysql BINARY(16) time-swapped (Connector/J)", Engines::mysql, JdbcDriver.CONNECTOR_J,
                        UuidColumnKind.BINARY16_TIME_SWAPPED),
                new MyBatisTarget("mysql CHAR(36) (Connector/J)", Engines::mysql, JdbcDriver.CONNECTOR_J,
                        UuidColumnKind.CHAR36),
                new MyBatisTarget("mariadb UUID (Connector/J)", Engines::mariadb, JdbcDriver.CONNECTOR_J,
                        UuidColumnKind.MARIADB_UUID),
                new MyBatisTarget("mariadb UUID (MariaDB Connector/J)", Engines::mariadb, JdbcDriver.MARIADB_CONNECTOR_J,
                        UuidColumnKind.MARIADB_UUID),
                new MyBatisTarget("mariadb BINARY(16) (Connector/J)", Engines::mariadb, JdbcDriver.CONNECTOR_J,
                        UuidColumnKind.BINARY16),
                new MyBatisTarget("mariadb BINARY(16) (MariaDB Connector/J)", Engines::mariadb,
                        JdbcDriver.MARIADB_CONNECTOR_J, UuidColumnKind.BINARY16));
    }

    boolean isPostgres() {
        return driver == JdbcDriver.PGJDBC;
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

    /** The type of the planted bad-bytes column ({@code bin}) of the bad-rows table: room for 15 and 17 bytes. */
    String badBytesType() {
        return isPostgres() ? "bytea" : "VARBINARY(32)";
    }

    /** The JDBC URL of the engine for this target's driver (MariaDB Connector/J wants {@code jdbc:mariadb:}). */
    String url() {
        return driver.url(engine.get());
    }

    /** A pooled MyBatis data source through this target's driver. */
    DataSource dataSource() {
        Engine e = engine.get();
        Properties properties = new Properties();
        if (e.user() != null) {
            properties.setProperty("user", e.user());
        }
        if (e.password() != null) {
            properties.setProperty("password", e.password());
        }
        PooledDataSource dataSource = new PooledDataSource(driver.className(), url(), properties);
        dataSource.setPoolMaximumActiveConnections(2);
        dataSource.setPoolMaximumIdleConnections(2);
        return dataSource;
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
