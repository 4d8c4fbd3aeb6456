package io.github.uuidkit.cli;

import io.github.uuidkit.doctor.Doctor;
import io.github.uuidkit.doctor.DoctorReport;
import io.github.uuidkit.doctor.ReportFormat;
import io.github.uuidkit.doctor.Severity;
import io.github.uuidkit.internal.MessageText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code doctor} command: connects, runs {@link Doctor#audit(Connection)}, prints the report and turns it into
 * an exit status: {@value #HEALTHY} healthy, {@value #FINDINGS} findings at or above {@code --fail-on} (default
 * {@code error}), {@value #FAILED} bad arguments, no connection, or output that cannot be written. Passwords come
 * from an environment variable only and never appear in output: a {@code password=} parameter of the URL and the
 * password's text are masked in every message.
 */
final class DoctorCommand {

    static final int HEALTHY = 0;
    static final int FINDINGS = 1;
    static final int FAILED = 2;

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: uuidkit doctor --url JDBC_URL [--user USER] [--password-env VAR] [--schema S]...",
            "                      [--format text|markdown|json] [--fail-on warning|error] [--full | --sample N]",
            "  audits the UUID columns of a PostgreSQL, MySQL or MariaDB database, read only",
            "  --schema      schema (MySQL/MariaDB: database) to audit, repeatable; default: the URL's",
            "  --sample      rows read per column (default " + Doctor.DEFAULT_SAMPLE_ROWS + "); --full reads all",
            "  exit status: 0 healthy, 1 findings at or above --fail-on (default error),",
            "               2 bad arguments, connection or output error");

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

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
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--full")) {
                full = true;
                continue;
            }
            if (!List.of("--url", "--user", "--password-env", "--schema", "--format", "--fail-on", "--sample")
                    .contains(arg)) {
                return usage(err, "unknown option " + MessageText.quote(redact(arg, null)) + " for doctor");
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
        String password = null;
        if (passwordEnv != null) {
            password = env.apply(passwordEnv);
            if (password == null) {
                return usage(err, "environment variable " + MessageText.quote(passwordEnv) + " is not set");
            }
        }
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        DoctorReport report;
        try (Connection connection = DriverManager.getConnection(url, props)) {
            connection.setReadOnly(true);
            report = Doctor.defaults().withSchemas(schemas).withSampleRows(full ? 0 : sample).audit(connection);
        } catch (SQLException | RuntimeException e) {
            err.println("uuidkit doctor: " + redact(String.valueOf(e.getMessage()), password) + " (URL "
                    + MessageText.quote(redact(url, password)) + ")");
            return FAILED;
        }
        try {
            out.write(format.render(report).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("uuidkit doctor: cannot write output: " + MessageText.escape(String.valueOf(e.getMessage())));
            return FAILED;
        }
        return report.hasFindingsAtLeast(failOn) ? FINDINGS : HEALTHY;
    }

    /** Masks a URL's {@code password=} value and every occurrence of the password, then escapes the text. */
    static String redact(String text, String password) {
        String masked = URL_PASSWORD.matcher(text).replaceAll("$1***");
        if (password != null && !password.isEmpty()) {
            masked = masked.replace(password, "***");
        }
        return MessageText.escape(masked);
    }

    private static int usage(PrintStream err, String problem) {
        err.println("uuidkit doctor: " + problem);
        err.println(USAGE);
        return FAILED;
    }
}
