package io.github.uuidkit.bench;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * What the opt-in cached clock ({@link V7Generator.Builder#cachedClock()}) costs: the lag of its timestamps
 * behind {@link System#currentTimeMillis()} while ids are made, and the CPU time of its ticker thread while
 * ids are made rarely and when none are made; robsonkades/uuidv7's always-on ticker beside it.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.uuidkit.bench.CachedClockCost [seconds]
 * </pre>
 */
public final class CachedClockCost {

    private CachedClockCost() {
    }

    /**
     * Runs the three phases and prints one line each.
     *
     * @param args optional: seconds per phase (default 5)
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.setProperty("io.github.robsonkades.uuidv7.cachedClock", "true");
        V7Generator generator = V7Generator.builder().cachedClock().perThreadOrdered().build();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();

        // 1. Lag while ids are made as fast as a clock call per id allows (below 65,536 per ms: no carry).
        long[] lags = new long[1 << 22];
        int n = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        while (System.nanoTime() < end) {
            UUID id = generator.next();
            long now = System.currentTimeMillis();
            if ((++count & 63) == 0 && n < lags.length) {
                lags[n++] = now - Uuids.unixMillis(id);
            }
        }
        long[] sorted = Arrays.copyOf(lags, n);
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "lag (clock ms - id ms), %d samples over %d s: p50 %d, p99 %d, p99.9 %d,"
                        + " p99.99 %d, max %d ms; min %d ms%n", n, seconds, pct(sorted, 0.5), pct(sorted, 0.99),
                pct(sorted, 0.999), pct(sorted, 0.9999), sorted[n - 1], sorted[0]);

        Thread ticker = thread("uuidkit-clock-ticker");
        io.github.robsonkades.uuidv7.UUIDv7.randomUUID(); // starts its ticker (cached mode)
        Thread theirs = thread("uuidv7-clock-ticker");

        // 2. Ids made rarely (one per 10 ms): both tickers awake.
        long ours0 = mx.getThreadCpuTime(ticker.getId());
        long theirs0 = theirs == null ? 0 : mx.getThreadCpuTime(theirs.getId());
        end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            generator.next();
            Thread.sleep(10);
        }
        System.out.printf(Locale.ROOT, "ticker CPU, one id per 10 ms: uuidkit %.2f ms/s, robsonkades %s%n",
                (mx.getThreadCpuTime(ticker.getId()) - ours0) / 1e6 / seconds, cpu(mx, theirs, theirs0, seconds));

        // 3. No ids: uuidkit's ticker parks after ~1 s; measured after 2 s.
        Thread.sleep(2_000);
        ours0 = mx.getThreadCpuTime(ticker.getId());
        theirs0 = theirs == null ? 0 : mx.getThreadCpuTime(theirs.getId());
        Thread.sleep(seconds * 1000L);
        System.out.printf(Locale.ROOT, "ticker CPU, idle (no ids): uuidkit %.3f ms/s (state %s), robsonkades %s%n",
                (mx.getThreadCpuTime(ticker.getId()) - ours0) / 1e6 / seconds, ticker.getState(),
                cpu(mx, theirs, theirs0, seconds));
        long before = System.currentTimeMillis();
        UUID woken = generator.next();
        System.out.printf(Locale.ROOT, "first id after idle: lag %d ms (read from the clock itself)%n",
                before - Uuids.unixMillis(woken));
    }

    private static String cpu(ThreadMXBean mx, Thread t, long start, int seconds) {
        return t == null ? "n/a (no ticker thread)"
                : String.format(Locale.ROOT, "%.2f ms/s", (mx.getThreadCpuTime(t.getId()) - start) / 1e6 / seconds);
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElse(null);
    }
}
