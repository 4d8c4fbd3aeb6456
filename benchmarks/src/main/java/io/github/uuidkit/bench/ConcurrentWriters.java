package io.github.uuidkit.bench;

import io.github.uuidkit.doctor.IndexShape;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.TestTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Several writers: {@code N} {@link WriterMain} processes, each its own JVM with its own v7 generator, insert
 * into one v7-keyed table at the same time; then one process inserts the same number of rows into another
 * table. Reports duplicates (a primary-key violation fails a writer) and the index shape of both tables.
 */
final class ConcurrentWriters {

    /**
     * The result on one engine.
     *
     * @param engine engine name
     * @param writers writer processes of the concurrent run
     * @param rows rows in each table
     * @param seconds wall-clock time of the concurrent run (slowest writer)
     * @param singleSeconds time of the single-writer run
     * @param failures writers that failed (a duplicate key would be one)
     * @param distinct distinct ids in the concurrent table ({@code COUNT(DISTINCT id)})
     * @param concurrent index of the concurrent table
     * @param single index of the single-writer table
     */
    record Result(String engine, int writers, long rows, double seconds, double singleSeconds, int failures,
                  long distinct, IndexShape concurrent, IndexShape single) {
    }

    private ConcurrentWriters() {
    }

    static Result run(Engine engine, ReportOptions options, Progress progress)
            throws SQLException, IOException, InterruptedException {
        KeyKind key = engine.isPostgres() ? KeyKind.V7 : KeyKind.BINARY_V7;
        int n = options.writers();
        long perWriter = Math.max(TableLoader.ROWS_PER_STATEMENT,
                options.writerRows() / n / TableLoader.ROWS_PER_STATEMENT * TableLoader.ROWS_PER_STATEMENT);
        String many = TestTables.uniqueName("frag_writers");
        String one = TestTables.uniqueName("frag_one_writer");
        Introspection in = Introspection.of(engine);
        progress.line(engine.name() + ": " + n + " writer processes x " + perWriter + " rows");
        long[] failures = {0};
        double seconds = writers(engine, many, key, n, perWriter, failures);
        progress.line(engine.name() + ": 1 writer process x " + perWriter * n + " rows");
        double single = writers(engine, one, key, 1, perWriter * n, failures);
        try (Connection c = engine.connect(); Statement s = c.createStatement()) {
            long distinct;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT id) FROM " + many)) {
                rs.next();
                distinct = rs.getLong(1);
            }
            if (engine.isPostgres()) {
                in.beforeLoad(c);
            }
            Result r = new Result(engine.name(), n, perWriter * n, seconds, single, (int) failures[0], distinct,
                    in.index(c, many), in.index(c, one));
            s.execute("DROP TABLE " + many);
            s.execute("DROP TABLE " + one);
            return r;
        }
    }

    /** Runs {@code n} writer processes into a fresh table; returns the slowest writer's seconds. */
    private static double writers(Engine engine, String table, KeyKind key, int n, long rows, long[] failures)
            throws SQLException, IOException, InterruptedException {
        try (Connection c = engine.connect(); Statement s = c.createStatement()) {
            s.execute(key.ddl(table, engine.isPostgres()));
        }
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        long startAt = System.currentTimeMillis() + 1500 + 300L * n; // every JVM up before the first insert
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp",
                    System.getProperty("java.class.path"), WriterMain.class.getName(), engine.jdbcUrl(),
                    engine.user() == null ? "" : engine.user(), table, key.columnType.name(), Long.toString(rows),
                    "10000", Long.toString(startAt));
            if (engine.password() != null) {
                pb.environment().put(WriterMain.PASSWORD_ENV, engine.password());
            }
            processes.add(pb.redirectErrorStream(true).start());
        }
        double slowest = 0;
        for (Process p : processes) {
            String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            String output = all.lines().reduce((a, b) -> b).orElse(""); // the last line; JVM warnings come first
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0 || !output.startsWith("ok ")) {
                failures[0]++;
                System.err.println("writer failed: " + all);
                continue;
            }
            String[] parts = output.split("\\s+");
            slowest = Math.max(slowest, Double.parseDouble(parts[2]));
        }
        return slowest;
    }
}
