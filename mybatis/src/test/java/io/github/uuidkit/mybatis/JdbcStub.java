package io.github.uuidkit.mybatis;

import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** JDK-proxy stubs of the JDBC calls the handlers make: a recording statement, a one-row result, an OUT row. */
final class JdbcStub {

    private JdbcStub() {
    }

    /** One recorded call, e.g. {@code setBytes[1, [B@..]} (arrays compared by content). */
    record Call(String method, List<Object> args) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Call c && method.equals(c.method) && Arrays.deepEquals(args.toArray(), c.args.toArray());
        }

        @Override
        public int hashCode() {
            return method.hashCode();
        }

        @Override
        public String toString() {
            return method + Arrays.deepToString(args.toArray());
        }
    }

    /** A PreparedStatement that records every call and returns nothing. */
    static PreparedStatement recording(List<Call> calls) {
        return proxy(PreparedStatement.class, (method, args) -> {
            calls.add(new Call(method, args == null ? List.of() : Arrays.asList(args)));
            return null;
        });
    }

    /** A one-row ResultSet whose columns have the given labels and {@code getObject} values. */
    static ResultSet row(List<String> labels, Object... values) {
        ResultSetMetaData metaData = proxy(ResultSetMetaData.class, (method, args) -> {
            if (method.equals("getColumnLabel")) {
                return labels.get((Integer) args[0] - 1);
            }
            throw new UnsupportedOperationException(method);
        });
        return proxy(ResultSet.class, (method, args) -> {
            switch (method) {
                case "getObject":
                    return values[(Integer) args[0] - 1];
                case "findColumn":
                    int index = labels.indexOf((String) args[0]);
                    if (index < 0) {
                        throw new SQLException("no column " + args[0]);
                    }
                    return index + 1;
                case "getMetaData":
                    return metaData;
                default:
                    throw new UnsupportedOperationException(method);
            }
        });
    }

    /** An executed call whose OUT parameters have the given {@code getObject} values. */
    static CallableStatement call(Object... values) {
        return proxy(CallableStatement.class, (method, args) -> {
            if (method.equals("getObject") && args.length == 1 && args[0] instanceof Integer) {
                return values[(Integer) args[0] - 1];
            }
            throw new UnsupportedOperationException(method);
        });
    }

    /** A connection to a database that reports this product name and version. */
    static Connection connection(String product, String version) {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (method, args) -> {
            switch (method) {
                case "getDatabaseProductName":
                    return product;
                case "getDatabaseProductVersion":
                    return version;
                default:
                    throw new UnsupportedOperationException(method);
            }
        });
        return proxy(Connection.class, (method, args) -> {
            if (method.equals("getMetaData")) {
                return metaData;
            }
            throw new UnsupportedOperationException(method);
        });
    }

    interface Handler {
        Object invoke(String method, Object[] args) throws Throwable;
    }

    static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(JdbcStub.class.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> {
                    if (m.getDeclaringClass() == Object.class) {
                        switch (m.getName()) {
                            case "hashCode":
                                return System.identityHashCode(p);
                            case "equals":
                                return p == a[0];
                            default:
                                return type.getSimpleName() + " stub";
                        }
                    }
                    return handler.invoke(m.getName(), a);
                }));
    }

    static List<Call> calls() {
        return new ArrayList<>();
    }
}
