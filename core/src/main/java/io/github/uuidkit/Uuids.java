package io.github.uuidkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The front door of uuidkit: generate, inspect and bound UUIDs (RFC 9562).
 *
 * <pre>{@code
 * UUID id = Uuids.v7();                        // time-ordered primary key
 * Instant created = Uuids.instant(id);          // its millisecond
 * UUID token = Uuids.v4();                      // unguessable token
 * UUID stable = Uuids.v5(Uuids.NAMESPACE_URL, "https://example.com/a");
 * }</pre>
 */
public final class Uuids {

    /** The Nil UUID {@code 00000000-0000-0000-0000-000000000000} (RFC 9562 §5.9). */
    public static final UUID NIL = new UUID(0L, 0L);

    /** The Max UUID {@code ffffffff-ffff-ffff-ffff-ffffffffffff} (RFC 9562 §5.10). */
    public static final UUID MAX = new UUID(-1L, -1L);

    /** Namespace for fully qualified domain names, {@code 6ba7b810-9dad-11d1-80b4-00c04fd430c8} (RFC 9562 §6.6). */
    public static final UUID NAMESPACE_DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    /** Namespace for URLs, {@code 6ba7b811-9dad-11d1-80b4-00c04fd430c8} (RFC 9562 §6.6). */
    public static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /** Namespace for ISO OIDs, {@code 6ba7b812-9dad-11d1-80b4-00c04fd430c8} (RFC 9562 §6.6). */
    public static final UUID NAMESPACE_OID = UUID.fromString("6ba7b812-9dad-11d1-80b4-00c04fd430c8");

    /** Namespace for X.500 distinguished names, {@code 6ba7b814-9dad-11d1-80b4-00c04fd430c8} (RFC 9562 §6.6). */
    public static final UUID NAMESPACE_X500 = UUID.fromString("6ba7b814-9dad-11d1-80b4-00c04fd430c8");

    /** The last nanosecond of the last millisecond a 48-bit v7 timestamp holds. */
    private static final Instant LAST_V7_INSTANT =
            Instant.ofEpochMilli(V7Generator.MAX_MILLIS).plusMillis(1).minusNanos(1);

    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long VARIANT_BITS = 0x8000_0000_0000_0000L;
    /** The multicast bit of a node (RFC 9562 §6.10), in the least significant half: bit 40. */
    private static final long MULTICAST_BIT = 1L << 40;

    private Uuids() {
    }

    /**
     * Returns a new UUID version 7 from the process-wide {@link V7Generator}: strictly increasing
     * across all threads of this JVM, timestamped with {@link System#currentTimeMillis()}.
     *
     * @return a new UUID v7
     */
    public static UUID v7() {
        return Shared.V7.next();
    }

    /**
     * Returns {@code count} new UUID version 7 values from the process-wide generator behind
     * {@link #v7()}, from one clock read and one atomic step ({@link V7Generator#nextBatch(int)}):
     * increasing, and greater than every id {@link #v7()} or this method returned before the call
     * began. For a {@code long[]} of (most, least significant bits) pairs without allocating a
     * {@link UUID} per id, see {@link V7Generator#fill(long[], int, int)}.
     *
     * @param count the number of ids, 0 or more
     * @return an unmodifiable list of new UUID v7 values, in increasing order
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public static List<UUID> v7Batch(int count) {
        return Shared.V7.nextBatch(count);
    }

    /**
     * Returns a new random UUID version 4 (RFC 9562 §5.4): 122 bits from a {@link SecureRandom},
     * suitable for unguessable tokens. Unlike v7 it does not sort by time; do not use it as a B-tree
     * primary key where v7 fits.
     *
     * @return a new UUID v4
     */
    public static UUID v4() {
        long msb = Shared.RANDOM.nextLong();
        long lsb = Shared.RANDOM.nextLong();
        return new UUID((msb & ~0xF000L) | 0x4000L, (lsb & VARIANT_MASK) | VARIANT_BITS);
    }

