package io.github.uuidkit.bench;

import io.github.uuidkit.bench.FragmentationReport.Load;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders {@link FragmentationReport}'s measurements as markdown tables. */
final class Markdown {

    /** Number of row ranges in the trend table. */
    static final int TREND_COLUMNS = 10;

    private Markdown() {
    }

    static String render(List<Load> loads, Map<String, String> versions, long rows, int batch) {
        int columns = (int) Math.min(TREND_COLUMNS, (rows + batch - 1) / batch);
        StringBuilder md = new StringBuilder();
        md.append("## Primary-key fragmentation: ").append(String.format(Locale.ROOT, "%,d", rows))
                .append(" rows per table, batches of ").append(String.format(Locale.ROOT, "%,d", batch))
                .append(" rows\n\n");
        versions.values().forEach(v -> md.append("- ").append(v).append('\n'));
        md.append("- ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(", Java ").append(System.getProperty("java.version")).append("\n\n");

        md.append("| engine | key | rows | load s | rows/s | PK index MiB | leaf pages | leaf pages × BIGINT | leaf density % | WAL MiB |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        Map<String, Long> bigint = new LinkedHashMap<>();
        for (Load load : loads) {
            if (load.key == KeyKind.BIGINT) {
                bigint.put(load.engine, load.leafPages);
            }
        }
        for (Load load : loads) {
            Long base = bigint.get(load.engine);
            md.append("| ").append(load.engine)
                    .append(" | ").append(load.key.label)
                    .append(" | ").append(String.format(Locale.ROOT, "%,d", load.rows))
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f", load.seconds))
                    .append(" | ").append(String.format(Locale.ROOT, "%,.0f", load.rows / load.seconds))
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f", load.indexBytes / 1048576.0))
                    .append(" | ").append(String.format(Locale.ROOT, "%,d", load.leafPages))
                    .append(" | ").append(base == null ? "–" : String.format(Locale.ROOT, "%.2f", (double) load.leafPages / base))
                    .append(" | ").append(Double.isNaN(load.leafDensity) ? "–" : String.format(Locale.ROOT, "%.1f", load.leafDensity))
                    .append(" | ").append(load.walBytes < 0 ? "–" : String.format(Locale.ROOT, "%.1f", load.walBytes / 1048576.0))
                    .append(" |\n");
        }
        md.append("\nPostgreSQL: index size from `pg_relation_size`, leaf pages and density from `pgstatindex`"
                + " (pgstattuple), WAL from `pg_current_wal_lsn()` around the load (after a CHECKPOINT)."
                + " InnoDB: allocated pages and leaf pages of the clustered PRIMARY index (which holds the rows)"
                + " from `mysql.innodb_index_stats` after `ANALYZE TABLE`.\n\n");

        md.append("### Insert time per batch as the table grows (ms per ").append(String.format(Locale.ROOT, "%,d", batch))
                .append(" rows, mean over each tenth of the load)\n\n| engine | key |");
        for (int i = 1; i <= columns; i++) {
            md.append(' ').append(String.format(Locale.ROOT, "≤%,d", rows * i / columns)).append(" |");
        }
        md.append("\n| --- | --- |").append(" ---: |".repeat(columns)).append('\n');
        for (Load load : loads) {
            md.append("| ").append(load.engine).append(" | ").append(load.key.label).append(" |");
            for (double mean : trend(load.msPerBatch, columns)) {
                md.append(' ').append(Double.isNaN(mean) ? "–" : String.format(Locale.ROOT, "%.1f", mean)).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        return md.toString();
    }

    /** Mean of the per-batch times in each of {@code columns} equal runs of batches. */
    static List<Double> trend(double[] msPerBatch, int columns) {
        List<Double> means = new ArrayList<>();
        int n = msPerBatch.length;
        for (int t = 0; t < columns; t++) {
            int from = (int) ((long) n * t / columns);
            int to = (int) ((long) n * (t + 1) / columns);
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += msPerBatch[i];
            }
            means.add(to > from ? sum / (to - from) : Double.NaN);
        }
        return means;
    }
}
