package io.github.uuidkit.hibernate;

import io.github.uuidkit.jdbc.UuidColumnKind;
import org.hibernate.type.SqlTypes;

/**
 * A Hibernate {@code JdbcType} for a {@code BINARY(16)} column in RFC 9562 byte order, the bytes of MySQL's
 * {@code UUID_TO_BIN(x)}: the recommended MySQL key column (UUID v7 keys stay in creation order).
 *
 * <p>Binds and reads through {@link io.github.uuidkit.jdbc.UuidJdbc} with {@link UuidColumnKind#BINARY16}; strict on
 * read (see {@link #getExtractor}). Use it per attribute with {@code @JdbcType(UuidBinary16JdbcType.class)} or
 * {@code @JdbcTypeCode(UuidSqlTypes.BINARY16)}, or for every UUID attribute of a persistence unit with
 * {@link UuidTypeContributor#COLUMN_KIND}{@code =BINARY16}. Schema generation creates the column from Hibernate's
 * {@code SqlTypes.BINARY} type code and the dialect.
 */
public final class UuidBinary16JdbcType extends AbstractUuidJdbcType {

    private static final long serialVersionUID = 1L;

    /** The shared instance, registered under {@link UuidSqlTypes#BINARY16}. */
    public static final UuidBinary16JdbcType INSTANCE = new UuidBinary16JdbcType();

    /** Creates the type registered under {@link UuidSqlTypes#BINARY16} (what {@code @JdbcType} instantiates). */
    public UuidBinary16JdbcType() {
        this(UuidSqlTypes.BINARY16);
    }

    UuidBinary16JdbcType(int jdbcTypeCode) {
        super(UuidColumnKind.BINARY16, jdbcTypeCode, SqlTypes.BINARY);
    }

    @Override
    UuidBinary16JdbcType withCode(int code) {
        return new UuidBinary16JdbcType(code);
    }
}
