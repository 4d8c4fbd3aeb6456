package io.github.uuidkit.it.support;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.Uuids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Test ids that uuidkit's generators do not make: every version, sign-bit and boundary values. */
public final class TestUuids {

    /** The largest 48-bit Unix millisecond a v7 can hold (year 10889). */
    public static final long MAX_V7_MILLIS = (1L << 48) - 1;

    private TestUuids() {
    }

    /**
     * Random bits with the given version nibble (0-15) and the RFC 9562 variant ({@code 10xx}). Built by setting
     * bits on random bytes and decoding with {@link UuidBinaryLayout#STANDARD}.
     */
    public static UUID ofVersion(int version, RandomGenerator random) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | (version << 4));
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        return UuidBinaryLayout.STANDARD.fromBytes(b);
    }

    /**
     * The edge set: NIL, MAX, sign-bit values, two of every version 1-8, and v7 at millisecond 0 and at
     * {@link #MAX_V7_MILLIS} (smallest and largest of each).
     */
    public static List<UUID> edgeSet(long seed) {
        Random random = new Random(seed);
        List<UUID> ids = new ArrayList<>();
        ids.add(Uuids.NIL);
        ids.add(Uuids.MAX);
        ids.add(UuidStrings.parse("80000000-0000-4000-8000-000000000000"));
        ids.add(UuidStrings.parse("7fffffff-ffff-4fff-bfff-ffffffffffff"));
        ids.add(UuidStrings.parse("ffffffff-ffff-4fff-bfff-ffffffffffff"));
        ids.add(UuidStrings.parse("00000000-0000-4000-8000-000000000001"));
        for (int version = 1; version <= 8; version++) {
            ids.add(ofVersion(version, random));
            ids.add(ofVersion(version, random));
        }
        ids.add(Uuids.minV7(Instant.EPOCH));
        ids.add(Uuids.maxV7(Instant.EPOCH));
        ids.add(Uuids.minV7(Instant.ofEpochMilli(MAX_V7_MILLIS)));
        ids.add(Uuids.maxV7(Instant.ofEpochMilli(MAX_V7_MILLIS)));
        return Collections.unmodifiableList(ids);
    }

    /** A shuffled copy, reproducible for a seed. */
    public static <T> List<T> shuffled(List<T> items, long seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
