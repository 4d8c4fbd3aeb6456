package io.github.uuidkit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.random.RandomGenerator;

/**
 * Random 64-bit values drawn in blocks from a (normally cryptographically strong) source, with one
 * buffer per thread so that the common path takes no lock and makes no call into the source.
 * Refills are serialized on this object, so the source need not be thread-safe.
 *
 * <p>{@link #reseed} swaps the source and bumps a generation number that every buffer is checked
 * against, so the values buffered in every thread before a snapshot are never handed out after a
 * restore.
 */
final class RandomBits {

    /** Bytes drawn from the source per refill: 32 longs. */
    static final int BLOCK_BYTES = 256;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /** Guarded by {@code this}. */
    private RandomGenerator source;
    /** Bumped by {@link #reseed}; a buffer filled under an older generation is refilled. */
    private volatile int generation;
    private final ThreadLocal<Block> blocks = ThreadLocal.withInitial(Block::new);

    RandomBits(RandomGenerator source) {
        this.source = source;
    }

    /** Returns 64 random bits. */
    long nextLong() {
        Block block = blocks.get();
        if (block.next == Block.LONGS || block.generation != generation) {
            refill(block);
        }
        return block.longs[block.next++];
    }

    private void refill(Block block) {
        synchronized (this) {
            source.nextBytes(block.bytes);
            block.generation = generation;
        }
        for (int i = 0; i < Block.LONGS; i++) {
            block.longs[i] = (long) LONGS.get(block.bytes, i * Long.BYTES);
        }
        java.util.Arrays.fill(block.bytes, (byte) 0);
        block.next = 0;
    }

    /**
     * Draws from {@code fresh} from now on and discards what every thread has buffered. Called
     * through {@link Uuids#reseed()}.
     */
    void reseed(RandomGenerator fresh) {
        synchronized (this) {
            source = fresh;
            generation++;
        }
    }

    /** The number of reseeds so far (for tests). */
    int generation() {
        return generation;
    }

    private static final class Block {
        static final int LONGS = BLOCK_BYTES / Long.BYTES;
        final byte[] bytes = new byte[BLOCK_BYTES];
        final long[] longs = new long[LONGS];
        int next = LONGS;
        int generation;
    }
}
