package io.github.uuidkit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** Cache-line padding before the counter: superclass fields are laid out first. */
abstract class PaddedCounterHead {
    long p00, p01, p02, p03, p04, p05, p06, p07;
}

/** The counter's value, between the paddings. */
abstract class PaddedCounterValue extends PaddedCounterHead {
    volatile long value;
}

/**
 * A 64-bit atomic counter alone on its cache line (128 bytes of padding around it), so that threads
 * hammering it do not also evict the fields their callers read on every call (false sharing).
 */
final class PaddedCounter extends PaddedCounterValue {
    long p10, p11, p12, p13, p14, p15, p16, p17;

    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(PaddedCounterValue.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    long get() {
        return value;
    }

    long incrementAndGet() {
        return (long) VALUE.getAndAdd(this, 1L) + 1L;
    }

    boolean compareAndSet(long expected, long next) {
        return VALUE.compareAndSet(this, expected, next);
    }

    void set(long next) {
        value = next;
    }
}
