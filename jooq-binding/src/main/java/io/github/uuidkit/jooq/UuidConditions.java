package io.github.uuidkit.jooq;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.jooq.bindings.UuidSwappedBinaryBinding;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Conditions on UUID v7 key fields: creation-time ranges (a UUID v7 starts with its creation time in Unix
 * milliseconds, so a time range is a key range and uses the primary-key index) and keyset pagination.
 *
 * <p>Both rely on the column's database order being {@link io.github.uuidkit.UuidOrder#UNSIGNED UUID order}: true
 * for PostgreSQL {@code uuid}, MariaDB {@code UUID} and {@code BINARY(16)} in
 * {@link io.github.uuidkit.UuidBinaryLayout#STANDARD} layout; false for
 * {@link io.github.uuidkit.UuidBinaryLayout#TIME_SWAPPED} ({@code UUID_TO_BIN(x, 1)}) and for {@code CHAR(36)}
 * under case-insensitive collations with mixed-case text. Fields bound with {@link UuidSwappedBinaryBinding} are
 * rejected.
 *
 * <p>Time bounds are millisecond-precise: sub-millisecond parts of an {@link Instant} are truncated.
 */
public final class UuidConditions {

    private UuidConditions() {
    }

    /**
     * Returns {@code field BETWEEN minV7(from) AND maxV7(to)}: rows whose v7 key was created in the millisecond of
     * {@code from}, of {@code to}, or in between (both ends inclusive).
     *
     * @param field a UUID v7 key field in UUID order
     * @param from the first instant, inclusive (its millisecond)
     * @param to the last instant, inclusive (its millisecond)
     * @return the condition
     * @throws IllegalArgumentException if {@code to} is before {@code from}, an instant is outside the UUID v7 range
     *     (1970 to 10889), or the field is bound in TIME_SWAPPED layout
     * @throws NullPointerException if an argument is null
     */
    public static Condition createdBetween(Field<UUID> field, Instant from, Instant to) {
        return createdBetween(field, from, to, Function.identity());
    }

    /**
     * Returns {@code field > maxV7(instant)}: rows whose v7 key was created after the millisecond of
     * {@code instant}.
     *
     * @param field a UUID v7 key field in UUID order
     * @param instant the exclusive lower bound (its millisecond)
     * @return the condition
     * @throws IllegalArgumentException if the instant is outside the UUID v7 range or the field is bound in
     *     TIME_SWAPPED layout
     * @throws NullPointerException if an argument is null
     */
    public static Condition createdAfter(Field<UUID> field, Instant instant) {
        return createdAfter(field, instant, Function.identity());
    }

    /**
     * Returns {@code field < minV7(instant)}: rows whose v7 key was created before the millisecond of
     * {@code instant}.
     *
     * @param field a UUID v7 key field in UUID order
     * @param instant the exclusive upper bound (its millisecond)
     * @return the condition
     * @throws IllegalArgumentException if the instant is outside the UUID v7 range or the field is bound in
     *     TIME_SWAPPED layout
     * @throws NullPointerException if an argument is null
     */
    public static Condition createdBefore(Field<UUID> field, Instant instant) {
        return createdBefore(field, instant, Function.identity());
    }

    /**
     * {@link #createdBetween(Field, Instant, Instant)} for a typed-id field such as {@code Field<OrderId>}.
     *
     * @param field a typed UUID v7 key field in UUID order
     * @param from the first instant, inclusive
     * @param to the last instant, inclusive
     * @param wrap makes a typed id of a UUID, e.g. {@code OrderId::new}
     * @param <T> the typed id
     * @return the condition
     * @throws IllegalArgumentException as {@link #createdBetween(Field, Instant, Instant)}
     * @throws NullPointerException if an argument is null
     */
    public static <T> Condition createdBetween(Field<T> field, Instant from, Instant to,
            Function<? super UUID, ? extends T> wrap) {
        checkOrdered(field);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("createdBetween: to (" + to + ") is before from (" + from + ")");
        }
        return field.between(wrap.apply(Uuids.minV7(from)), wrap.apply(Uuids.maxV7(to)));
    }

    /**
     * {@link #createdAfter(Field, Instant)} for a typed-id field.
     *
     * @param field a typed UUID v7 key field in UUID order
     * @param instant the exclusive lower bound
     * @param wrap makes a typed id of a UUID
     * @param <T> the typed id
     * @return the condition
     * @throws IllegalArgumentException as {@link #createdAfter(Field, Instant)}
     * @throws NullPointerException if an argument is null
     */
    public static <T> Condition createdAfter(Field<T> field, Instant instant,
            Function<? super UUID, ? extends T> wrap) {
        checkOrdered(field);
        return field.gt(wrap.apply(Uuids.maxV7(Objects.requireNonNull(instant, "instant"))));
    }

    /**
     * {@link #createdBefore(Field, Instant)} for a typed-id field.
     *
     * @param field a typed UUID v7 key field in UUID order
     * @param instant the exclusive upper bound
     * @param wrap makes a typed id of a UUID
     * @param <T> the typed id
     * @return the condition
     * @throws IllegalArgumentException as {@link #createdBefore(Field, Instant)}
     * @throws NullPointerException if an argument is null
     */
    public static <T> Condition createdBefore(Field<T> field, Instant instant,
            Function<? super UUID, ? extends T> wrap) {
        checkOrdered(field);
        return field.lt(wrap.apply(Uuids.minV7(Objects.requireNonNull(instant, "instant"))));
    }

    /**
     * Returns the keyset-pagination condition {@code field > lastId}, or no condition for the first page
     * ({@code lastId == null}). Use with {@code ORDER BY field ASC LIMIT n}; the next page starts after the last id
     * of this page:
     *
     * <pre>{@code
     * ctx.selectFrom(ORDERS).where(UuidConditions.seekAfter(ORDERS.ID, lastId)).orderBy(ORDERS.ID).limit(50)
     * }</pre>
     *
     * <p>Unlike {@code OFFSET}, the cost does not grow with the page number, and rows inserted meanwhile neither
     * repeat nor go missing. For v7 keys the pages are in creation order.
     *
     * @param field the key field, in UUID order
     * @param lastId the last id of the previous page, or null for the first page
     * @param <T> {@link UUID} or a typed id
     * @return the condition
     * @throws IllegalArgumentException if the field is bound in TIME_SWAPPED layout
     * @throws NullPointerException if {@code field} is null
     */
    public static <T> Condition seekAfter(Field<T> field, T lastId) {
        checkOrdered(field);
        return lastId == null ? DSL.noCondition() : field.gt(lastId);
    }

    private static void checkOrdered(Field<?> field) {
        Objects.requireNonNull(field, "field");
        if (field.getBinding() instanceof UuidSwappedBinaryBinding) {
            throw new IllegalArgumentException("Field " + field.getName() + " is bound in TIME_SWAPPED layout"
                    + " (UUID_TO_BIN(x, 1)), whose byte order is not UUID v7 creation order: use a STANDARD layout"
                    + " column for time ranges and keyset pagination");
        }
    }
}
