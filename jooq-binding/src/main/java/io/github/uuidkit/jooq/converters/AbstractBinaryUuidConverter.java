package io.github.uuidkit.jooq.converters;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.jdbc.UuidColumnKind;

/**
 * Shared behaviour of the {@code byte[]} converters: the bytes are exactly the 16 bytes of one
 * {@link UuidBinaryLayout}, encoded and decoded by core's codec for the binary {@link UuidColumnKind}.
 */
abstract class AbstractBinaryUuidConverter extends AbstractUuidConverter<byte[]> {

    private static final long serialVersionUID = 1L;

    private final UuidBinaryLayout layout;

    AbstractBinaryUuidConverter(UuidColumnKind kind) {
        super(byte[].class, kind);
        this.layout = kind.layout();
    }

    /**
     * Returns the byte layout of this converter.
     *
     * @return the layout, never null
     */
    public final UuidBinaryLayout layout() {
        return layout;
    }
}
