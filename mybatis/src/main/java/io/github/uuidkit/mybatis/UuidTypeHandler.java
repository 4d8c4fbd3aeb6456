package io.github.uuidkit.mybatis;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;

/**
 * A MyBatis {@link TypeHandler} for {@link UUID} values in a column of one {@link UuidColumnKind}: binds with
 * {@link UuidJdbc#set(PreparedStatement, int, UUID, UuidColumnKind)} and reads with
 * {@link UuidJdbc#get(ResultSet, String, UuidColumnKind)}, so the JDBC calls, byte layouts and strict reads are
 * exactly those of plain JDBC with uuidkit.
 *
 * <p>One subclass per kind, each with a public no-argument constructor so that MyBatis can name it in a mapper
 * ({@code typeHandler=io.github.uuidkit.mybatis.UuidBinaryTypeHandler} in XML, {@code @Result(typeHandler = ...)} in
 * annotations): {@link PostgresUuidTypeHandler}, {@link MariaDbUuidTypeHandler}, {@link UuidBinaryTypeHandler},
 * {@link UuidTimeSwappedBinaryTypeHandler}, {@link UuidStringTypeHandler}. Register the default of a schema with
 * {@link UuidTypeHandlers#register(org.apache.ibatis.session.Configuration, UuidColumnKind)}.
 *
 * <p>Unlike MyBatis' {@code BaseTypeHandler}, the {@link JdbcType} a mapping names is ignored: the kind fixes the
 * JDBC calls, and a null UUID is bound as {@code setNull(index, kind.nullSqlType())} rather than with MyBatis'
 * {@code jdbcTypeForNull} ({@code OTHER} by default). Reads are strict: a value that is not a UUID of the kind (15
 * or 17 bytes in a {@code BINARY} column, malformed text) throws {@link SQLDataException} (SQLState
 * {@value UuidJdbc#INVALID_VALUE_STATE}) naming the column and what was found, never a wrong or null UUID.
 *
 * <p>Instances are stateless and thread-safe.
 */
public abstract sealed class UuidTypeHandler implements TypeHandler<UUID>
        permits PostgresUuidTypeHandler, MariaDbUuidTypeHandler, UuidBinaryTypeHandler,
        UuidTimeSwappedBinaryTypeHandler, UuidStringTypeHandler {

    private final UuidColumnKind kind;

    UuidTypeHandler(UuidColumnKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns the column kind this handler binds and reads.
     *
     * @return the kind
     */
    public final UuidColumnKind kind() {
        return kind;
    }

    /**
     * Binds a UUID, or a typed SQL NULL, like {@link UuidJdbc#set(PreparedStatement, int, UUID, UuidColumnKind)}.
     *
     * @param ps the statement
     * @param i the 1-based parameter index
     * @param parameter the value, or null for SQL NULL
     * @param jdbcType ignored: the kind decides the JDBC call and the SQL type of a NULL
     * @throws SQLException if the driver fails
     */
    @Override
    public final void setParameter(PreparedStatement ps, int i, UUID parameter, JdbcType jdbcType)
            throws SQLException {
        UuidJdbc.set(ps, i, parameter, kind);
    }

    /**
     * Reads the UUID of a result column by its label, like {@link UuidJdbc#get(ResultSet, String, UuidColumnKind)}.
     *
     * @param rs the result set, positioned on a row
     * @param columnName the column label
     * @return the UUID, or null for SQL NULL
     * @throws SQLDataException if the value is not a UUID of this handler's kind; the message names the column and
     *     what was found
     * @throws SQLException if there is no such column or the driver fails
     */
    @Override
    public final UUID getResult(ResultSet rs, String columnName) throws SQLException {
        return UuidJdbc.get(rs, columnName, kind);
    }

    /**
     * Reads the UUID of a result column by its index, like {@link UuidJdbc#get(ResultSet, int, UuidColumnKind)}.
     *
     * @param rs the result set, positioned on a row
     * @param columnIndex the 1-based column index
     * @return the UUID, or null for SQL NULL
     * @throws SQLDataException if the value is not a UUID of this handler's kind; the message names the column and
     *     what was found
     * @throws SQLException if the driver fails
     */
    @Override
    public final UUID getResult(ResultSet rs, int columnIndex) throws SQLException {
        return UuidJdbc.get(rs, columnIndex, kind);
    }

    /**
     * Reads the UUID of an OUT parameter of a stored procedure call, with the same rules as a result column, like
     * {@link UuidJdbc#get(CallableStatement, int, UuidColumnKind)}.
     *
     * @param cs the call, executed
     * @param columnIndex the 1-based parameter index
     * @return the UUID, or null for SQL NULL
     * @throws SQLDataException if the value is not a UUID of this handler's kind; the message names the OUT
     *     parameter and what was found
     * @throws SQLException if the driver fails
     */
    @Override
    public final UUID getResult(CallableStatement cs, int columnIndex) throws SQLException {
        return UuidJdbc.get(cs, columnIndex, kind);
    }

    /**
     * Names the handler and its kind, e.g. {@code UuidBinaryTypeHandler[BINARY16]}.
     *
     * @return the class's simple name and the kind
     */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + kind + "]";
    }
}