    /**
     * Draws fresh secrets for every {@link V7Generator} of this JVM (the one behind {@link #v7()}
     * and every one {@link V7Generator#builder()} built that is still referenced) and for
     * {@link #v4()} and {@link #v7At}: new AES keys, and new random buffers in every thread, all from
     * a new {@link SecureRandom} seeded by the operating system.
     *
     * <p>Call it first thing after the process was cloned by anything that has no {@code org.crac}
     * hook (a VM snapshot restored twice, a forked container checkpoint): two clones otherwise share
     * the generators' secrets and state, so in the same millisecond they mint the same v7 ids and
     * the same v4 tokens. With {@code io.github.crac:org-crac} on the class path (CRaC, AWS Lambda
     * SnapStart) uuidkit registers a restore hook that calls this for you. The OS must itself give a
     * restored clone fresh entropy (Linux reseeds on VM generation change since 5.18).
     *
     * <p>Each generator's next id starts a new millisecond (the timestamp may run 1 ms ahead of the
     * clock, as after a carry), so ids keep increasing. Thread-safe; calls concurrent with it stay
     * distinct and ordered but may still use the old secrets.
     */
    public static void reseed() {
        Reseeding.reseedAll();
    }

    /**
     * Returns a new UUID version 6 (RFC 9562 §5.6), for systems that already hold v1 data and want its
     * time order: the 60-bit Gregorian timestamp (100-ns intervals since 1582-10-15T00:00Z, read from
     * {@link java.time.Clock#systemUTC()}) most significant first, then 62 random bits in
     * {@code clock_seq} and {@code node} (the node's multicast bit set, as RFC 9562 §6.10 asks of a
     * random node; drawn per id from the buffered {@link SecureRandom} of {@link #v4()}, so
     * {@link #reseed()} covers them). Strictly increasing across the threads of this JVM: each id takes
     * a timestamp above the last one (one compare-and-set), so more than one id per 100 ns runs the
     * timestamp ahead of the clock until it catches up. New keys should use {@link #v7()} (RFC 9562
     * §5.6 says the same); v6 is for ordering alongside converted v1 ids ({@link #v1ToV6(UUID)}).
     *
     * @return a new UUID v6
     */
    public static UUID v6() {
        long now = V6.gregorian100ns(java.time.Clock.systemUTC().instant());
        long ts = V6.next(now);
        long random = Shared.RANDOM.nextLong();
        long lsb = VARIANT_BITS | (random & VARIANT_MASK) | MULTICAST_BIT;
        return new UUID(v6Msb(ts), lsb);
    }

    /**
     * Converts a UUID version 1 to the version 6 of the same timestamp, clock sequence and node
     * (RFC 9562 §5.6: the 60 timestamp bits reordered most significant first, the version set to 6;
     * the lower 64 bits unchanged). Lossless: {@link #v6ToV1(UUID)} gives the v1 back. v6 ids sort
     * by their timestamp in database (unsigned) order; v1 ids do not.
     *
     * @param v1 a UUID version 1 of the RFC 9562 variant
     * @return the UUID v6
     * @throws IllegalArgumentException if {@code v1} is not a version 1 of the RFC 9562 variant
     */
    public static UUID v1ToV6(UUID v1) {
        requireVersion(v1, 1);
        long msb = v1.getMostSignificantBits();
        long ts = (msb & 0xFFFL) << 48 | ((msb >>> 16) & 0xFFFFL) << 32 | msb >>> 32;
        return new UUID(v6Msb(ts), v1.getLeastSignificantBits());
    }

    /**
     * Converts a UUID version 6 back to the version 1 of the same timestamp, clock sequence and node
     * (the inverse of {@link #v1ToV6(UUID)}).
     *
     * @param v6 a UUID version 6 of the RFC 9562 variant
     * @return the UUID v1
     * @throws IllegalArgumentException if {@code v6} is not a version 6 of the RFC 9562 variant
     */
    public static UUID v6ToV1(UUID v6) {
        requireVersion(v6, 6);
        long msb = v6.getMostSignificantBits();
        long ts = (msb >>> 16) << 12 | (msb & 0xFFFL);
        long v1Msb = (ts & 0xFFFF_FFFFL) << 32 | ((ts >>> 32) & 0xFFFFL) << 16 | 0x1000L | (ts >>> 48) & 0xFFFL;
        return new UUID(v1Msb, v6.getLeastSignificantBits());
    }

