package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The cached clock of {@link V7Generator.Builder#cachedClock()}: its lag and its idle behaviour, driven tick by
 * tick with an injected time source (no thread, no sleeps).
 */
class TickingClockTest {

    private static final long T = 1_795_435_200_000L; // 2026-11-23T12:00:00Z
    private static final long SEED = Long.getLong("uuidkit.test.seed", System.nanoTime());

    static {
        System.out.println("TickingClockTest seed: " + SEED + " (rerun with -Duuidkit.test.seed=" + SEED + ")");
    }

    @Test
    void aReadLagsTheSourceByNoMoreThanTheSourceMovedSinceTheLastTick() {
        // The source advances 0-3 ms between ticks (a ticker on time at 0.5 ms ticks sees 0 or 1; a delayed one
        // more); between ticks several reads happen. Each read equals the source at the last tick: the lag is
        // exactly what the source moved since, never more.
        AtomicLong source = new AtomicLong(T);
        TickingClock clock = new TickingClock(source::get, TickingClock.DEFAULT_TICK_NANOS, 2_000, false);
        assertThat(clock.getAsLong()).isEqualTo(T); // the first read wakes it: the source itself
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int tick = 0; tick < 10_000; tick++) {
            clock.tick();
            long atTick = source.get();
            int reads = 1 + rnd.nextInt(5);
            for (int i = 0; i < reads; i++) {
                if (rnd.nextInt(4) == 0) {
                    source.addAndGet(rnd.nextInt(2));
                }
                assertThat(clock.getAsLong()).isEqualTo(atTick);
            }
            source.addAndGet(rnd.nextInt(4));
        }
    }

    @Test
    void parksAfterIdleTicksAndTheNextReadReadsTheSourceAndWakesIt() {
        AtomicLong source = new AtomicLong(T);
        AtomicInteger sourceReads = new AtomicInteger();
        TickingClock clock = new TickingClock(() -> {
            sourceReads.incrementAndGet();
            return source.get();
        }, TickingClock.DEFAULT_TICK_NANOS, 5, false);
        assertThat(clock.sleeping()).isTrue(); // created asleep: no thread until the first read
        clock.getAsLong();
        assertThat(clock.sleeping()).isFalse();
        assertThat(clock.tick()).isTrue(); // the read above counts: not idle
        for (int i = 1; i < 5; i++) {
            assertThat(clock.tick()).as("untouched tick %d", i).isTrue();
        }
        clock.getAsLong(); // a read in the idle count starts it over
        for (int i = 0; i < 5; i++) {
            assertThat(clock.tick()).isTrue();
        }
        assertThat(clock.tick()).isFalse(); // five ticks without a read: asleep
        assertThat(clock.sleeping()).isTrue();
        source.set(T + 3_600_000); // an hour later
        int before = sourceReads.get();
        assertThat(clock.getAsLong()).isEqualTo(T + 3_600_000); // not the stale cached value
        assertThat(sourceReads.get()).isEqualTo(before + 1);
        assertThat(clock.sleeping()).isFalse();
        assertThat(clock.getAsLong()).isEqualTo(T + 3_600_000); // the waker stored its read
        assertThat(clock.tick()).isTrue();
    }

    @Test
    void aGeneratorOnACachedClockKeepsItsGuaranteesWhenTheCacheLagsOrStepsBack() {
        AtomicLong source = new AtomicLong(T);
        TickingClock clock = new TickingClock(source::get, TickingClock.DEFAULT_TICK_NANOS, 2_000, false);
        V7Generator generator = V7Generator.builder().millis(clock).build();
        List<UUID> ids = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(SEED ^ 7);
        for (int tick = 0; tick < 2_000; tick++) {
            source.addAndGet(rnd.nextInt(8) == 0 ? -rnd.nextInt(3) : rnd.nextInt(2)); // NTP steps back now and then
            clock.tick();
            for (int i = 0; i < 3; i++) {
                ids.add(generator.next());
            }
            ids.addAll(generator.nextBatch(2));
        }
        for (int i = 1; i < ids.size(); i++) {
            assertThat(UuidOrder.compareUnsigned(ids.get(i), ids.get(i - 1))).isPositive();
        }
    }

    @Test
    void theBuilderOptionUsesTheSharedSystemTickerAndMakesValidIds() {
        long before = System.currentTimeMillis();
        V7Generator a = V7Generator.builder().cachedClock().build();
        V7Generator b = V7Generator.builder().cachedClock().perThreadOrdered().build();
        UUID idA = a.next();
        UUID idB = b.next();
        long after = System.currentTimeMillis();
        assertThat(Uuids.isV7(idA)).isTrue();
        assertThat(Uuids.isV7(idB)).isTrue();
        // Lag tolerance: the ticker may be held back by a loaded machine; the id is never ahead of the clock.
        assertThat(Uuids.unixMillis(idA)).isBetween(before - 5_000, after);
        assertThat(Uuids.unixMillis(idB)).isBetween(before - 5_000, after);
        assertThat(TickingClock.system().ticker()).isNotNull();
        assertThat(TickingClock.system().ticker().isDaemon()).isTrue();
    }
}
