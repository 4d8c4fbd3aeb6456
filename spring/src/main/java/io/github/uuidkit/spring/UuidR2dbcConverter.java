package io.github.uuidkit.spring;

import io.github.uuidkit.jdbc.UuidColumnKind;
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
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mapping.model.ValueExpressionEvaluator;
import org.springframework.data.r2dbc.convert.MappingR2dbcConverter;
import org.springframework.data.r2dbc.mapping.OutboundRow;
import org.springframework.data.relational.core.conversion.RowDocumentAccessor;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.util.ClassUtils;

/**
 * A Spring Data R2DBC {@code R2dbcConverter} that writes and reads {@link UUID} properties by the kind of their
 * column (the {@link UuidColumn} annotation on the property, else the converter's default kind), reads strictly and
 * names the column when a value is refused. Make it in place of Spring Data's {@code MappingR2dbcConverter} (override
 * {@code AbstractR2dbcConfiguration.r2dbcConverter}); the custom conversions need no {@code UUID} converter, and must
 * have none: its {@code byte[]} or text would reach this converter instead of a {@code UUID} (an
 * {@link InvalidDataAccessApiUsageException} on write).
 *
 * <p>Encoding, per kind (the same as {@link UuidJdbcConverter}): {@code POSTGRES_UUID} the {@code UUID} object;
 * {@code MARIADB_UUID} and {@code CHAR36} the canonical lower-case text; {@code BINARY16} the 16 bytes of
 * {@code UUID_TO_BIN(x)}, {@code BINARY16_TIME_SWAPPED} those of {@code UUID_TO_BIN(x, 1)}.
 *
 * <p>Where the property's kind applies: the values of the rows written ({@code INSERT} and the {@code SET} of an
 * {@code UPDATE}) and reads of an aggregate. Where the default kind applies: every value Spring Data R2DBC binds
 * outside a row, because its query mapper hands the converter a value and a Java type, not the property: the id of
 * {@code findById}, {@code findAllById}, {@code existsById}, {@code deleteById} and of an {@code UPDATE}'s
 * {@code WHERE}, the parameters of derived queries (each element of an {@code In} list) and of {@code @Query}, and
 * single {@code UUID} values read outside an aggregate. Give an {@code @Id} or a queried property the default kind.
 *
 * <p>Reading is strict: a {@code byte[]} (or {@code ByteBuffer}) must hold exactly 16 bytes, text must be canonical
 * ({@code 8-4-4-4-12}), else a {@link DataRetrievalFailureException} names the column, the property, the kind and
 * what was found, e.g. {@code uuidkit: column bin (Bad.bin): expected 16 bytes for BINARY16, got 15 bytes} (core's
 * {@link UuidColumnKind#decode(Object, String)} decides, as for every uuidkit adapter; the cause is its
 * {@link java.sql.SQLDataException}, SQLState 22018).
 *
 * <p>A {@code BINARY16} or {@code BINARY16_TIME_SWAPPED} kind on a PostgreSQL dialect fails fast with an
 * {@link IllegalStateException}: as the default kind and on the properties of the entities the mapping context knows
 * when the converter is made; on a property of an entity met later, when it is first written or read.
 *
 * <p>Not covered: the {@code UUID} properties of an {@code @Embedded} object are written as Spring Data writes them
 * (the {@code UUID} object, not encoded by kind); collections of {@code UUID} are left to Spring Data.
 */
public class UuidR2dbcConverter extends MappingR2dbcConverter {

    private final UuidColumnKind defaultKind;
    private final boolean postgres;
    private final Map<RelationalPersistentProperty, UuidColumnKind> kinds = new ConcurrentHashMap<>();

    /**
     * Creates a converter.
     *
     * @param context the mapping context ({@code R2dbcMappingContext})
     * @param conversions the custom conversions, without {@code UUID} converters
     * @param dialect the R2DBC dialect ({@code R2dbcDialect}), checked against the kinds ({@code BINARY(16)} on
     *     PostgreSQL fails)
     * @param defaultKind the kind of {@code UUID} properties without {@link UuidColumn}, and of the values bound
     *     outside a row (ids, query parameters)
     * @throws IllegalStateException if {@code dialect} is a PostgreSQL dialect and {@code defaultKind}, or the kind of
     *     a {@code UUID} property of an entity already in {@code context}, is a {@code BINARY(16)} kind
     */
    public UuidR2dbcConverter(
            MappingContext<? extends RelationalPersistentEntity<?>, ? extends RelationalPersistentProperty> context,
            CustomConversions conversions, Dialect dialect, UuidColumnKind defaultKind) {
        super(context, conversions);
        this.defaultKind = Objects.requireNonNull(defaultKind, "defaultKind");
        this.postgres = Objects.requireNonNull(dialect, "dialect") instanceof PostgresDialect;
        UuidJdbcConverter.checkDialect(postgres, defaultKind, "the default kind");
        for (RelationalPersistentEntity<?> entity : context.getPersistentEntities()) {
            for (RelationalPersistentProperty property : entity) {
                kindOf(property);
            }
        }
    }