    /** The most significant bits of a v6 of a 60-bit Gregorian timestamp. */
    private static long v6Msb(long ts) {
        return (ts >>> 12) << 16 | 0x6000L | (ts & 0xFFFL);
    }

    private static void requireVersion(UUID uuid, int version) {
        requireUuid(uuid);
        if (version(uuid) != version || (uuid.getLeastSignificantBits() >>> 62) != 2) {
            String variant = (uuid.getLeastSignificantBits() >>> 62) == 2 ? "" : ", not the RFC 9562 variant";
            throw new IllegalArgumentException("Not a UUID version " + version + ": " + uuid + " (version "
                    + version(uuid) + variant + ")");
        }
    }

    /** The last v6 timestamp handed out, process-wide. */
    static final class V6 {
        /** 100-ns intervals from 1582-10-15T00:00Z to 1970-01-01T00:00Z (RFC 9562 §5.1). */
        static final long GREGORIAN_OFFSET = 0x01B2_1DD2_1381_4000L;
        private static final java.util.concurrent.atomic.AtomicLong LAST = new java.util.concurrent.atomic.AtomicLong();

        private V6() {
        }

        static long gregorian100ns(Instant instant) {
            return instant.getEpochSecond() * 10_000_000L + instant.getNano() / 100 + GREGORIAN_OFFSET;
        }

        /** A timestamp above the last one and not below {@code now}. */
        static long next(long now) {
            for (;;) {
                long last = LAST.get();
                long ts = Math.max(now, last + 1);
                if (LAST.compareAndSet(last, ts)) {
                    return ts;
                }
            }
        }
    }

