package io.github.uuidkit.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names of the tables (and schemas) a test creates: every one is {@value #PREFIX}{@code <purpose>_<8 hex digits>},
 * unique per call, so a suite run against a user's own server never meets (or drops) a table it did not create.
 *
 * <pre>{@code
 * try (TestTables tables = TestTables.on(connection)) {
 *     String orders = tables.name("orders");          // uuidkit_it_orders_1f2e3d4c
 *     exec("CREATE TABLE " + orders + " (...)");
 *     ...
 * }                                                    // DROP TABLE IF EXISTS, newest first
 * }</pre>
 */
public final class TestTables implements AutoCloseable {

    /** The prefix of every table and schema a suite creates. */
    public static final String PREFIX = "uuidkit_it_";

    /** Every name {@link #uniqueName} gave in this JVM. */
    private static final java.util.Set<String> NAMED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Connection connection;
    private final List<String> names = new ArrayList<>();

    private TestTables(Connection connection) {
        this.connection = connection;
    }

    /** Tables on this connection, dropped by {@link #close()}. */
    public static TestTables on(Connection connection) {
        return new TestTables(connection);
    }

    /**
     * A fresh identifier {@code uuidkit_it_<purpose>_<8 hex digits>}: lower case, the purpose cut to 28 characters,
     * at most 48 characters in all (MySQL allows 64, PostgreSQL 63).
     */
    public static String uniqueName(String purpose) {
        String p = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (p.length() > 28) {
            p = p.substring(0, 28);
        }
        String name = String.format("%s%s_%08x", PREFIX, p, ThreadLocalRandom.current().nextInt());
        NAMED.add(name);
        return name;
    }

    /** True when {@link #uniqueName} gave this name (lower case) in this JVM: not another run's table. */
    static boolean namedInThisJvm(String name) {
        return NAMED.contains(name);
    }

    /** A fresh name (see {@link #uniqueName}) that {@link #close()} will drop. */
    public String name(String purpose) {
        String name = uniqueName(purpose);
        names.add(name);
        return name;
    }

    /**
     * Drops every table named by {@link #name}, newest first (so referencing tables go before referenced ones). A
     * connection left outside auto-commit is rolled back and put back in auto-commit first, so the drops happen even
     * after a failed transaction.
     */
    @Override
    public void close() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        SQLException failure = null;
        try (Statement st = connection.createStatement()) {
            for (int i = names.size() - 1; i >= 0; i--) {
                try {
                    st.execute("DROP TABLE IF EXISTS " + names.get(i));
                } catch (SQLException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        names.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
