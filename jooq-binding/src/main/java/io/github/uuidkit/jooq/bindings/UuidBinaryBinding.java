package io.github.uuidkit.jooq.bindings;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jooq.converters.UuidBinaryConverter;
import java.util.UUID;
import org.jooq.Converter;

/**
 * A binding for the MySQL / MariaDB {@code BINARY(16)} data type holding a UUID in
 * {@link io.github.uuidkit.UuidBinaryLayout#STANDARD} layout (RFC 9562 byte order, {@code UUID_TO_BIN(uuid)}).
 *
 * <p>Values are bound with {@code setBytes}; inlined values render as {@code X'0189abcd...'}. Byte order equals {@link io.github.uuidkit.UuidOrder#UNSIGNED}, so
 * {@code ORDER BY} on such a column is UUID v7 creation order.
 */
public final class UuidBinaryBinding extends AbstractUuidBinaryBinding {

    private static final long serialVersionUID = 1L;

    private static final UuidBinaryConverter CONVERTER = new UuidBinaryConverter();

    /** Creates the binding; it is stateless and may be shared. */
    public UuidBinaryBinding() {
    }

    @Override
    public Converter<byte[], UUID> converter() {
        return CONVERTER;
    }

    @Override
    UuidColumnKind kind() {
        return UuidColumnKind.BINARY16;
    }
}
