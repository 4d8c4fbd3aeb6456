package io.github.uuidkit.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A JDBC driver the framework suites connect with, and the URL it needs for an engine of this harness (the harness
 * hands out {@code jdbc:postgresql:} and {@code jdbc:mysql:} URLs; MariaDB's own driver wants {@code jdbc:mariadb:}).
 */
public enum JdbcDriver {
    /** pgjdbc. */
    PGJDBC("org.postgresql.Driver"),
    /** MySQL Connector/J (also against MariaDB). */
    CONNECTOR_J("com.mysql.cj.jdbc.Driver"),
    /** MariaDB Connector/J. */
    MARIADB_CONNECTOR_J("org.mariadb.jdbc.Driver");

    private final String className;

    JdbcDriver(String className) {
        this.className = className;
    }

    /**
     * Returns the driver's class name.
     *
     * @return e.g. {@code org.mariadb.jdbc.Driver}
     */
    public String className() {
        return className;
    }

    /**
     * Returns the engine's JDBC URL for this driver: as the harness gives it, except for MariaDB Connector/J, which gets
     * the same server with its own scheme and without Connector/J's options ({@code sslMode=DISABLED}, ...).
     *
     * @param engine the engine
     * @return the JDBC URL
     */
    public String url(Engine engine) {
        String url = engine.jdbcUrl();
        if (this != MARIADB_CONNECTOR_J) {
            return url;
        }
        int query = url.indexOf('?');
        return "jdbc:mariadb:" + (query < 0 ? url : url.substring(0, query)).substring("jdbc:mysql:".length());
    }

    /**
     * Opens a plain connection to the engine through this driver (auto-commit on), with the engine's user and password
     * where it has them; the caller closes it.
     *
     * @param engine the engine
     * @return the connection
     * @throws SQLException if the driver cannot connect
     */
    public Connection connect(Engine engine) throws SQLException {
        String url = url(engine);
        String user = engine.user();
        return user == null ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, user, engine.password() == null ? "" : engine.password());
    }
}
