package io.github.uuidkit.doctor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The schemas an audit may look at: those the connection's user can see in {@code information_schema.schemata}
 * (PostgreSQL: owned or with a privilege; MySQL/MariaDB: databases with a privilege, or all with
 * {@code SHOW DATABASES}). A schema asked for that is not among them is an error, never an empty report.
 */
final class Schemas {

    /** The servers' own schemas, not named in the list of what is visible (they may still be audited). */
    private static final Set<String> SYSTEM = Set.of("information_schema", "mysql", "performance_schema", "sys");

    private Schemas() {
    }

    /**
     * The stored names of the schemas asked for.
     *
     * @param c the connection
     * @param pg PostgreSQL (else MySQL or MariaDB)
     * @param asked the names given, at least one
     * @return the stored names, in the order asked: equal to the names given, except on a MySQL/MariaDB server
     *     with {@code lower_case_table_names} 1 or 2, where database names match whatever their case
     * @throws SchemaNotFoundException if a schema is not found or not visible, naming the visible ones
     * @throws SQLException if the catalog cannot be read
     */
    static List<String> resolve(Connection c, boolean pg, List<String> asked) throws SQLException {
        List<String> visible = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT schema_name FROM information_schema.schemata")) {
            while (rs.next()) {
                visible.add(rs.getString(1));
            }
        }
        visible.sort(null);
        boolean caseInsensitive = !pg && lowerCaseTableNames(c) != 0;
        List<String> resolved = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : asked) {
            String found = visible.contains(name) ? name : caseInsensitive
                    ? visible.stream().filter(v -> v.equalsIgnoreCase(name)).findFirst().orElse(null) : null;
            if (found == null) {
                missing.add(name);
            } else {
                resolved.add(found);
            }
        }
        if (!missing.isEmpty()) {
            throw new SchemaNotFoundException(missing, visible.stream()
                    .filter(v -> !SYSTEM.contains(v.toLowerCase(Locale.ROOT)) && !v.startsWith("pg_")).toList());
        }
        return resolved;
    }

    private static int lowerCaseTableNames(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT @@lower_case_table_names")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
