package io.github.uuidkit.mybatis;

import io.github.uuidkit.jdbc.UuidColumnKind;

/**
 * A type handler for a {@code BINARY(16)} column in {@link io.github.uuidkit.UuidBinaryLayout#STANDARD} layout,
 * the bytes of MySQL's {@code UUID_TO_BIN(x)}: the recommended MySQL key column (UUID v7 keys stay in time order).
 *
 * @see UuidColumnKind#BINARY16
 */
public final class UuidBinaryTypeHandler extends UuidTypeHandler {

    /** Creates the handler; MyBatis calls this constructor for {@code typeHandler=} in a mapper. */
    public UuidBinaryTypeHandler() {
        super(UuidColumnKind.BINARY16);
    }
}
