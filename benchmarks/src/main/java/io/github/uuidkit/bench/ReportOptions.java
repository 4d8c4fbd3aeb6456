package io.github.uuidkit.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fragmentation report's command line: what to load, how big, where to write.
 *
 * @param rows rows per table
 * @param rounds equal rounds the load is measured in (time, WAL, index shape, buffer reads per round)
 * @param batch rows per transaction, a multiple of {@link TableLoader#ROWS_PER_STATEMENT}
 * @param out the report directory
 * @param engines engine names: postgres, mysql, mariadb
 * @param constrained run the engines with small buffers ({@link ServerSettings}); false keeps their defaults
 * @param queries run the query section (time range, keyset pages, point lookups) on the loaded tables
 * @param writers client processes of the several-writers section; 0 skips it
 * @param writerRows rows of the several-writers table (all writers together)
 * @param costRows rows of the driver-cost section per engine; 0 skips it
 * @param settings server settings over {@link ServerSettings}' constrained ones ({@code --set name=value}; names
 *     starting {@code innodb} go to MySQL/MariaDB, the others to PostgreSQL)
 */
record ReportOptions(long rows, int rounds, int batch, Path out, List<String> engines, boolean constrained,
                     boolean queries, int writers, long writerRows, long costRows, Map<String, String> settings) {

    static final String USAGE = "usage: FragmentationReport [--rows N] [--rounds R] [--batch B] [--out DIR]"
            + " [--engines postgres,mysql,mariadb] [--default-settings] [--no-queries] [--writers N]"
            + " [--writer-rows N] [--cost-rows N] [--set name=value ...]";

    private static final List<String> VALUE_OPTIONS = List.of("--rows", "--rounds", "--batch", "--out", "--engines",
            "--writers", "--writer-rows", "--cost-rows", "--set");

    /**
     * The default run: 600,000 rows in 6 rounds, 4 writers into 200,000 rows, 200,000 rows of driver cost (the
     * writers' page split and the bind-only cost show at that size; larger with --writer-rows and --cost-rows); the
     * smallest size at which the constrained PostgreSQL v4 index outgrows the WAL between checkpoints (see README).
     */
    static ReportOptions defaults() {
        return new ReportOptions(600_000, 6, 10_000, Paths.get("benchmarks", "target", "report"),
                List.of("postgres", "mysql", "mariadb"), true, true, 4, 200_000, 200_000, Map.of());
    }

    /**
     * Parses the command line over {@link #defaults()}.
     *
     * @throws IllegalArgumentException naming the bad option or value
     */
    static ReportOptions parse(String... args) {
        ReportOptions o = defaults();
        long rows = o.rows;
        int rounds = o.rounds;
        int batch = o.batch;
        Path out = o.out;
        List<String> engines = o.engines;
        boolean constrained = o.constrained;
        boolean queries = o.queries;
        int writers = o.writers;
        long writerRows = o.writerRows;
        long costRows = o.costRows;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--default-settings":
                    constrained = false;
                    continue;
                case "--no-queries":
                    queries = false;
                    continue;
                default:
                    break;
            }
            if (!VALUE_OPTIONS.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--rows":
                    rows = number(option, value);
                    break;
                case "--rounds":
                    rounds = (int) number(option, value);
                    break;
                case "--batch":
                    batch = (int) number(option, value);
                    break;
                case "--out":
                    out = Paths.get(value);
                    break;
                case "--engines":
                    engines = List.of(value.split(","));
                    break;
                case "--writers":
                    writers = (int) number(option, value);
                    break;
                case "--writer-rows":
                    writerRows = number(option, value);
                    break;
                case "--cost-rows":
                    costRows = number(option, value);
                    break;
                case "--set":
                    int eq = value.indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("--set needs name=value, not '" + value + "'");
                    }
                    settings.put(value.substring(0, eq).trim(), value.substring(eq + 1).trim());
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new ReportOptions(rows, rounds, batch, out, engines, constrained, queries, writers, writerRows,
                costRows, Map.copyOf(settings)).validated();
    }

    ReportOptions validated() {
        if (rows < 1 || rounds < 1 || rounds > rows) {
            throw new IllegalArgumentException("--rows must be positive and --rounds between 1 and --rows, not "
                    + rows + " / " + rounds);
        }
        if (batch < TableLoader.ROWS_PER_STATEMENT || batch % TableLoader.ROWS_PER_STATEMENT != 0) {
            throw new IllegalArgumentException("--batch must be a multiple of " + TableLoader.ROWS_PER_STATEMENT
                    + ", not " + batch);
        }
        if (writers < 0 || writerRows < 0 || costRows < 0 || (writers > 0 && writerRows < writers)) {
            throw new IllegalArgumentException("--writers, --writer-rows and --cost-rows must not be negative"
                    + " (and --writer-rows at least --writers)");
        }
        return this;
    }

    /** Rows loaded by the end of round {@code round} (1-based). */
    long rowsAfterRound(int round) {
        return rows * round / rounds;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }
}
