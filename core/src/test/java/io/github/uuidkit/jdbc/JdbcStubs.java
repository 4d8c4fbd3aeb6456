package io.github.uuidkit.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** JDK dynamic-proxy stubs of the few JDBC interfaces the helpers touch. */
final class JdbcStubs {

    private JdbcStubs() {
    }

    /** One recorded method call. */
    record Call(String method, List<Object> args) {
        Object arg(int i) {
            return args.get(i);
        }
    }

    /**
     * A PreparedStatement recording every call, on a connection to the named database product. Arrays
     * it creates record their {@code free()} as a call {@code "Array.free"}; a method named in
     * {@link #failing} throws an SQLException after being recorded.
     */
    static final class StatementStub {
        final List<Call> calls = new ArrayList<>();
        final Set<String> failing = new HashSet<>();
        final PreparedStatement statement;
        final Connection connection;
        /** How often {@code statement.getConnection()} was called (not recorded in {@link #calls}). */
        int connectionRequests;

        StatementStub(String product) {
            this(product, "1.0");
        }

        /** A product of null stands for a wrapper whose {@code getConnection()} returns null. */
        StatementStub(String product, String version) {
            DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (p, m, a) -> {
                if (m.getName().equals("getDatabaseProductName")) {
                    return product;
                }
                if (m.getName().equals("getDatabaseProductVersion")) {
                    return version;
                }
                throw new UnsupportedOperationException(m.getName());
            });
            connection = proxy(Connection.class, (p, m, a) -> {
                switch (m.getName()) {
                    case "getMetaData":
                        return metaData;
                    case "createArrayOf":
                        calls.add(new Call("createArrayOf", Arrays.asList(a)));
                        return arrayOf(a[1], calls, failing);
                    default:
                        throw new UnsupportedOperationException(m.getName());
                }
            });
            statement = proxy(PreparedStatement.class, (p, m, a) -> {
                if (m.getName().equals("getConnection")) {
                    connectionRequests++;
                    return product == null ? null : connection;
                }
                calls.add(new Call(m.getName(), a == null ? List.of() : Arrays.asList(a)));
                if (failing.contains(m.getName())) {
                    throw new SQLException("stub: " + m.getName() + " failed");
                }
                if (m.getName().equals("executeBatch")) {
                    return new int[0];
                }
                return null;
            });
        }

        List<Call> setterCalls() {
            return calls.stream().filter(c -> c.method().startsWith("set")).toList();
        }
    }

    /** A one-row ResultSet whose columns have the given labels and values (getObject, getArray). */
    static ResultSet resultSet(List<String> labels, Object... values) {
        ResultSetMetaData metaData = proxy(ResultSetMetaData.class, (p, m, a) -> {
            if (m.getName().equals("getColumnLabel")) {
                return labels.get((Integer) a[0] - 1);
            }
            throw new UnsupportedOperationException(m.getName());
        });
        return proxy(ResultSet.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getObject":
                    if (a.length != 1 || !(a[0] instanceof Integer)) {
                        throw new UnsupportedOperationException("getObject" + Arrays.toString(a));
                    }
                    return values[(Integer) a[0] - 1];
                case "getArray":
                    return values[(Integer) a[0] - 1];
                case "findColumn":
                    int index = labels.indexOf((String) a[0]);
                    if (index < 0) {
                        throw new SQLException("no column " + a[0]);
                    }
                    return index + 1;
                case "getMetaData":
                    return metaData;
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    /** Metadata of one column. */
    record Column(String label, String typeName, int sqlType, int precision, String className) {
    }

    static ResultSetMetaData metaData(Column... columns) {
        return proxy(ResultSetMetaData.class, (p, m, a) -> {
            Column c = columns[(Integer) a[0] - 1];
            switch (m.getName()) {
                case "getColumnLabel":
                    return c.label();
                case "getColumnTypeName":
                    return c.typeName();
                case "getColumnType":
                    return c.sqlType();
                case "getPrecision":
                    return c.precision();
                case "getColumnClassName":
                    return c.className();
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    static Array arrayOf(Object[] elements) {
        return arrayOf(elements, new ArrayList<>(), Set.of());
    }

    /**
     * An Array whose {@code getArray()} returns {@code elements} (any object, or null as some drivers
     * do) and whose {@code free()} is recorded in {@code calls} as {@code "Array.free"}, and throws
     * if {@code failing} names {@code "Array.free"}.
     */
    static Array arrayOf(Object elements, List<Call> calls, Set<String> failing) {
        return proxy(Array.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getArray":
                    return elements;
                case "free":
                    calls.add(new Call("Array.free", List.of()));
                    if (failing.contains("Array.free")) {
                        throw new SQLException("stub: Array.free failed");
                    }
                    return null;
                case "getBaseTypeName":
                    return "uuid";
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(JdbcStubs.class.getClassLoader(), new Class<?>[] {type},
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
                    return handler.invoke(p, m, a);
                });
    }
}
