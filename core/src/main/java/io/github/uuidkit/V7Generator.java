package io.github.uuidkit;

import java.lang.invoke.MethodHandles;
import java.lang.ref.Cleaner;
import java.lang.invoke.VarHandle;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * A thread-safe, lock-free generator of monotonic UUID version 7 values (RFC 9562 §5.7).
 * By default ids are ordered across threads (see Guarantees); {@link Builder#perThreadOrdered()}
 * builds one whose ids are ordered per thread only and whose throughput grows with threads.
 *
 * <h2>Bit layout</h2>
 * <pre>
 *  bits   0-47  unix_ts_ms     milliseconds since 1970-01-01T00:00Z from the clock (48 bits)
 *  bits  48-51  ver            0111
 *  bits  52-63  rand_a         counter, high 12 bits        ┐ 42-bit counter = seed(ms) + n
 *  bits  64-65  var            10                            │ (RFC 9562 §6.2 method 1,
 *  bits  66-95  rand_b[0:30]   counter, low 30 bits         ┘ "fixed bit-length dedicated counter")
 *  bits 96-127  rand_b[30:62]  tail(ms): 32 random bits
 * </pre>
 * {@code n} counts the ids of the millisecond from 0. {@code seed(ms)} (41 bits, so the counter's
 * top bit starts at 0 and cannot overflow: RFC 9562 §6.2 "counter rollover guard") and
 * {@code tail(ms)} (32 bits) are 73 pseudo-random bits per millisecond: the AES-128 encryption of
 * the millisecond under a key of 128 bits drawn once from the random source (a {@link SecureRandom}
 * unless one is injected). AES in counter mode is a cryptographically secure generator (it is the
 * core of NIST's CTR_DRBG), so the bits are as unpredictable as RFC 9562 §6.9 asks, and being a
 * function of the millisecond they are the same for every thread without any coordination.
 *
 * <h2>How it is fast and ordered</h2>
 * The only shared state is one {@link AtomicLong} holding {@code ms << 16 | n}. Within a
 * millisecond a call is one atomic increment (no retry loop, no lock); when the clock has moved on,
 * one compare-and-set jumps the state to {@code now << 16}. The id is then composed from the state
 * value the call obtained, so ids are ordered exactly as the state values are. Per-millisecond
 * bits are computed once per millisecond and published through a volatile field (by
 * compare-and-set, so that a millisecond is composed under one key even across a reseed).
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>Ids from one generator are strictly increasing in {@link UuidOrder#UNSIGNED} order across
 *       threads: each call takes a distinct value of the monotonic state by an atomic operation, so
 *       if one call returns {@code a} before another call begins, that call returns some
 *       {@code b > a}.</li>
 *   <li>The embedded millisecond never goes below the previous id's. If the clock moves back (NTP
 *       step, VM migration) the generator keeps the last millisecond and keeps counting until the
 *       clock passes it again.</li>
 *   <li>A millisecond holds 65,536 ids; the 65,537th carries into the next millisecond (the
 *       timestamp runs ahead by 1 ms per 65,536 ids for as long as more than 65.5 million ids per
 *       second are drawn, then the clock catches up). Nothing throws or blocks, except at the end of
 *       the 48-bit range: the last millisecond (10889-08-02T05:31:50.655Z) hands out 32,768 ids, then
 *       every call throws {@link IllegalStateException}; the other half is a guard band that keeps
 *       concurrent calls past the end from wrapping the state around and repeating an id.</li>
 *   <li>Snapshot-safe: after {@link Uuids#reseed()} (run for you on restore when {@code org.crac}
 *       is on the class path: CRaC, AWS Lambda SnapStart) the generator composes its next
 *       millisecond under a new key, so two restored copies of one snapshot diverge. Ids keep
 *       increasing across the reseed.</li>
 * </ul>
 *
 * <h2>Why this layout</h2>
 * <ul>
 *   <li>A counter, not fresh random bits per id, makes ids strictly increasing within a millisecond,
 *       which keeps B-tree inserts appending.</li>
 *   <li>Milliseconds only, not a sub-millisecond fraction in {@code rand_a} (RFC method 3, used by
 *       PostgreSQL 18): reading sub-millisecond time costs more than the whole rest of the
 *       generator, and the counter already orders ids within a millisecond.</li>
 *   <li>Ids within one millisecond are predictable from each other (+1), and every v7 shows the
 *       millisecond it was made. UUIDs are identifiers, not capabilities (RFC 9562 §8); use
 *       {@link Uuids#v4()} for secret tokens and for public ids that must not be guessed or dated.
 *       Random increments (RFC 9562 §6.2 method 2) would hide the neighbours but not the
 *       timestamp, at the cost of a random draw per id, so they are not offered.</li>
 * </ul>
 */
public final class V7Generator implements Supplier<UUID> {

    /** Largest millisecond a 48-bit timestamp holds: 10889-08-02T05:31:50.655Z. */
    static final long MAX_MILLIS = (1L << 48) - 1;
    /** Ids per millisecond before the timestamp carries: 2<sup>16</sup>. */
    static final int IDS_PER_MILLISECOND = 1 << 16;
    /**
     * The last state value handed out: half-way through the last millisecond. The values above it are
     * a guard band: a call that draws one fails and puts the state back to the band's start, so the
     * state cannot wrap around to 0 (and look like an early millisecond) unless more than 32,767
     * calls sit between their increment and that reset at the same moment.
     */
    static final long LAST_STATE = (MAX_MILLIS << 16) | (IDS_PER_MILLISECOND / 2 - 1);

    private static final int SEED_BITS = 41;
    private static final long VERSION_BITS = 0x7000L;
    private static final long VARIANT_BITS = 0x8000_0000_0000_0000L;
    private static final int LOW_COUNTER_BITS = 30;
    private static final long LOW_COUNTER_MASK = (1L << LOW_COUNTER_BITS) - 1;
    private static final VarHandle BITS;

    static {
        try {
            BITS = MethodHandles.lookup().findVarHandle(V7Generator.class, "bits", MillisecondBits.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Bits of the thread slot in per-thread ordered mode: slot 0 is the shared state's, 1 to 2<sup>20</sup>-1 threads'. */
    static final int SLOT_BITS = 20;

    private final LongSupplier clock;
    private final AtomicLong state = new AtomicLong();
    /** Per-thread ordered mode: each thread's own state; null in the default (strict) mode. */
    private final ThreadLocal<Lane> lanes;
    /** The next thread slot never handed out (per-thread ordered mode). */
    private final AtomicLong nextSlot = new AtomicLong(1);
    /** Slots whose thread has ended, with that thread's last state value: handed out before new ones. */
    private final ConcurrentLinkedQueue<Slot> freeSlots = new ConcurrentLinkedQueue<>();
    /** The lowest millisecond a lane may use: moved past the old key's milliseconds by {@link #reseed}. */
    private volatile long laneFloorMillis;
    /** The bits of the latest millisecond composed; only ever replaced by a later millisecond's. */
    private volatile MillisecondBits bits;
    /** The newest key: drawn at build, then by each {@link #reseed}; the next millisecond takes it up. */
    private volatile Cipher newestKey;

    private V7Generator(LongSupplier clock, RandomGenerator random, boolean perThread) {
        this.clock = clock;
        this.lanes = perThread ? ThreadLocal.withInitial(this::newLane) : null;
        this.newestKey = newKey(random);
        this.bits = new MillisecondBits(-1, 0, 0, new KeyEpoch(newestKey, 0, null));
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
     * Returns {@link #next()}, so a generator serves wherever a {@code Supplier<UUID>} is taken (an id factory, a
     * stream's {@code generate}).
     *
     * @return a new UUID version 7
     * @throws IllegalStateException as {@link #next()}
     */
    @Override
    public UUID get() {
        return next();
    }

    /**
     * Returns the next id: greater, in {@link UuidOrder#UNSIGNED} order, than every id this generator
     * returned before the call began.
     *
     * @return a new UUID version 7
     * @throws IllegalStateException if the clock reads before 1970 or beyond the 48-bit timestamp
     *     range (year 10889), or if the counter ran past the last millisecond of that range
     */
    public UUID next() {
        long now = clock.getAsLong();
        if (now < 0 || now > MAX_MILLIS) {
            throw clockOutOfRange(now);
        }
        if (lanes != null) {
            return nextPerThread(now);
        }
        return compose(take(now << 16, increment()));
    }

    /** {@link #next()} in per-thread ordered mode. */
    private UUID nextPerThread(long now) {
        Lane lane = lanes.get();
        if (lane.slotBits != 0) {
            return lane.next(this, now);
        }
        // Out of slots: the shared state, kept past the milliseconds of a key a reseed replaced.
        return compose(take(Math.max(now, laneFloorMillis) << 16, increment()));
    }

    /**
     * Fills {@code ids} with new ids from one clock read: each greater, in {@link UuidOrder#UNSIGNED}
     * order, than the one before it and than every id this generator returned before the call began
     * (in the default mode; per thread in {@link Builder#perThreadOrdered() per-thread} mode). The
     * batch takes its range of the counter in one atomic step, so the guarantees of {@link #next()}
     * hold for batches and single ids alike; ids of a batch are consecutive counter values, and a
     * batch of more ids than a millisecond holds (65,536) carries into the next milliseconds.
     *
     * @param ids the array to fill, every element overwritten
     * @throws IllegalStateException as {@link #next()}, or if the batch does not fit in what is left
     *     of the 48-bit timestamp range (nothing is written then)
     */
    public void fill(UUID[] ids) {
        fill(ids, 0, ids.length);
    }

    /**
     * Writes {@code count} new ids into {@code ids[offset]} to {@code ids[offset + count - 1]}, as
     * {@link #fill(UUID[])} does for a whole array.
     *
     * @param ids the array
     * @param offset the index of the first id written
     * @param count the number of ids, 0 or more
     * @throws IndexOutOfBoundsException if the range is not within {@code ids}
     * @throws IllegalStateException as {@link #fill(UUID[])}
     */
    public void fill(UUID[] ids, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, ids.length);
        if (count > 0) {
            generate(count, ids, offset, null, 0);
        }
    }

    /**
     * Writes {@code count} new ids as pairs of longs: id {@code i} of the batch (from 0) as its
     * {@link UUID#getMostSignificantBits() most significant bits} at {@code bits[offset + 2 * i]} and
     * its least significant bits at {@code bits[offset + 2 * i + 1]}, so {@code new UUID(bits[k],
     * bits[k + 1])} is the id. No object is allocated. Otherwise as {@link #fill(UUID[])}.
     *
     * @param bits the array
     * @param offset the index of the first long written (the first id's most significant bits)
     * @param count the number of ids, 0 or more; {@code 2 * count} longs are written
     * @throws IndexOutOfBoundsException if {@code [offset, offset + 2 * count)} is not within {@code bits}
     * @throws IllegalStateException as {@link #fill(UUID[])}
     */
    public void fill(long[] bits, int offset, int count) {
        if (count < 0) {
            throw new IndexOutOfBoundsException("count " + count + " is negative");
        }
        Objects.checkFromIndexSize(offset, 2L * count > Integer.MAX_VALUE ? -1 : 2 * count, bits.length);
        if (count > 0) {
            generate(count, null, 0, bits, offset);
        }
    }

    /**
     * Returns {@code count} new ids, made as by {@link #fill(UUID[])}.
     *
     * @param count the number of ids, 0 or more
     * @return an unmodifiable list of the ids, in increasing order
     * @throws IllegalArgumentException if {@code count} is negative
     * @throws IllegalStateException as {@link #fill(UUID[])}
     */
    public List<UUID> nextBatch(int count) { // not next(int): an overload makes generator::next ambiguous
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " is negative");
        }
        UUID[] ids = new UUID[count];
        fill(ids, 0, count);
        return Collections.unmodifiableList(Arrays.asList(ids));
    }

    /**
     * Reads the clock once, takes {@code count} consecutive state values (from the shared state in one
     * compare-and-set in the default mode or for a thread without a slot, else from the thread's lane)
     * and writes their ids into {@code ids} or {@code bits}.
     */
    private void generate(int count, UUID[] ids, int idsOffset, long[] bits, int bitsOffset) {
        long now = clock.getAsLong();
        if (now < 0 || now > MAX_MILLIS) {
            throw clockOutOfRange(now);
        }
        long first;
        long slotBits = 0;
        if (lanes != null) {
            Lane lane = lanes.get();
            if (lane.slotBits != 0) {
                slotBits = lane.slotBits;
                first = lane.reserve(this, now, count);
            } else {
                first = reserveShared(Math.max(now, laneFloorMillis) << 16, count);
            }
        } else {
            first = reserveShared(now << 16, count);
        }
        write(first, count, slotBits, ids, idsOffset, bits, bitsOffset);
    }

    /** Takes {@code count} state values from {@code floor} or the state on, in one compare-and-set. */
    long reserveShared(long floor, int count) {
        for (;;) {
            long current = state.get();
            if (Long.compareUnsigned(current, LAST_STATE) >= 0) {
                throw exhausted();
            }
            long first = Long.compareUnsigned(current + 1, floor) >= 0 ? current + 1 : floor;
            long last = first + (count - 1);
            if (Long.compareUnsigned(last, LAST_STATE) > 0) {
                throw new IllegalStateException("UUID v7 range nearly exhausted: a batch of " + count
                        + " ids does not fit before the end of " + MAX_MILLIS + " ms");
            }
            if (state.compareAndSet(current, last)) {
                return first;
            }
        }
    }

    /**
     * Composes the ids of the state values {@code first} to {@code first + count - 1} into
     * {@code ids} or {@code bits}: one millisecond's bits looked up per millisecond, then one addition per id.
     */
    private void write(long first, int count, long slotBits, UUID[] ids, int idsOffset, long[] bits,
                       int bitsOffset) {
        long value = first;
        int done = 0;
        while (done < count) {
            long millis = value >>> 16;
            int inMillisecond = (int) Math.min(count - done, IDS_PER_MILLISECOND - (value & 0xFFFF));
            MillisecondBits b = this.bits;
            if (b.millis != millis) {
                b = bitsFor(millis);
            }
            long counter = b.seed + (slotBits | (value & 0xFFFF));
            long msbBase = (millis << 16) | VERSION_BITS;
            long lsbBase = VARIANT_BITS | b.tail;
            if (ids != null) {
                for (int i = idsOffset + done, end = i + inMillisecond; i < end; i++, counter++) {
                    ids[i] = new UUID(msbBase | (counter >>> LOW_COUNTER_BITS),
                            lsbBase | ((counter & LOW_COUNTER_MASK) << 32));
                }
            } else {
                for (int i = bitsOffset + 2 * done, end = i + 2 * inMillisecond; i < end; i += 2, counter++) {
                    bits[i] = msbBase | (counter >>> LOW_COUNTER_BITS);
                    bits[i + 1] = lsbBase | ((counter & LOW_COUNTER_MASK) << 32);
                }
            }
            done += inMillisecond;
            value += inMillisecond;
        }
    }

    /** The error of a clock outside the 48-bit range (out of line: keeps {@link #next()} small enough to inline). */
    private static IllegalStateException clockOutOfRange(long now) {
        return new IllegalStateException("Clock reads " + now
                + " ms since 1970-01-01T00:00Z; UUID v7 holds 0 to " + MAX_MILLIS);
    }

    /** The error past the end of the 48-bit range (out of line, as {@link #clockOutOfRange}). */
    static IllegalStateException rangeExhausted() {
        return new IllegalStateException("UUID v7 range exhausted: counted past " + MAX_MILLIS + " ms");
    }

    /** Whether this generator was built {@link Builder#perThreadOrdered() per-thread ordered}. */
    boolean perThreadOrdered() {
        return lanes != null;
    }

    /**
     * A thread's lane: a slot an ended thread left (with its last state value), else the next new slot, else slot 0
     * (the shared strict state) once all 2<sup>20</sup>-1 are taken by live threads.
     */
    private Lane newLane() {
        Slot slot = freeSlots.poll();
        if (slot == null) {
            long next = nextSlot.getAndIncrement();
            slot = new Slot(next < (1L << SLOT_BITS) ? (int) next : 0);
        }
        Lane lane = new Lane(slot);
        if (slot.number != 0) {
            Slot owned = slot;
            Thread owner = Thread.currentThread();
            ConcurrentLinkedQueue<Slot> free = freeSlots;
            // Runs once the lane is unreachable: its thread ended (the JDK drops an ended thread's thread
            // locals), or this generator is gone. isAlive() false is the JLS's way to see that a thread ended,
            // so every state value it wrote is visible here; a live owner (the generator itself was collected)
            // keeps its slot, there being no one to hand it to.
            Slots.CLEANER.register(lane, () -> {
                if (!owner.isAlive()) {
                    free.add(owned);
                }
            });
        }
        return lane;
    }

    /** Makes the next lanes take slots from {@code slot} on (tests of the slots running out). */
    void nextSlotForTests(long slot) {
        nextSlot.set(slot);
    }

    /** The slot of the calling thread's lane (tests). */
    int slotOfThisThreadForTests() {
        return lanes.get().slot.number;
    }

    /** How many slots of ended threads wait to be reused (tests). */
    int freeSlotsForTests() {
        return freeSlots.size();
    }

    /** The one cleaner thread of every per-thread ordered generator, started on first use. */
    private static final class Slots {
        static final Cleaner CLEANER = Cleaner.create();

        private Slots() {
        }
    }

    /**
     * A thread slot and the last state value ({@code ms << 16 | n}) its current (or last) thread used. Written only
     * by its thread; handed to the next thread only after that thread ended, so the counter continues.
     */
    private static final class Slot {
        final int number;
        long last;

        Slot(int number) {
            this.number = number;
        }
    }

    /**
     * One thread's state in per-thread ordered mode: its slot (with the slot's last state value), confined to the
     * thread. Its ids carry {@code seed(ms) + (slot << 16 | n)} as the counter, so two threads' ids of one
     * millisecond (one key, one seed) never meet, and a reused slot continues above its ended thread's ids.
     */
    private static final class Lane {
        final Slot slot;
        final long slotBits;
        MillisecondBits bits;

        Lane(Slot slot) {
            this.slot = slot;
            this.slotBits = (long) slot.number << 16;
            this.bits = new MillisecondBits(-1, 0, 0, null);
        }

        /** Takes {@code count} consecutive values of this lane; returns the first. */
        long reserve(V7Generator generator, long now, int count) {
            long floor = Math.max(now, generator.laneFloorMillis) << 16;
            long last = slot.last;
            long first = Long.compareUnsigned(last + 1, floor) >= 0 ? last + 1 : floor;
            long end = first + (count - 1);
            if (Long.compareUnsigned(end, LAST_STATE) > 0) {
                throw new IllegalStateException("UUID v7 range nearly exhausted: a batch of " + count
                        + " ids does not fit before the end of " + MAX_MILLIS + " ms");
            }
            slot.last = end;
            return first;
        }

        UUID next(V7Generator generator, long now) {
            // Unsigned: from the year 6429 on a state value has its top bit set.
            long floor = Math.max(now, generator.laneFloorMillis) << 16;
            long last = slot.last;
            long value = Long.compareUnsigned(last + 1, floor) >= 0 ? last + 1 : floor;
            if (Long.compareUnsigned(value, LAST_STATE) > 0) {
                throw rangeExhausted();
            }
            slot.last = value;
            long millis = value >>> 16;
            MillisecondBits b = bits;
            if (b.millis != millis) {
                b = generator.bits;
                if (b.millis != millis) {
                    b = generator.bitsFor(millis);
                }
                bits = b;
            }
            return compose(millis, b, slotBits | (value & 0xFFFF));
        }
    }

    /** Step 1 of {@link #next()} (tests interleave calls step by step): the atomic increment. */
    long increment() {
        return state.incrementAndGet();
    }

    /**
     * Step 2 of {@link #next()}: turns the value an increment returned into the state value of the id,
     * moving the state up to {@code floor} (the clock's millisecond, shifted) if it lags behind.
     */
    long take(long floor, long value) {
        if (Long.compareUnsigned(value, floor) < 0) {
            return advance(floor);
        }
        if (Long.compareUnsigned(value, LAST_STATE) > 0) {
            throw exhausted();
        }
        return value;
    }

    /** The clock is ahead of the state: move the state to {@code floor}, unless another thread did. */
    private long advance(long floor) {
        for (;;) {
            long current = state.get();
            if (Long.compareUnsigned(current, floor) >= 0) {
                long value = state.incrementAndGet();
                if (Long.compareUnsigned(value, LAST_STATE) > 0) {
                    throw exhausted();
                }
                return value;
            }
            if (state.compareAndSet(current, floor)) {
                return floor;
            }
        }
    }

    /** The state is in the guard band: park it at the band's start and report the end of the range. */
    private IllegalStateException exhausted() {
        state.set(LAST_STATE + 1);
        return rangeExhausted();
    }

    /** Puts the state at {@code value}, for tests that start near the end of the range. */
    void jumpTo(long value) {
        state.set(value);
    }

    /** Step 3 of {@link #next()}: the id of a state value. */
    UUID compose(long value) {
        long millis = value >>> 16;
        MillisecondBits b = bits;
        if (b.millis != millis) {
            b = bitsFor(millis);
        }
        return compose(millis, b, value & 0xFFFF);
    }

    /** The id of a millisecond, its bits and the counter's offset from the millisecond's seed. */
    private static UUID compose(long millis, MillisecondBits b, long offset) {
        long counter = b.seed + offset;
        long msb = (millis << 16) | VERSION_BITS | (counter >>> LOW_COUNTER_BITS);
        long lsb = VARIANT_BITS | ((counter & LOW_COUNTER_MASK) << 32) | b.tail;
        return new UUID(msb, lsb);
    }

    /**
     * The bits of a millisecond other than the latest one composed. A later millisecond becomes the
     * latest (compare-and-set, so the latest only moves forward) and takes up a key that
     * {@link #reseed} left; an earlier one (a call that took its value before another thread moved
     * on) is computed under the key that was in force for it. So every millisecond is composed under
     * one key only, whichever thread gets there first.
     */
    private MillisecondBits bitsFor(long millis) {
        for (;;) {
            MillisecondBits latest = bits;
            if (latest.millis == millis) {
                return latest;
            }
            if (millis < latest.millis) {
                KeyEpoch epoch = latest.epoch;
                while (epoch.fromMillis > millis) {
                    epoch = epoch.older;
                }
                return bitsOf(millis, epoch);
            }
            Cipher newest = newestKey;
            KeyEpoch epoch = newest == latest.epoch.aes
                    ? latest.epoch
                    : new KeyEpoch(newest, millis, latest.epoch);
            MillisecondBits next = bitsOf(millis, epoch);
            if (BITS.compareAndSet(this, latest, next)) {
                return next;
            }
        }
    }

    /**
     * Draws a new AES key from {@code fresh} for the milliseconds to come and moves the state to the
     * next millisecond, so that the next id is composed under the new key (its timestamp may run
     * 1 ms ahead of the clock, as after a carry). Ids already returned keep their order: the
     * milliseconds composed before keep their key. Called through {@link Uuids#reseed()}.
     */
    void reseed(RandomGenerator fresh) {
        newestKey = newKey(fresh);
        if (lanes != null) {
            // Lanes move past every millisecond composed so far, so they compose under the new key.
            synchronized (lanes) { // the floor only rises, even under concurrent reseeds
                laneFloorMillis = Math.max(laneFloorMillis, Math.min(bits.millis + 1, MAX_MILLIS));
            }
        }
        for (;;) {
            long current = state.get();
            long millis = current >>> 16;
            if (millis >= MAX_MILLIS) {
                return; // the last millisecond keeps its key
            }
            if (state.compareAndSet(current, (millis + 1) << 16)) {
                return;
            }
        }
    }

    /** A 128-bit AES key drawn from {@code random}, ready to encrypt single blocks. */
    private static Cipher newKey(RandomGenerator random) {
        byte[] key = new byte[16];
        random.nextBytes(key);
        try {
            Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
            return aes;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/ECB/NoPadding is required of every Java platform", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** AES-128 of the millisecond: the seed and tail bits of that millisecond. */
    private static MillisecondBits bitsOf(long millis, KeyEpoch epoch) {
        byte[] block = new byte[16];
        for (int i = 0; i < 8; i++) {
            block[i] = (byte) (millis >>> (56 - 8 * i));
        }
        byte[] out;
        synchronized (epoch.aes) {
            try {
                out = epoch.aes.doFinal(block);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES failed on a 16-byte block", e);
            }
        }
        UUID random = UuidBinaryLayout.STANDARD.fromBytes(out);
        return new MillisecondBits(millis, random.getMostSignificantBits() >>> (64 - SEED_BITS),
                random.getLeastSignificantBits() & 0xFFFF_FFFFL, epoch);
    }

    /** A key and the first millisecond it applies to; {@code older} applies before that. */
    private static final class KeyEpoch {
        final Cipher aes;
        final long fromMillis;
        final KeyEpoch older;

        KeyEpoch(Cipher aes, long fromMillis, KeyEpoch older) {
            this.aes = aes;
            this.fromMillis = fromMillis;
            this.older = older;
        }
    }

    /** The pseudo-random bits of one millisecond; immutable, so safe to publish racily. */
    private static final class MillisecondBits {
        final long millis;
        final long seed;
        final long tail;
        final KeyEpoch epoch;

        MillisecondBits(long millis, long seed, long tail, KeyEpoch epoch) {
            this.millis = millis;
            this.seed = seed;
            this.tail = tail;
            this.epoch = epoch;
        }
    }

    /** Configures a {@link V7Generator}: its clock and its random source. */
    public static final class Builder {

        private LongSupplier clock = System::currentTimeMillis;
        private RandomGenerator random;
        private boolean perThread;

        private Builder() {
        }

        /**
         * Uses this clock's {@link InstantSource#millis()} as the timestamp, e.g. a
         * {@link java.time.Clock#fixed fixed clock} in tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(InstantSource clock) {
            Objects.requireNonNull(clock, "clock");
            this.clock = clock::millis;
            return this;
        }

        /**
         * Uses this supplier of Unix milliseconds (since 1970-01-01T00:00Z, UTC) as the timestamp.
         * It is called once per id and must be thread-safe.
         *
         * @param unixMillis the supplier of milliseconds
         * @return this builder
         */
        public Builder millis(LongSupplier unixMillis) {
            Objects.requireNonNull(unixMillis, "unixMillis");
            this.clock = unixMillis;
            return this;
        }

        /**
         * Reads the system clock ({@link System#currentTimeMillis()}) through a cache that a daemon
         * thread refreshes every 0.5 ms, so that an id costs a volatile read instead of a clock call
         * (the clock call is most of the cost of {@link #next()} on most machines). Opt-in, because it
         * costs what a user did not ask for otherwise:
         * <ul>
         *   <li>a daemon thread, {@code uuidkit-clock-ticker}, one per JVM (shared by every generator
         *       built with this option), started by the first id. It wakes 2,000 times a second while
         *       ids are made and parks with no timeout (no wake-ups, no CPU) after about 1 s without
         *       one; the next id reads the clock itself and wakes it.</li>
         *   <li>timestamps that lag the clock: by less than 1 ms while the ticker runs on time, by
         *       however long the operating system or a JVM pause holds the ticker back otherwise (a
         *       lag no Java code can bound). Ids stay ordered and distinct whatever the lag; only their
         *       millisecond may be earlier than the clock's at the call.</li>
         * </ul>
         * Replaces a clock set by {@link #clock(InstantSource)} or {@link #millis(LongSupplier)}
         * (the last call wins).
         *
         * @return this builder
         */
        public Builder cachedClock() {
            this.clock = TickingClock.system();
            return this;
        }

        /**
         * Uses this random source for the generator's 128-bit AES key, drawn once by {@link #build()}.
         * It should be cryptographically strong (RFC 9562 §6.9); a seeded one makes the sequence
         * reproducible, for tests.
         *
         * @param random the random source
         * @return this builder
         */
        public Builder random(RandomGenerator random) {
            Objects.requireNonNull(random, "random");
            this.random = random;
            return this;
        }

        /**
         * Trades the order across threads for throughput that grows with threads: each thread keeps
         * its own state, so a call touches no shared memory that another thread writes (except once
         * per millisecond). What still holds: ids are distinct across all threads, each thread's ids
         * are strictly increasing, no id's millisecond is earlier than the clock read by its call,
         * and a {@link Uuids#reseed() reseed} makes every thread move on to a new key. What no longer
         * holds: an id made on one thread after an id made on another thread may be smaller (both
         * are in the same millisecond, or the later one's clock read lagged the other's), so a
         * reader cannot use ids from several threads as a global sequence.
         *
         * <p>Layout: the 42-bit counter is {@code seed(ms) + (slot << 16 | n)}, where {@code slot}
         * (20 bits) is a number the generator gives each thread on its first call and {@code n}
         * counts that thread's ids of the millisecond (65,536 per thread and millisecond, then the
         * thread's timestamp carries into the next millisecond, as in the default mode). Two threads'
         * ids of one millisecond share its seed and differ in the slot, so they cannot be equal.
         * A slot whose thread has ended is reused by the next new thread, which continues the counter
         * where the ended thread left it (the slot returns once the garbage collector has dropped the
         * ended thread's state, through a {@link java.lang.ref.Cleaner}); only while 1,048,575 threads
         * that called the generator are alive at once do further threads share the default mode's state
         * (slot 0): still distinct and ordered, no longer scaling.
         * Meant for pools of platform threads, not for one virtual thread per task.
         *
         * @return this builder
         */
        public Builder perThreadOrdered() {
            this.perThread = true;
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return a new generator with its own state and key
         */
        public V7Generator build() {
            return Reseeding.register(new V7Generator(clock, random != null ? random : new SecureRandom(),
                    perThread));
        }
    }
}
