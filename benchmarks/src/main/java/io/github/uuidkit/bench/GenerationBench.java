package io.github.uuidkit.bench;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import com.github.f4b6a3.uuid.UuidCreator;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import java.util.UUID;
import org.hibernate.id.uuid.UuidVersion7Strategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of UUID generation: uuidkit against uuid-creator, JUG, Hibernate 7 and the JDK, with the bare clock
 * read as the floor cost of any v7. Run at 1 and 2 threads by {@link JmhReport}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GenerationBench {

    private final TimeBasedEpochGenerator jug = Generators.timeBasedEpochGenerator();
    private final V7Generator perThread = V7Generator.builder().perThreadOrdered().build();

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
