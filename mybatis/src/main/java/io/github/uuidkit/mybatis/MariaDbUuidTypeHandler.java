package io.github.uuidkit.mybatis;

import io.github.uuidkit.jdbc.UuidColumnKind;

/**
 * A type handler for MariaDB's native {@code UUID} type (10.7+): bound as lowercase canonical text, read from
 * the {@code UUID} or text the driver returns (MariaDB Connector/J and MySQL Connector/J).
 *
 * @see UuidColumnKind#MARIADB_UUID
 */
public final class MariaDbUuidTypeHandler extends UuidTypeHandler {

    /** Creates the handler; MyBatis calls this constructor for {@code typeHandler=} in a mapper. */
    public MariaDbUuidTypeHandler() {
        super(UuidColumnKind.MARIADB_UUID);
    }
}
