package io.github.uuidkit.jdbc;

import io.github.uuidkit.UuidBinaryLayout;
import java.sql.Types;

/**
 * The kinds of database column a UUID can be stored in, and so how {@link UuidJdbc} binds and reads
 * it.
 */
public enum UuidColumnType {

    /**
     * A native UUID type: PostgreSQL {@code uuid}, MariaDB {@code UUID} (10.7+). Bound as a
     * {@link java.util.UUID} object on PostgreSQL and as the lowercase canonical text elsewhere
     * (Connector/J cannot bind a {@code UUID} object: it would serialize it); read from whatever the
     * driver returns: a {@code UUID}, canonical text or 16 bytes in {@link UuidBinaryLayout#STANDARD}
     * layout.
     */
    NATIVE_UUID(null, Types.OTHER),

    /**
     * A {@code BINARY(16)} (MySQL, MariaDB) or 16-byte {@code bytea} column holding the
     * {@link UuidBinaryLayout#STANDARD} layout, the bytes of MySQL's {@code UUID_TO_BIN(x)}. The
     * recommended MySQL key column: 16 bytes, and UUID v7 keys stay in time order.
     */
    BINARY16(UuidBinaryLayout.STANDARD, Types.BINARY),

    /**
     * A {@code BINARY(16)} column holding the {@link UuidBinaryLayout#TIME_SWAPPED} layout, the bytes
     * of MySQL's {@code UUID_TO_BIN(x, 1)}. For legacy data only: it destroys the time order of
     * UUID v7 keys.
     */
    BINARY16_TIME_SWAPPED(UuidBinaryLayout.TIME_SWAPPED, Types.BINARY),

    /**
     * A {@code CHAR(36)} or {@code VARCHAR(36)} column holding the canonical text (legacy: 36 bytes or
     * more per value and slower comparisons than 16 bytes). Written in lowercase, read in either
     * case, strictly {@code 8-4-4-4-12}.
     */
    CHAR36(null, Types.CHAR);

    private final UuidBinaryLayout layout;
    private final int nullType;

    UuidColumnType(UuidBinaryLayout layout, int nullType) {
        this.layout = layout;
        this.nullType = nullType;
    }

    /**
     * Returns the byte layout of a binary column kind.
     *
     * @return the layout for {@link #BINARY16} and {@link #BINARY16_TIME_SWAPPED}, null for the
     *     other kinds
     */
    public UuidBinaryLayout layout() {
        return layout;
    }

    /**
     * Tells whether values of this kind are stored as 16 raw bytes that the application encodes.
     *
     * @return true for {@link #BINARY16} and {@link #BINARY16_TIME_SWAPPED}
     */
    public boolean isBinary() {
        return layout != null;
    }

    /**
     * Returns the {@link Types} code {@link UuidJdbc} passes to
     * {@link java.sql.PreparedStatement#setNull(int, int)} for a null UUID on PostgreSQL:
     * {@link Types#OTHER} for {@link #NATIVE_UUID}, {@link Types#BINARY} for the binary kinds,
     * {@link Types#CHAR} for {@link #CHAR36}. (For {@link #NATIVE_UUID} on other databases, where the
     * value is bound as text, a null is bound as {@link Types#VARCHAR}.)
     *
     * @return a {@link Types} constant
     */
    public int nullSqlType() {
        return nullType;
    }
}
