package io.github.uuidkit.jdbc;

/**
 * What a database server's native UUID column type does when it compares UUID v7 values: the engine facts that
 * time-range conditions ({@code WHERE id > ?}, {@code BETWEEN}) and keyset pagination on such a column depend on.
 *
 * <p>These facts are version-specific, and no driver or SQL dialect reports them, so they live in one place per
 * engine and are consulted by every module: {@code uuidkit-mysql-binary16}'s {@code MysqlServerInfo} implements
 * this interface for MySQL and MariaDB (whose {@code UUID} type had MDEV-29959 and MDEV-31926), and
 * {@code uuidkit-jooq}'s {@code UuidConditions.checkTimeRanges} and {@code checkKeyset} take it, so that the jOOQ
 * module needs no dependency on the MySQL module. Columns stored as {@code BINARY(16)} compare bytes and need none of
 * this.
 */
public interface NativeUuidComparison {

    /**
     * Returns the server's version as it reports it, for messages.
     *
     * @return the version text, e.g. {@code 10.11.5-MariaDB}
     */
    String version();

    /**
     * Tells whether the server has a native UUID column type at all.
     *
     * @return true if it has one
     */
    boolean hasNativeUuidType();

    /**
     * Tells whether the native UUID type compares UUID v7 values ({@code =}, {@code <}, {@code >}, {@code BETWEEN},
     * with or without an index) in UUID order (RFC 9562 byte order, which for v7 is creation order), so that a time
     * range is a key range.
     *
     * @return true if it has such a type and it compares v7 in UUID order
     */
    boolean nativeUuidComparesV7Correctly();

    /**
     * Tells whether the native UUID type compares values in the same order as {@code ORDER BY} returns them, so that
     * keyset pagination ({@code WHERE id > :lastId ORDER BY id LIMIT n}) neither skips nor repeats rows.
     *
     * @return true if it has such a type and its comparisons agree with its sort order
     */
    boolean nativeUuidComparesAsItSorts();
}
