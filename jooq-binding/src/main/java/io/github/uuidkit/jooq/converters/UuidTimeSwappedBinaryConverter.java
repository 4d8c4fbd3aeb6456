package io.github.uuidkit.jooq.converters;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.jdbc.UuidColumnKind;

/**
 * A converter between {@code BINARY(16)} bytes in {@link UuidBinaryLayout#TIME_SWAPPED} layout (MySQL's
 * {@code UUID_TO_BIN(uuid, 1)}: time-high and time-low groups swapped) and {@link java.util.UUID}.
 *
 * <p>The swap makes version 1 UUIDs sort by time; it does not for version 7, whose bytes already sort by time in
 * {@link UuidBinaryLayout#STANDARD} layout. Use it for existing columns written with {@code UUID_TO_BIN(x, 1)}.
 *
 * <p>{@code null} converts to {@code null} both ways. {@link #from(Object)} throws a
 * {@link org.jooq.exception.DataTypeException} naming the length when the value is not exactly 16 bytes long.
 */
public final class UuidTimeSwappedBinaryConverter extends AbstractBinaryUuidConverter {

    private static final long serialVersionUID = 1L;

    /** Creates the converter; it is stateless and may be shared. */
    public UuidTimeSwappedBinaryConverter() {
        super(UuidColumnKind.BINARY16_TIME_SWAPPED);
    }
}
