package io.github.uuidkit.it.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.it.support.Engine;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-ins for a user's own tables with common names ({@code orders}, {@code customers}, ...) in the default schema
 * of every engine, planted before every other suite of the run and checked after all of them
 * ({@link UserTablesPlantedFirstIT}, {@link UserTablesSurviveTheRunIT}). A table that already exists (your own server)
 * is left as it is and only its row count is compared; a table planted here gets one sentinel row and is dropped after
 * the check.
 */
final class UserTables {

    /** Names a careless suite would pick. */
    static final List<String> NAMES = List.of("orders", "customers", "accounts", "legacy", "trap");

    static final String SENTINEL = "sentinel row of a user table";

    /** Per engine name: table -> rows before the run; tables planted here are marked in {@link #PLANTED}. */
    private static final Map<String, Map<String, Long>> BEFORE = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> PLANTED = new ConcurrentHashMap<>();

    private UserTables() {
    }

    static void plant(Engine engine) throws SQLException {
        Map<String, Long> counts = new ConcurrentHashMap<>();
        List<String> planted = new ArrayList<>();
        try (Connection c = engine.connect(); Statement st = c.createStatement()) {
            for (String table : NAMES) {
                if (!exists(c, table)) {
                    st.execute("CREATE TABLE " + table + " (id INT NOT NULL PRIMARY KEY, note VARCHAR(64) NOT NULL)");
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, note) VALUES (1, ?)")) {
                        ps.setString(1, SENTINEL);
                        ps.executeUpdate();
                    }
                    planted.add(table);
                }
                counts.put(table, count(st, table));
            }
        }
        BEFORE.put(engine.name(), counts);
        PLANTED.put(engine.name(), planted);
    }

    static void assertSurvivedAndCleanUp(Engine engine) throws SQLException {
        Map<String, Long> before = BEFORE.get(engine.name());
        assertThat(before).as("%s: the user tables were planted by UserTablesPlantedFirstIT in this JVM (run the whole"
                + " failsafe suite, not this class alone)", engine).isNotNull();
        List<String> planted = PLANTED.get(engine.name());
        try (Connection c = engine.connect(); Statement st = c.createStatement()) {
            for (String table : NAMES) {
                assertThat(exists(c, table)).as("%s: table %s still exists after the run", engine, table).isTrue();
                assertThat(count(st, table)).as("%s: rows of %s", engine, table).isEqualTo(before.get(table));
                if (planted.contains(table)) {
                    try (ResultSet rs = st.executeQuery("SELECT id, note FROM " + table)) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).isEqualTo(1);
                        assertThat(rs.getString(2)).as("%s: the sentinel row of %s", engine, table).isEqualTo(SENTINEL);
                    }
                }
            }
            for (String table : planted) {
                st.execute("DROP TABLE " + table);
            }
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String catalog = c.getCatalog();
        String schema = md.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "public" : null;
        try (ResultSet rs = md.getTables(catalog, schema, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private static long count(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
