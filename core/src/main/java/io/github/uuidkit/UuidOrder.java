package io.github.uuidkit;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * Orderings of UUIDs that agree with databases.
 *
 * <p>{@link UUID#compareTo(UUID)} compares the two 64-bit halves as <em>signed</em> numbers, so any
 * UUID whose first hex digit is 8-f sorts before one starting with 0-7 in Java, but after it in
 * PostgreSQL and MySQL. Use {@link #UNSIGNED} wherever Java must agree with {@code ORDER BY}.
 */
public final class UuidOrder {

    /**
     * Byte-wise unsigned order of the 16 bytes in {@link UuidBinaryLayout#STANDARD} layout, which is
     * the order of PostgreSQL {@code uuid} and of MySQL/MariaDB {@code BINARY(16)} in standard layout
     * under {@code ORDER BY}. UUID v7 values in this order are in creation-time order. The comparator
     * does not accept {@code null} ({@link NullPointerException} naming {@code a} or {@code b}); wrap it with
     * {@link Comparator#nullsFirst(Comparator)} if needed.
     */
    public static final Comparator<UUID> UNSIGNED = UuidOrder::compareUnsigned;

    private UuidOrder() {
    }

    /**
     * Compares two UUIDs in {@link #UNSIGNED} order.
     *
     * @param a the first UUID
     * @param b the second UUID
     * @return a negative number, zero or a positive number as {@code a} sorts before, equal to or
     *     after {@code b} in the database
     */
    public static int compareUnsigned(UUID a, UUID b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high
                : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
