package io.github.uuidkit.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.testsupport.JdbcStubs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which rows a sample reads (issue 21 item 8): the oldest, ranges in between and the newest, by the order column,
 * the InnoDB key or PostgreSQL's ctid. A fake table answers the doctor's few query shapes (head, tail, range, ctid
 * range); the rows a query returns are what the server would return for that SQL.
 */
class SamplingTest {

    private static final long NOW = Instant.parse("2026-12-07T12:00:00Z").toEpochMilli();

    /** A table of {@code rows} rows: seq 1..rows, {@code perBlock} rows per heap block, a v7 id per row. */
    static final class FakeTable {
        final int rows;
        final int perBlock;
        final List<String> queries = new ArrayList<>();
        final List<List<Object>> parameters = new ArrayList<>();

        FakeTable(int rows, int perBlock) {
            this.rows = rows;
            this.perBlock = perBlock;
        }

        static byte[] id(long seq) {
            return UuidBinaryLayout.STANDARD.toBytes(new UUID((1_700_000_000_000L + seq) << 16 | 0x7000L,
                    0x8000_0000_0000_0000L | seq));
        }

        Connection connection() {
            return JdbcStubs.proxy(Connection.class, (proxy, method, args) -> {
                if (method.getName().equals("prepareStatement")) {
                    return statement((String) args[0]);
                }
                throw new UnsupportedOperationException(method.getName());
            });
        }

        private PreparedStatement statement(String sql) {
            List<Object> params = new ArrayList<>();
            return JdbcStubs.proxy(PreparedStatement.class, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "setObject":
                    case "setString":
                        params.add(args[1]);
                        return null;
                    case "setFetchSize":
                    case "close":
                        return null;
                    case "executeQuery":
                        queries.add(sql);
                        parameters.add(List.copyOf(params));
                        return result(sql, params);
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });
        }

        private static final Pattern LIMIT = Pattern.compile("LIMIT (\\d+)");
        private static final Pattern TIDS = Pattern.compile("ctid >= '\\((\\d+),0\\)'::tid(?: AND ctid < '\\((\\d+),0\\)'::tid)?");
        /** After a given row (the rest of a block the head's LIMIT cut), before a block. */
        private static final Pattern AFTER_TID = Pattern.compile(
                "ctid > '\\((\\d+),(\\d+)\\)'::tid AND ctid < '\\((\\d+),0\\)'::tid");

        /** seq, id, ctid rows for the doctor's query shapes. */
        private ResultSet result(String sql, List<Object> params) {
            if (sql.startsWith("SELECT pg_relation_size")) {
                if (!params.equals(List.of("\"app\".\"t\""))) {
                    throw new IllegalStateException("the table's regclass, not " + params);
                }
                return rows(List.<Object[]>of(new Object[] {(long) Math.ceil((double) rows / perBlock)}));
            }
            List<Long> seqs = new ArrayList<>();
            for (long s = 1; s <= rows; s++) {
                seqs.add(s);
            }
            Matcher tids = TIDS.matcher(sql);
            Matcher afterTid = AFTER_TID.matcher(sql);
            boolean byTid = afterTid.find();
            if (byTid) {
                long after = Long.parseLong(afterTid.group(1)) * perBlock + Long.parseLong(afterTid.group(2));
                long to = Long.parseLong(afterTid.group(3));
                seqs = seqs.stream().filter(s -> s - 1 > after && (s - 1) / perBlock < to).collect(Collectors.toList());
            } else if (tids.find()) {
                long from = Long.parseLong(tids.group(1));
                long to = tids.group(2) == null ? Long.MAX_VALUE : Long.parseLong(tids.group(2));
                seqs = seqs.stream().filter(s -> (s - 1) / perBlock >= from && (s - 1) / perBlock < to)
                        .collect(Collectors.toList());
            } else if (sql.contains("DESC")) { // the newest: after the head, the last ones, ascending
                long after = ((Number) params.get(0)).longValue();
                seqs = seqs.stream().filter(s -> s > after).sorted(Comparator.reverseOrder())
                        .collect(Collectors.toList());
            } else if (sql.contains(" > ? AND ")) { // a range between
                long after = ((Number) params.get(0)).longValue();
                long before = ((Number) params.get(1)).longValue();
                seqs = seqs.stream().filter(s -> s > after && s < before).collect(Collectors.toList());
            }
            Matcher limit = LIMIT.matcher(sql);
            if (limit.find()) {
                seqs = seqs.subList(0, (int) Math.min(seqs.size(), Long.parseLong(limit.group(1))));
            }
            if (sql.contains("DESC")) {
                seqs = seqs.stream().sorted().collect(Collectors.toList());
            }
            List<Object[]> out = new ArrayList<>();
            for (long s : seqs) {
                // v, k1 (the key: seq), o1 (the order: seq or ctid)
                out.add(new Object[] {id(s), s, byTid || tids.find(0) ? "(" + (s - 1) / perBlock + "," + (s - 1) % perBlock
                        + ")" : (Object) s});
            }
            return rows(out);
        }

