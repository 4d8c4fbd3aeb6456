package io.github.uuidkit.migrate;

/** The storage a {@link MigrationPlan} converts a text UUID key to. */
public enum MigrationTarget {

    /**
     * MySQL / MariaDB {@code BINARY(16)}, RFC 9562 byte order (the 16 bytes in the order the text shows them, what
     * MySQL's {@code UUID_TO_BIN(x)} without the swap flag writes).
     */
    BINARY16,

    /** PostgreSQL's native {@code uuid} type. */
    POSTGRES_UUID
}
