package io.github.uuidkit.jooq.converters;

import java.util.UUID;
import org.jooq.Converter;
import org.jooq.exception.DataTypeException;

/**
 * Shared behaviour of the converters between a database representation and {@link UUID}: null is passed through
 * first, and every codec failure becomes a jOOQ {@link DataTypeException} carrying the codec's message.
 *
 * @param <T> the database type
 */
abstract class AbstractUuidConverter<T> implements Converter<T, UUID> {

    private static final long serialVersionUID = 1L;

    private final Class<T> fromType;

    AbstractUuidConverter(Class<T> fromType) {
        this.fromType = fromType;
    }

    @Override
    public final UUID from(T databaseObject) {
        if (databaseObject == null) {
            return null;
        }
        try {
            return decode(databaseObject);
        } catch (IllegalArgumentException e) {
            throw new DataTypeException(e.getMessage(), e);
        }
    }

    @Override
    public final T to(UUID userObject) {
        if (userObject == null) {
            return null;
        }
        return encode(userObject);
    }

    @Override
    public final Class<T> fromType() {
        return fromType;
    }

    @Override
    public final Class<UUID> toType() {
        return UUID.class;
    }

    /** Decodes a non-null database value; throws {@link IllegalArgumentException} naming what is wrong. */
    abstract UUID decode(T databaseObject);

    /** Encodes a non-null UUID. */
    abstract T encode(UUID userObject);

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
