package io.github.uuidkit.hibernate;

import io.github.uuidkit.jdbc.UuidColumnKind;
import org.hibernate.type.SqlTypes;

/**
 * A Hibernate {@code JdbcType} for PostgreSQL's native {@code uuid} column, bound with {@code setObject(uuid)}.
 *
 * <p>Binds and reads through {@link io.github.uuidkit.jdbc.UuidJdbc} with {@link UuidColumnKind#POSTGRES_UUID}; strict
 * on read (see {@link #getExtractor}). Use it per attribute with {@code @JdbcType(PostgresUuidJdbcType.class)} or
 * {@code @JdbcTypeCode(UuidSqlTypes.POSTGRES_UUID)}, or for every UUID attribute of a persistence unit with
 * {@link UuidTypeContributor#COLUMN_KIND}{@code =POSTGRES_UUID}. Schema generation creates the column from Hibernate's
 * {@code SqlTypes.UUID} type code and the dialect.
 */
public final class PostgresUuidJdbcType extends AbstractUuidJdbcType {

    private static final long serialVersionUID = 1L;

    /** The shared instance, registered under {@link UuidSqlTypes#POSTGRES_UUID}. */
    public static final PostgresUuidJdbcType INSTANCE = new PostgresUuidJdbcType();

    /** Creates the type registered under {@link UuidSqlTypes#POSTGRES_UUID} (what {@code @JdbcType} instantiates). */
    public PostgresUuidJdbcType() {
        this(UuidSqlTypes.POSTGRES_UUID);
    }

    PostgresUuidJdbcType(int jdbcTypeCode) {
        super(UuidColumnKind.POSTGRES_UUID, jdbcTypeCode, SqlTypes.UUID);
    }

    @Override
    PostgresUuidJdbcType withCode(int code) {
        return new PostgresUuidJdbcType(code);
    }
}
