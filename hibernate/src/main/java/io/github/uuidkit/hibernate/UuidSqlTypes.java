package io.github.uuidkit.hibernate;

/**
 * JDBC type codes that name uuidkit's {@code JdbcType}s in {@link org.hibernate.annotations.JdbcTypeCode}, one per
 * {@link io.github.uuidkit.jdbc.UuidColumnKind}. {@link UuidTypeContributor} registers them in every persistence unit
 * that has uuidkit-hibernate on its class path; they change nothing until an attribute names one:
 *
 * <pre>{@code
 * @JdbcTypeCode(UuidSqlTypes.BINARY16_TIME_SWAPPED)
 * private UUID legacyId;
 * }</pre>
 *
 * <p>The codes are outside the range of {@link java.sql.Types} and Hibernate's {@code SqlTypes}; they are never sent
 * to the driver (nulls are bound with {@link io.github.uuidkit.jdbc.UuidColumnKind#nullSqlType()}).
 */
public final class UuidSqlTypes {

    /** PostgreSQL {@code uuid}: {@link PostgresUuidJdbcType}. */
    public static final int POSTGRES_UUID = 95_620_001;

    /** MariaDB {@code UUID}: {@link MariaDbUuidJdbcType}. */
    public static final int MARIADB_UUID = 95_620_002;

    /** {@code BINARY(16)} in RFC 9562 byte order ({@code UUID_TO_BIN(x)}): {@link UuidBinary16JdbcType}. */
    public static final int BINARY16 = 95_620_003;

    /**
     * {@code BINARY(16)} in time-swapped order ({@code UUID_TO_BIN(x, 1)}): {@link UuidTimeSwappedBinary16JdbcType}.
     */
    public static final int BINARY16_TIME_SWAPPED = 95_620_004;

    /** {@code CHAR(36)} canonical text: {@link UuidChar36JdbcType}. */
    public static final int CHAR36 = 95_620_005;

    private UuidSqlTypes() {
    }
}
