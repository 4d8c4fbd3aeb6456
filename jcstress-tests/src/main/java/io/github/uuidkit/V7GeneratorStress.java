package io.github.uuidkit;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.security.SecureRandom;
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
 * jcstress tests of {@link V7Generator}'s guarantees (its class Javadoc): distinct ids, order across
 * threads when one call returns before another begins, the millisecond-change race and the end of
 * the range. In package {@code io.github.uuidkit} to use the generator's test seam
 * {@code jumpTo}.
 */
public final class V7GeneratorStress {

    /** A fixed instant, 2026-11-23T12:00:00Z, for the tests that drive the clock. */
    static final long T = 1_795_435_200_000L;

    private V7GeneratorStress() {
    }

    /** One generator on the system clock for the tests that need no clock control. */
    static final V7Generator SHARED = V7Generator.builder().build();

    /** Two concurrent calls never return the same id. */
    @JCStressTest
    @Outcome(id = "1", expect = ACCEPTABLE, desc = "Distinct ids.")
    @Outcome(id = "0", expect = FORBIDDEN, desc = "The same id twice.")
    @State
    public static class DistinctIds {
        UUID a;
        UUID b;

        /** @see DistinctIds */
        @Actor
        public void first() {
            a = SHARED.next();
        }

        /** @see DistinctIds */
        @Actor
        public void second() {
            b = SHARED.next();
        }

        /**
         * 1 if the ids differ.
         *
         * @param r the result
         */
        @Arbiter
        public void check(I_Result r) {
            r.r1 = a.equals(b) ? 0 : 1;
        }
    }

    /** If one call returned before another began (seen through a volatile), the later id is greater. */
    @JCStressTest
    @Outcome(id = "1", expect = ACCEPTABLE, desc = "The second call began after the first returned: greater id.")
    @Outcome(id = "2", expect = ACCEPTABLE_INTERESTING, desc = "The second call began before the first returned.")
    @Outcome(id = "0", expect = FORBIDDEN, desc = "Began after the first returned, yet not greater.")
    @State
    public static class OrderAcrossThreads {
        volatile UUID published;

        /** @see OrderAcrossThreads */
        @Actor
        public void first() {
            published = SHARED.next();
        }

        /**
         * Reads what the first call published, then calls.
         *
         * @param r the result
         */
        @Actor
        public void second(I_Result r) {
            UUID before = published;
            UUID id = SHARED.next();
            r.r1 = before == null ? 2 : (UuidOrder.compareUnsigned(id, before) > 0 ? 1 : 0);
        }
    }

