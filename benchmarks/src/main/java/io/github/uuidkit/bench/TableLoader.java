package io.github.uuidkit.bench;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Loads one table in rounds and measures each round: rows go in as multi-row {@code INSERT}s of
 * {@link #ROWS_PER_STATEMENT} rows, one transaction per batch; around each round the engine's counters are
 * read, after it the index's shape.
 *
 * <p>Every row gets a simulated creation time: the load spans {@link #SPAN} from {@link #START} evenly, and
 * app-minted v7 ids come from a {@link V7Generator} whose clock is that simulated time, so ids and
 * {@code created_at} agree and a one-hour range holds 1/24 of the rows whatever the table size.
 */
final class TableLoader {

    /** Rows per INSERT statement (multi-row VALUES), the same on every engine. */
    static final int ROWS_PER_STATEMENT = 500;
    /** Simulated creation time of the first row. */
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    /** Simulated time the whole load spans. */
    static final Duration SPAN = Duration.ofHours(24);
    /** Ids kept for point lookups. */
    static final int SAMPLE = 1_000;

    private final ReportOptions options;
    private final Progress progress;

    TableLoader(ReportOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Simulated creation time of row {@code n} (0-based) of a load of {@code rows} rows, in Unix ms. */
    static long createdAt(long n, long rows) {
        return START.toEpochMilli() + (long) ((double) n * SPAN.toMillis() / rows);
    }

    /**
     * Creates a table for the key under a fresh name ({@link TestTables#uniqueName}: never a table of your own
     * server) and loads it; the table stays for the queries, the caller drops it ({@link Load#table()}).
     */
    Load load(Engine engine, KeyKind key) throws SQLException {
        boolean pg = engine.isPostgres();
        Introspection in = Introspection.of(engine);
        String table = TestTables.uniqueName("frag_" + key.name().toLowerCase(Locale.ROOT));
        long rows = options.rows();
        long[] clock = {START.toEpochMilli()};
        V7Generator v7 = V7Generator.builder().millis(() -> clock[0]).build();
        long sampleEvery = Math.max(1, rows / SAMPLE);
        List<Object> sample = new ArrayList<>();
        List<Round> rounds = new ArrayList<>();
        try (Connection c = engine.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute(key.ddl(table, pg));
            }
            in.beforeLoad(c);
            c.setAutoCommit(false);
            long loaded = 0;
            try (PreparedStatement full = c.prepareStatement(insert(table, key, ROWS_PER_STATEMENT))) {
                for (int r = 1; r <= options.rounds(); r++) {
                    long roundEnd = options.rowsAfterRound(r);
                    long roundStart = loaded;
                    Introspection.Counters before = in.counters(c, table);
                    long t0 = System.nanoTime();
                    List<Double> batches = new ArrayList<>();
                    while (loaded < roundEnd) {
                        long b0 = System.nanoTime();
                        long batchEnd = Math.min(roundEnd, loaded + options.batch());
                        while (loaded < batchEnd) {
                            int n = (int) Math.min(ROWS_PER_STATEMENT, batchEnd - loaded);
                            PreparedStatement ps = n == ROWS_PER_STATEMENT ? full
                                    : c.prepareStatement(insert(table, key, n));
                            try {
                                int p = 1;
                                for (int i = 0; i < n; i++) {
                                    long row = loaded + i;
                                    clock[0] = createdAt(row, rows);
                                    if (key.appMinted()) {
                                        UUID id = key.ids == KeyKind.Ids.V4 ? Uuids.v4() : v7.next();
                                        UuidJdbc.set(ps, p++, id, key.columnType);
                                        if (row % sampleEvery == 0) {
                                            sample.add(id);
                                        }
                                    } else if (row % sampleEvery == 0) {
                                        sample.add(row + 1); // identity / AUTO_INCREMENT count from 1
                                    }
                                    ps.setTimestamp(p++, new Timestamp(clock[0]));
                                    ps.setLong(p++, row);
                                }
                                ps.executeUpdate();
                            } finally {
                                if (ps != full) {
                                    ps.close();
                                }
                            }
                            loaded += n;
                        }
                        c.commit();
                        batches.add((System.nanoTime() - b0) / 1e9);
                        progress.bar(engine.name(), key.label, loaded, rows, "round " + r + "/" + options.rounds());
                    }
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    Introspection.Counters delta = in.counters(c, table).minus(before);
                    rounds.add(new Round(r, loaded, loaded - roundStart, seconds,
                            batches.stream().mapToDouble(Double::doubleValue).toArray(), delta.logBytes(),
                            delta.indexReads(), in.index(c, table)));
                }
            }
            c.setAutoCommit(true);
            if (pg) {
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM (ANALYZE) " + table); // what autovacuum would do, outside the measurement
                }
            }
        }
        return new Load(engine.name(), engine.version(), key, table, List.copyOf(rounds), sample);
    }

    private static String insert(String table, KeyKind key, int n) {
        String tuple = key.appMinted() ? "(?, ?, ?)" : "(?, ?)";
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            values.add(tuple);
        }
        return "INSERT INTO " + table + (key.appMinted() ? " (id, created_at, n)" : " (created_at, n)")
                + " VALUES " + values;
    }
}
