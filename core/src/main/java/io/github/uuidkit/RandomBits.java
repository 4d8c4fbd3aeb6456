package io.github.uuidkit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.random.RandomGenerator;

/**
 * Random 64-bit values drawn in blocks from a (normally cryptographically strong) source, with one
 * buffer per thread so that the common path takes no lock and makes no call into the source.
 * Refills are serialized on this object, so the source need not be thread-safe.
 */
final class RandomBits {

    /** Bytes drawn from the source per refill: 32 longs. */
    static final int BLOCK_BYTES = 256;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final RandomGenerator source;
    private final ThreadLocal<Block> blocks = ThreadLocal.withInitial(Block::new);

    RandomBits(RandomGenerator source) {
        this.source = source;
    }

    /** Returns 64 random bits. */
    long nextLong() {
        Block block = blocks.get();
        if (block.next == Block.LONGS) {
            refill(block);
        }
        return block.longs[block.next++];
    }

    private void refill(Block block) {
        synchronized (this) {
            source.nextBytes(block.bytes);
        }
        for (int i = 0; i < Block.LONGS; i++) {
            block.longs[i] = (long) LONGS.get(block.bytes, i * Long.BYTES);
        }
        java.util.Arrays.fill(block.bytes, (byte) 0);
        block.next = 0;
    }

    private static final class Block {
        static final int LONGS = BLOCK_BYTES / Long.BYTES;
        final byte[] bytes = new byte[BLOCK_BYTES];
        final long[] longs = new long[LONGS];
        int next = LONGS;
    }
}
