package io.github.uuidkit.doctor;

import io.github.uuidkit.UuidStrings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads a column's rows into a {@link ColumnScan}: every row, or a sample of the oldest, a spread in between and the
 * newest rows (see {@link Coverage} for what "oldest" and "newest" mean on each engine). Only {@code SELECT}s; each
 * part is one index range read (order column or InnoDB primary key) or one TID range scan (PostgreSQL), so a sample
 * costs about what it reads, however large the table.
 */
final class Sampling {

    /** Ranges read between the oldest and the newest rows: {@value}. */
    static final int SPREAD_RANGES = 10;

    /** PostgreSQL blocks read first to learn how many rows a block holds: {@value}. */
    static final long FIRST_BLOCKS = 8;

    private final Connection c;
    private final boolean pg;
    private final long sampleRows;

    Sampling(Connection c, boolean pg, long sampleRows) {
        this.c = c;
        this.pg = pg;
        this.sampleRows = sampleRows;
    }

    /** What one query gave: rows read, and the order values of its first and last rows. */
    private static final class Part {
        long rows;
        Object[] first;
        Object[] last;
    }

    /**
     * The order a sample follows: the order column, else on MySQL/MariaDB the primary key, else nothing (PostgreSQL:
     * physical order).
     */
    static List<String> order(boolean pg, Doctor.Candidate cand) {
        if (cand.orderColumn() != null) {
            return List.of(cand.orderColumn());
        }
        return pg ? List.of() : cand.primaryKey();
    }

    /**
     * The parts of a sample of {@code n} rows: oldest, spread, newest. The spread needs an order it can divide: one
     * numeric column or PostgreSQL's physical order; without it the oldest and newest rows share the budget.
     */
    static long[] budget(long n, boolean spreadable) {
        if (!spreadable) {
            return new long[] {n - n / 2, 0, n / 2};
        }
        long third = n / 3;
        return new long[] {n - 2 * third, third, third};
    }

    Coverage scan(Doctor.Candidate cand, ColumnScan scan) throws SQLException {
        List<String> order = order(pg, cand);
        String select = select(cand, order);
        String orderBy = order.isEmpty() ? "" : " ORDER BY " + list(order, "o", "");
        if (sampleRows == 0) {
            Part all = read(select + orderBy, List.of(), cand, order, scan);
            return new Coverage(String.join(",", order), all.rows, 0, 0, 0, true);
        }
        if (!order.isEmpty()) {
            return byOrder(cand, order, select, scan);
        }
        if (pg) {
            return byBlocks(cand, select(cand, List.of("ctid")), scan);
        }
        Part head = read(select + " LIMIT " + sampleRows, List.of(), cand, order, scan);
        return new Coverage("", head.rows, 0, 0, 0, head.rows < sampleRows);
    }

    private Coverage byOrder(Doctor.Candidate cand, List<String> order, String select, ColumnScan scan)
            throws SQLException {
        String joined = String.join(",", order);
        boolean numeric = order.size() == 1 && numeric(cand, order.get(0));
        long[] budget = budget(sampleRows, numeric);
        String asc = " ORDER BY " + list(order, "o", "");
        Part head = read(select + asc + " LIMIT " + budget[0], List.of(), cand, order, scan);
        if (head.rows < budget[0]) {
            return new Coverage(joined, head.rows, 0, 0, 0, true);
        }
        scan.breakSequence();
        String after = " WHERE " + row(order) + " > " + params(order.size());
        Part tail = read("SELECT * FROM (" + select + after + " ORDER BY " + list(order, "o", " DESC") + " LIMIT "
                + budget[2] + ") x" + asc, List.<Object[]>of(head.last), cand, order, scan);
        if (tail.rows < budget[2]) {
            return new Coverage(joined, head.rows, 0, 0, tail.rows, true);
        }
        long spread = 0;
        int ranges = 0;
        if (numeric && budget[1] > 0) {
            long lo = ((Number) head.last[0]).longValue();
            long hi = ((Number) tail.first[0]).longValue();
            String o = row(order);
            if (hi - lo - 1 <= budget[1]) { // the gap fits the spread: read it whole
                if (hi - lo > 1) {
                    scan.breakSequence();
                }
                Part gap = hi - lo > 1 ? read(select + " WHERE " + o + " > ? AND " + o + " < ?" + asc + " LIMIT "
                        + budget[1], List.of(new Object[] {lo}, new Object[] {hi}), cand, order, scan) : new Part();
                boolean whole = gap.rows < budget[1] || gap.rows == hi - lo - 1;
                return new Coverage(joined, head.rows, gap.rows, hi - lo > 1 ? 1 : 0, tail.rows, whole);
            }
            long chunk = Math.max(1, budget[1] / SPREAD_RANGES);
            long previous = lo;
            for (int i = 1; i <= SPREAD_RANGES && hi - lo > 1; i++) {
                long start = Math.max(previous, lo + (long) ((double) (hi - lo) * i / (SPREAD_RANGES + 1)));
                if (start >= hi) {
                    break;
                }
                scan.breakSequence();
                Part p = read(select + " WHERE " + o + " > ? AND " + o + " < ?" + asc + " LIMIT " + chunk,
                        List.of(new Object[] {start}, new Object[] {hi}), cand, order, scan);
                spread += p.rows;
                ranges++;
                if (p.rows > 0) {
                    previous = ((Number) p.last[0]).longValue();
                }
            }
        }
        return new Coverage(joined, head.rows, spread, ranges, tail.rows, false);
    }

