package io.github.uuidkit;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;

/**
 * jcstress test of the cached clock's idle parking ({@link TickingClock}): a read racing the tick that decides
 * to park never leaves the clock asleep with the read served from the stale cache.
 */
public final class TickingClockStress {

    private TickingClockStress() {
    }

    /**
     * The ticker's last idle tick (it reads the source, 2, then decides to park) races a read. Afterwards the
     * clock is awake (the ticker saw the read, or the read saw the ticker asleep and woke it), and the read
     * returned the source's current value (2) or the value of the tick before (1), never older.
     */
    @JCStressTest
    @Outcome(id = {"0, 1", "0, 2"}, expect = ACCEPTABLE, desc = "Awake; the read got a fresh value.")
    @Outcome(expect = FORBIDDEN, desc = "Left asleep after a read, or a stale read.")
    @State
    public static class ParkRace {
        final long[] source = {1};
        final TickingClock clock;
        long read;

        /** A clock that parks on the first untouched tick, after one tick at source value 1. */
        public ParkRace() {
            clock = new TickingClock(() -> source[0], TickingClock.DEFAULT_TICK_NANOS, 1, false);
            clock.getAsLong(); // wakes it (no thread in this test)
            clock.tick(); // consumes that read
            source[0] = 2;
        }

        /** @see ParkRace */
        @Actor
        public void ticker() {
            clock.tick();
        }

        /** @see ParkRace */
        @Actor
        public void reader() {
            read = clock.getAsLong();
        }

        /**
         * r1: 1 if the clock is left asleep; r2: the value read.
         *
         * @param r the result
         */
        @Arbiter
        public void check(JJ_Result r) {
            r.r1 = clock.sleeping() ? 1 : 0;
            r.r2 = read;
        }
    }
}
