package io.github.uuidkit.jooq.converters;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.jdbc.UuidColumnKind;

/**
 * A converter between {@code BINARY(16)} bytes in {@link UuidBinaryLayout#STANDARD} layout (RFC 9562 network byte
 * order, as MySQL's {@code UUID_TO_BIN(uuid)} and PostgreSQL's {@code uuid_send} produce) and {@link java.util.UUID}.
 *
 * <p>{@code null} converts to {@code null} both ways. {@link #from(Object)} throws a
 * {@link org.jooq.exception.DataTypeException} naming the length when the value is not exactly 16 bytes long.
 */
public final class UuidBinaryConverter extends AbstractBinaryUuidConverter {

    private static final long serialVersionUID = 1L;

    /** Creates the converter; it is stateless and may be shared. */
    public UuidBinaryConverter() {
        super(UuidColumnKind.BINARY16);
    }
}
