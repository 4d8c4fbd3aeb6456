package io.github.uuidkit.bench;

import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * What binding through {@link UuidJdbc} costs on a real driver: the same v7 rows are batch-inserted into one
 * table in segments that alternate between {@code UuidJdbc.set} and the raw driver call the application would
 * otherwise write ({@code setObject(i, uuid)} on pgjdbc, {@code setBytes(i, 16 big-endian bytes)} on
 * Connector/J). Segments run in pairs, the order flipping every pair (AB BA AB ...) so that a trend in the
 * table's growth or the machine's load falls on both sides; ids are minted before a segment's clock starts.
 */
final class DriverCost {

    /**
     * Rows per segment (one side of a pair): short segments, many pairs, so that a burst of other work on the
     * machine spoils few pairs, and the median pair ignores them.
     */
    static final int SEGMENT = 10_000;

    /**
     * The result on one engine.
     *
     * @param engine engine name
     * @param rows rows inserted in all
     * @param pairs segment pairs
     * @param uuidkitSeconds total time of the {@code UuidJdbc} segments
     * @param rawSeconds total time of the raw-driver segments
     * @param pairOverheads per pair, {@code uuidkit / raw - 1} in percent, in run order
     * @param uuidkitBindNanos ns to bind one row's id through {@code UuidJdbc.set} (fastest repetition)
     * @param rawBindNanos ns to bind one row's id with the raw driver call (fastest repetition)
     */
    record Result(String engine, long rows, int pairs, double uuidkitSeconds, double rawSeconds,
                  List<Double> pairOverheads, double uuidkitBindNanos, double rawBindNanos) {

        /**
         * The binding cost alone as a share of the load: (uuidkit − raw) bind ns per row over the raw load's ns
         * per row, in percent. CPU work without I/O, measured as the fastest of many alternating repetitions,
         * so far less noisy than the load A/B.
         */
        double bindOverheadPercent() {
            return 100 * (uuidkitBindNanos - rawBindNanos) / (rawSeconds * 1e9 / (rows / 2.0));
        }

        /** {@code (uuidkit - raw) / raw} over all segments, in percent. */
        double overheadPercent() {
            return 100 * (uuidkitSeconds - rawSeconds) / rawSeconds;
        }

        double median() {
            return QueryBench.percentile(pairOverheads.stream().mapToDouble(Double::doubleValue).toArray(), 50);
        }

        double min() {
            return pairOverheads.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double max() {
            return pairOverheads.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        /** The 25th percentile of the per-pair overheads. */
        double p25() {
            return QueryBench.percentile(pairOverheads.stream().mapToDouble(Double::doubleValue).toArray(), 25);
        }

        /** The 75th percentile of the per-pair overheads. */
        double p75() {
            return QueryBench.percentile(pairOverheads.stream().mapToDouble(Double::doubleValue).toArray(), 75);
        }
    }

    private DriverCost() {
    }

    static Result run(Engine engine, long rows, int batch, Progress progress) throws SQLException {
        KeyKind key = engine.isPostgres() ? KeyKind.V7 : KeyKind.BINARY_V7;
        String table = TestTables.uniqueName("frag_cost");
        int pairs = (int) Math.max(1, rows / (2L * SEGMENT));
        V7Generator ids = V7Generator.builder().build();
        double uuidkit = 0;
        double raw = 0;
        List<Double> overheads = new ArrayList<>();
        try (Connection c = engine.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute(key.ddl(table, engine.isPostgres()));
            }
            c.setAutoCommit(false);
            StringJoiner values = new StringJoiner(", ");
            for (int i = 0; i < TableLoader.ROWS_PER_STATEMENT; i++) {
                values.add("(?, ?, ?)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, created_at, n) VALUES "
                    + values)) {
                long n = 0;
                for (int side = 0; side < 2; side++) {
                    // one unmeasured pair first: both paths compiled before the clock starts
                    UUID[] segment = new UUID[SEGMENT];
                    for (int i = 0; i < segment.length; i++) {
                        segment[i] = ids.next();
                    }
                    segment(c, ps, key, segment, n, batch, side == 0, engine.isPostgres());
                    n += segment.length;
                }
                for (int pair = 0; pair < pairs; pair++) {
                    double a = 0;
                    double b = 0;
                    for (int side = 0; side < 2; side++) {
                        boolean viaUuidkit = (side == 0) == (pair % 2 == 0);
                        UUID[] segment = new UUID[SEGMENT];
                        for (int i = 0; i < SEGMENT; i++) {
                            segment[i] = ids.next();
                        }
                        double seconds = segment(c, ps, key, segment, n, batch, viaUuidkit, engine.isPostgres());
                        n += SEGMENT;
                        if (viaUuidkit) {
                            a = seconds;
                        } else {
                            b = seconds;
                        }
                        progress.bar(engine.name(), "UuidJdbc vs raw driver", (long) (pair * 2 + side + 1) * SEGMENT,
                                (long) pairs * 2 * SEGMENT, "");
                    }
                    uuidkit += a;
                    raw += b;
                    overheads.add(100 * (a / b - 1));
                }
            }
            c.setAutoCommit(true);
            double[] bind = bindOnly(c, table, key, ids, engine.isPostgres());
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + table);
            }
            return new Result(engine.name(), (long) pairs * 2 * SEGMENT, pairs, uuidkit, raw, List.copyOf(overheads),
                    bind[0], bind[1]);
        }
    }

    /** Repetitions of the bind-only measurement, alternating the two paths. */
    static final int BIND_REPETITIONS = 30;

    /**
     * Binds the id parameters of a prepared 500-row {@code INSERT} on the real driver without executing it, over
     * and over, alternating {@code UuidJdbc.set} and the raw call; returns the fastest ns per id of each
     * ({@code [uuidkit, raw]}). The fastest repetition is the one least disturbed by other work on the machine.
     */
    private static double[] bindOnly(Connection c, String table, KeyKind key, V7Generator ids, boolean postgres)
            throws SQLException {
        int perStatement = TableLoader.ROWS_PER_STATEMENT;
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < perStatement; i++) {
            values.add("(?, ?, ?)");
        }
        UUID[] uuids = new UUID[perStatement];
        for (int i = 0; i < perStatement; i++) {
            uuids[i] = ids.next();
        }
        int statements = 200;
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, created_at, n) VALUES "
                + values)) {
            for (int r = 0; r < BIND_REPETITIONS; r++) {
                for (int side = 0; side < 2; side++) {
                    boolean viaUuidkit = (side == 0) == (r % 2 == 0);
                    long t0 = System.nanoTime();
                    for (int s = 0; s < statements; s++) {
                        for (int i = 0; i < perStatement; i++) {
                            UUID id = uuids[i];
                            if (viaUuidkit) {
                                UuidJdbc.set(ps, 1 + 3 * i, id, key.columnType);
                            } else if (postgres) {
                                ps.setObject(1 + 3 * i, id);
                            } else {
                                ps.setBytes(1 + 3 * i, ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                                        .putLong(id.getLeastSignificantBits()).array());
                            }
                        }
                    }
                    double nanos = (double) (System.nanoTime() - t0) / ((long) statements * perStatement);
                    int slot = viaUuidkit ? 0 : 1;
                    best[slot] = Math.min(best[slot], nanos);
                }
            }
            ps.clearParameters();
        }
        return best;
    }

    private static double segment(Connection c, PreparedStatement ps, KeyKind key, UUID[] ids, long firstRow,
                                  int batch, boolean viaUuidkit, boolean postgres) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        long t0 = System.nanoTime();
        int perStatement = TableLoader.ROWS_PER_STATEMENT;
        for (int done = 0; done < ids.length; done += perStatement) {
            int p = 1;
            for (int i = 0; i < perStatement; i++) {
                UUID id = ids[done + i];
                if (viaUuidkit) {
                    UuidJdbc.set(ps, p++, id, key.columnType);
                } else if (postgres) {
                    ps.setObject(p++, id);
                } else {
                    // what an application writes without uuidkit: the 16 bytes, most significant first
                    ps.setBytes(p++, ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                            .putLong(id.getLeastSignificantBits()).array());
                }
                ps.setTimestamp(p++, now);
                ps.setLong(p++, firstRow + done + i);
            }
            ps.executeUpdate();
            if ((done + perStatement) % batch == 0) {
                c.commit();
            }
        }
        c.commit();
        return (System.nanoTime() - t0) / 1e9;
    }
}
