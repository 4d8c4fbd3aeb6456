package io.github.uuidkit.mybatis;

import io.github.uuidkit.jdbc.UuidColumnKind;

/**
 * A type handler for PostgreSQL's native {@code uuid} type: bound with {@code setObject(index, uuid)}, read from
 * the {@code UUID} pgjdbc returns.
 *
 * @see UuidColumnKind#POSTGRES_UUID
 */
public final class PostgresUuidTypeHandler extends UuidTypeHandler {

    /** Creates the handler; MyBatis calls this constructor for {@code typeHandler=} in a mapper. */
    public PostgresUuidTypeHandler() {
        super(UuidColumnKind.POSTGRES_UUID);
    }
}
