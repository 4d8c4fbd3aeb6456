package io.github.uuidkit.hibernate;

import io.github.uuidkit.jdbc.UuidColumnKind;
import org.hibernate.type.SqlTypes;

/**
 * A Hibernate {@code JdbcType} for a {@code CHAR(36)} column holding the canonical text, written in lowercase, read
 * strictly {@code 8-4-4-4-12} in either case.
 *
 * <p>Binds and reads through {@link io.github.uuidkit.jdbc.UuidJdbc} with {@link UuidColumnKind#CHAR36}; strict on read
 * (see {@link #getExtractor}). Use it per attribute with {@code @JdbcType(UuidChar36JdbcType.class)} or
 * {@code @JdbcTypeCode(UuidSqlTypes.CHAR36)}, or for every UUID attribute of a persistence unit with
 * {@link UuidTypeContributor#COLUMN_KIND}{@code =CHAR36}. Schema generation creates the column from Hibernate's
 * {@code SqlTypes.CHAR} type code and the dialect.
 */
public final class UuidChar36JdbcType extends AbstractUuidJdbcType {

    private static final long serialVersionUID = 1L;

    /** The shared instance, registered under {@link UuidSqlTypes#CHAR36}. */
    public static final UuidChar36JdbcType INSTANCE = new UuidChar36JdbcType();

    /** Creates the type registered under {@link UuidSqlTypes#CHAR36} (what {@code @JdbcType} instantiates). */
    public UuidChar36JdbcType() {
        this(UuidSqlTypes.CHAR36);
    }

    UuidChar36JdbcType(int jdbcTypeCode) {
        super(UuidColumnKind.CHAR36, jdbcTypeCode, SqlTypes.CHAR);
    }

    @Override
    UuidChar36JdbcType withCode(int code) {
        return new UuidChar36JdbcType(code);
    }
}
