package io.github.uuidkit;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * A millisecond clock read from a volatile field that a daemon thread refreshes every tick, for
 * {@link V7Generator.Builder#cachedClock()}: a call costs a volatile read instead of a
 * {@link System#currentTimeMillis()} call.
 *
 * <p>Lag: a read returns the source's value at the ticker's last refresh, so it is behind the source
 * by at most one tick plus however long the operating system delays the ticker's wake-up (not
 * bounded by anything Java can promise: a stalled or descheduled ticker lags by the stall).
 *
 * <p>Idle cost: the ticker wakes every tick only while the clock is read. After {@link #idleTicks}
 * ticks without a read it parks with no timeout (no wake-ups, no CPU); the next read then reads the
 * source itself, stores the value and unparks the ticker. The thread is started by the first read.
 *
 * <p>Memory-ordering argument: a reader writes {@code touched} (only when it is false, so at most one
 * shared write per tick) and then reads {@code sleeping}; the ticker writes {@code sleeping} and then
 * reads {@code touched}. Both are volatile, so at least one sees the other's write: either the reader
 * finds the ticker asleep and wakes it, or the ticker sees the read and stays awake. A waker stores a
 * fresh value before it clears {@code sleeping}, so a reader that sees {@code sleeping} false also
 * sees a value no older than the wake-up.
 */
final class TickingClock implements LongSupplier {

    /** The default tick: 0.5 ms, twice per millisecond, so the cached value lags by under 1 ms when on time. */
    static final long DEFAULT_TICK_NANOS = 500_000L;
    /** The default number of ticks without a read before the ticker parks: 2,000 (about 1 s at 0.5 ms). */
    static final int DEFAULT_IDLE_TICKS = 2_000;

    private final LongSupplier source;
    private final long tickNanos;
    private final int idleTicks;
    private final boolean startThread;
    private volatile long millis;
    private volatile boolean touched;
    private volatile boolean sleeping = true;
    /** Guarded by {@code this}. */
    private Thread ticker;
    /** Confined to the ticker (or the test that calls {@link #tick()}). */
    private int untouchedTicks;

    /**
     * A clock over {@code source}.
     *
     * @param startThread false for tests, which call {@link #tick()} themselves
     */
    TickingClock(LongSupplier source, long tickNanos, int idleTicks, boolean startThread) {
        this.source = source;
        this.tickNanos = tickNanos;
        this.idleTicks = idleTicks;
        this.startThread = startThread;
        this.millis = source.getAsLong();
    }

    /** The process-wide ticking system clock, created (not started) on first use. */
    static TickingClock system() {
        return SystemHolder.SYSTEM;
    }

    @Override
    public long getAsLong() {
        if (!touched) {
            touched = true;
        }
        if (sleeping) {
            return wake();
        }
        return millis;
    }

    /** Reads the source, stores it, and wakes (or starts) the ticker. */
    private long wake() {
        long now = source.getAsLong();
        millis = now;
        synchronized (this) {
            if (sleeping) {
                sleeping = false;
                if (startThread) {
                    if (ticker == null) {
                        ticker = new Thread(this::run, "uuidkit-clock-ticker");
                        ticker.setDaemon(true);
                        ticker.start();
                    } else {
                        LockSupport.unpark(ticker);
                    }
                }
            }
        }
        return now;
    }

    private void run() {
        for (;;) {
            if (tick()) {
                LockSupport.parkNanos(this, tickNanos);
            } else {
                while (sleeping) {
                    LockSupport.park(this);
                }
            }
        }
    }

    /**
     * One tick: refreshes the cached value, then counts a tick without a read or starts over.
     *
     * @return false if the clock went to sleep (the caller parks until a read wakes it)
     */
    boolean tick() {
        millis = source.getAsLong();
        if (touched) {
            touched = false;
            untouchedTicks = 0;
            return true;
        }
        if (++untouchedTicks < idleTicks) {
            return true;
        }
        sleeping = true;
        if (touched) { // a read raced the decision: stay awake
            sleeping = false;
            untouchedTicks = 0;
            return true;
        }
        return false;
    }

    /** Whether the ticker is parked until the next read (for tests). */
    boolean sleeping() {
        return sleeping;
    }

    /** The ticker thread, or null before the first read (for the idle-cost measurement). */
    synchronized Thread ticker() {
        return ticker;
    }

    private static final class SystemHolder {
        static final TickingClock SYSTEM = new TickingClock(System::currentTimeMillis, DEFAULT_TICK_NANOS,
                DEFAULT_IDLE_TICKS, true);
    }
}
