package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.testsupport.Samples;
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
    void isASupplierOfTheSameSequence() {
        AtomicLong clock = new AtomicLong(T);
        V7Generator generator = V7Generator.builder().millis(clock::get).build();
        java.util.function.Supplier<UUID> supplier = generator;
        UUID first = generator.next();
        UUID second = supplier.get();
        UUID third = generator.next();
        assertThat(Uuids.unixMillis(second)).isEqualTo(T);
        assertThat(UuidOrder.compareUnsigned(second, first)).isPositive();
        assertThat(UuidOrder.compareUnsigned(third, second)).isPositive();
        assertThat(java.util.stream.Stream.generate(generator).limit(3).toList())
                .isSortedAccordingTo(UuidOrder.UNSIGNED).doesNotContain(first, second, third);
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
    void theLastMillisecondHoldsHalfItsIdsThenEndsWithAClearError() {
        // V7Generator.LAST_STATE: the last millisecond (2^48-1, RFC 9562 §5.7's largest unix_ts_ms) hands
        // out 32,768 ids; the rest is the guard band that keeps the state from wrapping around.
        long last = (1L << 48) - 1;
        V7Generator generator = V7Generator.builder().millis(() -> last).build();
        UUID previous = Uuids.NIL;
        for (int i = 0; i < 32_768; i++) {
            UUID next = generator.next();
            assertThat(Uuids.unixMillis(next)).isEqualTo(last);
            assertThat(UuidOrder.compareUnsigned(next, previous)).isPositive();
            previous = next;
        }
        assertThatThrownBy(generator::next)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("UUID v7 range exhausted: counted past 281474976710655 ms");
        // It stays at the end: more failed calls than the guard band holds never wrap it around.
        for (int i = 0; i < 70_000; i++) {
            assertThatThrownBy(generator::next).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void carryIntoTheLastMillisecondThenTheEnd() {
        long last = (1L << 48) - 1;
        V7Generator generator = V7Generator.builder().millis(() -> last - 1).build();
        for (int i = 0; i < 65_536; i++) {
            assertThat(Uuids.unixMillis(generator.next())).isEqualTo(last - 1);
        }
        for (int i = 0; i < 32_768; i++) {
            assertThat(Uuids.unixMillis(generator.next())).isEqualTo(last);
        }
        assertThatThrownBy(generator::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLastStateValueIsAnIdAndTheNextIsNot() {
        long last = (1L << 48) - 1;
        V7Generator generator = V7Generator.builder().millis(() -> last).build();
        generator.jumpTo(V7Generator.LAST_STATE - 1);
        UUID lastId = generator.next();
        assertThat(lastId).isEqualTo(generator.compose(V7Generator.LAST_STATE));
        assertThatThrownBy(generator::next).isInstanceOf(IllegalStateException.class);
        // The same from the slow path: a clock ahead of the state, which another call already moved on.
        V7Generator lagging = V7Generator.builder().millis(() -> last).build();
        lagging.jumpTo(V7Generator.LAST_STATE);
        long floor = last << 16;
        assertThatThrownBy(() -> lagging.take(floor, floor - 1)).isInstanceOf(IllegalStateException.class);
        V7Generator lastOne = V7Generator.builder().millis(() -> last).build();
        lastOne.jumpTo(V7Generator.LAST_STATE - 1);
        assertThat(lastOne.take(floor, floor - 1)).isEqualTo(V7Generator.LAST_STATE);
    }

    @Test
    void twoCallsInterleavedPastTheEndBothFailInsteadOfRepeatingAnId() {
        // Issue 10: with the clock at 2^48-1, call A's increment wrapped the state to 0; before A parked
        // it at the end, call B incremented to 1, saw a value below its floor and moved the state back
        // to the first value of the millisecond: the first id of the millisecond came out twice.
        long last = (1L << 48) - 1;
        V7Generator generator = V7Generator.builder().millis(() -> last).build();
        Set<UUID> ids = new HashSet<>();
        while (true) {
            try {
                assertThat(ids.add(generator.next())).isTrue();
            } catch (IllegalStateException exhausted) {
                break;
            }
        }
        long floor = last << 16;
        long a = generator.increment();
        long b = generator.increment();
        assertThatThrownBy(() -> generator.compose(generator.take(floor, b)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("UUID v7 range exhausted: counted past 281474976710655 ms");
        assertThatThrownBy(() -> generator.compose(generator.take(floor, a)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(generator::next).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {(1L << 48) - 1, (1L << 48) - 2, 1})
    void interleavedCallsAtTheEndOfTimeNeverRepeatNorGoBackwards(long clockMillis) {
        // Eight simulated threads, each call split into its increment and the rest, run in seeded random
        // interleavings from 3 ids before the last millisecond of the range until every thread has failed;
        // the clock reads the last millisecond, the one before, or far behind (rolled back).
        long end = (1L << 48) - 1;
        SplittableRandom random = new SplittableRandom(Samples.SEED);
        for (int trial = 0; trial < 40; trial++) {
            V7Generator generator = V7Generator.builder().millis(() -> clockMillis).build();
            generator.jumpTo(((end - 1) << 16) + 65_536 - 3);
            int threads = 8;
            long[] pending = new long[threads];
            UUID[] floorOfCall = new UUID[threads];
            boolean[] holding = new boolean[threads];
            boolean[] failed = new boolean[threads];
            UUID latest = Uuids.NIL;
            Set<UUID> ids = new HashSet<>();
            int alive = threads;
            while (alive > 0) {
                int t = random.nextInt(threads);
                if (failed[t]) {
                    continue;
                }
                if (!holding[t]) {
                    floorOfCall[t] = latest;
                    pending[t] = generator.increment();
                    holding[t] = true;
                    continue;
                }
                holding[t] = false;
                UUID id;
                try {
                    id = generator.compose(generator.take(clockMillis << 16, pending[t]));
                } catch (IllegalStateException exhausted) {
                    failed[t] = true;
                    alive--;
                    continue;
                }
                assertThat(ids.add(id)).as("trial %d: %s returned twice", trial, id).isTrue();
                assertThat(UuidOrder.compareUnsigned(id, floorOfCall[t])).isPositive();
                if (UuidOrder.compareUnsigned(id, latest) > 0) {
                    latest = id;
                }
            }
            assertThat(ids).hasSizeGreaterThan(2);
        }
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
    void perMillisecondBitsAreAesOfTheMillisecondAsDocumented() throws Exception {
        // Class Javadoc, recomputed with the JDK's AES: the key is the first 16 bytes the random source
        // gives; the block is the millisecond as 8 big-endian bytes then 8 zero bytes; the seed is the
        // output's top 41 bits, the tail its low 32 bits.
        long[] instants = {0, 1, 0x0102_0304_0506L, T, (1L << 48) - 1};
        for (long ms : instants) {
            byte[] key = new byte[16];
            new SplittableRandom(42).nextBytes(key);
            javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"));
            java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(16).putLong(ms).putLong(0);
            java.nio.ByteBuffer out = java.nio.ByteBuffer.wrap(aes.doFinal(block.array()));
            long seed = out.getLong(0) >>> 23;
            long tail = out.getLong(8) & 0xFFFF_FFFFL;
            UUID first = V7Generator.builder().millis(() -> ms).random(new SplittableRandom(42)).build().next();
            assertThat(counter(first)).as("ms %d", ms).isIn(seed, seed + 1);
            assertThat(first.getLeastSignificantBits() & 0xFFFF_FFFFL).as("ms %d", ms).isEqualTo(tail);
        }
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
