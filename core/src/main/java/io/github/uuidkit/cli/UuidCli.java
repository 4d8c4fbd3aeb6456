package io.github.uuidkit.cli;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.Uuids;
import java.io.PrintStream;
import java.util.UUID;

/**
 * Command line of {@code uuidkit-core}: generate and inspect UUIDs.
 *
 * <pre>
 * java -jar uuidkit-core.jar generate [-n N] [--v4|--v7]
 * java -jar uuidkit-core.jar inspect &lt;uuid&gt;
 * </pre>
 * Exit status 0 on success, 2 on bad arguments (with a usage message on standard error).
 */
public final class UuidCli {

    /** Exit status for bad arguments. */
    public static final int USAGE_ERROR = 2;

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: uuidkit generate [-n N] [--v4|--v7]   print N new UUIDs (default 1, v7)",
            "       uuidkit inspect <uuid>                  version, variant, v7 time, byte layouts");

    private UuidCli() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments, see the class description
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command line without exiting.
     *
     * @param args the arguments, see the class description
     * @param out where results go
     * @param err where usage and error messages go
     * @return the exit status: 0 on success, {@value #USAGE_ERROR} on bad arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
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
            case "-h":
            case "--help":
            case "help":
                out.println(USAGE);
                return 0;
            default:
                return usage(err, "unknown command '" + args[0] + "'");
        }
    }

    private static int generate(String[] args, PrintStream out, PrintStream err) {
        long count = 1;
        boolean v4 = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--v4":
                    v4 = true;
                    break;
                case "--v7":
                    v4 = false;
                    break;
                case "-n":
                    if (i + 1 == args.length) {
                        return usage(err, "-n needs a number");
                    }
                    try {
                        count = Long.parseLong(args[++i]);
                    } catch (NumberFormatException e) {
                        return usage(err, "-n needs a whole number, got '" + args[i] + "'");
                    }
                    if (count < 0) {
                        return usage(err, "-n must not be negative, got " + count);
                    }
                    break;
                default:
                    return usage(err, "unknown option '" + args[i] + "' for generate");
            }
        }
        StringBuilder lines = new StringBuilder();
        for (long i = 0; i < count; i++) {
            lines.append(v4 ? Uuids.v4() : Uuids.v7()).append(System.lineSeparator());
            if (lines.length() > 1 << 16) {
                out.print(lines);
                lines.setLength(0);
            }
        }
        out.print(lines);
        out.flush();
        return 0;
    }

    private static int inspect(String text, PrintStream out, PrintStream err) {
        UUID uuid;
        try {
            uuid = UuidStrings.parse(text);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        out.println("uuid:         " + UuidStrings.format(uuid));
        out.println("version:      " + Uuids.version(uuid));
        out.println("variant:      " + variant(uuid));
        if (Uuids.isV7(uuid)) {
            out.println("timestamp:    " + Uuids.instant(uuid) + " (unix ms " + Uuids.unixMillis(uuid) + ")");
        }
        out.println("standard:     " + hex(UuidBinaryLayout.STANDARD, uuid)
                + "  (PostgreSQL uuid_send, MySQL UUID_TO_BIN(x))");
        out.println("time_swapped: " + hex(UuidBinaryLayout.TIME_SWAPPED, uuid)
                + "  (MySQL UUID_TO_BIN(x, 1))");
        return 0;
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
        return UuidStrings.hex(layout.toBytes(uuid)).toUpperCase(java.util.Locale.ROOT);
    }

    private static int usage(PrintStream err, String problem) {
        err.println("uuidkit: " + problem);
        err.println(USAGE);
        return USAGE_ERROR;
    }
}
