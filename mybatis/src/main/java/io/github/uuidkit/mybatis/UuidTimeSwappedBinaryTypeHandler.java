package io.github.uuidkit.mybatis;

import io.github.uuidkit.jdbc.UuidColumnKind;

/**
 * A type handler for a {@code BINARY(16)} column in {@link io.github.uuidkit.UuidBinaryLayout#TIME_SWAPPED}
 * layout, the bytes of MySQL's {@code UUID_TO_BIN(x, 1)}: for legacy data only (it destroys the time order of UUID
 * v7 keys).
 *
 * @see UuidColumnKind#BINARY16_TIME_SWAPPED
 */
public final class UuidTimeSwappedBinaryTypeHandler extends UuidTypeHandler {

    /** Creates the handler; MyBatis calls this constructor for {@code typeHandler=} in a mapper. */
    public UuidTimeSwappedBinaryTypeHandler() {
        super(UuidColumnKind.BINARY16_TIME_SWAPPED);
    }
}
