package io.github.uuidkit.jooq.converters;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Converter;

/**
 * A converter between a database representation and a typed id wrapping a {@link UUID}, such as
 * {@code record OrderId(UUID value)}, built over any UUID converter of this package (or an identity converter for
 * PostgreSQL {@code uuid} and other columns jOOQ already reads as {@link UUID}).
 *
 * <pre>{@code
 * Converter<byte[], OrderId> c = TypedIdConverter.of(new UuidBinaryConverter(), OrderId.class, OrderId::new, OrderId::value);
 * Converter<UUID, OrderId> pg = TypedIdConverter.of(OrderId.class, OrderId::new, OrderId::value);
 * }</pre>
 *
 * <p>{@code null} converts to {@code null} both ways; the wrapping functions never see {@code null}. A typed id whose
 * {@code unwrap} returns {@code null} is stored as SQL {@code NULL}.
 *
 * @param <T> the database type, e.g. {@code byte[]}, {@code String} or {@code UUID}
 * @param <I> the typed id
 */
public final class TypedIdConverter<T, I> implements Converter<T, I> {

    private static final long serialVersionUID = 1L;

    /** Converts the database value to and from a plain UUID. */
    private final Converter<T, UUID> uuids;
    /** The typed id's class, as jOOQ's {@link #toType()}. */
    private final Class<I> idType;
    /** Makes a typed id from a UUID, e.g. {@code OrderId::new}. */
    private final Function<? super UUID, ? extends I> wrap;
    /** Takes the UUID out of a typed id, e.g. {@code OrderId::value}. */
    private final Function<? super I, UUID> unwrap;

    private TypedIdConverter(Converter<T, UUID> uuids, Class<I> idType, Function<? super UUID, ? extends I> wrap,
            Function<? super I, UUID> unwrap) {
        this.uuids = Objects.requireNonNull(uuids, "uuids");
        this.idType = Objects.requireNonNull(idType, "idType");
        this.wrap = Objects.requireNonNull(wrap, "wrap");
        this.unwrap = Objects.requireNonNull(unwrap, "unwrap");
    }

    /**
     * Creates a typed-id converter over a UUID converter.
     *
     * @param uuids the converter between the database type and {@link UUID}, e.g. {@link UuidBinaryConverter}
     * @param idType the typed id class
     * @param wrap makes a typed id of a non-null UUID, e.g. {@code OrderId::new}
     * @param unwrap reads the UUID of a non-null typed id, e.g. {@code OrderId::value}
     * @param <T> the database type
     * @param <I> the typed id
     * @return the converter
     * @throws NullPointerException if an argument is null
     */
    public static <T, I> TypedIdConverter<T, I> of(Converter<T, UUID> uuids, Class<I> idType,
            Function<? super UUID, ? extends I> wrap, Function<? super I, UUID> unwrap) {
        return new TypedIdConverter<>(uuids, idType, wrap, unwrap);
    }

    /**
     * Creates a typed-id converter for columns jOOQ already reads as {@link UUID} (PostgreSQL {@code uuid}, or a
     * field whose binding is one of {@code io.github.uuidkit.jooq.bindings}).
     *
     * @param idType the typed id class
     * @param wrap makes a typed id of a non-null UUID
     * @param unwrap reads the UUID of a non-null typed id
     * @param <I> the typed id
     * @return the converter
     * @throws NullPointerException if an argument is null
     */
    public static <I> TypedIdConverter<UUID, I> of(Class<I> idType, Function<? super UUID, ? extends I> wrap,
            Function<? super I, UUID> unwrap) {
        return new TypedIdConverter<>(Converter.ofNullable(UUID.class, UUID.class, u -> u, u -> u), idType, wrap,
                unwrap);
    }

    @Override
    public I from(T databaseObject) {
        if (databaseObject == null) {
            return null;
        }
        UUID uuid = uuids.from(databaseObject);
        return uuid == null ? null : wrap.apply(uuid);
    }

    @Override
    public T to(I userObject) {
        if (userObject == null) {
            return null;
        }
        return uuids.to(unwrap.apply(userObject));
    }

    @Override
    public Class<T> fromType() {
        return uuids.fromType();
    }

    @Override
    public Class<I> toType() {
        return idType;
    }

    @Override
    public String toString() {
        return "TypedIdConverter[" + uuids + " -> " + idType.getSimpleName() + "]";
    }
}
