package io.github.uuidkit.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Reproducible samples for property-style tests: random UUIDs from a fixed seed, with the halves that
 * break naive code (0, -1, the sign bit alone, all but the sign bit) mixed in often.
 */
public final class Samples {

    /** Seed of every sample stream: a failure names its sample and reproduces on every run. */
    public static final long SEED = 0x9562_2024L;

    private static final long[] EDGE_HALVES = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L, 0x8000_0000L};

    private Samples() {
    }

    /**
     * Returns {@code count} UUIDs: first every combination of the edge halves, then random ones in
     * which each half is an edge value one time in eight.
     *
     * @param count how many UUIDs, at least 36
     * @return the UUIDs
     */
    public static List<UUID> uuids(int count) {
        List<UUID> uuids = new ArrayList<>(count);
        for (long msb : EDGE_HALVES) {
            for (long lsb : EDGE_HALVES) {
                uuids.add(new UUID(msb, lsb));
            }
        }
        SplittableRandom random = new SplittableRandom(SEED);
        while (uuids.size() < count) {
            uuids.add(new UUID(half(random), half(random)));
        }
        return uuids;
    }

    private static long half(SplittableRandom random) {
        return random.nextInt(8) == 0 ? EDGE_HALVES[random.nextInt(EDGE_HALVES.length)] : random.nextLong();
    }
}