    /**
     * Returns the name-based UUID version 5 (RFC 9562 §5.5): SHA-1 of the namespace's 16 bytes
     * followed by the name's UTF-8 bytes. The same inputs always give the same UUID.
     *
     * @param namespace the namespace, e.g. {@link #NAMESPACE_DNS}
     * @param name the name, encoded as UTF-8
     * @return the UUID v5
     */
    public static UUID v5(UUID namespace, String name) {
        Objects.requireNonNull(name, "name");
        return v5(namespace, name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the name-based UUID version 5 (RFC 9562 §5.5) of a binary name: SHA-1 of the
     * namespace's 16 bytes followed by {@code name}.
     *
     * @param namespace the namespace
     * @param name the name's bytes
     * @return the UUID v5
     */
    public static UUID v5(UUID namespace, byte[] name) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
        sha1.update(UuidBinaryLayout.STANDARD.toBytes(namespace));
        byte[] hash = sha1.digest(name);
        UUID raw = UuidBinaryLayout.STANDARD.fromBytes(hash, 0);
        long msb = (raw.getMostSignificantBits() & ~0xF000L) | 0x5000L;
        long lsb = (raw.getLeastSignificantBits() & VARIANT_MASK) | VARIANT_BITS;
        return new UUID(msb, lsb);
    }

    /**
     * Returns the 4-bit version field (bits 48-51): 1-8 for RFC 9562 UUIDs, 0 for {@link #NIL},
     * 15 for {@link #MAX}.
     *
     * @param uuid the UUID
     * @return the version field, 0 to 15
     */
    public static int version(UUID uuid) {
        return (int) (requireUuid(uuid).getMostSignificantBits() >>> 12) & 0xF;
    }

    /**
     * Tells whether a UUID is an RFC 9562 version 7: version field 7 and variant bits {@code 10}.
     *
     * @param uuid the UUID
     * @return true for a UUID v7
     */
    public static boolean isV7(UUID uuid) {
        return version(uuid) == 7 && (uuid.getLeastSignificantBits() >>> 62) == 2;
    }

    /**
     * Returns the timestamp of a UUID v7: milliseconds since 1970-01-01T00:00Z (the top 48 bits).
     *
     * @param uuid a UUID v7
     * @return Unix milliseconds, 0 to 2<sup>48</sup>-1
     * @throws IllegalArgumentException if {@code uuid} is not a UUID v7
     */
    public static long unixMillis(UUID uuid) {
        if (!isV7(uuid)) {
            String variant = (uuid.getLeastSignificantBits() >>> 62) == 2 ? "" : ", not the RFC 9562 variant";
            throw new IllegalArgumentException("Not a UUID version 7: " + uuid + " (version "
                    + version(uuid) + variant + "); only v7 carries a Unix timestamp");
        }
        return uuid.getMostSignificantBits() >>> 16;
    }

    /**
     * Returns the timestamp of a UUID v7 as an instant, millisecond precision.
     *
     * @param uuid a UUID v7
     * @return the instant of its millisecond
     * @throws IllegalArgumentException if {@code uuid} is not a UUID v7
     */
    public static Instant instant(UUID uuid) {
        return Instant.ofEpochMilli(unixMillis(uuid));
    }

    /**
     * Returns the smallest UUID v7 of the instant's millisecond: {@code rand_a} and {@code rand_b}
     * all zero. Every v7 created in that millisecond or later is {@code >=} it in
     * {@link UuidOrder#UNSIGNED} (database) order, so {@code WHERE id >= :minV7(from)} selects rows
     * created from {@code from} on.
     *
     * @param instant the instant; its sub-millisecond part is truncated
     * @return the lower bound
     * @throws IllegalArgumentException if {@code instant} is before 1970 or after the 48-bit
     *     millisecond range (10889-08-02T05:31:50.655Z)
     */
    public static UUID minV7(Instant instant) {
        return new UUID((millisOf(instant) << 16) | 0x7000L, VARIANT_BITS);
    }

    /**
     * Returns the largest UUID v7 of the instant's millisecond: {@code rand_a} and {@code rand_b}
     * all ones. Every v7 created in that millisecond or earlier is {@code <=} it in database order,
     * so {@code WHERE id <= :maxV7(to)} selects rows created up to and including {@code to}'s
     * millisecond.
     *
     * @param instant the instant; its sub-millisecond part is truncated
     * @return the upper bound
     * @throws IllegalArgumentException if {@code instant} is before 1970 or after the 48-bit
     *     millisecond range
     */
    public static UUID maxV7(Instant instant) {
        return new UUID((millisOf(instant) << 16) | 0x7FFFL, VARIANT_BITS | VARIANT_MASK);
    }

    /**
     * Returns a UUID v7 for a given time with 74 random bits (not monotonic): for backfilling keys
     * from an existing {@code created_at} column during a v4 to v7 migration, so old rows sort by
     * their creation time among new ones.
     *
     * @param instant the creation time; its sub-millisecond part is truncated
     * @return a UUID v7 of that millisecond
     * @throws IllegalArgumentException if {@code instant} is before 1970 or after the 48-bit
     *     millisecond range
     */
    public static UUID v7At(Instant instant) {
        long millis = millisOf(instant);
        long randA = Shared.RANDOM.nextLong() & 0xFFFL;
        long randB = Shared.RANDOM.nextLong() & VARIANT_MASK;
        return new UUID((millis << 16) | 0x7000L | randA, VARIANT_BITS | randB);
    }

    private static long millisOf(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (instant.isBefore(Instant.EPOCH) || instant.isAfter(LAST_V7_INSTANT)) {
            throw new IllegalArgumentException("Instant " + instant
                    + " is outside the UUID v7 range 1970-01-01T00:00:00Z to "
                    + Instant.ofEpochMilli(V7Generator.MAX_MILLIS) + " (48-bit milliseconds)");
        }
        return instant.toEpochMilli();
    }

    private static UUID requireUuid(UUID uuid) {
        return Objects.requireNonNull(uuid, "uuid");
    }

    /** Lazily created process-wide state. */
    static final class Shared {
        static final RandomBits RANDOM = Reseeding.register(new RandomBits(new SecureRandom()));
        static final V7Generator V7 = V7Generator.builder().build();
    }
}
