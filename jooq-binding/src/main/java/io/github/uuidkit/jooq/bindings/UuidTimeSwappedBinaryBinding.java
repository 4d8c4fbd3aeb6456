package io.github.uuidkit.jooq.bindings;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jooq.converters.UuidTimeSwappedBinaryConverter;
import java.util.UUID;
import org.jooq.Converter;

/**
 * A binding for the MySQL / MariaDB {@code BINARY(16)} data type holding a UUID in
 * {@link io.github.uuidkit.UuidBinaryLayout#TIME_SWAPPED} layout ({@code UUID_TO_BIN(uuid, 1)}).
 *
 * <p>Values are bound with {@code setBytes}; inlined values render as {@code X'...'}. The byte order
 * of such a column is not UUID v7 creation order: the time-range conditions of
 * {@link io.github.uuidkit.jooq.UuidConditions} reject fields with this binding.
 */
public final class UuidTimeSwappedBinaryBinding extends AbstractUuidBinaryBinding {

    private static final long serialVersionUID = 1L;

    private static final UuidTimeSwappedBinaryConverter CONVERTER = new UuidTimeSwappedBinaryConverter();

    /** Creates the binding; it is stateless and may be shared. */
    public UuidTimeSwappedBinaryBinding() {
    }

    @Override
    public Converter<byte[], UUID> converter() {
        return CONVERTER;
    }

    @Override
    UuidColumnKind kind() {
        return UuidColumnKind.BINARY16_TIME_SWAPPED;
    }
}
