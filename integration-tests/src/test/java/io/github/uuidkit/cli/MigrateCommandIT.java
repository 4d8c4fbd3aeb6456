package io.github.uuidkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.EngineKind;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code uuidkit migrate plan|run} on real engines (those of {@code MigrateUnderLoadIT}): the plan, a dry run that
 * changes nothing, {@code --execute}, a second run with nothing left to do, and a refusal's exit status.
 */
class MigrateCommandIT {

    static Stream<Engine> engines() {
        return io.github.uuidkit.it.migrate.MigrateUnderLoadIT.engines();
    }

    record Run(int status, String out, String err) {
    }

    private static Run cli(Engine engine, String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(more));
        args.addAll(List.of("--url", engine.jdbcUrl()));
        if (engine.user() != null) {
            args.addAll(List.of("--user", engine.user()));
        }
        if (engine.password() != null) {
            args.addAll(List.of("--password-env", "UUIDKIT_DB_PW"));
        }
        Map<String, String> env = engine.password() == null ? Map.of() : Map.of("UUIDKIT_DB_PW", engine.password());
        int status = MigrateCommand.run(args, env::get, out::writeBytes,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void planDryRunExecuteAndNothingLeft(Engine engine) throws Exception {
        Engines.announce(MigrateCommandIT.class, engine);
        boolean pg = engine.kind() == EngineKind.POSTGRES;
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            String t = tables.name("mig_cli");
            exec(c, "CREATE TABLE " + t + " (id " + (pg ? "varchar(36)" : "VARCHAR(36)") + " PRIMARY KEY, n INT)");
            exec(c, "INSERT INTO " + t + " VALUES ('017f22e2-79b0-7cc3-98c4-dc0c0c07398f', 1),"
                    + " ('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 2)");

            Run plan = cli(engine, "plan", "--table", t);
            assertThat(plan.status()).as(plan.err()).isZero();
            assertThat(plan.out()).startsWith("-- uuidkit migrate plan " + (pg ? "POSTGRES_UUID:" : "BINARY16:"))
                    .contains("-- step 1/").contains("-- lock: ");

            Run dry = cli(engine, "run", "--table", t);
            assertThat(dry.status()).as(dry.err()).isZero();
            assertThat(dry.out()).contains("-- dry run (--execute to change anything)").contains(": would run (")
                    .endsWith("-- dry run: nothing changed" + System.lineSeparator());
            assertThat(type(c, t)).isEqualTo(pg ? "character varying" : "varchar");

            Run run = cli(engine, "run", "--table", t, "--execute", "--batch", "1");
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("-- executing").contains("rows of 2 (100 %)")
                    .contains("-- done: ");
            assertThat(type(c, t)).isEqualTo(pg ? "uuid" : "binary");

            Run again = cli(engine, "run", "--table", t, "--execute");
            assertThat(again.status()).as(again.err()).isZero();
            assertThat(again.out()).contains("already: nothing to migrate.").contains("-- done: 0 step(s) run");

            String nopk = tables.name("mig_cli_nopk");
            exec(c, "CREATE TABLE " + nopk + " (id " + (pg ? "text" : "CHAR(36)") + ")");
            Run refused = cli(engine, "plan", "--table", nopk);
            assertThat(refused.status()).isEqualTo(1);
            assertThat(refused.err()).isEqualTo("uuidkit migrate: table '" + nopk + "' has no primary key:"
                    + " uuidkit migrate converts a primary key and the columns that reference it, and backfills in"
                    + " key order. Nothing was changed." + System.lineSeparator());
            assertThat(refused.out()).isEmpty();
            exec(c, "DELETE FROM uuidkit_migration_state WHERE plan_id LIKE '%." + t + ".id'");
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM uuidkit_migration_state")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    exec(c, "DROP TABLE uuidkit_migration_state");
                }
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String type(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT data_type FROM information_schema.columns WHERE table_name = '"
                     + table + "' AND column_name = 'id'")) {
            rs.next();
            return rs.getString(1).toLowerCase(java.util.Locale.ROOT);
        }
    }
}
