package io.github.uuidkit.jdbc;

import io.github.uuidkit.UuidBinaryLayout;
import java.sql.Types;

/**
 * The kinds of database column a UUID can be stored in, and so how {@link UuidJdbc} binds and reads
 * it. Each kind fixes the JDBC calls made for it; nothing is detected per bind. When the database is
 * only known at run time, {@link UuidJdbc#nativeUuidKind(java.sql.Connection)} picks the native kind
 * once per connection (or once per pool).
 */
public enum UuidColumnKind {

    /**
     * PostgreSQL's native {@code uuid} type (and PostgreSQL-family servers such as EDB Postgres
     * Advanced Server). Bound as a {@link java.util.UUID} object with
     * {@code setObject(index, uuid)}, which pgjdbc sends as {@code uuid}; null as
     * {@code setNull(index, Types.OTHER)}. Read from whatever the driver returns: a {@code UUID},
     * canonical text or 16 bytes in {@link UuidBinaryLayout#STANDARD} layout.
     */
    POSTGRES_UUID(Types.OTHER),

    /**
     * MariaDB's native {@code UUID} type (10.7+). Bound as the lowercase canonical text with
     * {@code setString}, which the server parses into the column; null as
     * {@code setNull(index, Types.VARCHAR)}. Text works through both drivers: MySQL Connector/J
     * cannot bind a {@code UUID} object (it would serialize the Java object), and MariaDB
     * Connector/J (which binds {@code UUID} objects from 3.1) accepts text too. Read like
     * {@link #POSTGRES_UUID}: Connector/J returns the canonical text.
     */
    MARIADB_UUID(Types.VARCHAR),

    /**
     * A {@code BINARY(16)} (MySQL, MariaDB) or 16-byte {@code bytea} column holding the
     * {@link UuidBinaryLayout#STANDARD} layout, the bytes of MySQL's {@code UUID_TO_BIN(x)}. The
     * recommended MySQL key column: 16 bytes, and UUID v7 keys stay in time order. Bound with
     * {@code setBytes}; null as {@code setNull(index, Types.BINARY)}.
     */
    BINARY16(Types.BINARY),

    /**
     * A {@code BINARY(16)} column holding the {@link UuidBinaryLayout#TIME_SWAPPED} layout, the bytes
     * of MySQL's {@code UUID_TO_BIN(x, 1)}. For legacy data only: it destroys the time order of
     * UUID v7 keys. Bound with {@code setBytes}; null as {@code setNull(index, Types.BINARY)}.
     */
    BINARY16_TIME_SWAPPED(Types.BINARY),

    /**
     * A {@code CHAR(36)} or {@code VARCHAR(36)} column holding the canonical text (legacy: 36 bytes or
     * more per value and slower comparisons than 16 bytes). Written in lowercase with
     * {@code setString}, read in either case, strictly {@code 8-4-4-4-12}; null as
     * {@code setNull(index, Types.CHAR)}.
     */
    CHAR36(Types.CHAR);

    private final int nullSqlType;

    UuidColumnKind(int nullSqlType) {
        this.nullSqlType = nullSqlType;
    }

    /**
     * Returns the byte layout of a binary column kind.
     *
     * @return the layout for {@link #BINARY16} and {@link #BINARY16_TIME_SWAPPED}, null for the
     *     other kinds
     */
    public UuidBinaryLayout layout() {
        // Identity tests on constants, not a field: the JIT does not trust an enum's instance fields
        // as constants, but it folds these tests when the kind is known at the call site (as it
        // usually is), so UuidJdbc's bind then costs what the raw driver call costs (JdbcBindBench).
        if (this == BINARY16) {
            return UuidBinaryLayout.STANDARD;
        }
        if (this == BINARY16_TIME_SWAPPED) {
            return UuidBinaryLayout.TIME_SWAPPED;
        }
        return null;
    }

    /**
     * Tells whether values of this kind are stored as 16 raw bytes that the application encodes
     * (bound with {@code setBytes}, read as exactly 16 bytes).
     *
     * @return true for {@link #BINARY16} and {@link #BINARY16_TIME_SWAPPED}
     */
    public boolean isBinary() {
        return layout() != null;
    }

    /**
     * Returns the {@link Types} code {@link UuidJdbc} passes to
     * {@link java.sql.PreparedStatement#setNull(int, int)} for a null UUID of this kind:
     * {@link Types#OTHER} for {@link #POSTGRES_UUID}, {@link Types#VARCHAR} for
     * {@link #MARIADB_UUID}, {@link Types#BINARY} for the binary kinds, {@link Types#CHAR} for
     * {@link #CHAR36}.
     *
     * @return a {@link Types} constant
     */
    public int nullSqlType() {
        return nullSqlType;
    }
}
