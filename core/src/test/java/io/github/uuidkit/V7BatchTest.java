package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Bulk generation ({@link V7Generator#fill(UUID[])} and friends): the guarantees of {@link V7Generator#next()}. */
class V7BatchTest {

    private static final long T = 1_795_435_200_000L; // 2026-11-23T12:00:00Z
    private static final long SEED = Long.getLong("uuidkit.test.seed", System.nanoTime());

    static {
        System.out.println("V7BatchTest seed: " + SEED + " (rerun with -Duuidkit.test.seed=" + SEED + ")");
    }

    private static V7Generator generator(AtomicLong clock, boolean perThread) {
        V7Generator.Builder b = V7Generator.builder().millis(clock::get);
        return (perThread ? b.perThreadOrdered() : b).build();
    }

    private static void assertIncreasing(List<UUID> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertThat(UuidOrder.compareUnsigned(ids.get(i), ids.get(i - 1))).as("id %d", i).isPositive();
        }
    }

    /** The 42-bit counter (rand_a and the top 30 bits of rand_b), per the class Javadoc's layout. */
    private static long counter(UUID id) {
        return (id.getMostSignificantBits() & 0xFFF) << 30 | (id.getLeastSignificantBits() >>> 32) & 0x3FFF_FFFF;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aBatchIsConsecutiveCounterValuesBetweenTheSingleIdsAroundIt(boolean perThread) {
        AtomicLong clock = new AtomicLong(T);
        V7Generator generator = generator(clock, perThread);
        UUID before = generator.next();
        List<UUID> batch = generator.nextBatch(1_000);
        UUID after = generator.next();
        List<UUID> all = new ArrayList<>();
        all.add(before);
        all.addAll(batch);
        all.add(after);
        assertIncreasing(all);
        for (int i = 0; i < all.size(); i++) {
            UUID id = all.get(i);
            assertThat(Uuids.isV7(id)).isTrue();
            assertThat(Uuids.unixMillis(id)).isEqualTo(T);
            assertThat(counter(id)).isEqualTo(counter(before) + i); // the counter is seed + n: +1 per id
            assertThat(id.getLeastSignificantBits() & 0xFFFF_FFFFL).isEqualTo(before.getLeastSignificantBits() & 0xFFFF_FFFFL);
        }
        assertThatThrownBy(() -> batch.set(0, before)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aBatchLargerThanAMillisecondCarriesLikeSingleIds(boolean perThread) {
        AtomicLong clock = new AtomicLong(T);
        V7Generator generator = generator(clock, perThread);
        UUID[] ids = new UUID[3 * 65_536 + 7];
        generator.fill(ids);
        assertIncreasing(Arrays.asList(ids));
        for (int i = 0; i < ids.length; i++) {
            assertThat(Uuids.unixMillis(ids[i])).isEqualTo(T + i / 65_536);
        }
        UUID next = generator.next();
        assertThat(UuidOrder.compareUnsigned(next, ids[ids.length - 1])).isPositive();
        assertThat(Uuids.unixMillis(next)).isEqualTo(T + 3);
    }

    @Test
    void longPairsHoldTheSameIdsAsUuidsAtTheDocumentedIndexes() {
        // Two generators of one key and one clock give the same sequence: compare the shapes.
        long keySeed = 42;
        AtomicLong clock = new AtomicLong(T);
        V7Generator a = V7Generator.builder().millis(clock::get).random(new SplittableRandom(keySeed)).build();
        V7Generator b = V7Generator.builder().millis(clock::get).random(new SplittableRandom(keySeed)).build();
        UUID[] ids = new UUID[10];
        a.fill(ids, 3, 5);
        long[] bits = new long[20];
        Arrays.fill(bits, 7L);
        b.fill(bits, 5, 5);
        assertThat(Arrays.copyOfRange(ids, 0, 3)).containsOnlyNulls();
        assertThat(Arrays.copyOfRange(ids, 8, 10)).containsOnlyNulls();
        for (int i = 0; i < 5; i++) {
            assertThat(new UUID(bits[5 + 2 * i], bits[5 + 2 * i + 1])).isEqualTo(ids[3 + i]);
        }
        assertThat(Arrays.copyOfRange(bits, 0, 5)).containsOnly(7L);
        assertThat(Arrays.copyOfRange(bits, 15, 20)).containsOnly(7L);
    }

    @Test
    void readsTheClockOncePerBatch() {
        AtomicInteger reads = new AtomicInteger();
        V7Generator generator = V7Generator.builder().millis(() -> {
            reads.incrementAndGet();
            return T;
        }).build();
        generator.fill(new UUID[500]);
        generator.fill(new long[1000], 0, 500);
        generator.nextBatch(500);
        assertThat(reads).hasValue(3);
    }

    @Test
    void rejectsBadRangesBeforeTakingAnything() {
        AtomicLong clock = new AtomicLong(T);
        V7Generator generator = generator(clock, false);
        assertThatThrownBy(() -> generator.fill(new UUID[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> generator.fill(new UUID[4], -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> generator.fill(new long[4], 1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> generator.fill(new long[4], 0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> generator.fill(new long[4], 0, Integer.MAX_VALUE))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> generator.nextBatch(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(generator.nextBatch(0)).isEmpty();
        UUID first = generator.next();
        assertThat(counter(first)).isEqualTo(counter(generator.next()) - 1); // nothing was taken in between
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aBatchThatDoesNotFitBeforeTheEndOfTimeWritesNothingAndSingleIdsStillGetTheRest(boolean perThread) {
        long last = (1L << 48) - 1;
        AtomicLong clock = new AtomicLong(last);
        V7Generator generator = generator(clock, perThread);
        UUID[] ids = new UUID[3];
        generator.fill(ids); // the last millisecond holds 32,768 ids (V7Generator.LAST_STATE)
        UUID[] tooMany = new UUID[32_766];
        assertThatThrownBy(() -> generator.fill(tooMany)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not fit");
        assertThat(tooMany).containsOnlyNulls();
        UUID[] rest = new UUID[32_765];
        generator.fill(rest);
        assertThat(UuidOrder.compareUnsigned(rest[0], ids[2])).isPositive();
        assertThat(Uuids.unixMillis(rest[rest.length - 1])).isEqualTo(last);
        assertThatThrownBy(generator::next).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> generator.fill(new UUID[1])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clockRollbackKeepsTheBatchAboveTheLastId() {
        AtomicLong clock = new AtomicLong(T);
        V7Generator generator = generator(clock, false);
        UUID last = generator.next();
        clock.set(T - 10_000);
        List<UUID> batch = generator.nextBatch(100);
        assertThat(UuidOrder.compareUnsigned(batch.get(0), last)).isPositive();
        assertThat(Uuids.unixMillis(batch.get(99))).isEqualTo(T);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void reseedMovesTheNextBatchToANewMillisecondUnderANewKey(boolean perThread) {
        AtomicLong clock = new AtomicLong(T);
        V7Generator generator = generator(clock, perThread);
        List<UUID> before = generator.nextBatch(10);
        generator.reseed(new SecureRandom());
        List<UUID> after = generator.nextBatch(10);
        assertThat(UuidOrder.compareUnsigned(after.get(0), before.get(9))).isPositive();
        assertThat(Uuids.unixMillis(after.get(0))).isEqualTo(T + 1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void threadsMixingBatchesAndSingleIdsNeverRepeatAndEachThreadIncreases(boolean perThread) throws Exception {
        V7Generator generator = V7Generator.builder().millis(() -> T).build();
        V7Generator gen = perThread ? V7Generator.builder().millis(() -> T).perThreadOrdered().build() : generator;
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<UUID>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = SEED + t;
                futures.add(pool.submit(() -> {
                    SplittableRandom rnd = new SplittableRandom(seed);
                    List<UUID> mine = new ArrayList<>();
                    for (int i = 0; i < 2_000; i++) {
                        int kind = rnd.nextInt(3);
                        if (kind == 0) {
                            mine.add(gen.next());
                        } else if (kind == 1) {
                            mine.addAll(gen.nextBatch(1 + rnd.nextInt(40)));
                        } else {
                            int n = 1 + rnd.nextInt(40);
                            long[] bits = new long[2 * n];
                            gen.fill(bits, 0, n);
                            for (int k = 0; k < n; k++) {
                                mine.add(new UUID(bits[2 * k], bits[2 * k + 1]));
                            }
                        }
                    }
                    return mine;
                }));
            }
            Set<UUID> all = new HashSet<>();
            int total = 0;
            for (Future<List<UUID>> f : futures) {
                List<UUID> mine = f.get();
                assertIncreasing(mine);
                all.addAll(mine);
                total += mine.size();
            }
            assertThat(all).hasSize(total);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void strictBatchesFollowHappensBeforeAcrossThreads() throws Exception {
        // A batch that begins after another thread's batch returned (seen through a volatile handoff)
        // holds only greater ids: the order guarantee of next(), for batches.
        V7Generator generator = V7Generator.builder().build();
        int rounds = 2_000;
        UUID[][] batches = new UUID[2 * rounds][];
        java.util.concurrent.atomic.AtomicReferenceArray<UUID[]> handoff =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(2 * rounds);
        Thread other = new Thread(() -> {
            for (int i = 1; i < 2 * rounds; i += 2) {
                while (handoff.get(i - 1) == null) {
                    Thread.onSpinWait();
                }
                UUID[] b = new UUID[17];
                generator.fill(b);
                handoff.set(i, b);
            }
        });
        other.start();
        for (int i = 0; i < 2 * rounds; i += 2) {
            if (i > 0) {
                while (handoff.get(i - 1) == null) {
                    Thread.onSpinWait();
                }
            }
            UUID[] b = new UUID[13];
            generator.fill(b);
            handoff.set(i, b);
        }
        other.join();
        List<UUID> sequence = new ArrayList<>();
        for (int i = 0; i < 2 * rounds; i++) {
            batches[i] = handoff.get(i);
            sequence.addAll(Arrays.asList(batches[i]));
        }
        assertIncreasing(sequence);
    }

    @Test
    void uuidsV7BatchSharesTheOrderOfUuidsV7() {
        UUID before = Uuids.v7();
        List<UUID> batch = Uuids.v7Batch(50);
        UUID after = Uuids.v7();
        List<UUID> all = new ArrayList<>();
        all.add(before);
        all.addAll(batch);
        all.add(after);
        assertIncreasing(all);
        assertThat(Uuids.v7Batch(0)).isEmpty();
    }
}
