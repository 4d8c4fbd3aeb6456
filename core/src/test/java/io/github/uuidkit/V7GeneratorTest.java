package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class V7GeneratorTest {

    private static final long T = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();

    @Test
    void burstInOneMillisecondStrictlyIncreases() {
        V7Generator generator = V7Generator.builder().clock(Clock.fixed(Instant.ofEpochMilli(T), ZoneOffset.UTC)).build();
        UUID previous = generator.next();
        for (int i = 0; i < 50_000; i++) {
            UUID next = generator.next();
            assertThat(Uuids.isV7(next)).isTrue();
            assertThat(Uuids.unixMillis(next)).isEqualTo(T);
            assertThat(UuidOrder.compareUnsigned(next, previous)).isPositive();
            previous = next;
        }
    }

    @Test
    void followsTheClockAcrossMilliseconds() {
        AtomicLong clock = new AtomicLong(T);
        V7Generator generator = V7Generator.builder().millis(clock::get).build();
        UUID previous = generator.next();
        for (int ms = 1; ms <= 2_000; ms++) {
            clock.set(T + ms);
            UUID next = generator.next();
            assertThat(Uuids.unixMillis(next)).isEqualTo(T + ms);
            assertThat(UuidOrder.compareUnsigned(next, previous)).isPositive();
            previous = next;
        }
    }

    @Test
    void carriesFarApartTimestamps() {
        AtomicLong clock = new AtomicLong();
        V7Generator generator = V7Generator.builder().millis(clock::get).build();
        long[] instants = {0, 1, T, Instant.parse("2100-01-01T00:00:00Z").toEpochMilli(),
            Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli(), (1L << 48) - 1};
        UUID previous = null;
        for (long ms : instants) {
            clock.set(ms);
            UUID next = generator.next();
            assertThat(Uuids.unixMillis(next)).isEqualTo(ms);
            if (previous != null) {
                assertThat(UuidOrder.compareUnsigned(next, previous)).isPositive();
            }
            previous = next;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 1_000, 3_600_000})
    void clockRollbackNeverDecreasesTheTimestamp(long rollbackMillis) {
        AtomicLong clock = new AtomicLong(T);
        V7Generator generator = V7Generator.builder().millis(clock::get).build();
        UUID previous = generator.next();
        clock.set(T - rollbackMillis);
        for (int i = 0; i < 10_000; i++) {
            UUID next = generator.next();
            assertThat(Uuids.unixMillis(next)).isEqualTo(T);
            assertThat(UuidOrder.compareUnsigned(next, previous)).isPositive();
            previous = next;
        }
        clock.set(T + 1);
        UUID afterRecovery = generator.next();
        assertThat(Uuids.unixMillis(afterRecovery)).isEqualTo(T + 1);
        assertThat(UuidOrder.compareUnsigned(afterRecovery, previous)).isPositive();
    }

    @Test
    void exhaustedMillisecondCarriesIntoTheNextWithoutThrowingOrRepeating() {
        // Class Javadoc: a millisecond holds 65,536 ids; the next one carries into the next millisecond.
        V7Generator generator = V7Generator.builder()
                .clock(Clock.fixed(Instant.ofEpochMilli(T), ZoneOffset.UTC))
                .build();
        Set<UUID> seen = new HashSet<>();
        UUID previous = null;
        for (int i = 0; i < 3 * 65_536 + 10; i++) {
            UUID next = generator.next();
            assertThat(seen.add(next)).isTrue();
            if (previous != null) {
                assertThat(UuidOrder.compareUnsigned(next, previous)).isPositive();
            }
            // Bounded drift: one millisecond per 65,536 ids, never more.
            assertThat(Uuids.unixMillis(next)).isEqualTo(T + i / 65_536);
            previous = next;
        }
    }

    @Test
    void theLastMillisecondEndsWithAClearError() {
        V7Generator generator = V7Generator.builder().millis(() -> (1L << 48) - 1).build();
        for (int i = 0; i < 65_536; i++) {
            assertThat(Uuids.unixMillis(generator.next())).isEqualTo((1L << 48) - 1);
        }
        assertThatThrownBy(generator::next)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("UUID v7 range exhausted: counted past 281474976710655 ms");
        assertThatThrownBy(generator::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sameKeySameSequenceOtherKeyOtherBits() {
        Clock fixed = Clock.fixed(Instant.ofEpochMilli(T), ZoneOffset.UTC);
        UUID a = V7Generator.builder().clock(fixed).random(new SplittableRandom(7)).build().next();
        UUID b = V7Generator.builder().clock(fixed).random(new SplittableRandom(7)).build().next();
        UUID c = V7Generator.builder().clock(fixed).random(new SplittableRandom(8)).build().next();
        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
        assertThat(Uuids.unixMillis(c)).isEqualTo(Uuids.unixMillis(a));
    }

    @Test
    void countsWithinAMillisecondAsDocumented() {
        V7Generator generator = V7Generator.builder()
                .clock(Clock.fixed(Instant.ofEpochMilli(T), ZoneOffset.UTC))
                .random(new SplittableRandom(42))
                .build();
        UUID first = generator.next();
        UUID second = generator.next();
        // Class Javadoc: 42-bit counter in rand_a (12 bits) and the top 30 bits of rand_b, +1 per id;
        // the low 32 bits are random per millisecond and kept.
        long counter1 = counter(first);
        long counter2 = counter(second);
        assertThat(counter2).isEqualTo(counter1 + 1);
        // The first id of a millisecond carries the 41-bit seed: the counter's top bit starts at 0.
        assertThat(counter1).isLessThan(1L << 41);
        assertThat((int) second.getLeastSignificantBits()).isEqualTo((int) first.getLeastSignificantBits());
        assertThat(second.variant()).isEqualTo(2);
        assertThat(second.version()).isEqualTo(7);
    }

    @Test
    void newMillisecondReseedsTheCounter() {
        AtomicLong clock = new AtomicLong(T);
        V7Generator generator = V7Generator.builder().millis(clock::get).build();
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            clock.incrementAndGet();
            seeds.add(counter(generator.next()));
        }
        assertThat(seeds).hasSizeGreaterThan(95);
    }

    @Test
    void threadsSeeIncreasingIdsInHappensBeforeOrder() throws Exception {
        int threads = 4;
        int perThread = 250_000;
        // Real time, with occasional steps back of up to 5 ms.
        AtomicLong calls = new AtomicLong();
        V7Generator generator = V7Generator.builder()
                .millis(() -> System.currentTimeMillis() - (calls.incrementAndGet() % 1000 == 0 ? 5 : 0))
                .build();
        // Each thread publishes every id it has returned; an id read from here before a call begins
        // was returned before that call began, so the call must return something greater.
        AtomicReference<UUID> latestReturned = new AtomicReference<>(Uuids.NIL);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<UUID[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    UUID[] ids = new UUID[perThread];
                    for (int i = 0; i < perThread; i++) {
                        UUID floor = latestReturned.get();
                        UUID id = generator.next();
                        if (UuidOrder.compareUnsigned(id, floor) <= 0) {
                            throw new AssertionError(id + " returned after " + floor + " was returned");
                        }
                        latestReturned.accumulateAndGet(id, (a, b) -> UuidOrder.compareUnsigned(a, b) >= 0 ? a : b);
                        ids[i] = id;
                    }
                    return ids;
                }));
            }
            Set<UUID> all = new HashSet<>(threads * perThread * 2);
            for (Future<UUID[]> result : results) {
                UUID[] ids = result.get();
                for (int i = 0; i < ids.length; i++) {
                    assertThat(all.add(ids[i])).as("duplicate %s", ids[i]).isTrue();
                    if (i > 0) {
                        assertThat(UuidOrder.compareUnsigned(ids[i], ids[i - 1])).isPositive();
                    }
                }
            }
            assertThat(all).hasSize(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsClockOutsideTheV7Range() {
        V7Generator before1970 = V7Generator.builder().millis(() -> -1).build();
        assertThatThrownBy(before1970::next)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Clock reads -1 ms since 1970-01-01T00:00Z; UUID v7 holds 0 to 281474976710655");
        V7Generator tooLate = V7Generator.builder().millis(() -> 1L << 48).build();
        assertThatThrownBy(tooLate::next)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Clock reads 281474976710656 ms");
    }

    @Test
    void builderRejectsNulls() {
        assertThatThrownBy(() -> V7Generator.builder().clock(null))
                .isInstanceOf(NullPointerException.class).hasMessage("clock");
        assertThatThrownBy(() -> V7Generator.builder().millis(null))
                .isInstanceOf(NullPointerException.class).hasMessage("unixMillis");
        assertThatThrownBy(() -> V7Generator.builder().random(null))
                .isInstanceOf(NullPointerException.class).hasMessage("random");
    }

    private static long counter(UUID id) {
        return ((id.getMostSignificantBits() & 0xFFF) << 30) | ((id.getLeastSignificantBits() >>> 32) & 0x3FFF_FFFF);
    }

}
