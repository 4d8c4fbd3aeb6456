package io.github.uuidkit.it.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of schemas and tables of a server, as {@code schema} and {@code schema.table} entries: PostgreSQL's
 * non-system namespaces and their tables, views, sequences ({@code pg_namespace}, {@code pg_class}) in the connected
 * database; MySQL's and MariaDB's databases and {@code information_schema.tables} outside {@code mysql},
 * {@code information_schema}, {@code performance_schema} and {@code sys}. {@link Engine} records it at first use;
 * {@link Engine#tableChangesSinceFirstUse()} compares.
 */
final class ServerTables {

    private ServerTables() {
    }

    static Set<String> list(Connection c, EngineKind kind) throws SQLException {
        Set<String> result = new TreeSet<>();
        List<String> queries = new ArrayList<>();
        if (kind == EngineKind.POSTGRES) {
            queries.add("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'");
            queries.add("SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND n.nspname NOT LIKE 'pg\\_%'"
                    + " AND n.nspname <> 'information_schema'");
        } else {
            String system = "('mysql', 'information_schema', 'performance_schema', 'sys')";
            queries.add("SELECT schema_name FROM information_schema.schemata WHERE schema_name NOT IN " + system);
            queries.add("SELECT CONCAT(table_schema, '.', table_name) FROM information_schema.tables"
                    + " WHERE table_schema NOT IN " + system);
        }
        try (Statement st = c.createStatement()) {
            for (String q : queries) {
                try (ResultSet rs = st.executeQuery(q)) {
                    while (rs.next()) {
                        result.add(rs.getString(1));
                    }
                }
            }
        }
        return result;
    }

    /**
     * What changed from {@code before} to {@code after}: {@code + name} added, {@code - name} gone. An entry one of whose
     * parts starts with {@link TestTables#PREFIX} but was not named in this JVM ({@link TestTables#namedInThisJvm})
     * belongs to another test run on the same server at the same time and is left out.
     */
    static List<String> changes(Set<String> before, Set<String> after) {
        List<String> changes = new ArrayList<>();
        for (String name : new TreeSet<>(after)) {
            if (!before.contains(name) && ours(name)) {
                changes.add("+ " + name);
            }
        }
        for (String name : new TreeSet<>(before)) {
            if (!after.contains(name) && ours(name)) {
                changes.add("- " + name);
            }
        }
        return changes;
    }

    private static boolean ours(String entry) {
        for (String part : entry.split("\\.")) {
            String p = part.toLowerCase(Locale.ROOT);
            if (p.startsWith(TestTables.PREFIX) && !TestTables.namedInThisJvm(p)) {
                return false;
            }
        }
        return true;
    }
}
