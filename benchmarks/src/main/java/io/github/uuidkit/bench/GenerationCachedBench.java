package io.github.uuidkit.bench;

import io.github.robsonkades.uuidv7.UUIDv7;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * robsonkades/uuidv7 in its opt-in cached-clock mode, which it reads from a system property once, at class
 * initialisation: so in forks of its own, started with that property. uuidkit's cached clock is a builder option
 * ({@link GenerationBench#uuidkitV7PerThreadCached()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = "-Dio.github.robsonkades.uuidv7.cachedClock=true")
public class GenerationCachedBench {

    /** Fails the fork unless the cached mode is on: its ticker thread runs after the first id. */
    @Setup
    public void checkCachedMode() {
        UUIDv7.randomUUID();
        boolean ticker = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("uuidv7-clock-ticker"));
        if (!ticker) {
            throw new IllegalStateException("robsonkades/uuidv7 cached clock is not on (no uuidv7-clock-ticker thread)");
        }
    }

    /**
     * robsonkades/uuidv7 1.1.0 {@code UUIDv7.randomUUID()} with {@code -Dio.github.robsonkades.uuidv7.cachedClock=true}
     * (a daemon thread refreshes a volatile millisecond every 0.5 ms).
     *
     * @return a UUID v7
     */
    @Benchmark
    public UUID robsonkadesCachedRandomUuid() {
        return UUIDv7.randomUUID();
    }
}
