package io.github.uuidkit.jooq;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.jdbc.NativeUuidComparison;
import java.time.Instant;
import java.util.Arrays;
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
 * <p>Time ranges rely on the column's database order being {@link io.github.uuidkit.UuidOrder#UNSIGNED UUID order}:
 * true for PostgreSQL {@code uuid}, {@code BINARY(16)} in {@link UuidBinaryLayout#STANDARD} layout, and MariaDB's
 * {@code UUID} type only on versions without two bugs (versions from MariaDB's Jira):
 * <ul>
 *   <li>MDEV-29959 ("UUID Sorting"): 10.7.x, 10.8.x, 10.9.0-10.9.7, 10.10.0-10.10.5, 10.11.0-10.11.4, 11.0.0-11.0.2
 *       reorder the time fields of every UUID; fixed in 10.9.8, 10.10.6, 10.11.5, 11.0.3.</li>
 *   <li>MDEV-31926 ("UUID v7 are compared incorrectly"): 10.9.8, 10.10.6, 10.11.5, 11.0.3, 11.1.0-11.1.2,
 *       11.2.0-11.2.1 sort v7 right but compare them wrongly ({@code ORDER BY id} is in creation order,
 *       {@code WHERE id > ?} is not); fixed in 10.10.7, 10.11.6, 11.0.4, 11.1.3, 11.2.2.</li>
 * </ul>
 * A condition cannot see the server, so call {@link #checkTimeRanges(Field, NativeUuidComparison)} and
 * {@link #checkKeyset(Field, NativeUuidComparison)} once at startup with the detected server facts
 * ({@code MysqlServerInfo.detect(connection)} of {@code uuidkit-mysql-binary16}); they throw on an affected server.
 *
 * <p>Time ranges are wrong for {@link UuidBinaryLayout#TIME_SWAPPED} ({@code UUID_TO_BIN(x, 1)}) and for
 * {@code CHAR(36)} under case-insensitive collations with mixed-case text. Fields stored in TIME_SWAPPED layout are
 * rejected however they are built: with {@link io.github.uuidkit.jooq.bindings.UuidTimeSwappedBinaryBinding}, with a
 * typed-id converter on it (the code generator's chained binding), or with
 * {@link io.github.uuidkit.jooq.converters.UuidTimeSwappedBinaryConverter} alone or in a converter chain. Keyset
 * pagination ({@link #seekAfter}) only needs comparisons that agree with {@code ORDER BY}, so it works on every
 * layout.
 *
 * <p>Time bounds are millisecond-precise: sub-millisecond parts of an {@link Instant} are truncated.
 */
public final class UuidConditions {

    /**
     * A UUID v7 whose standard and swapped bytes differ (RFC 9562, Appendix A.6), encoded through a field's converter
     * to learn its layout.
     */
    private static final UUID PROBE = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");

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
     *     (1970 to 10889), or the field stores TIME_SWAPPED layout
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
     * @throws IllegalArgumentException if the instant is outside the UUID v7 range or the field stores
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
     * @throws IllegalArgumentException if the instant is outside the UUID v7 range or the field stores
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
        checkOrdered(field, wrap);
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
        checkOrdered(field, wrap);
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
        checkOrdered(field, wrap);
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
     * repeat nor go missing. For v7 keys in UUID order the pages are in creation order; in any other total order
     * (e.g. TIME_SWAPPED layout) they are complete but not in creation order. On a MariaDB native {@code UUID}
     * column affected by MDEV-31926 comparisons disagree with {@code ORDER BY}: see
     * {@link #checkKeyset(Field, NativeUuidComparison)}.
     *
     * @param field the key field
     * @param lastId the last id of the previous page, or null for the first page
     * @param <T> {@link UUID} or a typed id
     * @return the condition
     * @throws NullPointerException if {@code field} is null
     */
    public static <T> Condition seekAfter(Field<T> field, T lastId) {
        Objects.requireNonNull(field, "field");
        return lastId == null ? DSL.noCondition() : field.gt(lastId);
    }

    /**
     * Checks, before time-range conditions ({@link #createdBetween}, {@link #createdAfter}, {@link #createdBefore})
     * are used on {@code field}, that the server compares its values in UUID order. Call it once at startup per key
     * field, with the server facts detected then, e.g. {@code UuidConditions.checkTimeRanges(ORDERS.ID,
     * MysqlServerInfo.detect(connection))}.
     *
     * <p>Only native UUID columns (fields whose database type is {@link UUID}, such as those bound with
     * {@link io.github.uuidkit.jooq.bindings.MariaDbUuidBinding}) depend on the server: MariaDB's {@code UUID} type
     * compares v7 in another order on 10.7.0 to 10.9.7, 10.10.5, 10.11.4 and 11.0.2 (MDEV-29959, fixed in 10.9.8,
     * 10.10.6, 10.11.5, 11.0.3), and on 10.9.8, 10.10.6, 10.11.5, 11.0.3, 11.1.0 to 11.1.2 and 11.2.0 to 11.2.1
     * (MDEV-31926, fixed in 10.10.7, 10.11.6, 11.0.4, 11.1.3, 11.2.2), versions from MariaDB's Jira. Fields on
     * {@code BINARY(16)} compare bytes and always pass; their layout is checked by the conditions themselves.
     *
     * @param field the key field
     * @param server the server's facts, e.g. {@code MysqlServerInfo} of {@code uuidkit-mysql-binary16}
     * @throws IllegalStateException if {@code field} is a native UUID column and the server has a native UUID type
     *     that does not compare v7 in UUID order
     * @throws NullPointerException if an argument is null
     */
    public static void checkTimeRanges(Field<?> field, NativeUuidComparison server) {
        if (isNativeUuid(field, server) && !server.nativeUuidComparesV7Correctly()) {
            throw new IllegalStateException("Field " + MessageText.escape(field.getName()) + " is a native UUID column,"
                    + " and server " + MessageText.escape(server.version()) + " does not compare UUID v7 values in"
                    + " UUID order (MariaDB MDEV-29959 before"
                    + " 10.9.8, 10.10.6, 10.11.5, 11.0.3; MDEV-31926 before 10.10.7, 10.11.6, 11.0.4, 11.1.3,"
                    + " 11.2.2): createdBetween, createdAfter and createdBefore would select wrong rows. Upgrade"
                    + " MariaDB, or store the key in BINARY(16)");
        }
    }

    /**
     * Checks, before {@link #seekAfter} is used on {@code field}, that the server compares its values in the order
     * {@code ORDER BY} returns them, which keyset pagination needs (any total order will do, even one that is not
     * creation order). Call it once at startup per key field.
     *
     * <p>Only native UUID columns depend on the server: MariaDB's {@code UUID} type on the versions MDEV-31926
     * affects (10.9.8, 10.10.6, 10.11.5, 11.0.3, 11.1.0 to 11.1.2, 11.2.0 to 11.2.1; fixed in 10.10.7, 10.11.6,
     * 11.0.4, 11.1.3, 11.2.2) sorts v7 in creation order but compares them in another order, so pages skip and
     * repeat rows.
     *
     * @param field the key field
     * @param server the server's facts, e.g. {@code MysqlServerInfo} of {@code uuidkit-mysql-binary16}
     * @throws IllegalStateException if {@code field} is a native UUID column and the server has a native UUID type
     *     whose comparisons disagree with its sort order
     * @throws NullPointerException if an argument is null
     */
    public static void checkKeyset(Field<?> field, NativeUuidComparison server) {
        if (isNativeUuid(field, server) && !server.nativeUuidComparesAsItSorts()) {
            throw new IllegalStateException("Field " + MessageText.escape(field.getName()) + " is a native UUID column,"
                    + " and server " + MessageText.escape(server.version()) + " compares UUID v7 values in another"
                    + " order than ORDER BY returns them"
                    + " (MariaDB MDEV-31926, fixed in 10.10.7, 10.11.6, 11.0.4, 11.1.3, 11.2.2): seekAfter would skip"
                    + " and repeat rows. Upgrade MariaDB, or store the key in BINARY(16)");
        }
    }

    /** True if the field's database type is {@link UUID} on a server that has a native UUID type. */
    private static boolean isNativeUuid(Field<?> field, NativeUuidComparison server) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(server, "server");
        return server.hasNativeUuidType() && field.getBinding().converter().fromType() == UUID.class;
    }

    /**
     * Finds the {@code BINARY(16)} layout a field stores its values in, through every wrapper jOOQ puts around a
     * binding or converter. jOOQ represents a converter on a binding (the generator's {@code <converter>} with
     * {@code <binding>}), {@link org.jooq.Converter#andThen} and {@code asConvertedDataType} chains by package-private
     * classes ({@code ChainedConverterBinding}, {@code Converters}) whose parts are not reachable through public API,
     * so the field's own converter is asked to encode a known UUID v7, and the 16 bytes are matched against each
     * {@link UuidBinaryLayout}.
     *
     * @return the layout, or null if the field does not store 16 bytes of a known layout (native {@code uuid}, text,
     *     a converter that cannot encode the probe)
     */
    static <T> UuidBinaryLayout layoutOf(Field<T> field, Function<? super UUID, ? extends T> wrap) {
        Object stored;
        try {
            stored = field.getBinding().converter().to(wrap.apply(PROBE));
        } catch (RuntimeException e) {
            return null; // a converter or wrapper that cannot encode the probe: not a layout we know
        }
        if (stored instanceof byte[]) {
            for (UuidBinaryLayout layout : UuidBinaryLayout.values()) {
                if (Arrays.equals((byte[]) stored, layout.toBytes(PROBE))) {
                    return layout;
                }
            }
        }
        return null;
    }

    private static <T> void checkOrdered(Field<T> field, Function<? super UUID, ? extends T> wrap) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(wrap, "wrap");
        if (layoutOf(field, wrap) == UuidBinaryLayout.TIME_SWAPPED) {
            throw new IllegalArgumentException("Field " + MessageText.escape(field.getName())
                    + " is stored in TIME_SWAPPED layout"
                    + " (UUID_TO_BIN(x, 1)), whose byte order is not UUID v7 creation order: a time range on it"
                    + " selects unrelated rows. Use a STANDARD layout column for time ranges (seekAfter works on any"
                    + " layout)");
        }
    }
}
