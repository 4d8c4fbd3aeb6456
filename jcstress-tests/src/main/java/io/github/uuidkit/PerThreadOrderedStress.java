package io.github.uuidkit;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.SplittableRandom;
import java.util.UUID;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * jcstress tests of {@link V7Generator.Builder#perThreadOrdered()}'s guarantees: ids distinct across
 * threads and increasing per thread, also while another thread reseeds. Order across threads is not
 * promised, so not tested.
 */
public final class PerThreadOrderedStress {

    /** A fixed instant, 2026-11-23T12:00:00Z: every id of the tests shares one millisecond's seed. */
    static final long T = 1_795_435_200_000L;

    private PerThreadOrderedStress() {
    }

    /**
     * Two threads draw two ids each from one generator, all in one millisecond: the four ids are
     * distinct (only the thread slot separates the threads' counters) and each thread's second id is
     * greater than its first.
     */
    @JCStressTest
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "Distinct, each thread increasing.")
    @Outcome(expect = FORBIDDEN, desc = "A duplicate across threads or a thread's ids not increasing.")
    @State
    public static class DistinctAcrossThreads {
        final V7Generator generator = V7Generator.builder().millis(() -> T).perThreadOrdered().build();
        UUID a1;
        UUID a2;
        UUID b1;
        UUID b2;

        /** @see DistinctAcrossThreads */
        @Actor
        public void first() {
            a1 = generator.next();
            a2 = generator.next();
        }

        /** @see DistinctAcrossThreads */
        @Actor
        public void second() {
            b1 = generator.next();
            b2 = generator.next();
        }

        /**
         * distinct, first thread increasing, second thread increasing (1 each when true).
         *
         * @param r the result
         */
        @Arbiter
        public void check(III_Result r) {
            boolean distinct = !a1.equals(b1) && !a1.equals(b2) && !a2.equals(b1) && !a2.equals(b2);
            r.r1 = distinct ? 1 : 0;
            r.r2 = UuidOrder.compareUnsigned(a2, a1) > 0 ? 1 : 0;
            r.r3 = UuidOrder.compareUnsigned(b2, b1) > 0 ? 1 : 0;
        }
    }

    /**
     * A reseed lands between a thread's two calls while another thread draws: the first thread's ids
     * still increase and no id repeats across threads (ids of one millisecond share a key, and the
     * reseed moves every thread past the milliseconds of the old key).
     */
    @JCStressTest
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "Distinct, each thread increasing across the reseed.")
    @Outcome(expect = FORBIDDEN, desc = "A duplicate or a thread's ids not increasing.")
    @State
    public static class ReseedBetweenCalls {
        final V7Generator generator = V7Generator.builder().millis(() -> T)
                .random(new SplittableRandom(T)).perThreadOrdered().build();
        UUID a1;
        UUID a2;
        UUID b1;
        UUID b2;

        /** @see ReseedBetweenCalls */
        @Actor
        public void drawing() {
            a1 = generator.next();
            a2 = generator.next();
        }

        /** @see ReseedBetweenCalls */
        @Actor
        public void reseedingAndDrawing() {
            b1 = generator.next();
            generator.reseed(new SplittableRandom(~T));
            b2 = generator.next();
        }

        /**
         * distinct, first thread increasing, second thread increasing (1 each when true).
         *
         * @param r the result
         */
        @Arbiter
        public void check(III_Result r) {
            boolean distinct = !a1.equals(b1) && !a1.equals(b2) && !a2.equals(b1) && !a2.equals(b2);
            r.r1 = distinct ? 1 : 0;
            r.r2 = UuidOrder.compareUnsigned(a2, a1) > 0 ? 1 : 0;
            r.r3 = UuidOrder.compareUnsigned(b2, b1) > 0 ? 1 : 0;
        }
    }
}
