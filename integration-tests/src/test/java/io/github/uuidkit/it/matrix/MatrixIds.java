package io.github.uuidkit.it.matrix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The value sets of the matrix's truth tables, built bit by bit from RFC 9562's field layouts (section 5.1 for v1,
 * 5.6 for v6, 5.7 for v7), seeded and reproducible, on a fixed time base (never "now"):
 * {@value #PER_SET} ids per set, with random clock sequences and nodes (v1, v6) or random bits (v7).
 */
final class MatrixIds {

    /** Ids per set. */
    static final int PER_SET = 600;

    /** The fixed time base: 2025-02-01T00:00:00Z. */
    static final Instant BASE = Instant.parse("2025-02-01T00:00:00Z");

    /** 100-ns intervals from the Gregorian epoch (1582-10-15) to the Unix epoch (RFC 9562, section 5.1). */
    private static final long GREGORIAN_TO_UNIX_100NS = 0x01B21DD213814000L;

    /** The sets: one version each, and a mix of v1, v6 and v7 (MDEV-35468's case). */
    enum Set {
        V7, V1, V6, MIX_V1_V6_V7
    }

    private MatrixIds() {
    }

    /** The ids of one set for a seed, in generation (time) order. */
    static List<UUID> of(Set set, long seed) {
        Random random = new Random(seed * 31 + set.ordinal());
        List<UUID> ids = new ArrayList<>(PER_SET);
        long millis = BASE.toEpochMilli();
        for (int i = 0; i < PER_SET; i++) {
            if (random.nextInt(3) == 0) {
                // v7: a few ms apart, many ids per ms; v1, v6 and the mix: up to 2 s apart (minutes in all), and
                // half-way the clock jumps past a wrap of v1's 32-bit time_low (2^32 ticks of 100 ns = 429.5 s), so
                // that v1's UUID order differs from its time order (else the swapped layouts would look right)
                millis += set == Set.V7 ? 1 + random.nextInt(5) : 1 + random.nextInt(2_000);
            }
            if (i == PER_SET / 2 && set != Set.V7) {
                millis = nextTimeLowWrap(millis); // the second half after a wrap of v1's time_low
            }
            int version;
            switch (set) {
                case V1:
                    version = 1;
                    break;
                case V6:
                    version = 6;
                    break;
                case V7:
                    version = 7;
                    break;
                default:
                    version = new int[] {1, 6, 7}[i % 3];
            }
            ids.add(at(version, millis, random));
        }
        return Collections.unmodifiableList(ids);
    }

    /** The first Unix millisecond after {@code millis} at which v1's 32-bit time_low has wrapped to (near) zero. */
    static long nextTimeLowWrap(long millis) {
        long t = millis * 10_000 + GREGORIAN_TO_UNIX_100NS;
        long wrapped = ((t >>> 32) + 1) << 32;
        return (wrapped - GREGORIAN_TO_UNIX_100NS) / 10_000 + 1;
    }

    /** A v1, v6 or v7 of a Unix millisecond (v1/v6: plus random 100-ns ticks within it), random elsewhere. */
    static UUID at(int version, long unixMillis, Random random) {
        long lsb = 0x8000_0000_0000_0000L | (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL); // variant 10
        if (version == 7) {
            long msb = (unixMillis << 16) | 0x7000L | (random.nextInt(1 << 12));
            return new UUID(msb, lsb);
        }
        long t = unixMillis * 10_000 + random.nextInt(10_000) + GREGORIAN_TO_UNIX_100NS; // 60-bit timestamp
        long msb;
        if (version == 1) {
            long timeLow = t & 0xFFFF_FFFFL;
            long timeMid = (t >>> 32) & 0xFFFFL;
            long timeHi = (t >>> 48) & 0x0FFFL;
            msb = (timeLow << 32) | (timeMid << 16) | 0x1000L | timeHi;
        } else if (version == 6) {
            long timeHigh = (t >>> 28) & 0xFFFF_FFFFL;
            long timeMid = (t >>> 12) & 0xFFFFL;
            long timeLow = t & 0x0FFFL;
            msb = (timeHigh << 32) | (timeMid << 16) | 0x6000L | timeLow;
        } else {
            throw new IllegalArgumentException("version " + version);
        }
        return new UUID(msb, lsb);
    }
}