    /**
     * Returns the default kind: that of {@code UUID} properties without {@link UuidColumn} and of values bound
     * outside a row.
     *
     * @return the default kind
     */
    public UuidColumnKind defaultKind() {
        return defaultKind;
    }

    /**
     * Returns the kind a property is written and read with.
     *
     * @param property a property of an entity
     * @return its kind, or null if the property is not a {@code UUID}
     * @throws IllegalStateException if the kind is a {@code BINARY(16)} kind on a PostgreSQL dialect
     */
    public UuidColumnKind kindOf(RelationalPersistentProperty property) {
        if (property.getType() != UUID.class) {
            return null;
        }
        return kinds.computeIfAbsent(property, p -> UuidJdbcConverter.kindOf(p, defaultKind, postgres));
    }

    /**
     * Writes an aggregate as Spring Data does, then replaces the value of each {@code UUID} property by its encoding
     * in the property's kind (a null by a typed null of that encoding).
     *
     * @param source the aggregate
     * @param sink the row to fill
     * @throws InvalidDataAccessApiUsageException if a {@code UUID} property's value reached the row as something
     *     else (a {@code UUID} converter in the custom conversions)
     */
    @Override
    @SuppressWarnings("deprecation") // OutboundRow (Spring Data R2DBC 4.1) holds Spring's Parameter, deprecated in 7.0
    public void write(Object source, OutboundRow sink) {
        super.write(source, sink);
        RelationalPersistentEntity<?> entity = getMappingContext().getPersistentEntity(ClassUtils.getUserClass(source));
        if (entity == null) {
            return;
        }
        for (RelationalPersistentProperty property : entity) {
            UuidColumnKind kind = property.isEntity() ? null : kindOf(property);
            Parameter written = kind == null ? null : sink.get(property.getColumnName());
            if (written != null) {
                sink.put(property.getColumnName(), written.hasValue()
                        ? Parameter.from(UuidJdbcConverter.encode(written.getValue(), kind))
                        : Parameter.empty(kind.encodedType()));
            }
        }
    }

    /**
     * Encodes a {@code UUID}, or each element of a collection of them, with the default kind; anything else as Spring
     * Data does. Spring Data R2DBC binds ids and query parameters through this method.
     *
     * @param value the value to bind, may be null
     * @param type the type Spring Data expects
     * @return the value to bind
     */
    @Override
    public Object writeValue(Object value, TypeInformation<?> type) {
        if (value instanceof UUID) {
            return UuidJdbcConverter.encode(value, defaultKind);
        }
        if (UuidJdbcConverter.isUuidCollection(value)) {
            List<Object> encoded = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                encoded.add(UuidJdbcConverter.encode(element, defaultKind));
            }
            return encoded;
        }
        return super.writeValue(value, type);
    }

    /**
     * Returns the type a {@code UUID} is bound as with the default kind ({@code byte[]} or {@code String}; {@code UUID}
     * for {@code POSTGRES_UUID}), so that a null is bound with that type; other types as Spring Data does.
     *
     * @param valueType the Java type of a value
     * @return the type bound
     */
    @Override
    public Class<?> getTargetType(Class<?> valueType) {
        return valueType == UUID.class ? defaultKind.encodedType() : super.getTargetType(valueType);
    }

    /**
     * Reads a {@code UUID} strictly with the default kind (core's {@link UuidColumnKind#decode(Object, String)});
     * anything else as Spring Data does. A value that is already a {@code UUID} is returned as it is: Spring Data
     * passes the properties this converter has decoded by their own kind through this method again. Used for values that are not an aggregate's property.
     *
     * @param value the value read
     * @param type the target type
     * @return the value, converted
     * @throws DataRetrievalFailureException if a {@code UUID} is wanted and the value is not one
     */
    @Override
    public Object readValue(Object value, TypeInformation<?> type) {
        if (value != null && type.getType() == UUID.class && !(value instanceof UUID)) {
            return UuidJdbcConverter.decode(value, defaultKind, "a UUID value");
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
            UuidColumnKind kind = property.isEntity() ? null : kindOf(property);
            if (kind == null) {
                return delegate.getPropertyValue(property);
            }
            Object raw = accessor.get(property);
            @SuppressWarnings("unchecked")
            T uuid = raw == null ? null
                    : (T) UuidJdbcConverter.decode(raw, kind, UuidJdbcConverter.describe(property));
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
}
