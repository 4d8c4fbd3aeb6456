package io.github.uuidkit;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * jcstress tests of bulk generation ({@link V7Generator#fill(UUID[])}, {@link V7Generator#fill(long[], int, int)}):
 * a batch takes its range of the strict (cross-thread ordered) state in one compare-and-set, so batches and
 * single ids from several threads never overlap, and a batch that begins after another call returned holds
 * only greater ids.
 */
public final class V7BatchStress {

    /** A fixed instant, 2026-11-23T12:00:00Z. */
    static final long T = 1_795_435_200_000L;

    private V7BatchStress() {
    }

    /** One strict generator on the system clock. */
    static final V7Generator SHARED = V7Generator.builder().build();

    private static boolean increasing(UUID[] ids) {
        for (int i = 1; i < ids.length; i++) {
            if (UuidOrder.compareUnsigned(ids[i], ids[i - 1]) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static UUID[] ofPairs(long[] bits) {
        UUID[] ids = new UUID[bits.length / 2];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new UUID(bits[2 * i], bits[2 * i + 1]);
        }
        return ids;
    }

    /**
     * A batch of UUIDs races a single id followed by a batch of long pairs, in one millisecond (two actors: the
     * machines this runs on may have two CPUs only): all seven ids distinct, each batch increasing and above the
     * same thread's single id, and no id of one thread lies between two ids of the other thread's batch (each
     * batch took one contiguous range).
     */
    @JCStressTest
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "Distinct, increasing, contiguous ranges.")
    @Outcome(expect = FORBIDDEN, desc = "A duplicate, a batch not increasing, or two batches interleaved.")
    @State
    public static class BatchesAndSinglesDistinct {
        final V7Generator generator = V7Generator.builder().millis(() -> T).build();
        final UUID[] a = new UUID[3];
        final long[] b = new long[6];
        UUID single;

        /** @see BatchesAndSinglesDistinct */
        @Actor
        public void uuids() {
            generator.fill(a);
        }

        /** @see BatchesAndSinglesDistinct */
        @Actor
        public void oneThenPairs() {
            single = generator.next();
            generator.fill(b, 0, 3);
        }

        /**
         * r1: all distinct; r2: both batches increasing; r3: no id of one batch lies between two of the other.
         *
         * @param r the result
         */
        @Arbiter
        public void check(III_Result r) {
            UUID[] bb = ofPairs(b);
            List<UUID> all = new ArrayList<>(List.of(a));
            all.addAll(List.of(bb));
            all.add(single);
            r.r1 = new HashSet<>(all).size() == 7 ? 1 : 0;
            r.r2 = increasing(a) && increasing(bb) && UuidOrder.compareUnsigned(single, bb[0]) < 0 ? 1 : 0;
            boolean apart = UuidOrder.compareUnsigned(a[2], bb[0]) < 0 || UuidOrder.compareUnsigned(bb[2], a[0]) < 0;
            boolean singleOutside = UuidOrder.compareUnsigned(single, a[0]) < 0 || UuidOrder.compareUnsigned(single, a[2]) > 0;
            r.r3 = apart && singleOutside ? 1 : 0;
        }
    }

    /** If one batch returned before another began (seen through a volatile), every id of the later one is greater. */
    @JCStressTest
    @Outcome(id = "1", expect = ACCEPTABLE, desc = "The second batch began after the first returned: all greater.")
    @Outcome(id = "2", expect = ACCEPTABLE_INTERESTING, desc = "The second batch began before the first returned.")
    @Outcome(id = "0", expect = FORBIDDEN, desc = "Began after the first returned, yet an id not greater.")
    @State
    public static class BatchOrderAcrossThreads {
        volatile UUID publishedLast;

        /** @see BatchOrderAcrossThreads */
        @Actor
        public void first() {
            UUID[] ids = new UUID[4];
            SHARED.fill(ids);
            publishedLast = ids[3];
        }

        /**
         * Reads what the first batch published, then fills its own batch of long pairs.
         *
         * @param r the result
         */
        @Actor
        public void second(I_Result r) {
            UUID before = publishedLast;
            long[] bits = new long[8];
            SHARED.fill(bits, 0, 4);
            r.r1 = before == null ? 2 : (UuidOrder.compareUnsigned(new UUID(bits[0], bits[1]), before) > 0 ? 1 : 0);
        }
    }

    /**
     * A batch and a single id race while the clock moves on: the batch that read the new millisecond
     * lies wholly in it, and both stay above the old millisecond's last id and distinct.
     */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Distinct, above the last id, batch in T + 1.")
    @Outcome(expect = FORBIDDEN, desc = "Duplicate, below the last id, or batch not in T + 1.")
    @State
    public static class BatchAcrossMillisecondChange {
        private static final ThreadLocal<long[]> NOW = ThreadLocal.withInitial(() -> new long[] {T});
        final V7Generator generator = V7Generator.builder().millis(() -> NOW.get()[0]).build();
        final UUID last;
        final UUID[] batch = new UUID[3];
        UUID stale;

        /** Draws the first id, at {@code T}. */
        public BatchAcrossMillisecondChange() {
            NOW.get()[0] = T;
            last = generator.next();
        }

        /** @see BatchAcrossMillisecondChange */
        @Actor
        public void batchAtNextMillisecond() {
            NOW.get()[0] = T + 1;
            generator.fill(batch);
        }

        /** @see BatchAcrossMillisecondChange */
        @Actor
        public void singleAtOldMillisecond() {
            NOW.get()[0] = T;
            stale = generator.next();
        }

        /**
         * r1: all distinct and above {@code last}; r2: the batch is increasing and in T + 1.
         *
         * @param r the result
         */
        @Arbiter
        public void check(II_Result r) {
            boolean distinct = new HashSet<>(List.of(batch[0], batch[1], batch[2], stale)).size() == 4;
            boolean above = UuidOrder.compareUnsigned(batch[0], last) > 0 && UuidOrder.compareUnsigned(stale, last) > 0;
            r.r1 = distinct && above ? 1 : 0;
            r.r2 = increasing(batch) && Uuids.unixMillis(batch[0]) == T + 1 && Uuids.unixMillis(batch[2]) == T + 1 ? 1 : 0;
        }
    }

    /**
     * Per-thread ordered mode: two threads' batches in one millisecond never meet (the thread slot separates
     * them) and each is increasing.
     */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Distinct and increasing.")
    @Outcome(expect = FORBIDDEN, desc = "A duplicate across threads or a batch not increasing.")
    @State
    public static class PerThreadBatchesDistinct {
        final V7Generator generator = V7Generator.builder().millis(() -> T).perThreadOrdered().build();
        final UUID[] a = new UUID[3];
        final UUID[] b = new UUID[3];

        /** @see PerThreadBatchesDistinct */
        @Actor
        public void first() {
            generator.fill(a);
        }

        /** @see PerThreadBatchesDistinct */
        @Actor
        public void second() {
            generator.fill(b);
        }

        /**
         * r1: distinct; r2: increasing.
         *
         * @param r the result
         */
        @Arbiter
        public void check(II_Result r) {
            r.r1 = new HashSet<>(List.of(a[0], a[1], a[2], b[0], b[1], b[2])).size() == 6 ? 1 : 0;
            r.r2 = increasing(a) && increasing(b) ? 1 : 0;
        }
    }
}
