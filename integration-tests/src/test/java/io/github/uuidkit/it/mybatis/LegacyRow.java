package io.github.uuidkit.it.mybatis;

import java.util.UUID;

/** A row whose key uses the schema's default handler and whose other UUID columns name theirs. */
public class LegacyRow {
    private UUID id;
    /** {@code BINARY(16)} written by {@code UUID_TO_BIN(x, 1)}: {@code UuidTimeSwappedBinaryTypeHandler}. */
    private UUID oldId;
    /** {@code CHAR(36)}: {@code UuidStringTypeHandler}. */
    private UUID ref;

    public LegacyRow() {
    }

    public LegacyRow(UUID id, UUID oldId, UUID ref) {
        this.id = id;
        this.oldId = oldId;
        this.ref = ref;
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getOldId() {
        return oldId;
    }

    public void setOldId(UUID oldId) {
        this.oldId = oldId;
    }

    public UUID getRef() {
        return ref;
    }

    public void setRef(UUID ref) {
        this.ref = ref;
    }
}