        private static ResultSet rows(List<Object[]> rows) {
            int[] at = {-1};
            return JdbcStubs.proxy(ResultSet.class, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "next":
                        return ++at[0] < rows.size();
                    case "getBytes":
                        return (byte[]) rows.get(at[0])[(Integer) args[0] - 1];
                    case "getObject":
                        return rows.get(at[0])[(Integer) args[0] - 1];
                    case "getLong":
                        return ((Number) rows.get(at[0])[(Integer) args[0] - 1]).longValue();
                    case "close":
                        return null;
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });
        }
    }

    private static Doctor.Candidate cand(String orderColumn, List<String> pk) {
        return new Doctor.Candidate("app", "t", "id", "binary(16)", "binary", 16, orderColumn, pk, "none", null);
    }

    @Test
    void theOldestTheNewestAndTenRangesBetweenByTheOrderColumn() throws Exception {
        FakeTable table = new FakeTable(100_000, 50);
        ColumnScan scan = new ColumnScan(false, false, NOW);
        Coverage cov = new Sampling(table.connection(), false, 3000).scan(cand("seq", List.of("seq")), scan);
        assertThat(cov.order()).isEqualTo("seq");
        assertThat(cov.oldest()).isEqualTo(1000);
        assertThat(cov.newest()).isEqualTo(1000);
        assertThat(cov.ranges()).isEqualTo(Sampling.SPREAD_RANGES);
        assertThat(cov.spread()).isEqualTo(1000);
        assertThat(cov.complete()).isFalse();
        assertThat(scan.rows).isEqualTo(3000);
        // the newest rows really are the last ones; ranges do not overlap the ends: every row read once
        assertThat(scan.v7Last()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L + 100_000));
        assertThat(scan.v7First()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L + 1));
        assertThat(scan.v7OutOfOrderShare()).isEqualTo(0.0);
        assertThat(scan.v7Pairs()).isEqualTo(3000 - 1 - Sampling.SPREAD_RANGES - 1); // no pair spans a gap
        assertThat(table.queries).hasSize(2 + Sampling.SPREAD_RANGES);
        assertThat(table.queries.get(0)).isEqualTo("SELECT `id` AS v, `seq` AS k1, `seq` AS o1 FROM `app`.`t`"
                + " ORDER BY o1 LIMIT 1000");
        assertThat(table.queries.get(1)).isEqualTo("SELECT * FROM (SELECT `id` AS v, `seq` AS k1, `seq` AS o1 FROM"
                + " `app`.`t` WHERE `seq` > ? ORDER BY o1 DESC LIMIT 1000) x ORDER BY o1");
        assertThat(cov.describe()).isEqualTo("oldest 1,000 + 1,000 in 10 ranges + newest 1,000 by seq");
        // the tail starts after the head; range i starts at lo + (hi - lo) * i / 11 and ends before the tail
        assertThat(table.parameters.get(1)).containsExactly(1000L);
        for (int i = 1; i <= Sampling.SPREAD_RANGES; i++) {
            assertThat(table.parameters.get(1 + i)).containsExactly(1000L + 98_001L * i / 11, 99_001L);
            assertThat(table.queries.get(1 + i)).endsWith("WHERE `seq` > ? AND `seq` < ? ORDER BY o1 LIMIT 100");
        }
    }

    @Test
    void aTableSmallerThanTheSampleIsReadWhole() throws Exception {
        for (int rows : new int[] {0, 999, 1000, 1999, 2000}) {
            FakeTable table = new FakeTable(rows, 50);
            ColumnScan scan = new ColumnScan(false, false, NOW);
            Coverage cov = new Sampling(table.connection(), false, 3000).scan(cand("seq", List.of("seq")), scan);
            assertThat(cov.complete()).as("%d rows", rows).isTrue();
            assertThat(scan.rows).as("%d rows", rows).isEqualTo(rows);
            assertThat(cov.rows()).isEqualTo(rows);
        }
    }

    @Test
    void aGapThatFitsTheSpreadIsReadWhole() throws Exception {
        // head 1..1000, tail from 1001 + gap; a gap of up to 1,000 rows is read in one query, and then it is complete
        for (int gap : new int[] {1, 999, 1000, 1001, 1002}) {
            FakeTable table = new FakeTable(2000 + gap, 50);
            ColumnScan scan = new ColumnScan(true, false, NOW);
            Coverage cov = new Sampling(table.connection(), false, 3000).scan(cand("seq", List.of("seq")), scan);
            String what = "gap " + gap;
            assertThat(cov.complete()).as(what).isEqualTo(gap <= 1000);
            assertThat(cov.ranges()).as(what).isEqualTo(gap <= 1000 ? 1 : Sampling.SPREAD_RANGES);
            assertThat(cov.spread()).as(what).isBetween(gap <= 1000 ? gap : 1L, (long) Math.min(gap, 1000));
            assertThat(scan.rows).as(what).isEqualTo(2000 + cov.spread());
            assertThat(scan.defects()).as(what + ": no row read twice").isEmpty();
            assertThat(scan.v7Pairs()).as(what).isEqualTo(scan.rows - 1 - cov.ranges() - 1);
            if (gap <= 1000) {
                assertThat(table.parameters.get(2)).containsExactly(1000L, 1001L + gap);
            }
        }
    }

    @Test
    void withoutANumericOrderTheEndsShareTheSample() throws Exception {
        // MySQL, no auto-increment column: the InnoDB primary key (here a composite) orders the ends, no spread
        FakeTable table = new FakeTable(10_000, 50);
        ColumnScan scan = new ColumnScan(false, false, NOW);
        Coverage cov = new Sampling(table.connection(), false, 3000).scan(cand(null, List.of("seq")), scan);
        assertThat(cov.oldest()).isEqualTo(1500);
        assertThat(cov.newest()).isEqualTo(1500);
        assertThat(cov.ranges()).isZero();
        assertThat(scan.v7Last()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L + 10_000));
        assertThat(Sampling.order(false, cand(null, List.of("a", "b")))).containsExactly("a", "b");
        assertThat(Sampling.order(true, cand(null, List.of("a", "b")))).isEmpty();
        assertThat(Sampling.order(true, cand("seq", List.of("a")))).containsExactly("seq");
    }

    @Test
    void aPostgresHeapReportedCompleteHasEveryRowReadOnce() throws Exception {
        // the head's LIMIT cuts inside a block; when the rest of the heap fits the spread, the rows after the cut in
        // that block must be read too (found by FragmentationReportIT: 39,878 of 40,000 rows, reported complete)
        for (int perBlock : new int[] {1, 7, 50, 185}) {
            for (int rows : new int[] {999, 1000, 1001, 1999, 2000, 2001, 2999, 3000, 3001, 3999, 40_000}) {
                FakeTable table = new FakeTable(rows, perBlock);
                ColumnScan scan = new ColumnScan(false, false, NOW);
                Coverage cov = new Sampling(table.connection(), true, 3000).scan(cand(null, List.of("seq")), scan);
                String what = rows + " rows, " + perBlock + " per block";
                assertThat(scan.defects()).as(what + ": no row read twice").isEmpty();
                if (cov.complete()) {
                    assertThat(scan.rows).as(what).isEqualTo(rows);
                    assertThat(cov.rows()).as(what).isEqualTo(rows);
                } else {
                    assertThat(scan.rows).as(what).isLessThan(rows);
                }
                assertThat(cov.complete()).as(what).isEqualTo(rows <= 3000 || scan.rows == rows);
            }
        }
    }

    @Test
    void postgresWithoutAnOrderColumnReadsTheStartTheEndAndRangesOfTheHeap() throws Exception {
        FakeTable table = new FakeTable(100_000, 50); // 2,000 blocks
        ColumnScan scan = new ColumnScan(false, false, NOW);
        Coverage cov = new Sampling(table.connection(), true, 3000).scan(cand(null, List.of("seq")), scan);
        assertThat(cov.order()).isEqualTo("ctid");
        assertThat(cov.oldest()).isEqualTo(1000);
        assertThat(cov.newest()).isEqualTo(1000);
        assertThat(cov.ranges()).isEqualTo(Sampling.SPREAD_RANGES);
        assertThat(cov.spread()).isEqualTo(1000);
        assertThat(cov.complete()).isFalse();
        assertThat(scan.v7Last()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L + 100_000));
        assertThat(table.queries).allMatch(q -> q.startsWith("SELECT pg_relation_size") || q.contains("ctid >= '("));
        // blocks 0-8, 8-24 (cut after block 19), ten 2-block ranges in 20..1980, the last 20 blocks
        assertThat(table.queries.get(1)).endsWith("WHERE ctid >= '(0,0)'::tid AND ctid < '(8,0)'::tid LIMIT 1000");
        assertThat(table.queries.get(2)).endsWith("WHERE ctid >= '(8,0)'::tid AND ctid < '(24,0)'::tid LIMIT 600");
        for (int i = 0; i < Sampling.SPREAD_RANGES; i++) {
            long start = 20 + (1960 - 2) * (i + 1) / 11;
            assertThat(table.queries.get(3 + i)).endsWith("WHERE ctid >= '(" + start + ",0)'::tid AND ctid < '("
                    + (start + 2) + ",0)'::tid");
        }
        assertThat(table.queries.get(13)).endsWith("WHERE ctid >= '(1980,0)'::tid");
        assertThat(scan.v7Pairs()).isEqualTo(3000 - 1 - Sampling.SPREAD_RANGES - 1); // the head's blocks are contiguous
        // a small heap is read whole
        FakeTable small = new FakeTable(1_500, 50);
        ColumnScan all = new ColumnScan(false, false, NOW);
        Coverage whole = new Sampling(small.connection(), true, 3000).scan(cand(null, List.of("seq")), all);
        assertThat(whole.complete()).isTrue();
        assertThat(all.rows).isEqualTo(1500);
        // a heap a little larger than the sample: head, the gap whole, tail; every row once
        FakeTable medium = new FakeTable(2_800, 50);
        ColumnScan most = new ColumnScan(true, false, NOW);
        Coverage gap = new Sampling(medium.connection(), true, 3000).scan(cand(null, List.of("seq")), most);
        assertThat(gap.complete()).isTrue();
        assertThat(most.rows).isEqualTo(2800);
        assertThat(most.defects()).doesNotContainKey("DUPLICATE_VALUES");
        assertThat(Sampling.block("(123,4)")).isEqualTo(123);
    }

    @Test
    void aFullScanIsOneQueryInOrder() throws Exception {
        FakeTable table = new FakeTable(5000, 50);
        ColumnScan scan = new ColumnScan(false, false, NOW);
        Coverage cov = new Sampling(table.connection(), true, 0).scan(cand("seq", List.of("seq")), scan);
        assertThat(cov).isEqualTo(new Coverage("seq", 5000, 0, 0, 0, true));
        assertThat(table.queries).containsExactly("SELECT \"id\" AS v, \"seq\" AS k1, \"seq\" AS o1 FROM"
                + " \"app\".\"t\" ORDER BY o1");
        assertThat(cov.describe()).isEqualTo("every row (by seq)");
    }

    @Test
    void budgets() {
        assertThat(Sampling.budget(100_000, true)).containsExactly(33_334, 33_333, 33_333);
        assertThat(Sampling.budget(100_000, false)).containsExactly(50_000, 0, 50_000);
        assertThat(Sampling.budget(1, true)).containsExactly(1, 0, 0);
        assertThat(new Coverage("", 100, 0, 0, 0, false).describe())
                .isEqualTo("oldest 100 in server order (no key: the newest rows are not read)");
        assertThat(new Coverage("", 100, 0, 0, 0, true).describe()).isEqualTo("every row");
    }
}
