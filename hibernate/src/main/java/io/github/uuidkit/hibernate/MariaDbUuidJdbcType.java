package io.github.uuidkit.hibernate;

import io.github.uuidkit.jdbc.UuidColumnKind;
import org.hibernate.type.SqlTypes;

/**
 * A Hibernate {@code JdbcType} for MariaDB's native {@code UUID} column (10.7+), bound as canonical text so that
 * MariaDB Connector/J and MySQL Connector/J both work.
 *
 * <p>Binds and reads through {@link io.github.uuidkit.jdbc.UuidJdbc} with {@link UuidColumnKind#MARIADB_UUID}; strict
 * on read (see {@link #getExtractor}). Use it per attribute with {@code @JdbcType(MariaDbUuidJdbcType.class)} or
 * {@code @JdbcTypeCode(UuidSqlTypes.MARIADB_UUID)}, or for every UUID attribute of a persistence unit with
 * {@link UuidTypeContributor#COLUMN_KIND}{@code =MARIADB_UUID}. Schema generation creates the column from Hibernate's
 * {@code SqlTypes.UUID} type code and the dialect.
 */
public final class MariaDbUuidJdbcType extends AbstractUuidJdbcType {

    private static final long serialVersionUID = 1L;

    /** The shared instance, registered under {@link UuidSqlTypes#MARIADB_UUID}. */
    public static final MariaDbUuidJdbcType INSTANCE = new MariaDbUuidJdbcType();

    /** Creates the type registered under {@link UuidSqlTypes#MARIADB_UUID} (what {@code @JdbcType} instantiates). */
    public MariaDbUuidJdbcType() {
        this(UuidSqlTypes.MARIADB_UUID);
    }

    MariaDbUuidJdbcType(int jdbcTypeCode) {
        super(UuidColumnKind.MARIADB_UUID, jdbcTypeCode, SqlTypes.UUID);
    }

    @Override
    MariaDbUuidJdbcType withCode(int code) {
        return new MariaDbUuidJdbcType(code);
    }
}
