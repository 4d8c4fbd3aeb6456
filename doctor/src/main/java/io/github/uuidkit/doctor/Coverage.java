package io.github.uuidkit.doctor;

import java.util.Locale;
import java.util.Objects;

/**
 * Which rows of a column a verdict covers. With a sample ({@link Doctor#withSampleRows(long)}), the doctor reads the
 * oldest rows, the newest rows and (when the order is numeric or physical) a few evenly spaced ranges in between,
 * each part at most a third of the sample size; with {@code --full}, every row.
 *
 * <p>"Oldest" and "newest" follow {@link #order()}: the table's auto-increment or identity column when it has one;
 * else on MySQL and MariaDB the primary key (InnoDB stores rows in its order, so both ends are one index read each;
 * for a v7 or sequence key that is insertion order); else on PostgreSQL the physical position {@code ctid} (new
 * rows are appended at the end of the heap; read by TID range scans, PostgreSQL 14 or later, so only the sampled
 * blocks are read). Without any of these (a MySQL table without a key) only the first rows the server returns can
 * be read cheaply: {@link #order()} is empty and {@link #newest()} is 0.
 *
 * @param order what "oldest" and "newest" mean: the order column(s) joined with {@code ","}, {@code ctid} for
 *     PostgreSQL's physical order, or empty for the server's order
 * @param oldest rows read from the start of that order (every row when {@link #complete()} by a full scan)
 * @param spread rows read in {@link #ranges()} evenly spaced ranges between the oldest and the newest rows
 * @param ranges how many ranges {@link #spread()} was read in; 0 when none
 * @param newest rows read from the end of that order
 * @param complete true if every row of the table was read
 */
public record Coverage(String order, long oldest, long spread, int ranges, long newest, boolean complete) {

    /**
     * Creates a coverage.
     *
     * @param order what "oldest" and "newest" mean: the order column(s) joined with {@code ","}, {@code ctid} for
     *     PostgreSQL's physical order, or empty for the server's order
     * @param oldest rows read from the start of that order
     * @param spread rows read in evenly spaced ranges between the oldest and the newest rows
     * @param ranges how many ranges {@code spread} was read in
     * @param newest rows read from the end of that order
     * @param complete true if every row of the table was read
     * @throws NullPointerException if {@code order} is null
     */
    public Coverage {
        Objects.requireNonNull(order, "order");
    }

    /**
     * Rows read in all.
     *
     * @return {@code oldest + spread + newest}
     */
    public long rows() {
        return oldest + spread + newest;
    }

    /**
     * One line for people: {@code every row}, or e.g. {@code oldest 33,334 + 33,332 in 10 ranges + newest 33,334
     * by seq}.
     *
     * @return the description
     */
    public String describe() {
        String by = order.isEmpty() ? " in server order (no key: the newest rows are not read)" : " by " + order;
        if (complete) {
            return "every row" + (order.isEmpty() ? "" : " (" + by.substring(1) + ")");
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "oldest %,d", oldest));
        if (ranges > 0) {
            sb.append(String.format(Locale.ROOT, " + %,d in %d ranges", spread, ranges));
        }
        if (newest > 0 || !order.isEmpty()) {
            sb.append(String.format(Locale.ROOT, " + newest %,d", newest));
        }
        return sb.append(by).toString();
    }
}
