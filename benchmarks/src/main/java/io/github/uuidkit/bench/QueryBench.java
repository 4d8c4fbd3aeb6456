package io.github.uuidkit.bench;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Reads on the loaded tables of one engine: (a) one hour of rows by time, through the v7 primary key
 * ({@link Uuids#minV7}/{@link Uuids#maxV7} bound with {@link UuidJdbc}) or through a {@code created_at} index
 * (BIGINT and v4 tables); (b) keyset pagination {@code ORDER BY id}; (c) point lookups by id. Each reports
 * latency percentiles and the pages the engine read into its buffer.
 */
final class QueryBench {

    /** Hour windows of the time-range query, at most. */
    static final int RANGES = 20;
    /**
     * Hour windows of the time-range query, at least: a path stops early once its windows took
     * {@link #RANGE_BUDGET_NANOS} (v4 + {@code created_at} on InnoDB takes ~1.7 s a window, 35 s for 20), so the
     * report's counts column says how many windows a row's percentiles come from.
     */
    static final int MIN_RANGES = 5;
    /** Time after which the time-range query stops at {@link #MIN_RANGES} windows or more: 5 s. */
    static final long RANGE_BUDGET_NANOS = 5_000_000_000L;
    /** Pages of the keyset walk. */
    static final int PAGES = 100;
    /** Rows per keyset page. */
    static final int PAGE_SIZE = 1_000;

    /**
     * One query kind on one table.
     *
     * @param engine engine name
     * @param key the table's key kind
     * @param query what was asked
     * @param path how the engine finds the rows
     * @param count queries run
     * @param rowsPerQuery mean rows returned per query
     * @param p50 median latency in ms
     * @param p99 99th-percentile latency in ms
     * @param readsPerQuery mean pages read into the engine's buffer per query
     */
    record Result(String engine, KeyKind key, String query, String path, int count, double rowsPerQuery,
                  double p50, double p99, double readsPerQuery) {
    }

    private QueryBench() {
    }

    /** The loads the queries compare: BIGINT, v4 and (standard-order) v7, app-minted where a uuid. */
    static boolean queried(KeyKind key) {
        return key == KeyKind.BIGINT || (key.appMinted() && (key.random() || key.timeOrdered()));
    }

    static List<Result> run(Engine engine, List<Load> loads, Progress progress) throws SQLException {
        List<Result> results = new ArrayList<>();
        Introspection in = Introspection.of(engine);
        try (Connection c = engine.connect()) {
            for (Load load : loads) {
                if (!queried(load.key())) {
                    continue;
                }
                progress.line(engine.name() + " queries on " + load.key().label);
                if (!load.key().timeOrdered()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE INDEX " + load.table() + "_created_at ON " + load.table() + " (created_at)");
                    }
                }
                results.add(range(c, in, engine, load));
                results.add(keyset(c, in, engine, load));
                results.add(points(c, in, engine, load));
            }
        }
        return results;
    }

    private static Result range(Connection c, Introspection in, Engine engine, Load load) throws SQLException {
        KeyKind key = load.key();
        boolean byId = key.timeOrdered();
        String sql = "SELECT id, n FROM " + load.table() + (byId ? " WHERE id >= ? AND id <= ?"
                : " WHERE created_at >= ? AND created_at < ?");
        Random random = new Random(13);
        long hour = 3_600_000L;
        long span = TableLoader.SPAN.toMillis() - hour;
        double[] ms = new double[RANGES];
        long rows = 0;
        Introspection.Counters before = in.counters(c, load.table());
        int done = 0;
        long start = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < RANGES; i++) {
                if (i >= MIN_RANGES && System.nanoTime() - start > RANGE_BUDGET_NANOS) {
                    break;
                }
                long from = TableLoader.START.toEpochMilli() + (long) (random.nextDouble() * span);
                long t0 = System.nanoTime();
                if (byId) {
                    UuidJdbc.set(ps, 1, Uuids.minV7(Instant.ofEpochMilli(from)), key.columnType);
                    UuidJdbc.set(ps, 2, Uuids.maxV7(Instant.ofEpochMilli(from + hour - 1)), key.columnType);
                } else {
                    ps.setTimestamp(1, new Timestamp(from));
                    ps.setTimestamp(2, new Timestamp(from + hour));
                }
                rows += drain(ps);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                done++;
            }
        }
        long reads = in.counters(c, load.table()).minus(before).reads();
        ms = Arrays.copyOf(ms, done);
        return result(engine, key, "1-hour range",
                byId ? "PK range minV7..maxV7" : "created_at index", ms, rows, reads);
    }

    private static Result keyset(Connection c, Introspection in, Engine engine, Load load) throws SQLException {
        KeyKind key = load.key();
        double[] ms = new double[PAGES];
        long rows = 0;
        Introspection.Counters before = in.counters(c, load.table());
        try (PreparedStatement first = c.prepareStatement("SELECT id, n FROM " + load.table()
                + " ORDER BY id LIMIT " + PAGE_SIZE);
             PreparedStatement next = c.prepareStatement("SELECT id, n FROM " + load.table()
                     + " WHERE id > ? ORDER BY id LIMIT " + PAGE_SIZE)) {
            Object last = null;
            for (int i = 0; i < PAGES; i++) {
                long t0 = System.nanoTime();
                PreparedStatement ps = last == null ? first : next;
                if (last != null) {
                    bindId(ps, 1, key, last);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        last = key == KeyKind.BIGINT ? (Object) rs.getLong(1)
                                : UuidJdbc.get(rs, 1, key.columnType);
                        rs.getLong(2);
                        rows++;
                    }
                }
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        long reads = in.counters(c, load.table()).minus(before).reads();
        return result(engine, key, "keyset page of " + PAGE_SIZE, "PK, ORDER BY id", ms, rows, reads);
    }

    private static Result points(Connection c, Introspection in, Engine engine, Load load) throws SQLException {
        KeyKind key = load.key();
        List<Object> ids = new ArrayList<>(load.sample());
        Collections.shuffle(ids, new Random(17));
        double[] ms = new double[ids.size()];
        long rows = 0;
        Introspection.Counters before = in.counters(c, load.table());
        try (PreparedStatement ps = c.prepareStatement("SELECT n FROM " + load.table() + " WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                long t0 = System.nanoTime();
                bindId(ps, 1, key, ids.get(i));
                rows += drain(ps);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        long reads = in.counters(c, load.table()).minus(before).reads();
        return result(engine, key, "point lookup", "PK", ms, rows, reads);
    }

    private static void bindId(PreparedStatement ps, int index, KeyKind key, Object id) throws SQLException {
        if (key == KeyKind.BIGINT) {
            ps.setLong(index, (Long) id);
        } else {
            UuidJdbc.set(ps, index, (UUID) id, key.columnType);
        }
    }

    private static long drain(PreparedStatement ps) throws SQLException {
        long rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static Result result(Engine engine, KeyKind key, String query, String path, double[] ms, long rows,
                                 long reads) {
        return new Result(engine.name(), key, query, path, ms.length, (double) rows / ms.length,
                percentile(ms, 50), percentile(ms, 99), (double) reads / ms.length);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
