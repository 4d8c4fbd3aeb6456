package io.github.uuidkit.jdbc;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.internal.MysqlVersion;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Binds and reads {@link UUID} values over plain JDBC for every {@link UuidColumnKind}, on any
 * driver, with all byte and text conversions done by {@link UuidBinaryLayout} and
 * {@link UuidStrings}.
 *
 * <pre>{@code
 * UuidJdbc.set(ps, 1, Uuids.v7(), UuidColumnKind.BINARY16);          // MySQL BINARY(16)
 * UUID id = UuidJdbc.get(rs, "id", UuidColumnKind.BINARY16);
 * }</pre>
 *
 * <p>Why: {@code ps.setObject(i, uuid)} works on PostgreSQL, but MySQL Connector/J serializes the
 * Java object into a {@code BINARY(16)} column (an error in strict mode, and in non-strict mode the
 * same 16 bytes {@code ACED0005...} for every UUID), and drivers return a {@code UUID},
 * {@code byte[]} or {@code String} depending on the column.
 *
 * <p>Errors: a value that is not a valid UUID for the column kind makes the read methods throw a
 * {@link SQLDataException} (SQLState {@value #INVALID_VALUE_STATE}) naming the column index and
 * label, what was received (length, text or Java type) and the expected kind, e.g.
 * {@code "Column 2 (public_id): expected 16 bytes for BINARY16, got 15 bytes"}. The bind methods
 * validate everything before calling any setter, so a failed bind sets nothing. Text from the
 * input or the driver (values, labels, type names) appears in messages with control and non-ASCII
 * characters escaped and at most 64 characters shown, so it cannot forge log lines.
 *
 * <p>Each {@link UuidColumnKind} fixes the JDBC calls made for it, so a bind costs what the driver
 * call costs: nothing is looked up per bind. When the database is only known at run time, ask
 * {@link #nativeUuidKind(Connection)} once per connection or pool.
 *
 * <p>Null arguments other than the UUID values themselves throw {@link NullPointerException}
 * naming the parameter (see the {@linkplain io.github.uuidkit package documentation}). All methods
 * are stateless and thread-safe.
 */
public final class UuidJdbc {

    /** SQLState of the {@link SQLDataException}s thrown for invalid UUID values: {@value}. */
    public static final String INVALID_VALUE_STATE = "22018";

    /**
     * SQLState of the {@link SQLFeatureNotSupportedException} thrown by
     * {@link #nativeUuidKind(Connection)} for a database without a known native UUID type: {@value}.
     */
    public static final String NO_NATIVE_UUID_STATE = "0A000";

    /**
     * SQLState of the {@link SQLFeatureNotSupportedException} thrown by
     * {@link #detect(ResultSetMetaData, int, UuidColumnKind)} for a column whose kind the metadata does not show
     * (a 16-byte binary column, or another type): {@value}.
     */
    public static final String NOT_DETECTABLE_STATE = "0A000";

    private UuidJdbc() {
    }

    // ------------------------------------------------------------------------------------ binding

    /**
     * Binds a UUID, or a typed SQL NULL, to a parameter for a column of the given kind.
     *
     * <ul>
     *   <li>{@link UuidColumnKind#POSTGRES_UUID}: {@code setObject(index, uuid)}.
     *   <li>{@link UuidColumnKind#MARIADB_UUID}, {@link UuidColumnKind#CHAR36}: {@code setString}
     *       with the lowercase canonical text.
     *   <li>{@link UuidColumnKind#BINARY16}, {@link UuidColumnKind#BINARY16_TIME_SWAPPED}:
     *       {@code setBytes} with the 16 bytes of the kind's layout.
     * </ul>
     * A null UUID is bound as {@code setNull(index, kind.nullSqlType())}. Nothing else is called on
     * the statement or its connection.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param uuid the value, or null for SQL NULL
     * @param kind the kind of the column the parameter is compared with or stored into
     * @throws SQLException if the driver fails
     */
    public static void set(PreparedStatement ps, int index, UUID uuid, UuidColumnKind kind)
            throws SQLException {
        Objects.requireNonNull(ps, "ps");
        Objects.requireNonNull(kind, "kind");
        bind(ps, index, uuid, kind);
    }

    /**
     * Parses UUID text strictly ({@link UuidStrings#parse(CharSequence)}) and binds it like
     * {@link #set(PreparedStatement, int, UUID, UuidColumnKind)}: for keys that arrive as text, such
     * as a URL path segment.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param text canonical UUID text {@code 8-4-4-4-12} in either case, or null for SQL NULL
     * @param kind the kind of the column
     * @throws SQLDataException if {@code text} is not canonical UUID text; the message names the
     *     parameter index, the text and the kind, and nothing is bound
     * @throws SQLException if the driver fails
     */
    public static void setText(PreparedStatement ps, int index, CharSequence text, UuidColumnKind kind)
            throws SQLException {
        Objects.requireNonNull(ps, "ps");
        Objects.requireNonNull(kind, "kind");
        UUID uuid;
        try {
            uuid = text == null ? null : UuidStrings.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SQLDataException("Parameter " + index + ": cannot bind " + quote(text) + " for "
                    + kind + ": " + e.getMessage(), INVALID_VALUE_STATE, e);
        }
        bind(ps, index, uuid, kind);
    }

    /**
     * Adds one batch entry per UUID: binds each to parameter {@code index} (as
     * {@link #set(PreparedStatement, int, UUID, UuidColumnKind)} does) and calls
     * {@link PreparedStatement#addBatch()}. Other parameters keep the values already set. Run the
     * batch with {@link PreparedStatement#executeBatch()}; on MySQL add
     * {@code rewriteBatchedStatements=true} to the JDBC URL so the driver sends multi-row inserts.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param uuids the values, in order; null elements are bound as SQL NULL
     * @param kind the kind of the column
     * @return the number of batch entries added
     * @throws SQLException if the driver fails
     */
    public static int addBatch(PreparedStatement ps, int index, Iterable<UUID> uuids, UuidColumnKind kind)
            throws SQLException {
        Objects.requireNonNull(ps, "ps");
        Objects.requireNonNull(uuids, "uuids");
        Objects.requireNonNull(kind, "kind");
        int added = 0;
        for (UUID uuid : uuids) {
            bind(ps, index, uuid, kind);
            ps.addBatch();
            added++;
        }
        return added;
    }

    /**
     * Binds the UUIDs to parameter {@code index} in batches of {@code batchSize} and executes each
     * batch: a bulk insert such as {@code INSERT INTO t (id) VALUES (?)} with memory bounded by the
     * batch size. Transaction control stays with the caller. On MySQL add
     * {@code rewriteBatchedStatements=true} to the JDBC URL so the driver sends multi-row inserts.
     *
     * @param ps the statement
     * @param index the 1-based parameter index
     * @param uuids the values, in order; null elements are bound as SQL NULL
     * @param kind the kind of the column
     * @param batchSize the number of rows per {@link PreparedStatement#executeBatch()}, at least 1
     * @return the number of parameter sets executed (one per UUID)
     * @throws SQLException if the driver fails; earlier batches have then been executed
     * @throws IllegalArgumentException if {@code batchSize} is below 1
     */
    public static long executeBatches(PreparedStatement ps, int index, Iterable<UUID> uuids,
            UuidColumnKind kind, int batchSize) throws SQLException {
        Objects.requireNonNull(ps, "ps");
        Objects.requireNonNull(uuids, "uuids");
        Objects.requireNonNull(kind, "kind");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        long executed = 0;
        int pending = 0;
        for (UUID uuid : uuids) {
            bind(ps, index, uuid, kind);
            ps.addBatch();
            if (++pending == batchSize) {
                ps.executeBatch();
                executed += pending;
                pending = 0;
            }
        }
        if (pending > 0) {
            ps.executeBatch();
            executed += pending;
        }
        return executed;
    }

    private static void bind(PreparedStatement ps, int index, UUID uuid, UuidColumnKind kind)
            throws SQLException {
        Object value = kind.encode(uuid);
        if (value == null) {
            ps.setNull(index, kind.nullSqlType());
        } else if (value instanceof byte[]) {
            ps.setBytes(index, (byte[]) value);
        } else if (value instanceof String) {
            ps.setString(index, (String) value);
        } else {
            ps.setObject(index, value);
        }
    }

    /**
     * Tells which native UUID kind the connection's database has, from its metadata: one call per
     * connection (or per pool: the answer does not change), never per bind.
     *
     * <ul>
     *   <li>{@link UuidColumnKind#POSTGRES_UUID} when the product name contains {@code PostgreSQL}
     *       or {@code EnterpriseDB} (EDB Postgres Advanced Server), in any case;
     *   <li>{@link UuidColumnKind#MARIADB_UUID} when the product name or version contains
     *       {@code MariaDB} (MySQL Connector/J reports a MariaDB server as product {@code MySQL}
     *       with a version such as {@code 5.5.5-10.11.5-MariaDB}) and the version has the {@code UUID}
     *       type: MariaDB 10.7 and later, MariaDB Enterprise Server 10.6.9 and later.
     * </ul>
     * MariaDB before 10.7 and MySQL have no native UUID type: binding 36 characters into whatever column exists
     * there fails ("Data too long" in strict mode) or, in non-strict mode, silently keeps the first 16 characters
     * in a {@code BINARY(16)}. They are refused, and the message says which kinds to choose instead.
     *
     * @param connection an open connection
     * @return {@link UuidColumnKind#POSTGRES_UUID} or {@link UuidColumnKind#MARIADB_UUID}
     * @throws SQLFeatureNotSupportedException (SQLState {@value #NO_NATIVE_UUID_STATE}) if the
     *     database is none of these, e.g. MySQL or MariaDB 10.6, which have no native UUID type, or a MariaDB
     *     whose version cannot be parsed; the message names the product and version the driver reported and the
     *     kinds to choose ({@code BINARY16}, {@code CHAR36})
     * @throws SQLException if the driver fails
     */
    public static UuidColumnKind nativeUuidKind(Connection connection) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        DatabaseMetaData metaData = connection.getMetaData();
        String product = metaData.getDatabaseProductName();
        String version = metaData.getDatabaseProductVersion();
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres") || name.contains("enterprisedb")) {
            return UuidColumnKind.POSTGRES_UUID;
        }
        if (name.contains("mariadb")
                || (version != null && version.toLowerCase(Locale.ROOT).contains("mariadb"))) {
            MysqlVersion parsed;
            try {
                parsed = MysqlVersion.parse(version == null ? "" : version);
            } catch (IllegalArgumentException e) {
                throw new SQLFeatureNotSupportedException("Cannot tell whether MariaDB version "
                        + MessageText.quote(version) + " has a native UUID type (MariaDB 10.7+): name the kind"
                        + " explicitly: MARIADB_UUID for a UUID column, BINARY16 for BINARY(16), CHAR36 for CHAR(36)",
                        NO_NATIVE_UUID_STATE, e);
            }
            if (parsed.hasNativeUuidType()) {
                return UuidColumnKind.MARIADB_UUID;
            }
            throw new SQLFeatureNotSupportedException("MariaDB " + parsed.major() + "." + parsed.minor() + "."
                    + parsed.patch() + " (version " + MessageText.quote(version) + ") has no native UUID type"
                    + " (MariaDB 10.7+): store UUIDs in BINARY(16) (BINARY16, the time-ordered choice) or CHAR(36)"
                    + " (CHAR36), and name that kind", NO_NATIVE_UUID_STATE);
        }
        throw new SQLFeatureNotSupportedException("No native UUID column kind for database "
                + MessageText.quote(product) + " version " + MessageText.quote(version)
                + ": uuidkit knows PostgreSQL (POSTGRES_UUID) and MariaDB 10.7+ (MARIADB_UUID); store UUIDs in"
                + " BINARY(16) (BINARY16, the time-ordered choice) or CHAR(36) (CHAR36), and name that kind",
                NO_NATIVE_UUID_STATE);
    }

    // ------------------------------------------------------------------------------------ reading

    /**
     * Reads a UUID from a column of the given kind, accepting what drivers return for it and
     * validating it.
     *
     * <ul>
     *   <li>{@link UuidColumnKind#POSTGRES_UUID}, {@link UuidColumnKind#MARIADB_UUID}: a {@link UUID}
     *       (pgjdbc, MariaDB Connector/J 3.1+), canonical text (MariaDB via MySQL Connector/J), 16 bytes in {@link UuidBinaryLayout#STANDARD} layout, or 36 bytes of
     *       canonical text.
     *   <li>{@link UuidColumnKind#BINARY16}, {@link UuidColumnKind#BINARY16_TIME_SWAPPED}: exactly 16
     *       bytes ({@code byte[]} or {@link Blob}), decoded in the kind's layout.
     *   <li>{@link UuidColumnKind#CHAR36}: canonical text in either case ({@code String} or 36 bytes of
     *       text), or a {@link UUID}.
     * </ul>
     *
     * @param rs the result set, positioned on a row
     * @param column the 1-based column index
     * @param kind the kind of the column
     * @return the UUID, or null if the value is SQL NULL
     * @throws SQLDataException if the value is not a valid UUID of that kind (wrong byte count,
     *     malformed text, another Java type); the message names the column index and label, what was
     *     received and the kind
     * @throws SQLException if the driver fails
     */
    public static UUID get(ResultSet rs, int column, UuidColumnKind kind) throws SQLException {
        Objects.requireNonNull(rs, "rs");
        Objects.requireNonNull(kind, "kind");
        return convert(rs, column, null, rs.getObject(column), kind);
    }

    /**
     * Reads a UUID from the column with the given label, like {@link #get(ResultSet, int,
     * UuidColumnKind)}.
     *
     * @param rs the result set, positioned on a row
     * @param label the column label ({@code AS} name, else the column name)
     * @param kind the kind of the column
     * @return the UUID, or null if the value is SQL NULL
     * @throws SQLDataException if the value is not a valid UUID of that kind
     * @throws SQLException if there is no such column or the driver fails
     */
    public static UUID get(ResultSet rs, String label, UuidColumnKind kind) throws SQLException {
        Objects.requireNonNull(rs, "rs");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        int column = rs.findColumn(label);
        return convert(rs, column, label, rs.getObject(column), kind);
    }

    private static UUID convert(ResultSet rs, int column, String label, Object value, UuidColumnKind kind)
            throws SQLException {
        if (value instanceof Blob) {
            value = blobBytes(rs, column, label, (Blob) value, kind);
        }
        return kind.decode(value, rs, column, label, null);
    }

    /**
     * Reads a UUID from an OUT parameter of a stored procedure call, with the rules of
     * {@link #get(ResultSet, int, UuidColumnKind)} ({@link UuidColumnKind#decode(Object, String)}). Register the
     * parameter with {@code registerOutParameter(index, kind.nullSqlType())}.
     *
     * @param call the call, executed
     * @param index the 1-based parameter index
     * @param kind the kind of the parameter's value
     * @return the UUID, or null if the value is SQL NULL
     * @throws SQLDataException (SQLState {@value #INVALID_VALUE_STATE}) if the value is not a valid UUID of that
     *     kind; the message names the OUT parameter ({@code "OUT parameter 2: expected ..."})
     * @throws SQLException if the driver fails
     */
    public static UUID get(CallableStatement call, int index, UuidColumnKind kind) throws SQLException {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(kind, "kind");
        Object value = call.getObject(index);
        if (value instanceof Blob) {
            value = blobBytes(null, index, "OUT parameter " + index, (Blob) value, kind);
        }
        return value == null ? null : kind.decode(value, "OUT parameter " + index);
    }

    /**
     * Reads a UUID from a named OUT parameter of a stored procedure call, like
     * {@link #get(CallableStatement, int, UuidColumnKind)}.
     *
     * @param call the call, executed
     * @param name the parameter's name
     * @param kind the kind of the parameter's value
     * @return the UUID, or null if the value is SQL NULL
     * @throws SQLDataException (SQLState {@value #INVALID_VALUE_STATE}) if the value is not a valid UUID of that
     *     kind; the message names the OUT parameter ({@code "OUT parameter id: expected ..."})
     * @throws SQLException if there is no such parameter or the driver fails
     */
    public static UUID get(CallableStatement call, String name, UuidColumnKind kind) throws SQLException {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Object value = call.getObject(name);
        if (value instanceof Blob) {
            value = blobBytes(null, 0, "OUT parameter " + name, (Blob) value, kind);
        }
        return value == null ? null : kind.decode(value, "OUT parameter " + name);
    }

    /** Reads a Blob of 16 or 36 bytes; {@code rs} null means {@code label} is the whole name of the value. */
    private static byte[] blobBytes(ResultSet rs, int column, String label, Blob blob,
            UuidColumnKind kind) throws SQLException {
        try {
            long length = blob.length();
            if (length != UuidBinaryLayout.BYTES && length != UuidStrings.CANONICAL_LENGTH) {
                String name = rs == null ? MessageText.escape(label) : columnName(rs, column, label);
                throw new SQLDataException(name + ": expected " + kind.expectation() + " for " + kind + ", got "
                        + length + " bytes", INVALID_VALUE_STATE);
            }
            return blob.getBytes(1, (int) length);
        } finally {
            blob.free();
        }
    }

    // ------------------------------------------------------------------------ PostgreSQL arrays

    /**
     * Creates a PostgreSQL {@code uuid[]} array, for {@code WHERE id = ANY(?)} with one parameter
     * instead of an {@code IN} list of variable length (one prepared statement for any number of
     * keys).
     *
     * @param connection a PostgreSQL connection
     * @param uuids the elements; null elements become SQL NULL elements
     * @return a {@code uuid[]} array; free it after use
     * @throws SQLException if the driver cannot create a {@code uuid} array
     */
    public static Array createUuidArray(Connection connection, Collection<UUID> uuids) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(uuids, "uuids");
        return connection.createArrayOf("uuid", uuids.toArray(new Object[0]));
    }

    /**
     * Binds a PostgreSQL {@code uuid[]} parameter: {@code SELECT ... WHERE id = ANY(?)}.
     *
     * <p>The {@link Array} created for the call is freed once bound, and also when the bind fails:
     * pgjdbc converts it to its wire form inside {@code setArray} (binary, or the array literal) and
     * keeps no reference to it. A driver whose {@code free()} is not supported
     * ({@link SQLFeatureNotSupportedException}) has nothing to release.
     *
     * @param ps a statement on a PostgreSQL connection
     * @param index the 1-based parameter index
     * @param uuids the elements, or null for an SQL NULL array
     * @throws SQLException if the driver fails to create, bind or free the array (when the bind
     *     fails, a failure to free is attached to it as suppressed), or if the statement's
     *     {@code getConnection()} returns null (some statement wrappers do), so no array can be created
     *     (nothing is bound then)
     */
    public static void setUuidArray(PreparedStatement ps, int index, Collection<UUID> uuids)
            throws SQLException {
        Objects.requireNonNull(ps, "ps");
        if (uuids == null) {
            ps.setNull(index, Types.ARRAY);
            return;
        }
        Connection connection = ps.getConnection();
        if (connection == null) {
            throw new SQLException("Parameter " + index + ": cannot create a uuid[] array: the statement's"
                    + " getConnection() returned null (a statement wrapper?); create it with"
                    + " UuidJdbc.createUuidArray(connection, uuids) and bind it with setArray");
        }
        Array array = createUuidArray(connection, uuids);
        try {
            ps.setArray(index, array);
        } catch (SQLException | RuntimeException e) {
            try {
                free(array);
            } catch (SQLException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        free(array);
    }

    private static void free(Array array) throws SQLException {
        try {
            array.free();
        } catch (SQLFeatureNotSupportedException e) {
            // The driver holds nothing it could release.
        }
    }

    /**
     * Reads a PostgreSQL {@code uuid[]} column (elements as {@link UUID} or canonical text).
     *
     * @param rs the result set, positioned on a row
     * @param column the 1-based column index
     * @return the elements in order (null elements stay null), or null if the value is SQL NULL
     * @throws SQLDataException if the driver's {@link Array#getArray()} returns null or no object
     *     array, or an element is not a UUID; the message names the column (and the element's
     *     1-based position)
     * @throws SQLException if the driver fails
     */
    public static List<UUID> getUuidArray(ResultSet rs, int column) throws SQLException {
        Objects.requireNonNull(rs, "rs");
        Array array = rs.getArray(column);
        if (array == null) {
            return null;
        }
        try {
            Object elements = array.getArray();
            if (elements == null) {
                throw invalid(rs, column, null, "expected a uuid[] array, got null from Array.getArray()", null);
            }
            if (!(elements instanceof Object[])) {
                throw invalid(rs, column, null, "expected a uuid[] array, got "
                        + describe(elements), null);
            }
            Object[] values = (Object[]) elements;
            List<UUID> result = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null || value instanceof UUID) {
                    result.add((UUID) value);
                } else if (value instanceof CharSequence && UuidStrings.isCanonical((CharSequence) value)) {
                    result.add(UuidStrings.parse((CharSequence) value));
                } else {
                    throw invalid(rs, column, null, "expected a UUID at array element " + (i + 1)
                            + ", got " + describe(value), null);
                }
            }
            return Collections.unmodifiableList(result);
        } finally {
            array.free();
        }
    }

    // ---------------------------------------------------------------------------------- detection

    /**
     * Detects the kind of a result column from its metadata.
     *
     * <ul>
     *   <li>type name {@code uuid} (PostgreSQL, and MariaDB {@code UUID} when the driver reports it),
     *       or column class {@link UUID}: {@code nativeKind}, the native kind of the database (from
     *       {@link #nativeUuidKind(Connection)} once per connection, or named by the caller): the
     *       metadata does not tell PostgreSQL from MariaDB;
     *   <li>{@code BINARY}/{@code VARBINARY} of precision 16: never guessed. Such a column holds
     *       {@link UuidColumnKind#BINARY16} or {@link UuidColumnKind#BINARY16_TIME_SWAPPED} data and the
     *       metadata cannot tell which (reading swapped data as standard gives a wrong UUID, silently), so
     *       detection refuses it: name the kind of binary columns.
     *   <li>{@code CHAR}/{@code VARCHAR} (and national variants) of precision 36:
     *       {@link UuidColumnKind#CHAR36}. A MariaDB {@code UUID} column read through MySQL
     *       Connector/J reports itself as {@code CHAR(36)}; it is detected as {@code CHAR36}, which
     *       binds and reads it correctly.
     * </ul>
     *
     * @param metaData the result set's metadata
     * @param column the 1-based column index
     * @param nativeKind {@link UuidColumnKind#POSTGRES_UUID} or {@link UuidColumnKind#MARIADB_UUID}:
     *     the kind returned for a native UUID column
     * @return the detected kind
     * @throws SQLFeatureNotSupportedException (SQLState {@value #NOT_DETECTABLE_STATE}) if the kind cannot be
     *     detected: a 16-byte binary column (two layouts possible), or a column of another type; the message names
     *     the column and the type (and, for other types, the precision and class) the driver reported
     * @throws SQLException if the driver fails
     * @throws IllegalArgumentException if {@code nativeKind} is not a native UUID kind
     */
    public static UuidColumnKind detect(ResultSetMetaData metaData, int column, UuidColumnKind nativeKind)
            throws SQLException {
        Objects.requireNonNull(metaData, "metaData");
        requireNativeKind(nativeKind);
        String typeName = metaData.getColumnTypeName(column);
        int sqlType = metaData.getColumnType(column);
        int precision = metaData.getPrecision(column);
        String className = metaData.getColumnClassName(column);
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid") || UUID.class.getName().equals(className)) {
            return nativeKind;
        }
        boolean binary = sqlType == Types.BINARY || sqlType == Types.VARBINARY
                || name.equals("binary") || name.equals("varbinary");
        if (binary && precision == UuidBinaryLayout.BYTES) {
            throw new SQLFeatureNotSupportedException(columnName(metaData, column, null)
                    + ": a 16-byte binary column holds BINARY16 (UUID_TO_BIN(x)) or BINARY16_TIME_SWAPPED"
                    + " (UUID_TO_BIN(x, 1)) data, and its metadata cannot tell which: name the kind (type "
                    + MessageText.escape(typeName) + ", java.sql.Types " + sqlType + ")", NOT_DETECTABLE_STATE);
        }
        boolean text = sqlType == Types.CHAR || sqlType == Types.VARCHAR || sqlType == Types.NCHAR
                || sqlType == Types.NVARCHAR || name.equals("char") || name.equals("varchar")
                || name.equals("bpchar");
        if (text && precision == UuidStrings.CANONICAL_LENGTH) {
            return UuidColumnKind.CHAR36;
        }
        throw new SQLFeatureNotSupportedException(columnName(metaData, column, null)
                + ": cannot detect a UUID column kind from type " + MessageText.escape(typeName)
                + " (java.sql.Types " + sqlType + "), precision " + precision + ", class "
                + MessageText.escape(className)
                + "; expected uuid or CHAR(36)/VARCHAR(36) (a BINARY(16) column's kind must be named)",
                NOT_DETECTABLE_STATE);
    }

    /**
     * Detects the kind of the result column with the given label, like
     * {@link #detect(ResultSetMetaData, int, UuidColumnKind)}.
     *
     * @param rs the result set
     * @param label the column label
     * @param nativeKind {@link UuidColumnKind#POSTGRES_UUID} or {@link UuidColumnKind#MARIADB_UUID}:
     *     the kind returned for a native UUID column
     * @return the detected kind
     * @throws SQLFeatureNotSupportedException (SQLState {@value #NOT_DETECTABLE_STATE}) if its kind cannot be
     *     detected (see {@link #detect(ResultSetMetaData, int, UuidColumnKind)})
     * @throws SQLException if there is no such column or the driver fails
     * @throws IllegalArgumentException if {@code nativeKind} is not a native UUID kind
     */
    public static UuidColumnKind detect(ResultSet rs, String label, UuidColumnKind nativeKind)
            throws SQLException {
        Objects.requireNonNull(rs, "rs");
        Objects.requireNonNull(label, "label");
        return detect(rs.getMetaData(), rs.findColumn(label), nativeKind);
    }

    private static void requireNativeKind(UuidColumnKind nativeKind) {
        Objects.requireNonNull(nativeKind, "nativeKind");
        if (nativeKind != UuidColumnKind.POSTGRES_UUID && nativeKind != UuidColumnKind.MARIADB_UUID) {
            throw new IllegalArgumentException("nativeKind must be POSTGRES_UUID or MARIADB_UUID, got "
                    + nativeKind);
        }
    }

    // ------------------------------------------------------------------------------------ helpers

    private static SQLDataException invalid(ResultSet rs, int column, String label, String problem,
            Throwable cause) {
        return new SQLDataException(columnName(rs, column, label) + ": " + problem, INVALID_VALUE_STATE, cause);
    }

    /** Names a result column for a message, asking the metadata for its label only when none is given. */
    static String columnName(ResultSet rs, int column, String label) {
        if (label != null) {
            return columnName((ResultSetMetaData) null, column, label);
        }
        try {
            return columnName(rs.getMetaData(), column, null);
        } catch (SQLException | RuntimeException e) {
            return "Column " + column;
        }
    }

    private static String columnName(ResultSetMetaData metaData, int column, String label) {
        if (label == null && metaData != null) {
            try {
                label = metaData.getColumnLabel(column);
            } catch (SQLException | RuntimeException e) {
                label = null;
            }
        }
        return label == null || label.isEmpty() ? "Column " + column
                : "Column " + column + " (" + MessageText.escape(label) + ")";
    }

    private static String describe(Object value) {
        return UuidColumnKind.describe(value);
    }

    private static String quote(CharSequence text) {
        return MessageText.quote(text);
    }
}
