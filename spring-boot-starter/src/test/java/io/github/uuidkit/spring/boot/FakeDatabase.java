package io.github.uuidkit.spring.boot;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A database that exists only as JDBC/R2DBC proxies: metadata (product name and version) and the one query of the
 * MySQL startup check ({@code SELECT VERSION(), @@SESSION.sql_mode}), so that the auto-configuration's conditions run
 * without an engine. The product names are those the real drivers report (pgjdbc: {@code PostgreSQL}; Connector/J:
 * {@code MySQL}; MariaDB Connector/J: {@code MariaDB}).
 */
final class FakeDatabase {

    final String product;
    final String version;
    final String sqlMode;
    final AtomicInteger connections = new AtomicInteger();

    private FakeDatabase(String product, String version, String sqlMode) {
        this.product = product;
        this.version = version;
        this.sqlMode = sqlMode;
    }

    static FakeDatabase postgres() {
        return new FakeDatabase("PostgreSQL", "16.4", null);
    }

    /** MySQL 8.0.36 with its default (strict) sql_mode, from the MySQL 8.0 manual's "Server SQL Modes". */
    static FakeDatabase mysql() {
        return mysql("ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
                + "NO_ENGINE_SUBSTITUTION");
    }

    static FakeDatabase mysql(String sqlMode) {
        return new FakeDatabase("MySQL", "8.0.36", sqlMode);
    }

    static FakeDatabase mariadb() {
        return new FakeDatabase("MariaDB", "11.4.5-MariaDB", "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,"
                + "NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION");
    }

    DataSource dataSource() {
        return proxy(DataSource.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getConnection":
                    connections.incrementAndGet();
                    return connection();
                case "toString":
                    return "FakeDatabase[" + product + "]";
                case "hashCode":
                    return System.identityHashCode(p);
                case "equals":
                    return p == a[0];
                default:
                    return defaultValue(m.getReturnType());
            }
        });
    }

    ConnectionFactory connectionFactory() {
        ConnectionFactoryMetadata metadata = () -> product;
        return proxy(ConnectionFactory.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getMetadata":
                    return metadata;
                case "toString":
                    return "FakeConnectionFactory[" + product + "]";
                case "hashCode":
                    return System.identityHashCode(p);
                case "equals":
                    return p == a[0];
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    private Connection connection() {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getDatabaseProductName":
                    return product;
                case "getDatabaseProductVersion":
                    return version;
                default:
                    return defaultValue(m.getReturnType());
            }
        });
        return proxy(Connection.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getMetaData":
                    return metaData;
                case "createStatement":
                    return statement();
                case "getAutoCommit":
                    return true;
                default:
                    return defaultValue(m.getReturnType());
            }
        });
    }

    private Statement statement() {
        return proxy(Statement.class, (p, m, a) -> {
            if (m.getName().equals("executeQuery")) {
                if (!"SELECT VERSION(), @@SESSION.sql_mode".equals(a[0])) {
                    throw new UnsupportedOperationException("FakeDatabase runs no " + a[0]);
                }
                return resultSet();
            }
            return defaultValue(m.getReturnType());
        });
    }

    private ResultSet resultSet() {
        boolean[] read = {false};
        return proxy(ResultSet.class, (p, m, a) -> {
            switch (m.getName()) {
                case "next":
                    boolean first = !read[0];
                    read[0] = true;
                    return first;
                case "getString":
                    return ((Integer) a[0]) == 1 ? version : sqlMode;
                default:
                    return defaultValue(m.getReturnType());
            }
        });
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(FakeDatabase.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