    /** PostgreSQL without an order column: blocks from the start, spread, and the end of the heap (ctid ranges). */
    private Coverage byBlocks(Doctor.Candidate cand, String select, ColumnScan scan) throws SQLException {
        long blocks;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_relation_size(?::regclass)"
                + " / current_setting('block_size')::bigint")) {
            ps.setString(1, q(cand.schema()) + "." + q(cand.table()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                blocks = rs.getLong(1);
            }
        }
        long[] budget = budget(sampleRows, true);
        List<String> ctid = List.of("ctid");
        long headRows = 0;
        long from = 0;
        long width = FIRST_BLOCKS;
        String headEnd = null; // the ctid of the head's last row when the LIMIT cut it inside a block
        while (headRows < budget[0] && from < blocks) {
            long to = Math.min(blocks, from + width);
            long wanted = budget[0] - headRows;
            Part p = read(select + " WHERE " + tids(from, to) + " LIMIT " + wanted, List.of(), cand, ctid, scan);
            headRows += p.rows;
            // cut by the LIMIT: the head ends after the block of its last row, whose later rows are still unread
            headEnd = p.rows == wanted ? String.valueOf(p.last[0]) : null;
            from = p.rows == wanted ? Math.min(to, block(p.last[0]) + 1) : to;
            width *= 2;
        }
        if (headRows < budget[0]) {
            // every block was read; the heap may have grown since its size was read: what lies beyond is read too
            headRows += read(select + " WHERE ctid >= '(" + blocks + ",0)'::tid", List.of(), cand, ctid,
                    scan).rows;
            return new Coverage("ctid", headRows, 0, 0, 0, true);
        }
        double perBlock = Math.max(1.0, (double) headRows / from);
        long tailStart = Math.max(from, blocks - (long) Math.ceil(budget[2] / perBlock));
        long gap = tailStart - from;
        long rangeBlocks = Math.max(1, (long) Math.ceil(budget[1] / perBlock / SPREAD_RANGES));
        long spread = 0;
        int ranges = 0;
        boolean complete = false;
        if (gap <= rangeBlocks * SPREAD_RANGES) {
            // the gap is smaller than the spread: read it whole, from right after the head's last row (the rest of
            // the block the LIMIT cut in), so that every row is read when the column is reported complete
            if (gap > 0 || headEnd != null) {
                scan.breakSequence();
                String lower = headEnd == null ? "ctid >= '(" + from + ",0)'::tid" : "ctid > '" + headEnd + "'::tid";
                spread = read(select + " WHERE " + lower + " AND ctid < '(" + tailStart + ",0)'::tid", List.of(),
                        cand, ctid, scan).rows;
                ranges = spread > 0 ? 1 : 0;
            }
            complete = true;
        } else {
            for (int i = 0; i < SPREAD_RANGES; i++) {
                long start = from + (gap - rangeBlocks) * (i + 1) / (SPREAD_RANGES + 1);
                scan.breakSequence();
                spread += read(select + " WHERE " + tids(start, start + rangeBlocks), List.of(), cand, ctid,
                        scan).rows;
                ranges++;
            }
        }
        scan.breakSequence();
        long tailRows = read(select + " WHERE ctid >= '(" + tailStart + ",0)'::tid", List.of(), cand, ctid,
                scan).rows;
        return new Coverage("ctid", headRows, spread, ranges, tailRows, complete);
    }

    /** The block number of a {@code ctid} value, {@code "(block,item)"}. */
    static long block(Object ctid) {
        String t = String.valueOf(ctid);
        return Long.parseLong(t.substring(1, t.indexOf(',')));
    }

    private static String tids(long from, long to) {
        return "ctid >= '(" + from + ",0)'::tid AND ctid < '(" + to + ",0)'::tid";
    }

    /** Numeric order column: the candidate's auto-increment column (always an integer). */
    private static boolean numeric(Doctor.Candidate cand, String column) {
        return column.equals(cand.orderColumn());
    }

    /** {@code SELECT col AS v, pk1 AS k1, ..., o1 AS o1 ... FROM schema.table}. */
    private String select(Doctor.Candidate cand, List<String> order) {
        StringBuilder sql = new StringBuilder("SELECT ").append(q(cand.column())).append(" AS v");
        for (int i = 0; i < cand.primaryKey().size(); i++) {
            sql.append(", ").append(q(cand.primaryKey().get(i))).append(" AS k").append(i + 1);
        }
        for (int i = 0; i < order.size(); i++) {
            sql.append(", ").append(q(order.get(i))).append(" AS o").append(i + 1);
        }
        return sql.append(" FROM ").append(q(cand.schema())).append('.').append(q(cand.table())).toString();
    }

    /** The order columns by their aliases ({@code o1, o2}) or by name, each with a suffix. */
    private String list(List<String> order, String alias, String suffix) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < order.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(alias).append(i + 1).append(suffix);
        }
        return sb.toString();
    }

    /** The order columns by name, as a row value when several: {@code (a, b)}. */
    private String row(List<String> order) {
        StringBuilder sb = new StringBuilder(order.size() > 1 ? "(" : "");
        for (int i = 0; i < order.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(q(order.get(i)));
        }
        return sb.append(order.size() > 1 ? ")" : "").toString();
    }

    private static String params(int n) {
        return n == 1 ? "?" : "(" + "?, ".repeat(n - 1) + "?)";
    }

    /** Runs one query (parameters: one array of values per row-value placeholder) and scans its rows. */
    private Part read(String sql, List<Object[]> params, Doctor.Candidate cand, List<String> order, ColumnScan scan)
            throws SQLException {
        Part part = new Part();
        boolean isNative = cand.storage().equals("native");
        boolean binary = cand.storage().equals("binary");
        int keys = cand.primaryKey().size();
        try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            int p = 1;
            for (Object[] values : params) {
                for (Object v : values) {
                    if (v == null) {
                        ps.setNull(p++, Types.NULL);
                    } else {
                        ps.setObject(p++, v);
                    }
                }
            }
            ps.setFetchSize(Doctor.fetchSize(pg));
            try (ResultSet rs = ps.executeQuery()) {
                // the key's text is built only for the few rows that become examples
                Supplier<String> key = () -> {
                    try {
                        return keys == 0 ? null : keyText(rs, keys);
                    } catch (SQLException e) {
                        throw new KeyUnreadable(e);
                    }
                };
                while (rs.next()) {
                    part.rows++;
                    if (binary) {
                        byte[] b = rs.getBytes(1);
                        if (b == null) {
                            scan.addNull();
                        } else {
                            scan.addBinary(b, key);
                        }
                    } else {
                        Object o = isNative && pg ? rs.getObject(1) : null;
                        String s = o != null ? null : rs.getString(1);
                        if (o instanceof UUID) {
                            scan.addUuid((UUID) o, key); // pgjdbc returns uuid as java.util.UUID
                        } else if (s == null) {
                            scan.addNull();
                        } else if (isNative) {
                            scan.addUuid(UuidStrings.parse(s), key);
                        } else {
                            scan.addText(s, key);
                        }
                    }
                    if (!order.isEmpty()) {
                        Object[] values = new Object[order.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rs.getObject(2 + keys + i);
                        }
                        if (part.first == null) {
                            part.first = values;
                        }
                        part.last = values;
                    }
                }
            } catch (KeyUnreadable e) {
                throw e.getCause();
            }
        }
        return part;
    }

    /** The primary key of the current row as text: binary in upper-case hex, several columns joined by ",". */
    static String keyText(ResultSet rs, int keys) throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object o = rs.getObject(2 + i);
            sb.append(o instanceof byte[] ? HexFormat.of().withUpperCase().formatHex((byte[]) o)
                    : o instanceof String ? ((String) o).stripTrailing() // a padded CHAR key
                    : String.valueOf(o));
        }
        return sb.toString();
    }

    private String q(String identifier) {
        return pg ? '"' + identifier.replace("\"", "\"\"") + '"' : '`' + identifier.replace("`", "``") + '`';
    }

    /** A primary key that could not be read while a row was scanned. */
    private static final class KeyUnreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyUnreadable(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
