package io.github.uuidkit.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.CallableStatement;
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

/**
 * JDK dynamic-proxy stubs of the few JDBC interfaces uuidkit's helpers touch: a statement recording every call, a
 * one-row result set, an executed call with OUT values, column metadata, arrays, a connection to a named product.
 * Any other method throws {@link UnsupportedOperationException}, so a helper that starts calling something new fails
 * its unit tests instead of passing by accident. Shared by the unit tests of every module (one implementation).
 */
public final class JdbcStubs {

    private JdbcStubs() {
    }

    /**
     * One recorded method call, e.g. {@code setBytes[1, [B@..]}; equal to another with the same method and arguments,
     * arrays compared by content.
     *
     * @param method the method name
     * @param args the arguments, an empty list for none
     */
    public record Call(String method, List<Object> args) {

        /**
         * Returns an argument.
         *
         * @param i its 0-based position
         * @return the argument
         */
        public Object arg(int i) {
            return args.get(i);
        }

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

    /**
     * A PreparedStatement recording every call in {@link #calls}, on a connection to the named database product. Arrays
     * its connection creates record their {@code free()} as a call {@code "Array.free"}; a method named in
     * {@link #failing} throws an SQLException after being recorded.
     */
    public static final class StatementStub {
        /** The calls, in order ({@code getConnection} is counted in {@link #connectionRequests} instead). */
        public final List<Call> calls;
        /** Method names that throw an SQLException after being recorded. */
        public final Set<String> failing = new HashSet<>();
        /** The statement. */
        public final PreparedStatement statement;
        /** Its connection (only {@code getMetaData} and {@code createArrayOf} work). */
        public final Connection connection;
        /** How often {@code statement.getConnection()} was called. */
        public int connectionRequests;

        /**
         * A statement on a connection to the product, version "1.0".
         *
         * @param product the database product name, or null for a wrapper whose {@code getConnection()} returns null
         */
        public StatementStub(String product) {
            this(product, "1.0");
        }

        /**
         * A statement on a connection to the product and version.
         *
         * @param product the database product name, or null for a wrapper whose {@code getConnection()} returns null
         * @param version the product version
         */
        public StatementStub(String product, String version) {
            this(product, version, new ArrayList<>());
        }

        private StatementStub(String product, String version, List<Call> calls) {
            this.calls = calls;
            Connection base = connection(product, version);
            connection = proxy(Connection.class, (p, m, a) -> {
                switch (m.getName()) {
                    case "getMetaData":
                        return base.getMetaData();
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

        /**
         * Returns the recorded calls of methods whose name starts with {@code set}.
         *
         * @return those calls, in order
         */
        public List<Call> setterCalls() {
            return calls.stream().filter(c -> c.method().startsWith("set")).toList();
        }
    }

    /**
     * A PreparedStatement without a connection that records every call into the given list.
     *
     * @param calls where the calls go
     * @return the statement
     */
    public static PreparedStatement recording(List<Call> calls) {
        return new StatementStub(null, "1.0", calls).statement;
    }

    /**
     * A one-row ResultSet whose columns have the given labels and values ({@code getObject(int)},
     * {@code getArray(int)}, {@code findColumn}, {@code getMetaData().getColumnLabel}).
     *
     * @param labels the column labels
     * @param values the column values, in label order
     * @return the result set
     */
    public static ResultSet resultSet(List<String> labels, Object... values) {
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

    /**
     * An executed call whose OUT parameters have the given {@code getObject(int)} values.
     *
     * @param values the OUT values, parameter 1 first
     * @return the callable statement
     */
    public static CallableStatement callable(Object... values) {
        return proxy(CallableStatement.class, (p, m, a) -> {
            if (m.getName().equals("getObject") && a.length == 1 && a[0] instanceof Integer) {
                return values[(Integer) a[0] - 1];
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    /**
     * A connection whose metadata reports this product name and version (nothing else works).
     *
     * @param product the {@code getDatabaseProductName()} answer
     * @param version the {@code getDatabaseProductVersion()} answer
     * @return the connection
     */
    public static Connection connection(String product, String version) {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getDatabaseProductName":
                    return product;
                case "getDatabaseProductVersion":
                    return version;
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
        return proxy(Connection.class, (p, m, a) -> {
            if (m.getName().equals("getMetaData")) {
                return metaData;
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    /**
     * Metadata of one column.
     *
     * @param label the column label
     * @param typeName the database type name, e.g. {@code BINARY}
     * @param sqlType the {@link java.sql.Types} code
     * @param precision the precision (length)
     * @param className the Java class name the driver reports
     */
    public record Column(String label, String typeName, int sqlType, int precision, String className) {
    }

    /**
     * Result set metadata of the given columns.
     *
     * @param columns the columns, column 1 first
     * @return the metadata
     */
    public static ResultSetMetaData metaData(Column... columns) {
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

    /**
     * An Array whose {@code getArray()} returns the elements.
     *
     * @param elements the elements
     * @return the array
     */
    public static Array arrayOf(Object[] elements) {
        return arrayOf(elements, new ArrayList<>(), Set.of());
    }

    /**
     * An Array whose {@code getArray()} returns {@code elements} (any object, or null as some drivers do) and whose
     * {@code free()} is recorded in {@code calls} as {@code "Array.free"}, and throws if {@code failing} names
     * {@code "Array.free"}.
     *
     * @param elements what {@code getArray()} returns
     * @param calls where {@code free()} is recorded
     * @param failing method names that fail
     * @return the array
     */
    public static Array arrayOf(Object elements, List<Call> calls, Set<String> failing) {
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

    /**
     * A proxy of a JDBC interface; {@code Object}'s methods answer by identity.
     *
     * @param type the interface
     * @param handler answers every other method
     * @param <T> the interface type
     * @return the proxy
     */
    public static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(JdbcStubs.class.getClassLoader(), new Class<?>[] {type},
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
                }));
    }
}
