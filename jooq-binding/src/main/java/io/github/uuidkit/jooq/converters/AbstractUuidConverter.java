package io.github.uuidkit.jooq.converters;

import io.github.uuidkit.jdbc.UuidColumnKind;
import java.sql.SQLDataException;
import java.util.UUID;
import org.jooq.Converter;
import org.jooq.exception.DataTypeException;

/**
 * Shared behaviour of the converters between a database representation and {@link UUID}: null is passed through
 * first, then core's codec for the converter's kind ({@link UuidColumnKind#encode(UUID)},
 * {@link UuidColumnKind#decode(Object, String)}) does the work: a refusal becomes a jOOQ {@link DataTypeException}
 * carrying core's message (naming the converter) with core's {@link SQLDataException} (SQLState 22018) as its cause.
 *
 * @param <T> the database type
 */
abstract class AbstractUuidConverter<T> implements Converter<T, UUID> {

    private static final long serialVersionUID = 1L;

    private final Class<T> fromType;
    private final UuidColumnKind kind;

    AbstractUuidConverter(Class<T> fromType, UuidColumnKind kind) {
        this.fromType = fromType;
        this.kind = kind;
    }

    @Override
    public final UUID from(T databaseObject) {
        if (databaseObject == null) {
            return null;
        }
        try {
            return kind.decode(databaseObject, getClass().getSimpleName());
        } catch (SQLDataException e) {
            throw new DataTypeException(e.getMessage(), e);
        }
    }

    @Override
    public final T to(UUID userObject) {
        if (userObject == null) {
            return null;
        }
        return fromType.cast(kind.encode(userObject));
    }

    @Override
    public final Class<T> fromType() {
        return fromType;
    }

    @Override
    public final Class<UUID> toType() {
        return UUID.class;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
