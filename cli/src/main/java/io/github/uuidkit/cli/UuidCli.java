package io.github.uuidkit.cli;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.internal.MessageText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Command line of {@code uuidkit-cli}: generate and inspect UUIDs, audit a database ({@code doctor}).
 *
 * <pre>
 * java -jar uuidkit-cli.jar generate [-n N] [--v4|--v7]
 * java -jar uuidkit-cli.jar inspect &lt;uuid&gt;
 * java -jar uuidkit-cli.jar doctor --url JDBC_URL [--user U] [--password-env VAR] [--schema S]... [options]
 * java -jar uuidkit-cli.jar migrate plan|run --url JDBC_URL --table T [options]
 * java -jar uuidkit-cli.jar --help
 * </pre>
 *
 * <p>{@code -n} takes 1 to {@value #MAX_COUNT} written in ASCII digits only (no sign, no other
 * script's digits), or 0; each option may be given once. {@code -h} or {@code --help} anywhere
 * prints the usage on standard output.
 *
 * <p>{@code doctor} audits the UUID columns of a database ({@link io.github.uuidkit.doctor.Doctor}) and has its own exit statuses: 0
 * healthy, 1 findings at or above {@code --fail-on}, 2 bad arguments, connection or output error.
 *
 * <p>Exit status of {@code generate} and {@code inspect}: {@value #OK} on success (help included); {@value #OUTPUT_ERROR} when standard
 * output cannot be written (a full disk, {@code /dev/full}, or a reader that closed the pipe, as in
 * {@code generate -n 1000000000 | head -1}): the command stops at the first failed write and names
 * the failure on standard error (also the status of an unexpected internal failure);
 * {@value #USAGE_ERROR} on bad arguments, with a usage message on
 * standard error. Input quoted in messages has control and non-ASCII characters escaped, and no
 * input produces a stack trace.
 */
public final class UuidCli {

    /** Exit status on success: {@value}. */
    public static final int OK = 0;

    /**
     * Exit status when standard output cannot be written, including a closed pipe, and for an
     * unexpected internal failure (reported in one line, never a stack trace): {@value}.
     */
    public static final int OUTPUT_ERROR = 1;

    /** Exit status for bad arguments: {@value}. */
    public static final int USAGE_ERROR = 2;

    /** Largest count {@code generate -n} accepts: {@value} (one billion ids, about 37 GB of text). */
    public static final long MAX_COUNT = 1_000_000_000L;

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: uuidkit generate [-n N] [--v4|--v7]   print N new UUIDs (default 1, v7; N from 0 to "
                    + MAX_COUNT + ")",
            "       uuidkit inspect <uuid>                  version, variant, v7 time, byte layouts",
            "       uuidkit doctor --url JDBC_URL ...       audit a database's UUID columns (doctor --help)",
            "       uuidkit migrate plan|run --url ...      convert a text UUID key online (migrate --help)",
            "       uuidkit --help                          this text",
            "exit status: 0 success, 1 output could not be written, 2 bad arguments",
            "(doctor: 0 healthy, 1 findings at or above --fail-on, 2 bad arguments, connection or output error)");

    /**
     * Lines buffered per write (about 37 KiB): one system call per chunk, and a failed write ends
     * generation within one chunk.
     */
    static final int LINES_PER_WRITE = 1024;

    private UuidCli() {
    }

    /**
     * Runs the command line on the process's standard output and error and exits with its status
     * (see the class description).
     *
     * @param args the arguments, see the class description
     */
    public static void main(String[] args) {
        // Standard output unwrapped and unbuffered: writes throw IOException (full disk, closed
        // pipe) instead of setting PrintStream's silent error flag.
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        System.exit(run(args, stdout::write, System.err));
    }

    /**
     * Runs the command line without exiting.
     *
     * @param args the arguments, see the class description
     * @param out where results go; a {@link PrintStream} hides write failures, so its
     *     {@link PrintStream#checkError()} is consulted after every write
     * @param err where usage and error messages go
     * @return the exit status: {@value #OK}, {@value #OUTPUT_ERROR} or {@value #USAGE_ERROR}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, bytes -> {
            out.write(bytes, 0, bytes.length);
            if (out.checkError()) { // flushes, then reports any failure so far
                throw new IOException("write failed");
            }
        }, err);
    }

    /** Where results go: one call per chunk, failures thrown. */
    @FunctionalInterface
    interface Output {
        void write(byte[] bytes) throws IOException;
    }

    static int run(String[] args, Output out, PrintStream err) {
        int status;
        try {
            status = command(args, out, err);
        } catch (IOException e) {
            err.println("uuidkit: cannot write output: " + MessageText.escape(e.getMessage()));
            status = OUTPUT_ERROR;
        } catch (RuntimeException e) {
            // Not expected for any command line (a null argument array or element is the only way
            // in); reported in one line rather than as a stack trace.
            err.println("uuidkit: internal error: " + MessageText.escape(String.valueOf(e)));
            status = OUTPUT_ERROR;
        }
        err.flush();
        return status;
    }

    private static int command(String[] args, Output out, PrintStream err) throws IOException {
        if (args.length > 0 && "doctor".equals(args[0])) {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            if (rest.contains("-h") || rest.contains("--help")) {
                write(out, DoctorCommand.USAGE + System.lineSeparator());
                return OK;
            }
            return DoctorCommand.run(rest, System::getenv, out, err);
        }
        if (args.length > 0 && "migrate".equals(args[0])) {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            if (rest.contains("-h") || rest.contains("--help")) {
                write(out, MigrateCommand.USAGE + System.lineSeparator());
                return OK;
            }
            return MigrateCommand.run(rest, System::getenv, out, err);
        }
        for (String arg : args) {
            if ("-h".equals(arg) || "--help".equals(arg)) {
                help(out);
                return OK;
            }
        }
        if (args.length == 0) {
            return usage(err, "no command given");
        }
        switch (args[0]) {
            case "generate":
                return generate(args, out, err);
            case "inspect":
                if (args.length != 2) {
                    return usage(err, "inspect takes exactly one UUID");
                }
                return inspect(args[1], out, err);
            case "help":
                help(out);
                return OK;
            default:
                return usage(err, "unknown command " + MessageText.quote(args[0]));
        }
    }

    private static void help(Output out) throws IOException {
        write(out, USAGE + System.lineSeparator());
    }

    private static int generate(String[] args, Output out, PrintStream err) throws IOException {
        long count = 1;
        boolean countGiven = false;
        String version = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--v4":
                case "--v7":
                    if (version != null) {
                        return usage(err, version.equals(arg) ? arg + " given twice"
                                : "choose one of --v4 and --v7");
                    }
                    version = arg;
                    break;
                case "-n":
                    if (countGiven) {
                        return usage(err, "-n given twice");
                    }
                    if (i + 1 == args.length) {
                        return usage(err, "-n needs a number");
                    }
                    count = parseCount(args[++i]);
                    if (count < 0) {
                        return usage(err, "-n needs a whole number from 0 to " + MAX_COUNT
                                + " in ASCII digits, got " + MessageText.quote(args[i]));
                    }
                    countGiven = true;
                    break;
                default:
                    return usage(err, "unknown option " + MessageText.quote(arg) + " for generate");
            }
        }
        boolean v4 = "--v4".equals(version);
        StringBuilder lines = new StringBuilder(LINES_PER_WRITE * 38);
        int pending = 0;
        for (long i = 0; i < count; i++) {
            lines.append(v4 ? Uuids.v4() : Uuids.v7()).append(System.lineSeparator());
            if (++pending == LINES_PER_WRITE) {
                write(out, lines);
                lines.setLength(0);
                pending = 0;
            }
        }
        if (pending > 0) {
            write(out, lines);
        }
        return OK;
    }

    /** The count in ASCII digits, or -1 if the text has anything else or exceeds the maximum. */
    static long parseCount(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
            if (value > MAX_COUNT) {
                return -1;
            }
        }
        return value;
    }

    private static int inspect(String text, Output out, PrintStream err) throws IOException {
        UUID uuid;
        try {
            uuid = UuidStrings.parse(text);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        String nl = System.lineSeparator();
        StringBuilder report = new StringBuilder(512);
        report.append("uuid:         ").append(UuidStrings.format(uuid)).append(nl);
        report.append("version:      ").append(Uuids.version(uuid)).append(nl);
        report.append("variant:      ").append(variant(uuid)).append(nl);
        if (Uuids.isV7(uuid)) {
            report.append("timestamp:    ").append(Uuids.instant(uuid)).append(" (unix ms ")
                    .append(Uuids.unixMillis(uuid)).append(')').append(nl);
        }
        report.append("standard:     ").append(hex(UuidBinaryLayout.STANDARD, uuid))
                .append("  (PostgreSQL uuid_send, MySQL UUID_TO_BIN(x))").append(nl);
        report.append("time_swapped: ").append(hex(UuidBinaryLayout.TIME_SWAPPED, uuid))
                .append("  (MySQL UUID_TO_BIN(x, 1))").append(nl);
        write(out, report);
        return OK;
    }

    private static String variant(UUID uuid) {
        if (uuid.equals(Uuids.NIL)) {
            return "nil";
        }
        if (uuid.equals(Uuids.MAX)) {
            return "max";
        }
        switch (uuid.variant()) {
            case 0:
                return "NCS (0xx)";
            case 2:
                return "RFC 9562 (10x)";
            case 6:
                return "Microsoft (110)";
            default:
                return "reserved (111)";
        }
    }

    private static String hex(UuidBinaryLayout layout, UUID uuid) {
        return HexFormat.of().withUpperCase().formatHex(layout.toBytes(uuid));
    }

    /** Writes ASCII text (all the CLI prints is ASCII: UUIDs, digits, hex, escaped input). */
    private static void write(Output out, CharSequence text) throws IOException {
        out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static int usage(PrintStream err, String problem) {
        err.println("uuidkit: " + problem);
        err.println(USAGE);
        return USAGE_ERROR;
    }
}
