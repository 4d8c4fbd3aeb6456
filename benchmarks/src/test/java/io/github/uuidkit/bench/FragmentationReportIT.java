package io.github.uuidkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.bench.FragmentationReport.Load;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke run of the main job on the embedded engines with 20,000 rows per table: the report has its
 * shape (a row per engine and key, a trend column per tenth, two charts per engine) and the facts
 * that hold at any size hold here.
 */
class FragmentationReportIT {

    private static final long ROWS = 20_000;
    private static final int BATCH = 2_000;

    @TempDir
    static Path out;

    private static List<Load> loads;
    private static String markdown;

    @BeforeAll
    static void runReport() throws Exception {
        System.setProperty("java.awt.headless", "true");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        loads = new FragmentationReport(ROWS, BATCH, out, List.of("postgres", "mysql", "mariadb"),
                new PrintStream(progress, true, StandardCharsets.UTF_8)).run();
        markdown = Files.readString(out.resolve("report.md"));
        System.out.println(markdown);
    }

    @Test
    void loadsEveryKeyKindOnEveryEngine() {
        assertThat(loads).hasSize(12);
        assertThat(loads).allSatisfy(load -> {
            assertThat(load.rows).isEqualTo(ROWS);
            assertThat(load.msPerBatch).hasSize((int) (ROWS / BATCH));
            assertThat(java.util.Arrays.stream(load.msPerBatch).min().orElseThrow()).isPositive();
            assertThat(load.indexBytes).isPositive();
            assertThat(load.leafPages).isPositive();
        });
        assertThat(keys("postgres")).containsExactly(KeyKind.BIGINT, KeyKind.V4, KeyKind.V7, KeyKind.V7_SERVER);
        assertThat(keys("mysql")).containsExactly(KeyKind.BIGINT, KeyKind.BINARY_V4, KeyKind.BINARY_V7,
                KeyKind.BINARY_V7_SWAPPED);
        assertThat(keys("mariadb")).containsExactly(KeyKind.BIGINT, KeyKind.BINARY_V4, KeyKind.BINARY_V7,
                KeyKind.BINARY_V7_SWAPPED);
    }

    @Test
    void postgresShowsTheFragmentationOfV4AndNotOfV7() {
        Map<KeyKind, Load> pg = byKey("postgres");
        // The seeds' finding: sequential keys fill B-tree leaves to ~90 % (fillfactor), random v4 keys to ~70 %.
        assertThat(pg.get(KeyKind.BIGINT).leafDensity).isGreaterThan(85);
        assertThat(pg.get(KeyKind.V7).leafDensity).isGreaterThan(85);
        assertThat(pg.get(KeyKind.V7_SERVER).leafDensity).isGreaterThan(85);
        assertThat(pg.get(KeyKind.V4).leafDensity).isLessThan(pg.get(KeyKind.V7).leafDensity - 8);
        assertThat(pg.get(KeyKind.V4).leafPages).isGreaterThan(pg.get(KeyKind.V7).leafPages);
        // App-minted uuidkit v7 packs like the server's uuidv7().
        assertThat((double) pg.get(KeyKind.V7).leafPages)
                .isCloseTo(pg.get(KeyKind.V7_SERVER).leafPages, org.assertj.core.data.Percentage.withPercentage(5));
        assertThat(pg.values()).allSatisfy(load -> assertThat(load.walBytes).isPositive());
    }

    @Test
    void innoDbV4NeedsMoreLeafPagesThanV7() {
        for (String engine : List.of("mysql", "mariadb")) {
            Map<KeyKind, Load> innodb = byKey(engine);
            assertThat(innodb.get(KeyKind.BINARY_V4).leafPages).as(engine)
                    .isGreaterThan(innodb.get(KeyKind.BINARY_V7).leafPages);
            assertThat(innodb.values()).allSatisfy(load -> assertThat(load.walBytes).isEqualTo(-1));
        }
    }

    @Test
    void markdownHasARowPerLoadAndATrendColumnPerTenth() {
        List<String> lines = markdown.lines().collect(Collectors.toList());
        assertThat(lines).filteredOn(line -> line.startsWith("| engine | key | rows |")).hasSize(1);
        assertThat(lines).filteredOn(line -> line.startsWith("| engine | key | ≤2,000 |")).hasSize(1);
        for (Load load : loads) {
            String prefix = "| " + load.engine + " | " + load.key.label + " |";
            List<String> rows = lines.stream().filter(line -> line.startsWith(prefix)).collect(Collectors.toList());
            assertThat(rows).as(prefix).hasSize(2);
            assertThat(rows.get(0).split("\\|", -1)).as("summary columns").hasSize(12);
            assertThat(rows.get(1).split("\\|", -1)).as("trend columns").hasSize(2 + 2 + 10);
        }
    }

    @Test
    void writesPngCharts() throws IOException {
        for (String name : List.of("insert-trend-", "index-size-")) {
            try (var files = Files.list(out)) {
                List<Path> charts = files.filter(p -> p.getFileName().toString().startsWith(name)).collect(Collectors.toList());
                assertThat(charts).hasSize(3);
                for (Path chart : charts) {
                    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(chart), 8);
                    assertThat(head).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
                }
            }
        }
    }

    private static List<KeyKind> keys(String engine) {
        return loads.stream().filter(l -> l.engine.startsWith(engine)).map(l -> l.key).collect(Collectors.toList());
    }

    private static Map<KeyKind, Load> byKey(String engine) {
        Map<KeyKind, Load> map = new EnumMap<>(KeyKind.class);
        loads.stream().filter(l -> l.engine.startsWith(engine)).forEach(l -> map.put(l.key, l));
        return map;
    }
}
