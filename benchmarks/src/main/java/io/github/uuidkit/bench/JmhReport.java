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
 *     [--forks N] [--warmups N] [--iterations N] [--seconds S]
 * </pre>
 * Default: 2 forks × 5 measured iterations of 1 s after 3 warm-up iterations, at 1 and 2 threads for
 * generation. {@code --quick}: 1 fork, 2 × 200 ms warm-up, 3 × 200 ms measured (a smoke run; its
 * numbers are noisy). {@code --forks}, {@code --warmups}, {@code --iterations} and {@code --seconds} (per
 * iteration, warm-up and measured) override the default run's shape.
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
        Shape shape = new Shape();
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
                case "--forks":
                    shape.forks = Integer.parseInt(args[++i]);
                    break;
                case "--warmups":
                    shape.warmups = Integer.parseInt(args[++i]);
                    break;
                case "--iterations":
                    shape.iterations = Integer.parseInt(args[++i]);
                    break;
                case "--seconds":
                    shape.seconds = Double.parseDouble(args[++i]);
                    break;
                default:
                    System.err.println("usage: benchmarks.jar [--quick] [--out FILE] [--only REGEX] [--forks N]"
                            + " [--warmups N] [--iterations N] [--seconds S]");
                    System.exit(2);
            }
        }
        if (quick) {
            shape = Shape.QUICK;
        }
        String uptimeBefore = loadAverage();
        Map<String, Double> single = run(GenerationBench.class, 1, shape, only);
        single.putAll(run(GenerationCachedBench.class, 1, shape, only));
        single.putAll(run(CodecBench.class, 1, shape, only));
        single.putAll(run(JdbcBindBench.class, 1, shape, only));
        Map<String, Double> dual = run(GenerationBench.class, 2, shape, only);
        dual.putAll(run(GenerationCachedBench.class, 2, shape, only));

        String report = render(single, dual, shape, uptimeBefore, loadAverage());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** Forks and iterations of a run. */
    private static final class Shape {
        static final Shape QUICK = new Shape(1, 2, 3, 0.2);
        int forks;
        int warmups;
        int iterations;
        double seconds;

        Shape() {
            this(2, 3, 5, 1);
        }

        Shape(int forks, int warmups, int iterations, double seconds) {
            this.forks = forks;
            this.warmups = warmups;
            this.iterations = iterations;
            this.seconds = seconds;
        }

        @Override
        public String toString() {
            return forks + " forks × (" + warmups + " warm-up + " + iterations + " measured) × "
                    + String.format(Locale.ROOT, "%.1f", seconds) + " s";
        }
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "unknown": the machine may be shared. */
    private static String loadAverage() {
        try {
            return Files.readString(Paths.get("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Map<String, Double> run(Class<?> benchmarks, int threads, Shape shape, String only)
            throws RunnerException {
        String include = "^" + benchmarks.getName().replace(".", "\\.") + "\\.";
        TimeValue time = TimeValue.milliseconds(Math.round(shape.seconds * 1000));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include + "(" + only + ")$")
                .threads(threads)
                .forks(shape.forks)
                .warmupIterations(shape.warmups)
                .warmupTime(time)
                .measurementIterations(shape.iterations)
                .measurementTime(time)
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

    /** Competitor versions: the parent pom's properties (uuid-creator, jug, robsonkades-uuidv7, hibernate7). */
    static final String COMPETITORS = "uuid-creator 6.1.1, JUG (java-uuid-generator) 5.2.0, robsonkades/uuidv7 1.1.0, "
            + "Hibernate ORM " + org.hibernate.Version.getVersionString();

    private static final String[] GENERATION_ROWS = {"clockCurrentTimeMillis", "uuidkitV7", "uuidkitV7Cached",
        "uuidkitV7PerThread", "uuidkitV7PerThreadCached", "uuidkitFillLongsStrict", "uuidkitFillLongsPerThread",
        "uuidkitFillUuidsStrict", "robsonkadesRandomUuid", "robsonkadesCachedRandomUuid", "robsonkadesFill",
        "uuidCreatorEpoch", "uuidCreatorEpochPlus1", "uuidCreatorEpochFast", "jugEpoch", "hibernate7Version7",
        "uuidkitV4", "jdkRandomUuid"};
    private static final String[] STRICT_COMPETITORS = {"uuidCreatorEpoch", "uuidCreatorEpochPlus1",
        "uuidCreatorEpochFast", "jugEpoch", "hibernate7Version7"};

    private static String render(Map<String, Double> single, Map<String, Double> dual, Shape shape, String loadBefore,
                                 String loadAfter) {
        StringBuilder md = new StringBuilder();
        md.append("## JMH results (").append(shape).append(", ").append(System.getProperty("java.vm.name"))
                .append(' ').append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(")\n\n").append("Competitors: ").append(COMPETITORS)
                .append(". JDK 26's UUID.ofEpochMillis: not measured (needs a JDK 26; this run's JDK is ")
                .append(System.getProperty("java.version")).append(").\n\n")
                .append("Load average (1/5/15 min, runnable/total, last pid) before: ").append(loadBefore)
                .append("; after: ").append(loadAfter).append(".\n\n");
        table(md, "Generation, 1 thread (M ids/s; bulk rows count ids)", single, "uuidkitV7", GENERATION_ROWS);
        table(md, "Generation, 2 threads (total M ids/s)", dual, "uuidkitV7", GENERATION_ROWS);
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
        for (int threads = 1; threads <= 2; threads++) {
            Map<String, Double> r = threads == 1 ? single : dual;
            String at = ", " + threads + (threads == 1 ? " thread" : " threads");
            target(md, "per-thread ≥ 1.0× robsonkades randomUUID()" + at,
                    ratio(r, "uuidkitV7PerThread", "robsonkadesRandomUuid"), 1.0, "×");
            target(md, "cached per-thread ≥ 1.0× robsonkades cached randomUUID()" + at,
                    ratio(r, "uuidkitV7PerThreadCached", "robsonkadesCachedRandomUuid"), 1.0, "×");
            target(md, "bulk strict fill(long[],0,1000) ≥ 1.0× robsonkades fill" + at,
                    ratio(r, "uuidkitFillLongsStrict", "robsonkadesFill"), 1.0, "×");
            target(md, "bulk per-thread fill(long[],0,1000) ≥ 1.0× robsonkades fill" + at,
                    ratio(r, "uuidkitFillLongsPerThread", "robsonkadesFill"), 1.0, "×");
            target(md, "strict v7 ≥ 1.0× the fastest strict competitor (" + best(r, STRICT_COMPETITORS) + ")" + at,
                    ratio(r, "uuidkitV7", best(r, STRICT_COMPETITORS)), 1.0, "×");
        }
        target(md, "strict v7 ≥ 0.8× the bare clock read, 1 thread",
                ratio(single, "uuidkitV7", "clockCurrentTimeMillis"), 0.8, "×");
        target(md, "strict v7 on the cached clock ≥ 3× strict v7, 1 thread",
                ratio(single, "uuidkitV7Cached", "uuidkitV7"), 3.0, "×");
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
