package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link V7Generator.Builder#perThreadOrdered()}: the guarantees its Javadoc lists. */
class PerThreadOrderedTest {

    private static final long T = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();

    @Test
    void threadsOnOneFixedMillisecondGetDistinctIdsEachIncreasingPerThread() throws Exception {
        // One millisecond for every thread: every id shares its seed, only the slot tells threads apart.
        V7Generator generator = V7Generator.builder().millis(() -> T).perThreadOrdered().build();
        int threads = 8;
        int perThread = 20_000;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<UUID>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<UUID> ids = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        ids.add(generator.next());
                    }
                    return ids;
                }));
            }
            start.countDown();
            HashSet<UUID> all = new HashSet<>();
            for (Future<List<UUID>> future : futures) {
                List<UUID> ids = future.get();
                for (int i = 1; i < ids.size(); i++) {
                    assertThat(UuidOrder.compareUnsigned(ids.get(i), ids.get(i - 1))).isPositive();
                }
                assertThat(ids).allSatisfy(id -> {
                    assertThat(Uuids.isV7(id)).isTrue();
                    assertThat(Uuids.unixMillis(id)).isEqualTo(T);
                });
                all.addAll(ids);
            }
            assertThat(all).hasSize(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverEarlierThanTheClockAndNeverBackwardsWhenTheClockSteps() {
        // Seeded walk of a clock that jumps forward and back (edge: repeats, 1 ms steps, big rollbacks).
        SplittableRandom random = new SplittableRandom(13);
        AtomicLong clock = new AtomicLong(T);
        V7Generator generator = V7Generator.builder().millis(clock::get).perThreadOrdered().build();
        UUID previous = generator.next();
        long highest = T;
        for (int i = 0; i < 20_000; i++) {
            int step = random.nextInt(8);
            clock.addAndGet(step == 0 ? -random.nextInt(10_000) : step == 1 ? 1 : step == 2 ? 0 : random.nextInt(3));
            UUID id = generator.next();
            assertThat(UuidOrder.compareUnsigned(id, previous)).isPositive();
            assertThat(Uuids.unixMillis(id)).isGreaterThanOrEqualTo(clock.get());
            highest = Math.max(highest, clock.get());
            assertThat(Uuids.unixMillis(id)).isGreaterThanOrEqualTo(Math.min(highest, Uuids.unixMillis(previous)));
            previous = id;
        }
    }

    @Test
    void aThreadsMillisecondCarriesAfter65536Ids() {
        V7Generator generator = V7Generator.builder().millis(() -> T).perThreadOrdered().build();
        UUID previous = generator.next();
        for (int i = 1; i < 65_536; i++) {
            previous = generator.next();
        }
        assertThat(Uuids.unixMillis(previous)).isEqualTo(T);
        UUID carried = generator.next();
        assertThat(Uuids.unixMillis(carried)).isEqualTo(T + 1);
        assertThat(UuidOrder.compareUnsigned(carried, previous)).isPositive();
    }

    @Test
    void threadsBeyondTheLastSlotShareTheStrictStateAndStayDistinct() throws Exception {
        V7Generator generator = V7Generator.builder().millis(() -> T).perThreadOrdered().build();
        generator.nextSlotForTests((1L << V7Generator.SLOT_BITS) - 1); // the last slot, then none
        HashSet<UUID> all = new HashSet<>();
        for (int t = 0; t < 4; t++) {
            // Thread 0 takes the last slot; threads 1-3 fall back to slot 0 (the shared state).
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 1_000; i++) {
                    UUID id = generator.next();
                    synchronized (all) {
                        all.add(id);
                    }
                }
            });
            thread.start();
            thread.join();
        }
        List<UUID> main = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            main.add(generator.next());
        }
        assertThat(all).hasSize(4_000).doesNotContainAnyElementsOf(main);
    }

    /**
     * Elastic pools end threads and start new ones: a slot whose thread has ended goes to the next new thread, with
     * the ended thread's last counter value, so the new thread's ids of the same millisecond continue above it (a
     * fresh counter would repeat the ended thread's ids). Without reuse, 2^20 threads over a process's life put
     * every later thread on the shared state.
     */
    @Test
    void aSlotWhoseThreadEndedIsReusedAndItsIdsContinue() throws Exception {
        V7Generator generator = V7Generator.builder().millis(() -> T).perThreadOrdered().build();
        generator.nextSlotForTests((1L << V7Generator.SLOT_BITS) - 1); // the last new slot
        List<UUID> ids = new ArrayList<>();
        int[] slots = new int[3];
        for (int t = 0; t < 3; t++) {
            int index = t;
            Thread thread = new Thread(() -> {
                slots[index] = generator.slotOfThisThreadForTests();
                synchronized (ids) {
                    ids.add(generator.next());
                    ids.add(generator.next());
                }
            });
            thread.start();
            thread.join();
            // the slot returns once the ended thread's lane is collected
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (generator.freeSlotsForTests() == 0 && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(10);
            }
            assertThat(generator.freeSlotsForTests()).as("slot freed after thread %d ended", t).isOne();
        }
        int last = (1 << V7Generator.SLOT_BITS) - 1;
        assertThat(slots).containsExactly(last, last, last);
        // one millisecond, one slot: each thread's ids continue above the previous thread's
        assertThat(ids).hasSize(6).doesNotHaveDuplicates().isSortedAccordingTo(UuidOrder.UNSIGNED);
    }

    @Test
    void theLastMillisecondEndsWithAClearError() {
        V7Generator generator = V7Generator.builder().millis(() -> V7Generator.MAX_MILLIS).perThreadOrdered().build();
        for (int i = 0; i < V7Generator.IDS_PER_MILLISECOND / 2; i++) {
            assertThat(Uuids.unixMillis(generator.next())).isEqualTo(V7Generator.MAX_MILLIS);
        }
        assertThatThrownBy(generator::next).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exhausted");
        assertThatThrownBy(generator::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reseedMovesEveryThreadToANewKeySoRestoredCopiesDiverge() {
        // Two generators with one key stand for two restored copies of one snapshot.
        AtomicLong clock = new AtomicLong(T);
        V7Generator first = V7Generator.builder().millis(clock::get).random(new SplittableRandom(7))
                .perThreadOrdered().build();
        V7Generator second = V7Generator.builder().millis(clock::get).random(new SplittableRandom(7))
                .perThreadOrdered().build();
        UUID before = first.next();
        assertThat(second.next()).isEqualTo(before);
        first.reseed(new SecureRandom());
        second.reseed(new SecureRandom());
        List<UUID> firstIds = new ArrayList<>();
        List<UUID> secondIds = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            if (i == 500) {
                clock.addAndGet(3);
            }
            firstIds.add(first.next());
            secondIds.add(second.next());
        }
        assertThat(firstIds).doesNotContainAnyElementsOf(secondIds);
        assertThat(Uuids.unixMillis(firstIds.get(0))).isGreaterThan(T);
        UUID previous = before;
        for (UUID id : firstIds) {
            assertThat(UuidOrder.compareUnsigned(id, previous)).isPositive();
            previous = id;
        }
    }

    @Test
    void aThreadOutOfSlotsAlsoMovesToTheNewKeyAfterAReseed() throws Exception {
        // The shared (slot 0) state lags the milliseconds a slotted thread composed under the old key.
        AtomicLong clock = new AtomicLong(T);
        List<UUID> restored = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            clock.set(T);
            V7Generator generator = V7Generator.builder().millis(clock::get).random(new SplittableRandom(7))
                    .perThreadOrdered().build();
            generator.nextSlotForTests((1L << V7Generator.SLOT_BITS) - 1);
            ExecutorService slotted = Executors.newSingleThreadExecutor();
            try {
                slotted.submit(generator::next).get(); // takes the last slot
                UUID first = generator.next(); // this thread: out of slots, the shared state at T
                clock.set(T + 10);
                slotted.submit(generator::next).get(); // T + 10 composed under the old key
                generator.reseed(new SecureRandom());
                UUID next = generator.next();
                assertThat(UuidOrder.compareUnsigned(next, first)).isPositive();
                assertThat(Uuids.unixMillis(next)).isGreaterThan(T + 10);
                restored.add(next);
            } finally {
                slotted.shutdownNow();
            }
        }
        assertThat(restored.get(0)).isNotEqualTo(restored.get(1));
    }

    @Test
    void theDefaultModeIsStrict() {
        assertThat(V7Generator.builder().build().perThreadOrdered()).isFalse();
        assertThat(V7Generator.builder().perThreadOrdered().build().perThreadOrdered()).isTrue();
    }
}
