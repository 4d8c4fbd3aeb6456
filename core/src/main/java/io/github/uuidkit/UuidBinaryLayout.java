package io.github.uuidkit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.UUID;

/**
 * The 16-byte layouts in which databases store a UUID. This enum is the one implementation of each
 * layout; every uuidkit module (JDBC, MySQL, jOOQ) delegates to it.
 *
 * <p>All methods are thread-safe and allocation-free except those that return a new array or
 * {@link UUID}.
 */
public enum UuidBinaryLayout {

    /**
     * RFC 9562 network byte order: the 128 bits of the UUID, most significant byte first, exactly as
     * the canonical text reads. This is what PostgreSQL's {@code uuid_send} transmits and what MySQL's
     * {@code UUID_TO_BIN(x)} (swap flag absent or 0) stores in a {@code BINARY(16)} column. Byte-wise
     * unsigned order of this layout is {@link UuidOrder#UNSIGNED} order, so UUID v7 values stored
     * this way sort by creation time.
     */
    STANDARD {
        @Override
        long encodeMsb(long msb) {
            return msb;
        }

        @Override
        long decodeMsb(long stored) {
            return stored;
        }
    },

    /**
     * MySQL's {@code UUID_TO_BIN(x, 1)} layout: the {@code time_hi_and_version} group (bytes 6-7) and
     * the {@code time_low} group (bytes 0-3) swap places, giving bytes
     * {@code [6,7, 4,5, 0,1,2,3, 8..15]} of the standard layout. It makes version 1 UUIDs sort by
     * time; applied to version 7 UUIDs it <em>destroys</em> time order, so use it only to read and
     * write legacy data that was stored this way.
     */
    TIME_SWAPPED {
        @Override
        long encodeMsb(long msb) {
            long timeLow = msb >>> 32;
            long timeMid = (msb >>> 16) & 0xFFFFL;
            long timeHi = msb & 0xFFFFL;
            return (timeHi << 48) | (timeMid << 32) | timeLow;
        }

        @Override
        long decodeMsb(long stored) {
            long timeHi = stored >>> 48;
            long timeMid = (stored >>> 32) & 0xFFFFL;
            long timeLow = stored & 0xFFFF_FFFFL;
            return (timeLow << 32) | (timeMid << 16) | timeHi;
        }
    };

    /** The number of bytes in every layout: 16. */
    public static final int BYTES = 16;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /** Maps the most significant 64 bits of a UUID to the first 8 stored bytes (as a big-endian long). */
    abstract long encodeMsb(long msb);

    /** Inverse of {@link #encodeMsb(long)}. */
    abstract long decodeMsb(long stored);

    /**
     * Encodes a UUID as a new 16-byte array in this layout.
     *
     * @param uuid the UUID to encode
     * @return a new array of {@value #BYTES} bytes
     */
    public byte[] toBytes(UUID uuid) {
        requireUuid(uuid);
        // Every check and the layout's dispatch come before the allocation, so the two stores follow
        // it directly and the JIT can skip zeroing the new array (measured in JdbcBindBench, CodecBench).
        long msb = encodeMsb(uuid.getMostSignificantBits());
        long lsb = uuid.getLeastSignificantBits();
        byte[] bytes = new byte[BYTES];
        LONGS.set(bytes, 0, msb);
        LONGS.set(bytes, 8, lsb);
        return bytes;
    }

    /**
     * Writes a UUID in this layout into {@code dest[offset .. offset + 15]}.
     *
     * @param uuid the UUID to encode
     * @param dest the array to write into
     * @param offset index of the first byte to write
     * @throws IllegalArgumentException if fewer than 16 bytes are available from {@code offset}; nothing is written then
     */
    public void toBytes(UUID uuid, byte[] dest, int offset) {
        requireUuid(uuid);
        checkRange(dest, offset, "dest", "destination");
        LONGS.set(dest, offset, encodeMsb(uuid.getMostSignificantBits()));
        LONGS.set(dest, offset + 8, uuid.getLeastSignificantBits());
    }

    /**
     * Writes a UUID in this layout at the buffer's position and advances the position by 16. The
     * buffer's own {@link ByteBuffer#order() byte order} is ignored: the layout fixes the order.
     *
     * @param uuid the UUID to encode
     * @param dest the buffer to write into
     * @return {@code dest}
     * @throws IllegalArgumentException if fewer than 16 bytes remain; nothing is written then
     * @throws java.nio.ReadOnlyBufferException if {@code dest} is read-only
     */
    public ByteBuffer toBytes(UUID uuid, ByteBuffer dest) {
        requireUuid(uuid);
        checkRemaining(dest, "dest", "destination");
        long msb = encodeMsb(uuid.getMostSignificantBits());
        long lsb = uuid.getLeastSignificantBits();
        if (dest.order() == ByteOrder.LITTLE_ENDIAN) {
            msb = Long.reverseBytes(msb);
            lsb = Long.reverseBytes(lsb);
        }
        return dest.putLong(msb).putLong(lsb);
    }

    /**
     * Decodes a UUID from exactly 16 bytes in this layout.
     *
     * @param bytes exactly {@value #BYTES} bytes
     * @return the UUID
     * @throws IllegalArgumentException if the length of {@code bytes} is not 16 (the message
     *     states the length received)
     */
    public UUID fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("Expected " + BYTES + " bytes for a UUID in " + name()
                    + " layout, got " + bytes.length + " bytes");
        }
        return decode(bytes, 0);
    }

    /**
     * Decodes a UUID from {@code src[offset .. offset + 15]} in this layout.
     *
     * @param src the array to read from
     * @param offset index of the first byte
     * @return the UUID
     * @throws IllegalArgumentException if fewer than 16 bytes are available from {@code offset}
     */
    public UUID fromBytes(byte[] src, int offset) {
        checkRange(src, offset, "src", "source");
        return decode(src, offset);
    }

    /**
     * Reads 16 bytes in this layout at the buffer's position and advances the position by 16. The
     * buffer's own byte order is ignored.
     *
     * @param src the buffer to read from
     * @return the UUID
     * @throws IllegalArgumentException if fewer than 16 bytes remain; the
     *     position is unchanged then
     */
    public UUID fromBytes(ByteBuffer src) {
        checkRemaining(src, "src", "source");
        long msb = src.getLong();
        long lsb = src.getLong();
        if (src.order() == ByteOrder.LITTLE_ENDIAN) {
            msb = Long.reverseBytes(msb);
            lsb = Long.reverseBytes(lsb);
        }
        return new UUID(decodeMsb(msb), lsb);
    }

    private UUID decode(byte[] src, int offset) {
        long msb = (long) LONGS.get(src, offset);
        long lsb = (long) LONGS.get(src, offset + 8);
        return new UUID(decodeMsb(msb), lsb);
    }

    private static void requireUuid(UUID uuid) {
        Objects.requireNonNull(uuid, "uuid");
    }

    private void checkRange(byte[] array, int offset, String parameter, String role) {
        Objects.requireNonNull(array, parameter);
        if (offset < 0 || offset > array.length - BYTES) {
            throw new IllegalArgumentException("A UUID in " + name() + " layout needs " + BYTES
                    + " bytes at offset " + offset + " of the " + role + " array, whose length is "
                    + array.length);
        }
    }

    private void checkRemaining(ByteBuffer buffer, String parameter, String role) {
        Objects.requireNonNull(buffer, parameter);
        if (buffer.remaining() < BYTES) {
            throw new IllegalArgumentException("A UUID in " + name() + " layout needs " + BYTES
                    + " bytes, the " + role + " buffer has " + buffer.remaining() + " remaining");
        }
    }
}
