package io.github.uuidkit.bench;

import java.util.List;
import java.util.Optional;

/**
 * The shape of the published curves, as ratios of one engine's loads: v4's WAL per round against v7's by the
 * last round, and each key's time (and buffer reads) per round from the first round to the last.
 */
final class Shape {

    /** v4 WAL per round must reach this multiple of v7's by the last round (PostgreSQL). */
    static final double WAL_RATIO_TARGET = 4;
    /** v4 time per round must grow by this factor from the first round to the last. */
    static final double V4_GROWTH_TARGET = 3;
    /** v7 and BIGINT time per round must stay within this fraction of the first round. */
    static final double FLAT_TOLERANCE = 0.20;

    private final List<Load> loads;

    Shape(List<Load> loads) {
        this.loads = loads;
    }

    Optional<Load> v4() {
        return loads.stream().filter(l -> l.key().random()).findFirst();
    }

    Optional<Load> v7() {
        return loads.stream().filter(l -> l.key().timeOrdered()).findFirst();
    }

    Optional<Load> bigint() {
        return loads.stream().filter(l -> l.key() == KeyKind.BIGINT).findFirst();
    }

    /** v4 / v7 WAL (or redo) bytes in the last round; NaN when either is unknown. */
    double lastRoundLogRatio() {
        if (v4().isEmpty() || v7().isEmpty() || v4().get().last().logBytes() < 0 || v7().get().last().logBytes() <= 0) {
            return Double.NaN;
        }
        return (double) v4().get().last().logBytes() / v7().get().last().logBytes();
    }

    /** Last round's time / first round's time, each from its median transaction ({@link Round#medianSeconds}). */
    static double timeGrowth(Load load) {
        return load.last().medianSeconds() / load.first().medianSeconds();
    }

    /** Last round's buffer reads / first round's (first round counted as at least one read). */
    static double readsGrowth(Load load) {
        return (double) load.last().bufferReads() / Math.max(1, load.first().bufferReads());
    }

    static boolean flat(Load load) {
        return Math.abs(timeGrowth(load) - 1) <= FLAT_TOLERANCE;
    }
}
