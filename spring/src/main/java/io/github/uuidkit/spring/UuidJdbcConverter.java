package io.github.uuidkit.spring;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.sql.JDBCType;
import java.sql.SQLDataException;
import java.sql.SQLType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.convert.CustomConversions;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.jdbc.core.convert.DefaultJdbcTypeFactory;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.convert.JdbcTypeFactory;
import org.springframework.data.jdbc.core.convert.MappingJdbcConverter;
import org.springframework.data.jdbc.core.convert.RelationResolver;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.data.mapping.model.ValueExpressionEvaluator;
import org.springframework.data.relational.core.conversion.RowDocumentAccessor;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * A Spring Data JDBC {@code JdbcConverter} that binds and reads every {@link UUID} property by the kind of its column:
 * the {@link UuidColumn} annotation on the property, else the converter's default kind. One mapping context can so
 * hold PostgreSQL/MariaDB native {@code uuid} columns, {@code BINARY(16)} columns (standard layout, or time-swapped
 * where asked for) and {@code CHAR(36)} columns.
 *
 * <p>Binding, per kind (the same as {@code UuidJdbc}): {@code POSTGRES_UUID} the {@code UUID} object as
 * {@code OTHER}; {@code MARIADB_UUID} and {@code CHAR36} the canonical lower-case text as {@code VARCHAR};
 * {@code BINARY16} the 16 bytes in {@link UuidBinaryLayout#STANDARD} order ({@code UUID_TO_BIN(x)}),
 * {@code BINARY16_TIME_SWAPPED} in {@link UuidBinaryLayout#TIME_SWAPPED} order ({@code UUID_TO_BIN(x, 1)}), as
 * {@code BINARY}. This reaches inserts, updates, deletes, {@code findById}, {@code findAllById} and derived queries
 * (each element of an {@code In} list). {@code @Query} parameters carry no property: a {@code UUID} (or a collection
 * of them) is bound with the default kind there.
 *
 * <p>Reading is strict and the same as every uuidkit adapter's: core's {@link UuidColumnKind#decode(Object, String)}
 * decides (a {@code BINARY16} column reads exactly 16 bytes, never text; a {@code CHAR36} column reads canonical text,
 * never 16 raw bytes), else a {@link DataRetrievalFailureException} names the column, the kind and what was found; its
 * cause is core's {@link java.sql.SQLDataException} (SQLState 22018). Nothing is guessed, no truncated or padded value
 * is accepted.
 *
 * <p>A {@code BINARY16} or {@code BINARY16_TIME_SWAPPED} kind on a PostgreSQL dialect fails fast with an
 * {@link IllegalStateException}: as the default kind and on the properties of the entities the mapping context knows
 * when the converter is made; on a property of an entity met later, when it is first bound or read.
 *
 * <p>Not covered: {@code AggregateReference<?, UUID>} properties and collections of UUIDs inside an aggregate use the
 * default kind only. Spring Data R2DBC: {@link UuidR2dbcConverter}.
 */
public class UuidJdbcConverter extends MappingJdbcConverter {

    private final UuidColumnKind defaultKind;
    private final boolean postgres;
    private final Map<RelationalPersistentProperty, UuidSqlType> kinds = new ConcurrentHashMap<>();

    /**
     * Creates a converter with Spring Data JDBC's collaborators, as Spring Data's own configuration makes its
     * {@code MappingJdbcConverter}.
     *
     * @param context the mapping context
     * @param relationResolver resolves the relations of aggregates
     * @param conversions the custom conversions (no {@code UUID} converter needed)
     * @param typeFactory creates JDBC arrays
     * @param dialect the database dialect, checked against the kinds ({@code BINARY(16)} on PostgreSQL fails)
     * @param defaultKind the kind of {@code UUID} properties without {@link UuidColumn}, and of {@code @Query}
     *     parameters
     * @throws IllegalStateException if {@code dialect} is a PostgreSQL dialect and {@code defaultKind}, or the kind of
     *     a {@code UUID} property of an entity already in {@code context}, is a {@code BINARY(16)} kind
     */
    public UuidJdbcConverter(RelationalMappingContext context, RelationResolver relationResolver,
            CustomConversions conversions, JdbcTypeFactory typeFactory, Dialect dialect, UuidColumnKind defaultKind) {
        super(context, relationResolver, conversions, typeFactory);
        this.defaultKind = Objects.requireNonNull(defaultKind, "defaultKind");
        this.postgres = Objects.requireNonNull(dialect, "dialect") instanceof PostgresDialect;
        checkDialect(defaultKind, "the default kind");
        for (RelationalPersistentEntity<?> entity : context.getPersistentEntities()) {
            for (RelationalPersistentProperty property : entity) {
                kindOf(property);
            }
        }
    }

    /**
     * Creates a converter the way Spring Data JDBC's {@code AbstractJdbcConfiguration.jdbcConverter} makes its own:
     * override that bean method with a call of this one.
     *
     * @param context the mapping context
     * @param operations the JDBC operations (for arrays and the exception translator)
     * @param relationResolver resolves the relations of aggregates
     * @param conversions the custom conversions
     * @param dialect the dialect
     * @param defaultKind the kind of {@code UUID} properties without {@link UuidColumn}
     * @return the converter
     * @throws IllegalStateException on a {@code BINARY(16)} kind with a PostgreSQL dialect (see the constructor)
     */
    public static UuidJdbcConverter create(RelationalMappingContext context, NamedParameterJdbcOperations operations,
            RelationResolver relationResolver, JdbcCustomConversions conversions, JdbcDialect dialect,
            UuidColumnKind defaultKind) {
        Objects.requireNonNull(operations, "operations");
        DefaultJdbcTypeFactory typeFactory = new DefaultJdbcTypeFactory(operations.getJdbcOperations(),
                JdbcDialect.getArraySupport(dialect));
        UuidJdbcConverter converter = new UuidJdbcConverter(context, relationResolver, conversions, typeFactory,
                dialect, defaultKind);
        if (operations.getJdbcOperations() instanceof JdbcTemplate) {
            converter.setExceptionTranslator(((JdbcTemplate) operations.getJdbcOperations()).getExceptionTranslator());
        }
        return converter;
    }

    /**
     * Returns the default kind: that of {@code UUID} properties without {@link UuidColumn}.
     *
     * @return the default kind
     */
    public UuidColumnKind defaultKind() {
        return defaultKind;
    }

    /**
     * Returns the kind a property is bound and read with.
     *
     * @param property a property of an entity
     * @return its kind, or null if the property is not a {@code UUID}
     * @throws IllegalStateException if the kind is a {@code BINARY(16)} kind on a PostgreSQL dialect
     */
    public UuidColumnKind kindOf(RelationalPersistentProperty property) {
        UuidSqlType type = sqlTypeOf(property);
        return type == null ? null : type.kind;
    }

    private UuidSqlType sqlTypeOf(RelationalPersistentProperty property) {
        if (property.getType() != UUID.class) {
            return null;
        }
        return kinds.computeIfAbsent(property, p -> new UuidSqlType(kindOf(p, defaultKind, postgres)));
    }

    private void checkDialect(UuidColumnKind kind, String where) {
        checkDialect(postgres, kind, where);
    }

    /**
     * The kind of a {@code UUID} property: its {@link UuidColumn}, else the default, checked against the dialect.
     *
     * @param property a {@code UUID} property
     * @param defaultKind the kind of properties without {@link UuidColumn}
     * @param postgres whether the dialect is a PostgreSQL one
     */
    static UuidColumnKind kindOf(RelationalPersistentProperty property, UuidColumnKind defaultKind,
            boolean postgres) {
        UuidColumn column = property.findAnnotation(UuidColumn.class);
        UuidColumnKind kind = column == null ? defaultKind : column.value();
        checkDialect(postgres, kind, property.getOwner().getType().getName() + "." + property.getName());
        return kind;
    }

    static void checkDialect(boolean postgres, UuidColumnKind kind, String where) {
        if (postgres && kind.isBinary()) {
            throw new IllegalStateException("uuidkit: " + kind + " (a BINARY(16) column) for " + where
                    + " with a PostgreSQL dialect: PostgreSQL has no BINARY(16) and refuses bytea for a uuid column;"
                    + " use UuidColumnKind.POSTGRES_UUID");
        }
    }

    /**
     * Returns a marker SQL type carrying the property's column kind for {@code UUID} properties (so that
     * {@link #writeJdbcValue(Object, TypeInformation, SQLType)} binds it by that kind), else Spring Data's.
     *
     * @param property the property
     * @return the SQL type
     * @throws IllegalStateException if the property's kind is a {@code BINARY(16)} kind on a PostgreSQL dialect
     */
    @Override
    public SQLType getTargetSqlType(RelationalPersistentProperty property) {
        UuidSqlType type = sqlTypeOf(property);
        return type != null ? type : super.getTargetSqlType(property);
    }

    /**
     * Binds a {@code UUID} (or an {@code AggregateReference} to one, or a collection of them) by the kind the SQL type
     * carries, or by the default kind where the SQL type carries none; anything else as Spring Data does.
     *
     * @param value the value to bind, may be null
     * @param columnType the Java type of the column
     * @param sqlType the SQL type (a marker from {@link #getTargetSqlType} for UUID properties)
     * @return the value to bind and its JDBC type
     * @throws InvalidDataAccessApiUsageException if a {@code UUID} property's value is not a {@code UUID}
     */
    @Override
    public JdbcValue writeJdbcValue(Object value, TypeInformation<?> columnType, SQLType sqlType) {
        if (sqlType instanceof UuidSqlType) {
            return bind(value, ((UuidSqlType) sqlType).kind);
        }
        Object unwrapped = value instanceof AggregateReference ? ((AggregateReference<?, ?>) value).getId() : value;
        if (unwrapped instanceof UUID || isUuidCollection(unwrapped)) {
            return bind(unwrapped, defaultKind);
        }
        return super.writeJdbcValue(value, columnType, sqlType);
    }

    static boolean isUuidCollection(Object value) {
        if (!(value instanceof Collection) || ((Collection<?>) value).isEmpty()) {
            return false;
        }
        for (Object element : (Collection<?>) value) {
            if (!(element instanceof UUID)) {
                return false;
            }
        }
        return true;
    }

    private static JdbcValue bind(Object value, UuidColumnKind kind) {
        JDBCType jdbcType = JDBCType.valueOf(kind.nullSqlType());
        if (value instanceof AggregateReference) {
            value = ((AggregateReference<?, ?>) value).getId();
        }
        if (value == null) {
            return JdbcValue.of(null, jdbcType);
        }
        if (value instanceof Collection) {
            List<Object> encoded = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                encoded.add(encode(element, kind));
            }
            return JdbcValue.of(encoded, jdbcType);
        }
        return JdbcValue.of(encode(value, kind), jdbcType);
    }

    static Object encode(Object value, UuidColumnKind kind) {
        if (!(value instanceof UUID)) {
            throw new InvalidDataAccessApiUsageException("uuidkit: a " + kind + " column is bound from a"
                    + " java.util.UUID, not from " + (value == null ? "null" : value.getClass().getName()));
        }
        return kind.encode((UUID) value);
    }

    /**
     * Reads a {@code UUID} strictly with the default kind (core's {@link UuidColumnKind#decode(Object, String)});
     * anything else as Spring Data does. A value that is already a {@code UUID} is returned as it is: Spring Data
     * passes the properties this converter has decoded by their own kind through this method again. Used for values that are not an entity's
     * property, such as a {@code List<UUID>} query result.
     *
     * @param value the value read from JDBC
     * @param type the target type
     * @return the value, converted
     * @throws DataRetrievalFailureException if a {@code UUID} is wanted and the value is not one
     */
    @Override
    public Object readValue(Object value, TypeInformation<?> type) {
        if (value != null && type.getType() == UUID.class && !(value instanceof UUID)) {
            return decode(value, defaultKind, "a UUID value");
        }
        return super.readValue(value, type);
    }

    @Override
    protected RelationalPropertyValueProvider newValueProvider(RowDocumentAccessor documentAccessor,
            ValueExpressionEvaluator evaluator, ConversionContext context) {
        return new UuidValueProvider(super.newValueProvider(documentAccessor, evaluator, context), documentAccessor);
    }

    /** Reads the UUID properties with their kind, every other property through Spring Data's provider. */
    private final class UuidValueProvider implements RelationalPropertyValueProvider {
        private final RelationalPropertyValueProvider delegate;
        private final RowDocumentAccessor accessor;

        UuidValueProvider(RelationalPropertyValueProvider delegate, RowDocumentAccessor accessor) {
            this.delegate = delegate;
            this.accessor = accessor;
        }

        @Override
        public <T> T getPropertyValue(RelationalPersistentProperty property) {
            UuidSqlType type = property.isEntity() ? null : sqlTypeOf(property);
            if (type == null) {
                return delegate.getPropertyValue(property);
            }
            Object raw = accessor.get(property);
            @SuppressWarnings("unchecked")
            T uuid = raw == null ? null : (T) decode(raw, type.kind, describe(property));
            return uuid;
        }

        @Override
        public boolean hasValue(RelationalPersistentProperty property) {
            return delegate.hasValue(property);
        }

        @Override
        public boolean hasNonEmptyValue(RelationalPersistentProperty property) {
            return delegate.hasNonEmptyValue(property);
        }

        @Override
        public RelationalPropertyValueProvider withContext(ConversionContext context) {
            return new UuidValueProvider(delegate.withContext(context), accessor);
        }
    }

    /** The column and property a message names, e.g. {@code column bin (Bad.bin)}. */
    static String describe(RelationalPersistentProperty property) {
        return "column " + property.getColumnName().getReference() + " (" + property.getOwner().getType().getSimpleName()
                + "." + property.getName() + ")";
    }

    /**
     * Decodes a value read from a column of the given kind with core's one codec,
     * {@link UuidColumnKind#decode(Object, String)}; a refusal becomes Spring's {@link DataRetrievalFailureException}
     * whose cause is core's {@link SQLDataException} (SQLState 22018).
     *
     * @param value the value the driver returned, not null
     * @param kind the column kind
     * @param what the column, for the message
     */
    static UUID decode(Object value, UuidColumnKind kind, String what) {
        try {
            return kind.decode(value, what);
        } catch (SQLDataException e) {
            throw new DataRetrievalFailureException("uuidkit: " + e.getMessage(), e);
        }
    }

    /** The marker SQL type of a UUID property: its column kind, and the JDBC type it is bound as. */
    static final class UuidSqlType implements SQLType {
        final UuidColumnKind kind;
        private final JDBCType jdbcType;

        UuidSqlType(UuidColumnKind kind) {
            this.kind = kind;
            this.jdbcType = JDBCType.valueOf(kind.nullSqlType());
        }

        @Override
        public String getName() {
            return jdbcType.getName();
        }

        @Override
        public String getVendor() {
            return jdbcType.getVendor();
        }

        @Override
        public Integer getVendorTypeNumber() {
            return jdbcType.getVendorTypeNumber();
        }

        @Override
        public String toString() {
            return "UuidSqlType[" + kind + "]";
        }
    }
}
