package io.github.uuidkit.doctor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the doctor found in one UUID-bearing column.
 *
 * @param schema the schema (MySQL/MariaDB: database)
 * @param table the table
 * @param column the column
 * @param sqlType the declared type as the server names it, e.g. {@code binary(16)}, {@code uuid}, {@code char(36)}
 * @param storage how the UUID is stored: {@code native} (PostgreSQL {@code uuid}, MariaDB {@code UUID}),
 *     {@code binary} (16 bytes) or {@code text}
 * @param key {@code primary} (the primary key is this column alone), {@code unique} (a unique index on this column
 *     alone), {@code composite} (part of a primary key or unique index of several columns: repeats of this column
 *     alone are legal) or {@code none}
 * @param orderColumn the auto-increment or identity column that gave insertion order, or null
 * @param rowsScanned rows read (NULLs included)
 * @param complete true if every row of the table was read ({@code --full}, or fewer rows than the sample size)
 * @param nulls rows whose value is NULL
 * @param versions version histogram: {@code v1} to {@code v8}, {@code nil}, {@code max}, {@code other} (v7 values
 *     stored in the swapped layout count as {@code v7}; serialized objects, wrong lengths and non-UUID text as
 *     {@code other})
 * @param rfcVariant values with the RFC 9562 variant bits {@code 10}
 * @param v7First the earliest v7 time, or null without v7 values
 * @param v7Last the latest v7 time, or null without v7 values
 * @param v7OutOfOrder share (0 to 1) of consecutive v7 values, in insertion order, whose later value sorts lower;
 *     null without an order column or without two v7 values
 * @param index the shape of the key's index, or null when not a key or not readable
 * @param bigintLeafEstimate InnoDB primary keys: leaf pages the same rows would take with a BIGINT key at 15/16
 *     fill; -1 otherwise
 * @param findings the findings about this column, most severe first
 * @param coverage which rows were read: oldest, spread and newest, and by what order
 * @param v7InSpan the v7 values whose time is plausible: those {@code v7First} and {@code v7Last} span (the others
 *     are a {@code V7_TIME_IMPLAUSIBLE} finding)
 * @param v7Pairs the pairs of consecutive v7 values, implausible ones included, that {@code v7OutOfOrder} covers:
 *     consecutive in the order column within each part of {@code coverage}; 0 without an order column
 */
public record ColumnReport(String schema, String table, String column, String sqlType, String storage, String key,
                           String orderColumn, long rowsScanned, boolean complete, long nulls,
                           Map<String, Long> versions, long rfcVariant, Instant v7First, Instant v7Last,
                           Double v7OutOfOrder, IndexShape index, long bigintLeafEstimate, List<Finding> findings,
                           Coverage coverage, long v7InSpan, long v7Pairs) {

    /**
     * Creates a column report; copies the collections.
     *
     * @param schema the schema (MySQL/MariaDB: database)
     * @param table the table
     * @param column the column
     * @param sqlType the declared type as the server names it, e.g. {@code binary(16)}, {@code uuid}, {@code char(36)}
     * @param storage how the UUID is stored: {@code native} (PostgreSQL {@code uuid}, MariaDB {@code UUID}),
     *     {@code binary} (16 bytes) or {@code text}
     * @param key {@code primary} (the primary key is this column alone), {@code unique} (a unique index on this column
     *     alone), {@code composite} (part of a primary key or unique index of several columns: repeats of this
     *     column alone are legal) or {@code none}
     * @param orderColumn the auto-increment or identity column that gave insertion order, or null
     * @param rowsScanned rows read (NULLs included)
     * @param complete true if every row of the table was read ({@code --full}, or fewer rows than the sample size)
     * @param nulls rows whose value is NULL
     * @param versions version histogram: {@code v1} to {@code v8}, {@code nil}, {@code max}, {@code other} (v7 values
     *     stored in the swapped layout count as {@code v7}; serialized objects, wrong lengths and non-UUID text as
     *     {@code other})
     * @param rfcVariant values with the RFC 9562 variant bits {@code 10}
     * @param v7First the earliest v7 time, or null without v7 values
     * @param v7Last the latest v7 time, or null without v7 values
     * @param v7OutOfOrder share (0 to 1) of consecutive v7 values, in insertion order, whose later value sorts lower;
     *     null without an order column or without two v7 values
     * @param index the shape of the key's index, or null when not a key or not readable
     * @param bigintLeafEstimate InnoDB primary keys: leaf pages the same rows would take with a BIGINT key at 15/16
     *     fill; -1 otherwise
     * @param findings the findings about this column, most severe first
     * @param coverage which rows were read: oldest, spread and newest, and by what order
     * @param v7InSpan the v7 values whose time is plausible: those {@code v7First} and {@code v7Last} span
     * @param v7Pairs the pairs of consecutive v7 values, implausible ones included, that {@code v7OutOfOrder} covers
     * @throws NullPointerException if {@code coverage} is null
     */
    public ColumnReport {
        versions = Map.copyOf(versions);
        findings = List.copyOf(findings);
        java.util.Objects.requireNonNull(coverage, "coverage");
    }

    /**
     * A column report without the coverage details (as before they existed): the oldest {@code rowsScanned} rows,
     * every v7 value in the span, no pair count.
     *
     * @param schema the schema
     * @param table the table
     * @param column the column
     * @param sqlType the declared type
     * @param storage {@code native}, {@code binary} or {@code text}
     * @param key {@code primary}, {@code unique}, {@code composite} or {@code none}
     * @param orderColumn the order column, or null
     * @param rowsScanned rows read
     * @param complete true if every row was read
     * @param nulls NULL rows
     * @param versions version histogram
     * @param rfcVariant values with the RFC 9562 variant
     * @param v7First the earliest v7 time, or null
     * @param v7Last the latest v7 time, or null
     * @param v7OutOfOrder out-of-order share, or null
     * @param index the key's index shape, or null
     * @param bigintLeafEstimate BIGINT leaf estimate, or -1
     * @param findings the findings
     */
    public ColumnReport(String schema, String table, String column, String sqlType, String storage, String key,
                        String orderColumn, long rowsScanned, boolean complete, long nulls,
                        Map<String, Long> versions, long rfcVariant, Instant v7First, Instant v7Last,
                        Double v7OutOfOrder, IndexShape index, long bigintLeafEstimate, List<Finding> findings) {
        this(schema, table, column, sqlType, storage, key, orderColumn, rowsScanned, complete, nulls, versions,
                rfcVariant, v7First, v7Last, v7OutOfOrder, index, bigintLeafEstimate, findings,
                new Coverage(orderColumn == null ? "" : orderColumn, rowsScanned, 0, 0, 0, complete),
                versions.getOrDefault("v7", 0L), 0);
    }

    /**
     * The column's qualified name.
     *
     * @return {@code schema.table.column}
     */
    public String name() {
        return schema + "." + table + "." + column;
    }

    /**
     * Values of one version (a key of {@link #versions()}).
     *
     * @param versionKey {@code v1} to {@code v8}, {@code nil}, {@code max} or {@code other}
     * @return the count, 0 for an unknown key
     */
    public long count(String versionKey) {
        return versions.getOrDefault(versionKey, 0L);
    }

    /**
     * The finding with a code, if any.
     *
     * @param code a finding code such as {@code JAVA_SERIALIZED}
     * @return the finding, or null
     */
    public Finding finding(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
    }
}
