package io.github.uuidkit.jdbc;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.internal.MessageText;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.Types;
import java.util.UUID;

/**
 * The kinds of database column a UUID can be stored in, and so how {@link UuidJdbc} binds and reads
 * it. Each kind fixes the JDBC calls made for it; nothing is detected per bind. When the database is
 * only known at run time, {@link UuidJdbc#nativeUuidKind(java.sql.Connection)} picks the native kind
 * once per connection (or once per pool).
 *
 * <p>Each kind is also the one codec of its column: {@link #encode(UUID)} gives the JDBC value to bind and
 * {@link #decode(Object, String)} turns what a driver returns back into a UUID, strictly. {@link UuidJdbc} and every
 * uuidkit adapter (Spring Data JDBC and R2DBC, Hibernate, jOOQ, MyBatis) call these two methods, so a value is
 * accepted or refused the same way whichever framework reads it. The rules, per kind:
 *
 * <table>
 *   <caption>What {@code decode} accepts</caption>
 *   <tr><th>kind</th><th>accepted</th><th>refused (examples)</th></tr>
 *   <tr><td>{@link #POSTGRES_UUID}, {@link #MARIADB_UUID}</td>
 *       <td>a {@link UUID}; canonical text {@code 8-4-4-4-12} in either case; 16 bytes in
 *       {@link UuidBinaryLayout#STANDARD} order (the wire form of a native {@code uuid}); 36 bytes of canonical
 *       text</td>
 *       <td>braced, 32-digit, 35/37-character text; 15/17 bytes; other Java types</td></tr>
 *   <tr><td>{@link #BINARY16}, {@link #BINARY16_TIME_SWAPPED}</td>
 *       <td>exactly 16 bytes ({@code byte[]} or {@link ByteBuffer}), in the kind's layout</td>
 *       <td>text (a driver returns text only for a text or native column: the kind is wrong, and guessing would
 *       hide it); a {@link UUID} object; 15/17 bytes</td></tr>
 *   <tr><td>{@link #CHAR36}</td>
 *       <td>canonical text in either case; 36 bytes of canonical text (what MySQL Connector/J returns for a
 *       {@code BINARY(36)} or {@code CHAR(36) CHARACTER SET binary} column: each byte is one ASCII character, so the
 *       bytes have exactly one reading, and any other byte fails the strict parse); a {@link UUID} (MariaDB
 *       Connector/J reads a MariaDB {@code UUID} column as one)</td>
 *       <td>16 raw bytes (a {@code CHAR(36)} never holds them: the column is binary, and which of the two layouts it
 *       holds cannot be seen, so it is not guessed); braced, 35/37-character text</td></tr>
 * </table>
 *
 * SQL NULL (a null value) decodes to null for every kind.
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

    /**
     * Returns the Java type of the values {@link #encode(UUID)} returns: {@link UUID} for {@link #POSTGRES_UUID},
     * {@link String} for {@link #MARIADB_UUID} and {@link #CHAR36}, {@code byte[]} for the binary kinds. Frameworks
     * that bind a typed null (R2DBC, Spring Data) bind it with this type.
     *
     * @return the class of the encoded values
     */
    public Class<?> encodedType() {
        if (isBinary()) {
            return byte[].class;
        }
        return this == POSTGRES_UUID ? UUID.class : String.class;
    }

    /**
     * Encodes a UUID as the JDBC value to bind for a column of this kind, the value {@link UuidJdbc#set} binds:
     * the {@link UUID} itself for {@link #POSTGRES_UUID} ({@code setObject}); the lowercase canonical text
     * {@code 8-4-4-4-12} for {@link #MARIADB_UUID} and {@link #CHAR36} ({@code setString}); a new array of the 16
     * bytes in the kind's {@link #layout()} for {@link #BINARY16} and {@link #BINARY16_TIME_SWAPPED}
     * ({@code setBytes}).
     *
     * @param uuid the UUID, or null
     * @return the value to bind, of type {@link #encodedType()}, or null for a null UUID
     */
    public Object encode(UUID uuid) {
        if (uuid == null) {
            return null;
        }
        UuidBinaryLayout layout = layout();
        if (layout != null) {
            return layout.toBytes(uuid);
        }
        // MARIADB_UUID and CHAR36: the JDK's toString is exactly the lowercase canonical form.
        return this == POSTGRES_UUID ? uuid : uuid.toString();
    }

    /**
     * Decodes a value read from a column of this kind, strictly (the rules are in the table of the
     * {@linkplain UuidColumnKind type documentation}): nothing is padded, truncated or guessed.
     *
     * @param value what the driver returned ({@code getObject}), or null for SQL NULL
     * @param column how a message names where the value came from, e.g. {@code "Table orders, column id"} or
     *     {@code "OUT parameter 2"}; shown escaped ({@link MessageText})
     * @return the UUID, or null for a null value
     * @throws SQLDataException (SQLState {@value UuidJdbc#INVALID_VALUE_STATE}) if the value is not a UUID of this
     *     kind; the message starts with {@code column}, then says what was expected and what was found (length,
     *     escaped text or Java type), e.g. {@code "Table orders, column id: expected 16 bytes for BINARY16, got 15
     *     bytes"}
     */
    public UUID decode(Object value, String column) throws SQLDataException {
        return decode(value, null, 0, null, column == null ? "Value" : MessageText.escape(column));
    }

    /**
     * The one decoder. The message's name is {@code named} if not null, else built from the result set only when a
     * value is refused ({@code "Column <i> (<label>)"}), so a good read costs no metadata call.
     */
    UUID decode(Object value, ResultSet rs, int index, String label, String named) throws SQLDataException {
        if (value == null) {
            return null;
        }
        if (value instanceof UUID) {
            if (!isBinary()) {
                return (UUID) value;
            }
            throw refused(rs, index, label, named, "got " + describe(value), null);
        }
        byte[] bytes = null;
        if (value instanceof byte[]) {
            bytes = (byte[]) value;
        } else if (value instanceof ByteBuffer) {
            ByteBuffer buffer = ((ByteBuffer) value).duplicate();
            bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
        }
        if (bytes != null) {
            if (bytes.length == UuidBinaryLayout.BYTES && this != CHAR36) {
                UuidBinaryLayout layout = layout();
                return (layout == null ? UuidBinaryLayout.STANDARD : layout).fromBytes(bytes);
            }
            if (bytes.length == UuidStrings.CANONICAL_LENGTH && !isBinary()) {
                return parse(new String(bytes, StandardCharsets.ISO_8859_1), rs, index, label, named);
            }
            throw refused(rs, index, label, named, "got " + bytes.length + " bytes", null);
        }
        if (value instanceof CharSequence && !isBinary()) {
            return parse((CharSequence) value, rs, index, label, named);
        }
        throw refused(rs, index, label, named, "got " + describe(value), null);
    }

    private UUID parse(CharSequence text, ResultSet rs, int index, String label, String named)
            throws SQLDataException {
        try {
            return UuidStrings.parse(text);
        } catch (IllegalArgumentException e) {
            throw refused(rs, index, label, named, "got " + MessageText.quote(text) + " (" + e.getMessage() + ")", e);
        }
    }

    private SQLDataException refused(ResultSet rs, int index, String label, String named, String found,
            Throwable cause) {
        String name = named != null ? named : UuidJdbc.columnName(rs, index, label);
        return new SQLDataException(name + ": expected " + expectation() + " for " + this + ", " + found,
                UuidJdbc.INVALID_VALUE_STATE, cause);
    }

    /** What a column of this kind holds, for messages. */
    String expectation() {
        if (isBinary()) {
            return "16 bytes";
        }
        return this == CHAR36 ? "canonical UUID text" : "a UUID, canonical text or 16 bytes";
    }

    static String describe(Object value) {
        if (value instanceof byte[]) {
            return ((byte[]) value).length + " bytes";
        }
        if (value instanceof CharSequence) {
            return "text " + MessageText.quote((CharSequence) value);
        }
        return "a " + value.getClass().getName() + " (" + MessageText.escape(String.valueOf(value)) + ")";
    }
}
