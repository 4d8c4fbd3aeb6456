package io.github.uuidkit;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * A thread-safe, lock-free generator of monotonic UUID version 7 values (RFC 9562 §5.7).
 *
 * <h2>Bit layout</h2>
 * <pre>
 *  bits   0-47  unix_ts_ms   milliseconds since 1970-01-01T00:00Z from the clock (48 bits)
 *  bits  48-51  ver          0111
 *  bits  52-63  rand_a       counter, high 12 bits            ┐ 42-bit counter (RFC 9562 §6.2
 *  bits  64-65  var          10                                │ method 1, "fixed bit-length
 *  bits  66-95  rand_b[0:30] counter, low 30 bits             ┘ dedicated counter")
 *  bits 96-127  rand_b[30:62] 32 random bits
 * </pre>
 * When the clock shows a millisecond later than the last id's, the 42-bit counter is seeded with 42
 * random bits and the low 32 bits get fresh random bits, both from the random source (a
 * {@link SecureRandom} unless one is injected, RFC 9562 §6.9), drawn in blocks through a
 * per-thread buffer. Within the same millisecond the counter is incremented by one and the 32 random
 * bits are kept. So every id carries 74 random bits per millisecond and generator, two
 * generators in different processes collide only if their counters overlap <em>and</em> their 32
 * random bits match, and the hot path costs one clock read, one compare-and-set and one allocation.
 *
 * <h2>Why this layout</h2>
 * <ul>
 *   <li>A counter rather than fresh random bits per id (RFC method 1) makes ids strictly increasing
 *       within a millisecond, which is what keeps B-tree inserts appending, and avoids a random draw
 *       per id.</li>
 *   <li>42 counter bits allow 4.4 trillion ids per millisecond, so the counter cannot be exhausted in
 *       practice, yet the random seed makes overflow possible (probability n / 2<sup>42</sup> for n ids in a
 *       millisecond); when it happens the timestamp advances by 1 ms and the counter is re-seeded
 *       (bounded drift, never an exception, never a block).</li>
 *   <li>The timestamp is milliseconds only, not a sub-millisecond fraction in {@code rand_a} (RFC
 *       method 3, used by PostgreSQL 18): reading sub-millisecond time costs more than the whole
 *       rest of the generator, and the counter already orders ids within a millisecond.</li>
 *   <li>Ids within one millisecond are predictable from each other (+1). UUIDs are identifiers, not
 *       capabilities (RFC 9562 §8); use {@link Uuids#v4()} for secret tokens.</li>
 * </ul>
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>Ids from one generator are strictly increasing in {@link UuidOrder#UNSIGNED} order across
 *       threads: the last id is kept in an atomic reference and each new id is derived from it and
 *       published by compare-and-set, so if one call returns {@code a} before another call begins,
 *       that call returns some {@code b > a}.</li>
 *   <li>The embedded millisecond never goes below the previous id's. If the clock moves back (NTP
 *       step, VM migration) the generator keeps the last millisecond and keeps counting until the
 *       clock passes it again.</li>
 * </ul>
 */
public final class V7Generator {

    static final int COUNTER_BITS = 42;
    static final long MAX_COUNTER = (1L << COUNTER_BITS) - 1;
    /** Largest millisecond a 48-bit timestamp holds: 10889-08-02T05:31:50.655Z. */
    static final long MAX_MILLIS = (1L << 48) - 1;

    private static final long VERSION_BITS = 0x7000L;
    private static final long VARIANT_BITS = 0x8000_0000_0000_0000L;
    private static final int LOW_COUNTER_BITS = 30;
    private static final long LOW_COUNTER_MASK = (1L << LOW_COUNTER_BITS) - 1;
    private static final long RANDOM_MASK = 0xFFFF_FFFFL;

    private final LongSupplier clock;
    private final RandomBits random;
    private final AtomicReference<UUID> last = new AtomicReference<>();

    private V7Generator(LongSupplier clock, RandomGenerator random) {
        this.clock = clock;
        this.random = new RandomBits(random);
    }

    /**
     * Starts a builder with the system clock ({@link System#currentTimeMillis()}) and a new
     * {@link SecureRandom}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the next id: greater, in {@link UuidOrder#UNSIGNED} order, than every id this generator
     * returned before the call began.
     *
     * @return a new UUID version 7
     * @throws IllegalStateException if the clock reads before 1970 with no earlier id to continue
     *     from, or beyond the 48-bit timestamp range (year 10889)
     */
    public UUID next() {
        long now = clock.getAsLong();
        for (;;) {
            UUID prev = last.get();
            UUID next = successor(prev, now);
            if (last.compareAndSet(prev, next)) {
                return next;
            }
        }
    }

    private UUID successor(UUID prev, long now) {
        if (prev == null) {
            return seeded(now);
        }
        long msb = prev.getMostSignificantBits();
        long lsb = prev.getLeastSignificantBits();
        long prevMillis = msb >>> 16;
        if (now > prevMillis) {
            return seeded(now);
        }
        // Same millisecond, or the clock went back: keep the millisecond and count.
        long counter = (((msb & 0xFFFL) << LOW_COUNTER_BITS) | ((lsb >>> 32) & LOW_COUNTER_MASK)) + 1;
        if (counter > MAX_COUNTER) {
            return seeded(prevMillis + 1);
        }
        return compose(prevMillis, counter, lsb & RANDOM_MASK);
    }

    private UUID seeded(long millis) {
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalStateException("Clock reads " + millis
                    + " ms since 1970-01-01T00:00Z; UUID v7 holds 0 to " + MAX_MILLIS);
        }
        long seed = random.nextLong() >>> (64 - COUNTER_BITS);
        return compose(millis, seed, random.nextLong() & RANDOM_MASK);
    }

    private static UUID compose(long millis, long counter, long randomBits) {
        long msb = (millis << 16) | VERSION_BITS | (counter >>> LOW_COUNTER_BITS);
        long lsb = VARIANT_BITS | ((counter & LOW_COUNTER_MASK) << 32) | randomBits;
        return new UUID(msb, lsb);
    }

    /** Configures a {@link V7Generator}: its clock and its random source. */
    public static final class Builder {

        private LongSupplier clock = System::currentTimeMillis;
        private RandomGenerator random;

        private Builder() {
        }

        /**
         * Uses this clock's {@link InstantSource#millis()} as the timestamp, e.g. a
         * {@link java.time.Clock#fixed fixed clock} in tests.
         *
         * @param clock the clock
         * @return this builder
         * @throws IllegalArgumentException if {@code clock} is null
         */
        public Builder clock(InstantSource clock) {
            if (clock == null) {
                throw new IllegalArgumentException("clock is null");
            }
            this.clock = clock::millis;
            return this;
        }

        /**
         * Uses this supplier of Unix milliseconds (since 1970-01-01T00:00Z, UTC) as the timestamp.
         * It is called once per id and must be thread-safe.
         *
         * @param unixMillis the supplier of milliseconds
         * @return this builder
         * @throws IllegalArgumentException if {@code unixMillis} is null
         */
        public Builder millis(LongSupplier unixMillis) {
            if (unixMillis == null) {
                throw new IllegalArgumentException("unixMillis supplier is null");
            }
            this.clock = unixMillis;
            return this;
        }

        /**
         * Uses this random source for the counter seeds and random bits. It should be a
         * cryptographically strong generator (RFC 9562 §6.9); it need not be thread-safe, as calls
         * into it are serialized. It is read in blocks of 256 bytes through a per-thread buffer.
         *
         * @param random the random source
         * @return this builder
         * @throws IllegalArgumentException if {@code random} is null
         */
        public Builder random(RandomGenerator random) {
            if (random == null) {
                throw new IllegalArgumentException("random source is null");
            }
            this.random = random;
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return a new generator with its own state
         */
        public V7Generator build() {
            return new V7Generator(clock, random != null ? random : new SecureRandom());
        }
    }
}
