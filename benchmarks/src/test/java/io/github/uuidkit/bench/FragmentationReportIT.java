package io.github.uuidkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.bench.FragmentationReport.EngineRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke run of the main job on the embedded engines, memory-constrained as by default, with 40,000 rows per table
 * in 4 rounds, 2 writer processes and a small driver-cost run: the report has its structure (a row per engine
 * and key and round, the query, writer and cost sections, five charts per engine and an index.html), and the
 * facts that do not depend on timing hold at this size: v4 fragments PostgreSQL leaves and InnoDB pages, v7 packs
 * like the server's uuidv7(), v4 writes more WAL than v7, the time-range query on the v7 key returns the
 * same rows per hour as the created_at index, and several writers produce no duplicate.
 */
class FragmentationReportIT {

    private static final long ROWS = 40_000;
    private static final int ROUNDS = 4;
    private static final int WRITERS = 2;

    @TempDir
    static Path out;

    private static List<EngineRun> runs;
    private static String markdown;

    @BeforeAll
    static void runReport() throws Exception {
        System.setProperty("java.awt.headless", "true");
        ReportOptions options = new ReportOptions(ROWS, ROUNDS, 5_000, out, List.of("postgres", "mysql", "mariadb"),
                true, true, WRITERS, 10_000, 4 * DriverCost.SEGMENT, Map.of()).validated();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        runs = new FragmentationReport(options, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();
        markdown = Files.readString(out.resolve("report.md"));
        System.out.println(markdown);
    }

    @Test
    void loadsEveryKeyKindOnEveryEngineInRounds() {
        assertThat(runs).hasSize(3);
        for (EngineRun run : runs) {
            assertThat(run.loads()).allSatisfy(load -> {
                assertThat(load.rows()).isEqualTo(ROWS);
                assertThat(load.rounds()).extracting(Round::rowsAfter).containsExactly(10_000L, 20_000L, 30_000L, 40_000L);
                assertThat(load.rounds()).allSatisfy(r -> {
                    assertThat(r.seconds()).isPositive();
                    assertThat(r.index().bytes()).isPositive();
                    assertThat(r.index().leafPages()).isPositive();
                });
                // the index grows with the table
                assertThat(load.last().index().leafPages()).isGreaterThan(load.first().index().leafPages());
            });
        }
        assertThat(keys("postgres")).containsExactly(KeyKind.BIGINT, KeyKind.V4, KeyKind.V7, KeyKind.V7_SERVER);
        assertThat(keys("mysql")).containsExactly(KeyKind.BIGINT, KeyKind.BINARY_V4, KeyKind.BINARY_V7,
                KeyKind.BINARY_V7_SWAPPED);
        assertThat(keys("mariadb")).containsExactly(KeyKind.BIGINT, KeyKind.BINARY_V4, KeyKind.BINARY_V7,
                KeyKind.BINARY_V7_SWAPPED);
    }

    @Test
    void postgresShowsTheFragmentationOfV4AndNotOfV7() {
        Map<KeyKind, Load> pg = byKey("postgres");
        // Sequential keys fill B-tree leaves to ~90 % (the default fillfactor), random v4 keys to ~70 %.
        assertThat(pg.get(KeyKind.BIGINT).index().leafDensity()).isGreaterThan(85);
        assertThat(pg.get(KeyKind.V7).index().leafDensity()).isGreaterThan(85);
        assertThat(pg.get(KeyKind.V7_SERVER).index().leafDensity()).isGreaterThan(85);
        assertThat(pg.get(KeyKind.V4).index().leafDensity()).isLessThan(pg.get(KeyKind.V7).index().leafDensity() - 8);
        assertThat(pg.get(KeyKind.V4).index().leafPages()).isGreaterThan(pg.get(KeyKind.V7).index().leafPages());
        // App-minted uuidkit v7 packs like the server's uuidv7().
        assertThat((double) pg.get(KeyKind.V7).index().leafPages())
                .isCloseTo(pg.get(KeyKind.V7_SERVER).index().leafPages(), Percentage.withPercentage(5));
        assertThat(pg.values()).allSatisfy(load -> assertThat(load.rounds()).allSatisfy(
                r -> assertThat(r.logBytes()).isPositive()));
        // More page splits, and full-page images after the checkpoint for leaves all over the index: at this size
        // (index within the buffers) v4 writes ~10 % more WAL than v7 over the load, not yet the multiple of a
        // larger-than-memory run.
        assertThat(pg.get(KeyKind.V4).logBytes()).isGreaterThan(pg.get(KeyKind.V7).logBytes());
    }

    @Test
    void innoDbV4NeedsMoreLeafPagesThanV7() {
        for (String engine : List.of("mysql", "mariadb")) {
            Map<KeyKind, Load> innodb = byKey(engine);
            assertThat(innodb.get(KeyKind.BINARY_V4).index().leafPages()).as(engine)
                    .isGreaterThan(innodb.get(KeyKind.BINARY_V7).index().leafPages());
            assertThat(innodb.values()).allSatisfy(load -> assertThat(load.index().leafDensity()).isNaN());
        }
    }

    @Test
    void queriesReturnTheSameRowsWhicheverPathFindsThem() {
        for (EngineRun run : runs) {
            List<QueryBench.Result> ranges = run.queries().stream().filter(q -> q.query().equals("1-hour range"))
                    .collect(Collectors.toList());
            assertThat(ranges).as(run.name()).hasSize(3);
            // one hour is 1/24 of the simulated day, whether found by the v7 key or by created_at
            assertThat(ranges).allSatisfy(q -> assertThat(q.rowsPerQuery())
                    .isCloseTo(ROWS / 24.0, Percentage.withPercentage(2)));
            assertThat(run.queries()).filteredOn(q -> q.query().startsWith("keyset"))
                    .allSatisfy(q -> assertThat(q.count()).isEqualTo(QueryBench.PAGES));
            assertThat(run.queries()).filteredOn(q -> q.query().equals("point lookup"))
                    .allSatisfy(q -> assertThat(q.rowsPerQuery()).isEqualTo(1.0));
        }
    }

    @Test
    void severalWritersMintNoDuplicate() {
        for (EngineRun run : runs) {
            ConcurrentWriters.Result w = run.writers();
            assertThat(w.failures()).as(run.name()).isZero();
            assertThat(w.distinct()).as(run.name()).isEqualTo(w.rows());
            assertThat(w.concurrent().leafPages()).isPositive();
            assertThat(w.single().leafPages()).isPositive();
        }
    }

    @Test
    void doctorScansEveryRowOfEveryLoadedUuidTableInFullAndAtMostTheSampleOtherwise() {
        for (EngineRun run : runs) {
            long uuidTables = run.loads().stream().filter(l -> l.key() != KeyKind.BIGINT).count();
            DoctorSpeed.Result d = run.doctor();
            assertThat(d.columns()).as(run.name()).isEqualTo(uuidTables);
            assertThat(d.fullRows()).as(run.name()).isEqualTo(uuidTables * ROWS);
            assertThat(d.sampleRows()).as(run.name())
                    .isEqualTo(uuidTables * Math.min(ROWS, io.github.uuidkit.doctor.Doctor.DEFAULT_SAMPLE_ROWS));
            boolean postgres = run.loads().stream().anyMatch(l -> l.key() == KeyKind.V4);
            assertThat(d.columnType()).as(run.name()).isEqualTo(postgres ? "uuid" : "binary(16)");
            assertThat(d.fullSeconds()).isPositive();
        }
    }

    @Test
    void driverCostRunsBothSidesOfEveryPair() {
        for (EngineRun run : runs) {
            assertThat(run.cost().pairs()).isEqualTo(2);
            assertThat(run.cost().pairOverheads()).hasSize(2);
            assertThat(run.cost().uuidkitSeconds()).isPositive();
            assertThat(run.cost().rawSeconds()).isPositive();
            assertThat(run.cost().uuidkitBindNanos()).isPositive();
            assertThat(run.cost().rawBindNanos()).isPositive();
        }
    }

    @Test
    void markdownHasEverySection() {
        List<String> lines = markdown.lines().collect(Collectors.toList());
        for (String heading : List.of("### Loads", "### The shape: first round → last round", "### Per round",
                "### Queries on the loaded tables", "### Several writers", "### Binding cost",
                "### Doctor scan speed", "### Charts")) {
            assertThat(lines).as(heading).anyMatch(line -> line.startsWith(heading));
        }
        for (EngineRun run : runs) {
            for (Load load : run.loads()) {
                assertThat(lines).as(load.key().label).filteredOn(line -> line.startsWith("| " + load.key().label + " | "))
                        .hasSizeGreaterThanOrEqualTo(ROUNDS);
            }
            assertThat(lines).filteredOn(line -> line.startsWith("- " + run.name() + " -> ")).singleElement()
                    .satisfies(line -> assertThat(line).contains("memory-constrained"));
        }
    }

    @Test
    void writesPngChartsAndAnIndexPage() throws IOException {
        String html = Files.readString(out.resolve("index.html"));
        for (EngineRun run : runs) {
            List<Charts.Png> charts = Charts.of(run);
            assertThat(charts).hasSize(5);
            for (Charts.Png chart : charts) {
                byte[] head = Arrays.copyOf(Files.readAllBytes(out.resolve(chart.file())), 8);
                assertThat(head).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
                assertThat(html).contains("src=\"" + chart.file() + "\"");
                assertThat(markdown).contains("](" + chart.file() + ")");
            }
        }
    }

    private static List<KeyKind> keys(String engine) {
        return run(engine).loads().stream().map(Load::key).collect(Collectors.toList());
    }

    private static EngineRun run(String engine) {
        return runs.stream().filter(r -> r.name().startsWith(engine)).findFirst().orElseThrow();
    }

    private static Map<KeyKind, Load> byKey(String engine) {
        Map<KeyKind, Load> map = new EnumMap<>(KeyKind.class);
        run(engine).loads().forEach(l -> map.put(l.key(), l));
        return map;
    }
}
