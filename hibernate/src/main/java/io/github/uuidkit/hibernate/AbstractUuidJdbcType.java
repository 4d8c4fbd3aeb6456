package io.github.uuidkit.hibernate;

import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.UUID;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * The one implementation behind uuidkit's {@code JdbcType}s: every bind goes through
 * {@link UuidJdbc#set(PreparedStatement, int, UUID, UuidColumnKind)} and every read through
 * {@link UuidJdbc#get(ResultSet, int, UuidColumnKind)} (OUT parameters through
 * {@link UuidJdbc#get(CallableStatement, int, UuidColumnKind)}), so byte layouts and strict parsing live in core only. A read
 * that core refuses is rethrown naming the table and column from the result set's metadata.
 */
abstract class AbstractUuidJdbcType implements JdbcType {

    private static final long serialVersionUID = 1L;

    private final UuidColumnKind kind;
    private final int registrationCode;
    private final int ddlTypeCode;

    AbstractUuidJdbcType(UuidColumnKind kind, int registrationCode, int ddlTypeCode) {
        this.kind = kind;
        this.registrationCode = registrationCode;
        this.ddlTypeCode = ddlTypeCode;
    }

    /**
     * Returns the uuidkit column kind this type binds and reads.
     *
     * @return the kind
     */
    public final UuidColumnKind kind() {
        return kind;
    }

    /**
     * Returns the {@link java.sql.Types} code of the JDBC calls made for this type's kind
     * ({@link UuidColumnKind#nullSqlType()}): {@code BINARY}, {@code CHAR}, {@code VARCHAR} (MariaDB {@code UUID}) or
     * {@code OTHER} (PostgreSQL {@code uuid}).
     *
     * @return a {@link java.sql.Types} code
     */
    @Override
    public final int getJdbcTypeCode() {
        return kind.nullSqlType();
    }

    /**
     * Returns the code this type is registered under in Hibernate's {@code JdbcTypeRegistry}: its
     * {@link UuidSqlTypes} constant (what {@code @JdbcTypeCode} names), or Hibernate's {@code SqlTypes.UUID} for the
     * instance {@link UuidTypeContributor} installs for every UUID attribute.
     *
     * @return the registration code
     */
    @Override
    public final int getDefaultSqlTypeCode() {
        return registrationCode;
    }

    /**
     * Returns the type code of the column Hibernate's schema generation creates, through the dialect: {@code BINARY}
     * (a 16-byte binary column: {@code binary(16)} on MySQL and MariaDB, {@code bytea} on PostgreSQL), {@code CHAR}
     * ({@code char(36)}) or {@code UUID} (the dialect's native type).
     *
     * @return a {@code SqlTypes} code
     */
    @Override
    public final int getDdlTypeCode() {
        return ddlTypeCode;
    }

    /**
     * Returns a name for logs and messages.
     *
     * @return {@code "uuidkit <kind>"}
     */
    @Override
    public String getFriendlyName() {
        return "uuidkit " + kind;
    }

    /**
     * Returns the Java type Hibernate uses for values of this type when the mapping does not say (native queries).
     *
     * @param length ignored
     * @param scale ignored
     * @param typeConfiguration the type configuration
     * @param <T> the Java type
     * @return the {@link UUID} Java type
     */
    @Override
    public <T> JavaType<T> getJdbcRecommendedJavaTypeMapping(Integer length, Integer scale,
            TypeConfiguration typeConfiguration) {
        return typeConfiguration.getJavaTypeRegistry().getDescriptor(UUID.class);
    }

    /**
     * Returns {@link UUID}.
     *
     * @param options ignored
     * @return {@code UUID.class}
     */
    @Override
    public Class<?> getPreferredJavaTypeClass(WrapperOptions options) {
        return UUID.class;
    }

    /**
     * Returns a binder that binds through {@link UuidJdbc} for this type's kind.
     *
     * @param javaType the attribute's Java type (unwrapped to {@link UUID})
     * @param <X> the attribute's Java type
     * @return the binder
     */
    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
        return new BasicBinder<>(javaType, this) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options)
                    throws SQLException {
                UuidJdbc.set(st, index, javaType.unwrap(value, UUID.class, options), kind);
            }

            @Override
            protected void doBindNull(PreparedStatement st, int index, WrapperOptions options) throws SQLException {
                UuidJdbc.set(st, index, null, kind);
            }

            // Named stored-procedure parameters: UuidJdbc binds by index only.
            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options)
                    throws SQLException {
                throw namedParameters();
            }

            @Override
            protected void doBindNull(CallableStatement st, String name, WrapperOptions options) throws SQLException {
                throw namedParameters();
            }
        };
    }

    /**
     * Returns an extractor that reads through {@link UuidJdbc} for this type's kind, strictly: a value of the wrong
     * length or malformed text throws a {@link SQLDataException} (SQLState {@value UuidJdbc#INVALID_VALUE_STATE})
     * naming the table, the column and what was found, never a padded or truncated UUID. Stored-procedure OUT
     * parameters (by index or name) are read with the same rules, the message naming the parameter.
     *
     * @param javaType the attribute's Java type (wrapped from {@link UUID})
     * @param <X> the attribute's Java type
     * @return the extractor
     */
    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new BasicExtractor<>(javaType, this) {
            private static final long serialVersionUID = 1L;

            @Override
            protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
                UUID uuid;
                try {
                    uuid = UuidJdbc.get(rs, index, kind);
                } catch (SQLDataException e) {
                    throw located(rs, index, e);
                }
                return javaType.wrap(uuid, options);
            }

            // Stored-procedure OUT parameters: the same rules, through UuidJdbc.
            @Override
            protected X doExtract(CallableStatement statement, int index, WrapperOptions options)
                    throws SQLException {
                return javaType.wrap(UuidJdbc.get(statement, index, kind), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
                    throws SQLException {
                return javaType.wrap(UuidJdbc.get(statement, name, kind), options);
            }
        };
    }

    /** The same type registered under another code (Hibernate's {@code SqlTypes.UUID} for the global kind). */
    abstract AbstractUuidJdbcType withCode(int code);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + kind + ", code " + registrationCode + ")";
    }

    /** Names the table and column the driver reports for the result column, then core's problem text. */
    static SQLDataException located(ResultSet rs, int index, SQLDataException e) {
        String table = null;
        String column = null;
        try {
            ResultSetMetaData metaData = rs.getMetaData();
            table = metaData.getTableName(index);
            column = metaData.getColumnName(index);
        } catch (SQLException | RuntimeException ignored) {
            // the metadata is only for the message; core's message still names the column index and label
        }
        String where = "Table " + (table == null || table.isEmpty() ? "(unknown)" : MessageText.escape(table))
                + ", column " + (column == null || column.isEmpty() ? "(unknown)" : MessageText.escape(column));
        // core names the result column by index and label ("Column 2 (ref): expected ..."): keep what follows
        String message = String.valueOf(e.getMessage());
        int problem = message.indexOf(": expected ");
        return new SQLDataException(where + ": " + (problem >= 0 ? message.substring(problem + 2) : message),
                e.getSQLState(), e);
    }

    private SQLFeatureNotSupportedException namedParameters() {
        return new SQLFeatureNotSupportedException(getFriendlyName()
                + " binds parameters by index only, not stored-procedure parameters by name");
    }
}
