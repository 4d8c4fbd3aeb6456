package io.github.uuidkit.jooq;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * PostgreSQL UUID functions as jOOQ {@link Field}s. PostgreSQL {@code uuid} and {@code uuid[]} need no binding:
 * jOOQ maps them to {@link UUID} and {@code UUID[]} natively.
 */
public final class PostgresUuidDSL {

    private PostgresUuidDSL() {
    }

    /**
     * The PostgreSQL 18 function {@code uuidv7()}: a new UUID version 7 made by the server (monotonic within one
     * backend), e.g. as a column default or in {@code INSERT ... VALUES (uuidv7(), ...)}.
     *
     * @return the field {@code uuidv7()}
     */
    public static Field<UUID> uuidv7() {
        return DSL.function("uuidv7", SQLDataType.UUID);
    }

    /**
     * The PostgreSQL 17+ function {@code uuid_extract_timestamp(uuid)}: the creation time of a version 1 or 7 UUID
     * (millisecond precision for v7), {@code NULL} for other versions.
     *
     * @param uuid a {@code uuid} field
     * @return the field {@code uuid_extract_timestamp(uuid)} of type {@code timestamp with time zone}
     * @throws NullPointerException if {@code uuid} is null
     */
    public static Field<OffsetDateTime> uuidExtractTimestamp(Field<UUID> uuid) {
        return DSL.function("uuid_extract_timestamp", SQLDataType.TIMESTAMPWITHTIMEZONE,
                Objects.requireNonNull(uuid, "uuid"));
    }
}
