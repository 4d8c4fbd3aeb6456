package io.github.uuidkit.it.migrate;

import static io.github.uuidkit.it.migrate.MigrateUnderLoadIT.count;
import static io.github.uuidkit.it.migrate.MigrateUnderLoadIT.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.EngineKind;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.migrate.Migrate;
import io.github.uuidkit.migrate.MigrationException;
import io.github.uuidkit.migrate.MigrationTarget;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code uuidkit migrate} refuses to plan, each with a clear message, nothing changed: a table without a
 * primary key, values that are not UUIDs (counted, shown escaped), a user who may not alter the table. Engines as
 * {@link MigrateUnderLoadIT}.
 */
class MigrateRefusesIT {

    static java.util.stream.Stream<Engine> engines() {
        return MigrateUnderLoadIT.engines();
    }

    private static MigrationTarget target(Engine engine) {
        return engine.kind() == EngineKind.POSTGRES ? MigrationTarget.POSTGRES_UUID : MigrationTarget.BINARY16;
    }

    private static String text(Engine engine) {
        return engine.kind() == EngineKind.POSTGRES ? "text" : "CHAR(36)";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aTableWithoutPrimaryKeyIsRefused(Engine engine) throws Exception {
        Engines.announce(MigrateRefusesIT.class, engine);
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            String t = tables.name("mig_nopk");
            exec(c, "CREATE TABLE " + t + " (id " + text(engine) + ")");
            exec(c, "INSERT INTO " + t + " VALUES ('017f22e2-79b0-7cc3-98c4-dc0c0c07398f')");
            List<String> before = shape(c, t);
            assertThatThrownBy(() -> Migrate.defaults().plan(c, t, target(engine)))
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("table '" + t + "' has no primary key: uuidkit migrate converts a primary key and the"
                            + " columns that reference it, and backfills in key order. Nothing was changed.");
            assertThat(shape(c, t)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void valuesThatAreNotUuidsAreCountedShownEscapedAndStopThePlan(Engine engine) throws Exception {
        Engines.announce(MigrateRefusesIT.class, engine);
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            String t = tables.name("mig_bad");
            exec(c, "CREATE TABLE " + t + " (id " + (engine.kind() == EngineKind.POSTGRES ? "text"
                    : "VARCHAR(36)") + " PRIMARY KEY)");
            exec(c, "INSERT INTO " + t + " VALUES ('017f22e2-79b0-7cc3-98c4-dc0c0c07398f'),"
                    + " ('not-a-uuid'), ('017f22e279b07cc398c4dc0c0c07398f'), (" + (engine.kind()
                    == EngineKind.POSTGRES ? "E'evil\\x1b[31m'" : "CONCAT('evil', CHAR(27), '[31m')") + ")");
            List<String> before = shape(c, t);
            assertThatThrownBy(() -> Migrate.defaults().plan(c, t, target(engine)))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageStartingWith("3 of 4 values of '" + t + ".id' are not UUIDs")
                    .hasMessageContaining("'not-a-uuid'")
                    .hasMessageContaining("'017f22e279b07cc398c4dc0c0c07398f'")
                    .hasMessageContaining("'evil\\u001B[31m'")
                    .hasMessageEndingWith("Nothing was changed.")
                    .satisfies(e -> assertThat(e.getMessage()).matches("[\\x20-\\x7E]*"));
            assertThat(shape(c, t)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aUserWhoMayNotAlterTheTableIsRefused(Engine engine) throws Exception {
        Engines.announce(MigrateRefusesIT.class, engine);
        boolean pg = engine.kind() == EngineKind.POSTGRES;
        String user = TestTables.uniqueName("ro");
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            String t = tables.name("mig_rights");
            exec(c, "CREATE TABLE " + t + " (id " + text(engine) + " PRIMARY KEY)");
            exec(c, "INSERT INTO " + t + " VALUES ('017f22e2-79b0-7cc3-98c4-dc0c0c07398f')");
            String database;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(pg ? "SELECT current_database()" : "SELECT DATABASE()")) {
                rs.next();
                database = rs.getString(1);
            }
            if (pg) {
                exec(c, "CREATE ROLE " + user + " LOGIN PASSWORD 'pw'");
                exec(c, "GRANT SELECT, INSERT, UPDATE, DELETE ON " + t + " TO " + user);
            } else {
                try {
                    exec(c, "CREATE USER '" + user + "'@'%' IDENTIFIED BY 'pw'");
                } catch (SQLException e) {
                    Assumptions.assumeTrue(!String.valueOf(e.getMessage()).contains("skip-grant-tables"),
                            engine + " runs without grant tables: no user to restrict");
                    throw e;
                }
                exec(c, "GRANT SELECT, INSERT, UPDATE, DELETE ON " + database + "." + t + " TO '" + user + "'@'%'");
            }
            try {
                List<String> before = shape(c, t);
                Properties props = new Properties();
                props.setProperty("user", user);
                props.setProperty("password", "pw");
                // the harness's URL may name its own user: the URL's parameters would win over props
                String url = engine.jdbcUrl().replaceAll("([?&])(user|password)=[^&]*&?", "$1")
                        .replaceAll("[?&]$", "");
                try (Connection limited = DriverManager.getConnection(url, props)) {
                    try (Statement s = limited.createStatement();
                         ResultSet rs = s.executeQuery(pg ? "SELECT current_user" : "SELECT CURRENT_USER()")) {
                        rs.next();
                        assertThat(rs.getString(1)).startsWith(user);
                    }
                    assertThatThrownBy(() -> Migrate.defaults().plan(limited, t, target(engine)))
                            .isInstanceOf(MigrationException.class)
                            .hasMessageContaining("may not alter")
                            .hasMessageContaining("Nothing was changed.");
                }
                assertThat(shape(c, t)).isEqualTo(before);
            } finally {
                exec(c, pg ? "DROP OWNED BY " + user : "DROP USER '" + user + "'@'%'");
                if (pg) {
                    exec(c, "DROP ROLE " + user);
                }
            }
        }
    }

    /** The table's columns with their types, and its rows: what "nothing changed" compares. */
    private static List<String> shape(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns WHERE"
                     + " table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        out.add("rows " + count(c, "SELECT COUNT(*) FROM " + table));
        return out;
    }
}
