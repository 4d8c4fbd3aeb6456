package io.github.uuidkit.jooq.converters;

import io.github.uuidkit.UuidBinaryLayout;
import java.util.UUID;

/**
 * Shared behaviour of the {@code byte[]} converters: the bytes are exactly the 16 bytes of one
 * {@link UuidBinaryLayout}.
 */
abstract class AbstractBinaryUuidConverter extends AbstractUuidConverter<byte[]> {

    private static final long serialVersionUID = 1L;

    private final UuidBinaryLayout layout;

    AbstractBinaryUuidConverter(UuidBinaryLayout layout) {
        super(byte[].class);
        this.layout = layout;
    }

    /**
     * Returns the byte layout of this converter.
     *
     * @return the layout, never null
     */
    public final UuidBinaryLayout layout() {
        return layout;
    }

    @Override
    final UUID decode(byte[] databaseObject) {
        return layout.fromBytes(databaseObject);
    }

    @Override
    final byte[] encode(UUID userObject) {
        return layout.toBytes(userObject);
    }
}
