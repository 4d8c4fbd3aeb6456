package io.github.uuidkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks side by side with the competitors in one run and writes a markdown table of
 * medians with ratios, plus the targets uuidkit sets itself.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--quick] [--out FILE] [--only REGEX]
 * </pre>
 * Default: 2 forks × 5 measured iterations of 1 s after 3 warm-up iterations, at 1 and 2 threads for
 * generation. {@code --quick}: 1 fork, 2 × 200 ms warm-up, 3 × 200 ms measured (a smoke run; its
 * numbers are noisy).
 */
public final class JmhReport {

    private JmhReport() {
    }

    /**
     * Runs the benchmarks and writes the report.
     *
     * @param args {@code [--quick] [--out FILE] [--only REGEX]}
     * @throws RunnerException if JMH fails
     * @throws IOException if the report cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        boolean quick = false;
        Path out = Paths.get("benchmarks", "target", "jmh-report.md");
        String only = ".*";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick":
                    quick = true;
                    break;
                case "--out":
                    out = Paths.get(args[++i]);
                    break;
                case "--only":
                    only = args[++i];
                    break;
                default:
                    System.err.println("usage: benchmarks.jar [--quick] [--out FILE] [--only REGEX]");
                    System.exit(2);
            }
        }
        Map<String, Double> single = run(GenerationBench.class, 1, quick, only);
        single.putAll(run(CodecBench.class, 1, quick, only));
        single.putAll(run(JdbcBindBench.class, 1, quick, only));
        Map<String, Double> dual = run(GenerationBench.class, 2, quick, only);

        String report = render(single, dual, quick);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private static Map<String, Double> run(Class<?> benchmarks, int threads, boolean quick, String only)
            throws RunnerException {
        String include = "^" + benchmarks.getName().replace(".", "\\.") + "\\.";
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include + "(" + only + ")$")
                .threads(threads)
                .forks(quick ? 1 : 2)
                .warmupIterations(quick ? 2 : 3)
                .warmupTime(quick ? TimeValue.milliseconds(200) : TimeValue.seconds(1))
                .measurementIterations(quick ? 3 : 5)
                .measurementTime(quick ? TimeValue.milliseconds(200) : TimeValue.seconds(1))
                .timeUnit(TimeUnit.MICROSECONDS)
                .shouldFailOnError(true);
        Map<String, Double> medians = new LinkedHashMap<>();
        List<RunResult> results;
        try {
            results = new ArrayList<>(new Runner(options.build()).run());
        } catch (NoBenchmarksException e) {
            return medians; // all filtered out by --only
        }
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String method = name.substring(name.lastIndexOf('.') + 1);
            Result<?> primary = result.getPrimaryResult();
            // ops/us -> millions of ops per second; the median over all forks' iterations.
            medians.put(method, primary.getStatistics().getPercentile(50));
        }
        return medians;
    }

    private static String render(Map<String, Double> single, Map<String, Double> dual, boolean quick) {
        StringBuilder md = new StringBuilder();
        md.append("## JMH results (").append(quick ? "quick smoke run, noisy" : "2 forks × 5 × 1 s")
                .append(", ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs)\n\n");
        table(md, "Generation, 1 thread", single, "uuidkitV7", "clockCurrentTimeMillis", "uuidkitV7",
                "uuidkitV7PerThread", "uuidCreatorEpoch", "uuidCreatorEpochPlus1", "uuidCreatorEpochFast", "jugEpoch",
                "hibernate7Version7", "uuidkitV4", "jdkRandomUuid");
        table(md, "Generation, 2 threads (total)", dual, "uuidkitV7", "clockCurrentTimeMillis", "uuidkitV7",
                "uuidkitV7PerThread", "uuidCreatorEpoch", "uuidCreatorEpochPlus1", "uuidCreatorEpochFast", "jugEpoch",
                "hibernate7Version7", "uuidkitV4", "jdkRandomUuid");
        table(md, "UUID → 16 bytes", single, "toBytesUuidkit", "toBytesUuidkit", "toBytesJdkByteBuffer",
                "toBytesUuidCreator");
        table(md, "16 bytes → UUID", single, "fromBytesUuidkit", "fromBytesUuidkit", "fromBytesJdkByteBuffer",
                "fromBytesUuidCreator");
        table(md, "Parse canonical text", single, "parseUuidkit", "parseUuidkit", "parseJdk", "parseUuidCreator");
        table(md, "Format canonical text", single, "formatUuidkit", "formatUuidkit", "formatJdk",
                "formatUuidCreator");
        table(md, "Short text forms (UuidTextForm), 1 thread", single, "formatBase64url", "formatBase32hex",
                "parseBase32hex", "formatCrockford", "parseCrockford", "formatBase62", "parseBase62",
                "formatBase64url", "parseBase64url", "formatBase64urlJdk", "formatJdk");
        // One table per column kind: uuidkit's bind against the raw driver call it makes (target ≥ 0.95×).
        table(md, "JDBC bind BINARY16 (stub statement)", single, "binary16UuidJdbc", "binary16UuidJdbc",
                "binary16Raw");
        table(md, "JDBC bind POSTGRES_UUID (stub statement, pgjdbc-like setObject)", single,
                "postgresUuidUuidJdbc", "postgresUuidUuidJdbc", "postgresUuidRaw");
        table(md, "JDBC bind MARIADB_UUID (stub statement)", single, "mariadbUuidUuidJdbc",
                "mariadbUuidUuidJdbc", "mariadbUuidRaw");

        md.append("### Targets\n\n| target | measured | met |\n| --- | --- | --- |\n");
        target(md, "v7 ≥ 0.8× the bare clock read, 1 thread",
                ratio(single, "uuidkitV7", "clockCurrentTimeMillis"), 0.8, "×");
        target(md, "v7 ≥ 1.2× the fastest v7 competitor, 1 thread", ratio(single, "uuidkitV7",
                best(single, "uuidCreatorEpoch", "uuidCreatorEpochPlus1", "uuidCreatorEpochFast", "jugEpoch")),
                1.2, "×");
        target(md, "v7 ≥ 1× the fastest monotonic competitor, 2 threads", ratio(dual, "uuidkitV7",
                best(dual, "uuidCreatorEpoch", "uuidCreatorEpochPlus1", "jugEpoch")), 1.0, "×");
        target(md, "per-thread ordered v7 ≥ 1.2× the fastest v7 competitor, 2 threads",
                ratio(dual, "uuidkitV7PerThread", best(dual, "uuidCreatorEpoch", "uuidCreatorEpochPlus1",
                        "uuidCreatorEpochFast", "jugEpoch")), 1.2, "×");
        target(md, "parse ≥ 2× JDK", ratio(single, "parseUuidkit", "parseJdk"), 2.0, "×");
        target(md, "format ≥ 1× JDK", ratio(single, "formatUuidkit", "formatJdk"), 1.0, "×");
        target(md, "16 bytes → UUID ≥ 100 M/s", value(single, "fromBytesUuidkit"), 100.0, " M/s");
        target(md, "UUID → 16 bytes ≥ 100 M/s", value(single, "toBytesUuidkit"), 100.0, " M/s");
        for (String codec : new String[] {"formatBase32hex", "parseBase32hex", "formatCrockford", "parseCrockford",
                "formatBase62", "parseBase62", "formatBase64url", "parseBase64url"}) {
            target(md, codec + " ≥ 100 M/s", value(single, codec), 100.0, " M/s");
        }
        return md.toString();
    }

    private static void table(StringBuilder md, String title, Map<String, Double> results, String ours,
                              String... rows) {
        if (!results.containsKey(ours)) {
            return;
        }
        md.append("### ").append(title).append("\n\n| benchmark | M ops/s (median) | ")
                .append(ours).append(" ÷ this |\n| --- | ---: | ---: |\n");
        for (String row : rows) {
            if (results.containsKey(row)) {
                md.append("| ").append(row).append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f", results.get(row))).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f×", results.get(ours) / results.get(row)))
                        .append(" |\n");
            }
        }
        md.append('\n');
    }

    private static String best(Map<String, Double> results, String... names) {
        String best = null;
        for (String name : names) {
            if (results.containsKey(name) && (best == null || results.get(name) > results.get(best))) {
                best = name;
            }
        }
        return best;
    }

    private static double value(Map<String, Double> results, String name) {
        return results.getOrDefault(name, Double.NaN);
    }

    private static double ratio(Map<String, Double> results, String a, String b) {
        return b == null ? Double.NaN : value(results, a) / value(results, b);
    }

    private static void target(StringBuilder md, String label, double measured, double goal, String unit) {
        boolean ran = !Double.isNaN(measured);
        md.append("| ").append(label).append(" | ")
                .append(ran ? String.format(Locale.ROOT, "%.2f%s", measured, unit) : "not run")
                .append(" | ").append(ran ? (measured >= goal ? "yes" : "**no**") : "–").append(" |\n");
    }
}
