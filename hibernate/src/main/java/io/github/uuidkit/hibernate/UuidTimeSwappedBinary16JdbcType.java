package io.github.uuidkit.hibernate;

import io.github.uuidkit.jdbc.UuidColumnKind;
import org.hibernate.type.SqlTypes;

/**
 * A Hibernate {@code JdbcType} for a {@code BINARY(16)} column in time-swapped order, the bytes of MySQL's
 * {@code UUID_TO_BIN(x, 1)}: for existing data only, since it destroys the creation order of UUID v7 keys
 * ({@link UuidV7} refuses to generate into it).
 *
 * <p>Binds and reads through {@link io.github.uuidkit.jdbc.UuidJdbc} with {@link UuidColumnKind#BINARY16_TIME_SWAPPED};
 * strict on read (see {@link #getExtractor}). Use it per attribute with
 * {@code @JdbcType(UuidTimeSwappedBinary16JdbcType.class)} or
 * {@code @JdbcTypeCode(UuidSqlTypes.BINARY16_TIME_SWAPPED)}, or for every UUID attribute of a persistence unit with
 * {@link UuidTypeContributor#COLUMN_KIND}{@code =BINARY16_TIME_SWAPPED}. Schema generation creates the column from
 * Hibernate's {@code SqlTypes.BINARY} type code and the dialect.
 */
public final class UuidTimeSwappedBinary16JdbcType extends AbstractUuidJdbcType {

    private static final long serialVersionUID = 1L;

    /** The shared instance, registered under {@link UuidSqlTypes#BINARY16_TIME_SWAPPED}. */
    public static final UuidTimeSwappedBinary16JdbcType INSTANCE = new UuidTimeSwappedBinary16JdbcType();

    /**
     * Creates the type registered under {@link UuidSqlTypes#BINARY16_TIME_SWAPPED} (what {@code @JdbcType}
     * instantiates).
     */
    public UuidTimeSwappedBinary16JdbcType() {
        this(UuidSqlTypes.BINARY16_TIME_SWAPPED);
    }

    UuidTimeSwappedBinary16JdbcType(int jdbcTypeCode) {
        super(UuidColumnKind.BINARY16_TIME_SWAPPED, jdbcTypeCode, SqlTypes.BINARY);
    }

    @Override
    UuidTimeSwappedBinary16JdbcType withCode(int code) {
        return new UuidTimeSwappedBinary16JdbcType(code);
    }
}
