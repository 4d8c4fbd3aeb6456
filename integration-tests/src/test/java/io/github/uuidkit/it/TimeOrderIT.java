package io.github.uuidkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.IdTable;
import io.github.uuidkit.it.support.Orders;
import io.github.uuidkit.it.support.TestUuids;
import io.github.uuidkit.it.support.UuidColumn;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Suite 1: {@code ORDER BY id} on PostgreSQL {@code uuid} and MySQL/MariaDB {@code BINARY(16)} (STANDARD layout)
 * returns V7Generator's ids in generation order, whatever order they were inserted in.
 */
class TimeOrderIT {

    private static final long SEED = 0x5eed_7001L;
    private static final int BURST = 10_000;
    private static final int THREADS = 4;
    private static final int PER_THREAD = 5_000;

    /**
     * About 1,200 distinct milliseconds from 1970-01-01T00:00:00.001Z to 9999-12-31T23:59:59.999Z (1-3 ids each),
     * plus bursts of 10,000 ids inside one millisecond today and at the end of 9999.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void singleThreadSpanningCenturiesAndBursts(Engine engine) throws Exception {
        Engines.announce(TimeOrderIT.class, engine);
        Random random = new Random(SEED);
        long today = System.currentTimeMillis();
        long end9999 = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
        NavigableSet<Long> millis = new TreeSet<>(List.of(1L, 2L, today, today + 1,
                Instant.parse("2100-01-01T00:00:00Z").toEpochMilli(), end9999));
        while (millis.size() < 1_000) {
            millis.add(1 + (long) (random.nextDouble() * (end9999 - 1)));
        }
        for (int i = 0; i < 200; i++) {
            millis.add(today + 2 + i); // a run of consecutive milliseconds
        }

        AtomicLong clock = new AtomicLong();
        V7Generator generator = V7Generator.builder().millis(clock::get).build();
        List<UUID> generated = new ArrayList<>();
        for (long ms : millis) {
            clock.set(ms);
            int count = ms == today || ms == end9999 ? BURST : 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                UUID id = generator.next();
                assertThat(Uuids.unixMillis(id)).as("embedded ms of %s", id).isEqualTo(ms);
                generated.add(id);
            }
        }
        assertThat(generated.stream().map(Uuids::unixMillis).distinct().count()).isGreaterThanOrEqualTo(1_000);

        try (Connection c = engine.connect();
             IdTable table = IdTable.create(c, UuidColumn.orderedKey(engine), "time_order")) {
            table.insertAll(TestUuids.shuffled(generated, SEED));
            List<UUID> ordered = table.selectOrderedById();
            Orders.assertSameOrder(ordered, generated, "ORDER BY id on " + engine);
        }
    }

    /**
     * Four threads share one generator on a clock that ticks every 25 reads: each thread's ids come back in its
     * own generation order, and milliseconds never decrease along {@code ORDER BY id}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void threadsSharingOneGenerator(Engine engine) throws Exception {
        Engines.announce(TimeOrderIT.class, engine);
        long base = Instant.parse("2026-06-01T12:00:00Z").toEpochMilli();
        AtomicLong reads = new AtomicLong();
        V7Generator generator = V7Generator.builder().millis(() -> base + reads.getAndIncrement() / 25).build();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<List<UUID>> perThread = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<UUID>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<UUID>> task = () -> {
                    start.await();
                    List<UUID> mine = new ArrayList<>(PER_THREAD);
                    for (int i = 0; i < PER_THREAD; i++) {
                        mine.add(generator.next());
                    }
                    return mine;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<UUID>> f : futures) {
                perThread.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<UUID> all = new ArrayList<>();
        perThread.forEach(all::addAll);
        assertThat(new HashSet<>(all)).hasSize(THREADS * PER_THREAD);
        assertThat(all.stream().map(Uuids::unixMillis).distinct().count()).isGreaterThan(100);

        try (Connection c = engine.connect();
             IdTable table = IdTable.create(c, UuidColumn.orderedKey(engine), "time_order_mt")) {
            table.insertAll(TestUuids.shuffled(all, SEED));
            List<UUID> ordered = table.selectOrderedById();
            assertThat(ordered).hasSize(all.size());
            for (int t = 0; t < THREADS; t++) {
                Set<UUID> mine = new HashSet<>(perThread.get(t));
                List<UUID> mineInDbOrder = new ArrayList<>();
                for (UUID id : ordered) {
                    if (mine.contains(id)) {
                        mineInDbOrder.add(id);
                    }
                }
                Orders.assertSameOrder(mineInDbOrder, perThread.get(t), "thread " + t + "'s ids in ORDER BY id");
            }
            assertThat(ordered).extracting(Uuids::unixMillis).isSorted();
            assertThat(ordered).isSortedAccordingTo(UuidOrder.UNSIGNED);
        }
    }
}
