package io.github.uuidkit.bench;

import io.github.uuidkit.bench.FragmentationReport.EngineRun;
import io.github.uuidkit.doctor.Doctor;
import io.github.uuidkit.doctor.IndexShape;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the report's measurements as markdown: settings, summary, rounds, shape, queries, writers, costs. */
final class Markdown {

    private Markdown() {
    }

    static String render(ReportOptions o, List<EngineRun> runs) {
        StringBuilder md = new StringBuilder();
        md.append("## Primary-key fragmentation: ").append(f("%,d", o.rows())).append(" rows per table in ")
                .append(o.rounds()).append(" rounds, transactions of ").append(f("%,d", o.batch())).append(" rows\n\n");
        md.append("- ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(", Java ").append(System.getProperty("java.version")).append('\n');
        for (EngineRun run : runs) {
            md.append("- ").append(run.description()).append("; ")
                    .append(o.constrained() ? "memory-constrained" : "default settings").append(": ");
            StringBuilder settings = new StringBuilder();
            for (Map.Entry<String, String> e : run.settings().entrySet()) {
                settings.append(settings.length() == 0 ? "" : ", ").append('`').append(e.getKey()).append(" = ")
                        .append(e.getValue()).append('`');
            }
            md.append(settings).append(f("; whole engine %.0f s", run.seconds())).append(phases(run)).append('\n');
        }
        md.append('\n');
        summary(md, runs);
        shape(md, runs);
        rounds(md, runs);
        queries(md, runs);
        writers(md, runs);
        costs(md, runs);
        doctor(md, runs);
        charts(md, runs);
        return md.toString();
    }

    /** " (start 9 s, warm-up 4 s, loads 80 s, ...)": where the engine's time went. */
    private static String phases(EngineRun run) {
        StringBuilder sb = new StringBuilder();
        run.phases().forEach((phase, seconds) -> sb.append(sb.length() == 0 ? " (" : ", ").append(phase)
                .append(f(" %.0f s", seconds)));
        return sb.length() == 0 ? "" : sb.append(')').toString();
    }

    private static void summary(StringBuilder md, List<EngineRun> runs) {
        md.append("### Loads\n\n| engine | key | rows | load s | rows/s | PK index MiB | leaf pages | leaf pages × BIGINT"
                + " | leaf density % | WAL / redo MiB | buffer reads |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (EngineRun run : runs) {
            Long base = run.loads().stream().filter(l -> l.key() == KeyKind.BIGINT).map(l -> l.index().leafPages())
                    .findFirst().orElse(null);
            for (Load load : run.loads()) {
                IndexShape index = load.index();
                md.append("| ").append(load.engine()).append(" | ").append(load.key().label)
                        .append(" | ").append(f("%,d", load.rows()))
                        .append(" | ").append(f("%.1f", load.seconds()))
                        .append(" | ").append(f("%,.0f", load.rows() / load.seconds()))
                        .append(" | ").append(f("%.1f", index.bytes() / 1048576.0))
                        .append(" | ").append(f("%,d", index.leafPages()))
                        .append(" | ").append(base == null ? "–" : f("%.2f", (double) index.leafPages() / base))
                        .append(" | ").append(density(index))
                        .append(" | ").append(mib(load.logBytes()))
                        .append(" | ").append(f("%,d", load.bufferReads()))
                        .append(" |\n");
            }
        }
        md.append("\nPostgreSQL: index size `pg_relation_size`, leaf pages and density `pgstatindex` (pgstattuple),"
                + " WAL `pg_current_wal_lsn()` differences, buffer reads `pg_statio_user_tables.idx_blks_read`"
                + " (index pages read into shared_buffers, from the OS cache or disk). InnoDB: pages and leaf pages"
                + " of the clustered PRIMARY index (which holds the rows) from `mysql.innodb_index_stats` after"
                + " `ANALYZE TABLE`, redo `Innodb_os_log_written`, buffer reads `Innodb_buffer_pool_reads`"
                + " (pages read into the buffer pool).\n\n");
    }

    private static void shape(StringBuilder md, List<EngineRun> runs) {
        md.append("### The shape: first round → last round\n\n")
                .append("| engine | key | time per round s (median-based) | growth | buffer reads per round | WAL / redo MiB per round"
                        + " | target |\n| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (EngineRun run : runs) {
            Shape shape = new Shape(run.loads());
            for (Load load : run.loads()) {
                String target;
                if (load.key().random()) {
                    target = verdict(Shape.timeGrowth(load) >= Shape.V4_GROWTH_TARGET, "time ≥ 3×");
                } else if (load.key() == KeyKind.BIGINT || load.key().timeOrdered()) {
                    target = verdict(Shape.flat(load), "time ±20 %");
                } else {
                    target = "";
                }
                md.append("| ").append(load.engine()).append(" | ").append(load.key().label)
                        .append(" | ").append(f("%.2f → %.2f", load.first().medianSeconds(), load.last().medianSeconds()))
                        .append(" | ").append(f("%.2f×", Shape.timeGrowth(load)))
                        .append(" | ").append(f("%,d → %,d", load.first().bufferReads(), load.last().bufferReads()))
                        .append(" | ").append(mib(load.first().logBytes())).append(" → ").append(mib(load.last().logBytes()))
                        .append(" | ").append(target).append(" |\n");
            }
            double ratio = shape.lastRoundLogRatio();
            if (!Double.isNaN(ratio)) {
                md.append("| ").append(run.name()).append(" | v4 / v7 WAL (redo) in the last round | | | | ")
                        .append(f("%.2f×", ratio)).append(" | ")
                        .append(run.name().startsWith("postgres") ? verdict(ratio >= Shape.WAL_RATIO_TARGET, "≥ 4×")
                                : "").append(" |\n");
            }
        }
        md.append("\nTime per round here is the round's median transaction × its transactions (robust to bursts of"
                + " other work on a shared machine; the per-round table also has plain wall-clock seconds). Time is"
                + " still the noisy, secondary evidence: WAL, pages and buffer reads are counted by the engine and"
                + " barely move between runs.\n\n");
    }

    private static void rounds(StringBuilder md, List<EngineRun> runs) {
        md.append("### Per round\n\n");
        for (EngineRun run : runs) {
            md.append("| ").append(run.name()).append(" key | round | rows after | s | median-based s | rows/s | WAL / redo MiB"
                    + " | PK index MiB | leaf pages | leaf density % | buffer reads |\n")
                    .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (Load load : run.loads()) {
                for (Round r : load.rounds()) {
                    md.append("| ").append(load.key().label).append(" | ").append(r.round())
                            .append(" | ").append(f("%,d", r.rowsAfter()))
                            .append(" | ").append(f("%.2f", r.seconds()))
                            .append(" | ").append(f("%.2f", r.medianSeconds()))
                            .append(" | ").append(f("%,.0f", r.rowsPerSecond()))
                            .append(" | ").append(mib(r.logBytes()))
                            .append(" | ").append(f("%.1f", r.index().bytes() / 1048576.0))
                            .append(" | ").append(f("%,d", r.index().leafPages()))
                            .append(" | ").append(density(r.index()))
                            .append(" | ").append(f("%,d", r.bufferReads()))
                            .append(" |\n");
                }
            }
            md.append('\n');
        }
    }

    private static void queries(StringBuilder md, List<EngineRun> runs) {
        if (runs.stream().allMatch(r -> r.queries().isEmpty())) {
            return;
        }
        md.append("### Queries on the loaded tables\n\n")
                .append("| engine | key | query | path | queries | rows/query | p50 ms | p99 ms | buffer reads/query |\n")
                .append("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (EngineRun run : runs) {
            for (QueryBench.Result q : run.queries()) {
                md.append("| ").append(q.engine()).append(" | ").append(q.key().label).append(" | ").append(q.query())
                        .append(" | ").append(q.path()).append(" | ").append(q.count())
                        .append(" | ").append(f("%,.0f", q.rowsPerQuery()))
                        .append(" | ").append(f("%.2f", q.p50())).append(" | ").append(f("%.2f", q.p99()))
                        .append(" | ").append(f("%,.1f", q.readsPerQuery())).append(" |\n");
            }
        }
        md.append("\nOne hour = 1/24 of the rows: rows carry a simulated `created_at` spanning ")
                .append(TableLoader.SPAN.toHours()).append(" h, and v7 ids are minted on that clock. The v7 range binds"
                + " `Uuids.minV7(from)` / `Uuids.maxV7(to)` through `UuidJdbc`; BIGINT and v4 use a `created_at`"
                + " index built after the load. Buffer reads: PostgreSQL heap + index pages of the table read into"
                + " shared_buffers, InnoDB `Innodb_buffer_pool_reads`.\n\n");
    }

    private static void writers(StringBuilder md, List<EngineRun> runs) {
        if (runs.stream().allMatch(r -> r.writers() == null)) {
            return;
        }
        md.append("### Several writers: separate JVMs, each with its own v7 generator, into one table\n\n")
                .append("| engine | writers | rows | s | failed writers | distinct ids | leaf pages | leaf density %"
                        + " | 1 writer: s | 1 writer: leaf pages | 1 writer: leaf density % |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (EngineRun run : runs) {
            ConcurrentWriters.Result w = run.writers();
            if (w == null) {
                continue;
            }
            md.append("| ").append(w.engine()).append(" | ").append(w.writers()).append(" | ").append(f("%,d", w.rows()))
                    .append(" | ").append(f("%.1f", w.seconds())).append(" | ").append(w.failures())
                    .append(" | ").append(f("%,d", w.distinct()))
                    .append(" | ").append(f("%,d", w.concurrent().leafPages())).append(" | ").append(density(w.concurrent()))
                    .append(" | ").append(f("%.1f", w.singleSeconds()))
                    .append(" | ").append(f("%,d", w.single().leafPages())).append(" | ").append(density(w.single()))
                    .append(" |\n");
        }
        md.append("\nA duplicate key would fail its writer (primary-key violation) and show in *failed writers*;"
                + " *distinct ids* is `COUNT(DISTINCT id)` of the several-writer table.\n\n");
    }

    private static void costs(StringBuilder md, List<EngineRun> runs) {
        if (runs.stream().allMatch(r -> r.cost() == null)) {
            return;
        }
        md.append("### Binding cost on the real driver: `UuidJdbc.set` vs the raw call\n\n")
                .append("| engine | rows | pairs | UuidJdbc s | raw s | overhead % (totals) | per pair: median % | p25 – p75 % | min – max %"
                        + " | bind ns/id UuidJdbc / raw | bind overhead % of load |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (EngineRun run : runs) {
            DriverCost.Result c = run.cost();
            if (c == null) {
                continue;
            }
            md.append("| ").append(c.engine()).append(" | ").append(f("%,d", c.rows())).append(" | ").append(c.pairs())
                    .append(" | ").append(f("%.2f", c.uuidkitSeconds())).append(" | ").append(f("%.2f", c.rawSeconds()))
                    .append(" | ").append(f("%+.1f", c.overheadPercent()))
                    .append(" | ").append(f("%+.1f", c.median()))
                    .append(" | ").append(f("%+.1f – %+.1f", c.p25(), c.p75()))
                    .append(" | ").append(f("%+.1f – %+.1f", c.min(), c.max()))
                    .append(" | ").append(f("%.1f / %.1f", c.uuidkitBindNanos(), c.rawBindNanos()))
                    .append(" | ").append(f("%+.2f", c.bindOverheadPercent())).append(" |\n");
        }
        md.append("\nRaw: pgjdbc `setObject(i, uuid)`, Connector/J `setBytes(i, bytes)` with the bytes built by"
                + " `ByteBuffer`. Segments of ").append(f("%,d", DriverCost.SEGMENT)).append(" rows alternate"
                + " AB BA AB … (one transaction each, after an unmeasured warm-up pair); the median pair is the estimate,"
                + " the spread of the pairs is the noise it has to be read against. Bind-only: the same driver's prepared"
                + " 500-row statement, ids bound 100,000 times per repetition without executing, "
                + DriverCost.BIND_REPETITIONS + " alternating repetitions, fastest of each; its overhead is"
                + " (UuidJdbc − raw) ns per id over the raw load's ns per row.\n\n");
    }

    private static void doctor(StringBuilder md, List<EngineRun> runs) {
        md.append("### Doctor scan speed: `uuidkit doctor` on the loaded tables\n\n")
                .append("| engine | UUID columns | type | default sample: rows | s | rows/s | `--full`: rows | s | rows/s"
                        + " | target |\n")
                .append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (EngineRun run : runs) {
            DoctorSpeed.Result d = run.doctor();
            md.append("| ").append(d.engine()).append(" | ").append(d.columns()).append(" | `").append(d.columnType())
                    .append("` | ").append(f("%,d", d.sampleRows())).append(" | ").append(f("%.2f", d.sampleSeconds()))
                    .append(" | ").append(f("%,.0f", d.sampleRate())).append(" | ").append(f("%,d", d.fullRows()))
                    .append(" | ").append(f("%.2f", d.fullSeconds())).append(" | ").append(f("%,.0f", d.fullRate()))
                    .append(" | ").append(d.columnType().startsWith("binary")
                            ? verdict(d.fullRate() >= DoctorSpeed.TARGET_ROWS_PER_SECOND, "≥ 1 M rows/s full") : "")
                    .append(" |\n");
        }
        md.append("\nThe `Doctor` API (what `java -jar uuidkit-cli.jar doctor` runs) on a schema holding just this"
                + " run's loaded tables (moved there by a rename): one unmeasured audit, then the default sample ("
                + f("%,d", Doctor.DEFAULT_SAMPLE_ROWS) + " rows per column) and `--full`. Rows/s = rows scanned over all"
                + " UUID columns / wall-clock seconds of the whole audit (discovery, scans, duplicate and order checks,"
                + " index statistics, engine checks). The issue's target is for `BINARY(16)` columns.\n\n");
    }

    private static void charts(StringBuilder md, List<EngineRun> runs) {
        md.append("### Charts\n\n");
        for (EngineRun run : runs) {
            for (Charts.Png chart : Charts.of(run)) {
                md.append("![").append(chart.title()).append("](").append(chart.file()).append(")\n\n");
            }
        }
    }

    private static String verdict(boolean ok, String target) {
        return (ok ? "✓ " : "✗ ") + target;
    }

    private static String density(IndexShape index) {
        return Double.isNaN(index.leafDensity()) ? "–" : f("%.1f", index.leafDensity());
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "–" : f("%.1f", bytes / 1048576.0);
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