    /**
     * The millisecond changes under two calls: one reads the next millisecond, the other the current
     * one (a stale read). Both ids are distinct and above the last id of the old millisecond; the
     * call that read the new millisecond gets an id of it, the other one of either.
     */
    @JCStressTest
    @Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "Stale call first: its id is in the old millisecond.")
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE_INTERESTING, desc = "Stale call after the change: moved on.")
    @Outcome(expect = FORBIDDEN, desc = "Duplicate, id below the old millisecond's, or wrong millisecond.")
    @State
    public static class MillisecondChange {
        private static final ThreadLocal<long[]> NOW = ThreadLocal.withInitial(() -> new long[] {T});
        final V7Generator generator = V7Generator.builder().millis(() -> NOW.get()[0]).build();
        final UUID last;
        UUID fresh;
        UUID stale;

        /** Draws the first id, at {@code T}. */
        public MillisecondChange() {
            NOW.get()[0] = T;
            last = generator.next();
        }

        /** @see MillisecondChange */
        @Actor
        public void clockMovedOn() {
            NOW.get()[0] = T + 1;
            fresh = generator.next();
        }

        /** @see MillisecondChange */
        @Actor
        public void staleClock() {
            NOW.get()[0] = T;
            stale = generator.next();
        }

        /**
         * r1: distinct and both above the first id; r2: the fresh call's millisecond is T + 1; r3: the
         * stale call's millisecond minus T.
         *
         * @param r the result
         */
        @Arbiter
        public void check(III_Result r) {
            r.r1 = !fresh.equals(stale) && UuidOrder.compareUnsigned(fresh, last) > 0
                    && UuidOrder.compareUnsigned(stale, last) > 0 ? 1 : 0;
            r.r2 = Uuids.unixMillis(fresh) == T + 1 ? 1 : 0;
            r.r3 = (int) (Uuids.unixMillis(stale) - T);
        }
    }

    /**
     * Two calls find the state behind the clock (an idle generator) and race to move it to the
     * clock's millisecond by compare-and-set: one wins, the other counts on from there.
     */
    @JCStressTest
    @Outcome(id = "1", expect = ACCEPTABLE, desc = "Distinct ids, both in the clock's millisecond.")
    @Outcome(id = "0", expect = FORBIDDEN, desc = "Duplicate or wrong millisecond.")
    @State
    public static class AdvanceRace {
        final V7Generator generator = V7Generator.builder().millis(() -> T).build();
        UUID a;
        UUID b;

        /** Leaves the state 5 ms behind the clock. */
        public AdvanceRace() {
            generator.jumpTo((T - 5) << 16);
        }

        /** @see AdvanceRace */
        @Actor
        public void first() {
            a = generator.next();
        }

        /** @see AdvanceRace */
        @Actor
        public void second() {
            b = generator.next();
        }

        /**
         * 1 if the ids differ and both carry the clock's millisecond.
         *
         * @param r the result
         */
        @Arbiter
        public void check(I_Result r) {
            r.r1 = !a.equals(b) && Uuids.unixMillis(a) == T && Uuids.unixMillis(b) == T ? 1 : 0;
        }
    }

    /**
     * A reseed ({@link Uuids#reseed()}, the restore hook) races a call: the call's id is above the
     * id before, the next id is above the call's, whichever went first; after the reseed the
     * generator has moved on to the next millisecond.
     */
    @JCStressTest
    @Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "The call went first, in the old millisecond.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE_INTERESTING, desc = "The reseed went first: next millisecond.")
    @Outcome(expect = FORBIDDEN, desc = "Out of order or a duplicate across the reseed.")
    @State
    public static class ReseedRace {
        private static final SecureRandom FRESH = new SecureRandom();
        final V7Generator generator = V7Generator.builder().millis(() -> T).build();
        final UUID before;
        UUID during;

        /** Draws the first id. */
        public ReseedRace() {
            before = generator.next();
        }

        /** @see ReseedRace */
        @Actor
        public void reseed() {
            generator.reseed(FRESH);
        }

        /** @see ReseedRace */
        @Actor
        public void call() {
            during = generator.next();
        }

        /**
         * r1: ordered (before &lt; during &lt; after); r2: the call's millisecond minus T.
         *
         * @param r the result
         */
        @Arbiter
        public void check(II_Result r) {
            UUID after = generator.next();
            r.r1 = UuidOrder.compareUnsigned(during, before) > 0 && UuidOrder.compareUnsigned(after, during) > 0
                    && Uuids.unixMillis(after) == T + 1 ? 1 : 0;
            r.r2 = (int) (Uuids.unixMillis(during) - T);
        }
    }

    /** One id left in the range, two calls: exactly one gets it, the other fails. */
    @JCStressTest
    @Outcome(id = {"1, 0", "0, 1"}, expect = ACCEPTABLE, desc = "One call got the last id, the other failed.")
    @Outcome(expect = FORBIDDEN, desc = "Both or neither got an id.")
    @State
    public static class LastId {
        final V7Generator generator = V7Generator.builder().millis(() -> V7Generator.MAX_MILLIS).build();

        /** Leaves one id. */
        public LastId() {
            generator.jumpTo(V7Generator.LAST_STATE - 1);
        }

        /**
         * 1 if this call got an id.
         *
         * @param r the result
         */
        @Actor
        public void first(II_Result r) {
            r.r1 = tryNext(generator);
        }

        /**
         * 1 if this call got an id.
         *
         * @param r the result
         */
        @Actor
        public void second(II_Result r) {
            r.r2 = tryNext(generator);
        }
    }

    /**
     * The range is used up; two calls race past the end (issue 10: one call's increment wrapped the
     * state while another moved it back to the last millisecond's first id). Neither gets an id.
     */
    @JCStressTest
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Both calls failed.")
    @Outcome(expect = FORBIDDEN, desc = "A call got an id after the end.")
    @State
    public static class PastTheEnd {
        final V7Generator generator = V7Generator.builder().millis(() -> V7Generator.MAX_MILLIS).build();

        /** Uses up the range. */
        public PastTheEnd() {
            generator.jumpTo(V7Generator.LAST_STATE);
        }

        /**
         * 1 if this call got an id.
         *
         * @param r the result
         */
        @Actor
        public void first(II_Result r) {
            r.r1 = tryNext(generator);
        }

        /**
         * 1 if this call got an id.
         *
         * @param r the result
         */
        @Actor
        public void second(II_Result r) {
            r.r2 = tryNext(generator);
        }
    }

    /** 1 if {@code next()} returned an id, 0 if it threw the end-of-range exception. */
    static int tryNext(V7Generator generator) {
        try {
            generator.next();
            return 1;
        } catch (IllegalStateException exhausted) {
            return 0;
        }
    }
}
