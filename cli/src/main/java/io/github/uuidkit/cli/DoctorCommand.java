package io.github.uuidkit.cli;

import io.github.uuidkit.doctor.Doctor;
import io.github.uuidkit.doctor.DoctorReport;
import io.github.uuidkit.doctor.ReportFormat;
import io.github.uuidkit.doctor.Severity;
import io.github.uuidkit.internal.MessageText;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The {@code doctor} command: connects, runs {@link Doctor#audit(Connection)}, prints the report and turns it into
 * an exit status: {@value #HEALTHY} healthy, {@value #FINDINGS} findings at or above {@code --fail-on} (default
 * {@code error}), {@value #FAILED} bad arguments, no connection, or output that cannot be written. Passwords come
 * from an environment variable only and never appear in output: every credential form of the drivers and the
 * password's text are masked in every message ({@link Redaction}); a failure prints the driver's whole first line,
 * escaped, and its stack trace only under {@code --verbose}.
 */
final class DoctorCommand {

    static final int HEALTHY = 0;
    static final int FINDINGS = 1;
    static final int FAILED = 2;

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: uuidkit doctor --url JDBC_URL [--user USER] [--password-env VAR] [--schema S]...",
            "                      [--format text|markdown|json] [--fail-on warning|error] [--full | --sample N]",
            "                      [--timeout SECONDS] [--check-upgrade] [--verbose]",
            "  audits the UUID columns of a PostgreSQL, MySQL or MariaDB database, read only",
            "  --schema      schema (MySQL/MariaDB: database) to audit, repeatable; default: the URL's",
            "  --sample      rows read per column (default " + Doctor.DEFAULT_SAMPLE_ROWS + "); --full reads all",
            "  --timeout     bound on each statement and lock wait, in seconds (default "
                    + Doctor.DEFAULT_TIMEOUT.toSeconds() + "; 0: none); a table not read in time is",
            "                reported as TABLE_NOT_READ",
            "  --check-upgrade  MariaDB: also run CHECK TABLE ... FOR UPGRADE (a maintenance statement) on",
            "                tables with a UUID column, to find MARIADB_UUID_OLD_FORMAT",
            "  --verbose     on a failure, also print the stack trace (credentials masked)",
            "  exit status: 0 healthy, 1 findings at or above --fail-on (default error),",
            "               2 bad arguments, connection or output error");

    private DoctorCommand() {
    }

    static int run(List<String> args, Function<String, String> env, UuidCli.Output out, PrintStream err) {
        String url = null;
        String user = null;
        String passwordEnv = null;
        List<String> schemas = new ArrayList<>();
        ReportFormat format = ReportFormat.TEXT;
        Severity failOn = Severity.ERROR;
        long sample = Doctor.DEFAULT_SAMPLE_ROWS;
        boolean full = false;
        boolean sampleGiven = false;
        boolean verbose = false;
        boolean checkUpgrade = false;
        long timeoutSeconds = Doctor.DEFAULT_TIMEOUT.toSeconds();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--full")) {
                full = true;
                continue;
            }
            if (arg.equals("--verbose")) {
                verbose = true;
                continue;
            }
            if (arg.equals("--check-upgrade")) {
                checkUpgrade = true;
                continue;
            }
            if (!List.of("--url", "--user", "--password-env", "--schema", "--format", "--fail-on", "--sample",
                    "--timeout")
                    .contains(arg)) {
                return usage(err, "unknown option '" + Redaction.line(arg, null) + "' for doctor");
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
                    schemas.add(value);
                    break;
                case "--format":
                    try {
                        format = ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        return usage(err, "--format must be text, markdown or json, not " + MessageText.quote(value));
                    }
                    break;
                case "--fail-on":
                    if (!value.equals("warning") && !value.equals("error")) {
                        return usage(err, "--fail-on must be warning or error, not " + MessageText.quote(value));
                    }
                    failOn = value.equals("warning") ? Severity.WARNING : Severity.ERROR;
                    break;
                case "--timeout":
                    timeoutSeconds = value.matches("[0-9]{1,7}") ? Long.parseLong(value) : -1;
                    if (timeoutSeconds < 0) {
                        return usage(err, "--timeout needs a whole number of seconds from 0 (none) to 9999999, got "
                                + MessageText.quote(value));
                    }
                    break;
                default: // --sample
                    sample = UuidCli.parseCount(value);
                    if (sample < 1) {
                        return usage(err, "--sample needs a whole number from 1 to " + UuidCli.MAX_COUNT
                                + ", got " + MessageText.quote(value));
                    }
                    sampleGiven = true;
                    break;
            }
        }
        if (url == null) {
            return usage(err, "doctor needs --url");
        }
        if (full && sampleGiven) {
            return usage(err, "choose one of --full and --sample");
        }
        String[] problem = {null};
        JdbcLogin login = JdbcLogin.of(url, user, passwordEnv, env, p -> problem[0] = p);
        if (login == null) {
            return usage(err, problem[0]);
        }
        String password = login.password;
        DoctorReport report;
        try (Connection connection = login.connect(timeoutSeconds)) { // connecting is bounded too
            report = Doctor.defaults().withSchemas(schemas).withSampleRows(full ? 0 : sample)
                    .withTimeout(Duration.ofSeconds(timeoutSeconds)).withCheckUpgrade(checkUpgrade).audit(connection);
        } catch (SQLException | RuntimeException e) {
            err.println("uuidkit doctor: " + Redaction.line(firstLine(e), password) + " (URL '"
                    + Redaction.line(url, password) + "')");
            if (verbose) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                for (String l : trace.toString().split("\\R")) {
                    err.println(l.startsWith("\t") ? "\t" + Redaction.line(l.substring(1), password)
                            : Redaction.line(l, password));
                }
            }
            return FAILED;
        }
        try {
            out.write(format.render(report).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("uuidkit doctor: cannot write output: " + Redaction.line(firstLine(e), password));
            return FAILED;
        }
        return report.hasFindingsAtLeast(failOn) ? FINDINGS : HEALTHY;
    }

    /** The first line of an exception's message, whole (its class name when it has none). */
    static String firstLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getName();
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).stripTrailing();
    }

    private static int usage(PrintStream err, String problem) {
        err.println("uuidkit doctor: " + problem);
        err.println(USAGE);
        return FAILED;
    }
}
