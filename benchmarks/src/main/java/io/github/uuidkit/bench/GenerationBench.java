package io.github.uuidkit.bench;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import com.github.f4b6a3.uuid.UuidCreator;
import io.github.uuidkit.Uuids;
import io.github.robsonkades.uuidv7.UUIDv7;
import io.github.uuidkit.V7Generator;
import java.util.UUID;
import org.hibernate.id.uuid.UuidVersion7Strategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of UUID generation: uuidkit against uuid-creator, JUG, Hibernate 7, robsonkades/uuidv7 and the JDK,
 * with the bare clock read as the floor cost of any v7. Run at 1 and 2 threads by {@link JmhReport}. The bulk
 * benchmarks count ids ({@code @OperationsPerInvocation(BATCH)}), so their scores are ids per microsecond too.
 * robsonkades' cached-clock mode needs a system property at JVM start: see {@link GenerationCachedBench}.
 * JDK 26's {@code UUID.ofEpochMillis} is not measured: the benchmarks build for Java 17 and run on the JDK at hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GenerationBench {

    /** A strict generator of its own, like {@code Uuids.v7()}'s, for the bulk benchmarks. */
    private static final V7Generator STRICT = V7Generator.builder().build();

    private final TimeBasedEpochGenerator jug = Generators.timeBasedEpochGenerator();
    private final V7Generator perThread = V7Generator.builder().perThreadOrdered().build();
    private final V7Generator strictCached = V7Generator.builder().cachedClock().build();
    private final V7Generator perThreadCached = V7Generator.builder().cachedClock().perThreadOrdered().build();

    /** Ids per bulk call: robsonkades' {@code fill(long[], 0, 1000)} of issue #24. */
    static final int BATCH = 1000;

    /** One thread's output buffers for the bulk benchmarks. */
    @State(Scope.Thread)
    public static class Buffers {
        final long[] longs = new long[2 * BATCH];
        final UUID[] uuids = new UUID[BATCH];
    }

    /**
     * The clock read every v7 generator makes: the floor.
     *
     * @return milliseconds since 1970
     */
    @Benchmark
    public long clockCurrentTimeMillis() {
        return System.currentTimeMillis();
    }

    /**
     * uuidkit's monotonic v7.
     *
     * @return a UUID v7
     */
    @Benchmark
    public UUID uuidkitV7() {
        return Uuids.v7();
    }

    /**
     * uuidkit's v7 ordered per thread only ({@link V7Generator.Builder#perThreadOrdered()}).
     *
     * @return a UUID v7
     */
    @Benchmark
    public UUID uuidkitV7PerThread() {
        return perThread.next();
    }

    /**
     * uuidkit's strict v7 on the opt-in cached clock ({@link V7Generator.Builder#cachedClock()}).
     *
     * @return a UUID v7
     */
    @Benchmark
    public UUID uuidkitV7Cached() {
        return strictCached.next();
    }

    /**
     * uuidkit's per-thread ordered v7 on the opt-in cached clock.
     *
     * @return a UUID v7
     */
    @Benchmark
    public UUID uuidkitV7PerThreadCached() {
        return perThreadCached.next();
    }

    /**
     * uuidkit bulk, strict (one clock read and one CAS per batch): {@link #BATCH} ids as long pairs.
     *
     * @param buffers this thread's buffer
     * @return the buffer
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long[] uuidkitFillLongsStrict(Buffers buffers) {
        STRICT.fill(buffers.longs, 0, BATCH);
        return buffers.longs;
    }

    /**
     * uuidkit bulk, per-thread ordered: {@link #BATCH} ids as long pairs.
     *
     * @param buffers this thread's buffer
     * @return the buffer
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long[] uuidkitFillLongsPerThread(Buffers buffers) {
        perThread.fill(buffers.longs, 0, BATCH);
        return buffers.longs;
    }

    /**
     * uuidkit bulk, strict: {@link #BATCH} {@link UUID} objects.
     *
     * @param buffers this thread's buffer
     * @return the buffer
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public UUID[] uuidkitFillUuidsStrict(Buffers buffers) {
        STRICT.fill(buffers.uuids);
        return buffers.uuids;
    }

    /**
     * robsonkades/uuidv7 1.1.0 {@code UUIDv7.randomUUID()}: per-thread state, ordered per thread only.
     *
     * @return a UUID v7
     */
    @Benchmark
    public UUID robsonkadesRandomUuid() {
        return UUIDv7.randomUUID();
    }

    /**
     * robsonkades/uuidv7 1.1.0 {@code UUIDv7.fill(long[], 0, 1000)}: one clock read per batch, per-thread state.
     *
     * @param buffers this thread's buffer
     * @return the buffer
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long[] robsonkadesFill(Buffers buffers) {
        UUIDv7.fill(buffers.longs, 0, BATCH);
        return buffers.longs;
    }

    /**
     * uuid-creator's default v7 (random per id, monotonic).
     *
     * @return a UUID v7
     */
    @Benchmark
    public UUID uuidCreatorEpoch() {
        return UuidCreator.getTimeOrderedEpoch();
    }

    /**
     * uuid-creator's v7 with a +1 counter within a millisecond (monotonic).
     *
     * @return a UUID v7
     */
    @Benchmark
    public UUID uuidCreatorEpochPlus1() {
        return UuidCreator.getTimeOrderedEpochPlus1();
    }

    /**
     * uuid-creator's "fast" v7 (non-cryptographic random).
     *
     * @return a UUID v7
     */
    @Benchmark
    public UUID uuidCreatorEpochFast() {
        return UuidCreator.getTimeOrderedEpochFast();
    }

    /**
     * JUG's monotonic v7 generator.
     *
     * @return a UUID v7
     */
    @Benchmark
    public UUID jugEpoch() {
        return jug.generate();
    }

    /**
     * Hibernate 7's {@code @UuidGenerator(style = VERSION_7)}: the strategy object that style uses
     * ({@code UuidVersion7Strategy.INSTANCE}; it does not read the session).
     *
     * @return a UUID v7
     */
    @Benchmark
    public UUID hibernate7Version7() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }

    /**
     * The JDK's v4 (SecureRandom per id).
     *
     * @return a UUID v4
     */
    @Benchmark
    public UUID jdkRandomUuid() {
        return UUID.randomUUID();
    }

    /**
     * uuidkit's v4 (SecureRandom, buffered per thread).
     *
     * @return a UUID v4
     */
    @Benchmark
    public UUID uuidkitV4() {
        return Uuids.v4();
    }
}
