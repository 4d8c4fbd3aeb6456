package io.github.uuidkit.cli;

import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.migrate.Migrate;
import io.github.uuidkit.migrate.MigrationException;
import io.github.uuidkit.migrate.MigrationPlan;
import io.github.uuidkit.migrate.MigrationRun;
import io.github.uuidkit.migrate.MigrationTarget;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The {@code migrate} command: {@code migrate plan} prints the plan ({@link Migrate#plan}) as SQL with comments;
 * {@code migrate run} prints which steps are done and which would run, and with {@code --execute} runs them
 * ({@link Migrate#run}), resuming where an earlier run stopped. Exit status: {@value #OK} done (or planned),
 * {@value #REFUSED} the migration was refused or a step failed (the message says why; run again to resume),
 * {@value #FAILED} bad arguments, no connection, or output that cannot be written. Credentials as for
 * {@code doctor}: the password from an environment variable only, masked in every message.
 */
final class MigrateCommand {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int FAILED = 2;

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: uuidkit migrate plan --url JDBC_URL --table T [--user USER] [--password-env VAR] [--schema S]",
            "                            [--to BINARY16|POSTGRES_UUID]",
            "       uuidkit migrate run  (same options) [--batch N] [--dry-run | --execute]",
            "  converts a text UUID primary key (CHAR(36)/VARCHAR(36) on MySQL and MariaDB, text/varchar on",
            "  PostgreSQL) and every foreign-key column referencing it to BINARY(16) / uuid, online",
            "  plan       prints the plan as SQL with comments; changes nothing",
            "  run        --dry-run (the default) shows which steps are done and which would run;",
            "             --execute runs them, resuming where an earlier run stopped",
            "  --to       default: POSTGRES_UUID on PostgreSQL, BINARY16 on MySQL and MariaDB",
            "  --batch    rows per backfill batch (default " + Migrate.DEFAULT_BATCH_ROWS + ")",
            "  exit status: 0 done, 1 refused or a step failed (run again to resume),",
            "               2 bad arguments, connection or output error");

    private MigrateCommand() {
    }

    static int run(List<String> args, Function<String, String> env, UuidCli.Output out, PrintStream err) {
        if (args.isEmpty() || !args.get(0).equals("plan") && !args.get(0).equals("run")) {
            return usage(err, "migrate needs plan or run");
        }
        boolean isRun = args.get(0).equals("run");
        String url = null;
        String user = null;
        String passwordEnv = null;
        String schema = null;
        String table = null;
        MigrationTarget target = null;
        int batch = Migrate.DEFAULT_BATCH_ROWS;
        Boolean execute = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (isRun && (arg.equals("--execute") || arg.equals("--dry-run"))) {
                if (execute != null) {
                    return usage(err, "choose one of --dry-run and --execute");
                }
                execute = arg.equals("--execute");
                continue;
            }
            if (!List.of("--url", "--user", "--password-env", "--schema", "--table", "--to", "--batch")
                    .contains(arg) || !isRun && arg.equals("--batch")) {
                return usage(err, "unknown option '" + Redaction.line(arg, null) + "'"
                        + " for migrate " + args.get(0));
            }
            if (i + 1 == args.size()) {
                return usage(err, arg + " needs a value");
            }
            String value = args.get(++i);
            switch (arg) {
                case "--url":
                    url = value;
                    break;
                case "--user":
                    user = value;
                    break;
                case "--password-env":
                    passwordEnv = value;
                    break;
                case "--schema":
                    schema = value;
                    break;
                case "--table":
                    table = value;
                    break;
                case "--to":
                    try {
                        target = MigrationTarget.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        return usage(err, "--to must be BINARY16 or POSTGRES_UUID, not " + MessageText.quote(value));
                    }
                    break;
                default: // --batch
                    long n = UuidCli.parseCount(value);
                    if (n < 1 || n > 1_000_000) {
                        return usage(err, "--batch needs a whole number from 1 to 1000000, got "
                                + MessageText.quote(value));
                    }
                    batch = (int) n;
                    break;
            }
        }
        if (url == null || table == null) {
            return usage(err, "migrate " + args.get(0) + " needs --url and --table");
        }
        String[] problem = new String[1];
        JdbcLogin login = JdbcLogin.of(url, user, passwordEnv, env, p -> problem[0] = p);
        if (login == null) {
            return usage(err, problem[0]);
        }
        Migrate migrate = Migrate.defaults().withSchema(schema).withBatchRows(batch);
        try (Connection connection = login.connect()) {
            if (target == null) {
                target = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                        .contains("postgres") ? MigrationTarget.POSTGRES_UUID : MigrationTarget.BINARY16;
            }
            MigrationPlan plan = migrate.plan(connection, table, target);
            write(out, plan.render());
            if (!isRun) {
                return OK;
            }
            boolean really = execute != null && execute;
            write(out, System.lineSeparator() + (really ? "-- executing" : "-- dry run (--execute to change"
                    + " anything)") + System.lineSeparator());
            MigrationRun result = migrate.run(connection, plan, really, line -> write(out, line
                    + System.lineSeparator()));
            write(out, (really ? "-- done: " + result.stepsRun() + " step(s) run, " + result.stepsDoneBefore()
                    + " done before" : "-- dry run: nothing changed") + System.lineSeparator());
            return OK;
        } catch (MigrationException e) {
            err.println("uuidkit migrate: " + login.mask(String.valueOf(e.getMessage()))); // escaped already
            return REFUSED;
        } catch (SQLException | RuntimeException e) {
            if (e instanceof UncheckedIOException io) {
                err.println("uuidkit migrate: cannot write output: " + MessageText.escape(String.valueOf(
                        io.getCause().getMessage())));
                return FAILED;
            }
            err.println("uuidkit migrate: " + login.redact(String.valueOf(e.getMessage())) + " (URL "
                    + login.describeUrl() + ")");
            return FAILED;
        }
    }

    private static void write(UuidCli.Output out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("uuidkit migrate: " + problem);
        err.println(USAGE);
        return FAILED;
    }
}
