package io.github.uuidkit.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.jdbc.NativeUuidComparison;
import io.github.uuidkit.jooq.bindings.MariaDbUuidBinding;
import io.github.uuidkit.jooq.bindings.UuidBinaryBinding;
import io.github.uuidkit.jooq.bindings.UuidTimeSwappedBinaryBinding;
import io.github.uuidkit.jooq.converters.TypedIdConverter;
import io.github.uuidkit.jooq.converters.UuidBinaryConverter;
import io.github.uuidkit.jooq.converters.UuidTimeSwappedBinaryConverter;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;
import org.junit.jupiter.api.Test;

class UuidConditionsTest {

    /** RFC 9562 A.6: unix_ts_ms 0x017F22E279B0 is Tuesday, February 22, 2022 2:22:22.00 PM GMT-05:00. */
    private static final Instant RFC_TIME = Instant.parse("2022-02-22T19:22:22Z");

    /** Smallest and largest v7 of that millisecond: version 7, variant 10, all other bits 0 or 1 (RFC 9562 5.7). */
    private static final String MIN = "017f22e2-79b0-7000-8000-000000000000";
    private static final String MAX = "017f22e2-79b0-7fff-bfff-ffffffffffff";

    record OrderId(UUID value) {
    }

    private static final DSLContext PG = DSL.using(SQLDialect.POSTGRES);
    private static final DSLContext MYSQL = DSL.using(SQLDialect.MYSQL);
    private static final Field<UUID> PG_ID = DSL.field(DSL.name("t", "id"), SQLDataType.UUID);
    private static final Field<UUID> BIN_ID =
            DSL.field(DSL.name("t", "id"), SQLDataType.BINARY(16).asConvertedDataType(new UuidBinaryBinding()));
    private static final Field<UUID> SWAPPED_ID = DSL.field(DSL.name("t", "legacy"),
            SQLDataType.BINARY(16).asConvertedDataType(new UuidTimeSwappedBinaryBinding()));
    private static final Field<OrderId> ORDER_ID = DSL.field(DSL.name("t", "id"), SQLDataType.BINARY(16)
            .asConvertedDataType(TypedIdConverter.of(new UuidBinaryConverter(), OrderId.class, OrderId::new,
                    OrderId::value)));

    @Test
    void createdBetweenIsAKeyRangeOverBothMilliseconds() {
        assertThat(PG.renderInlined(UuidConditions.createdBetween(PG_ID, RFC_TIME, RFC_TIME.plusMillis(1))))
                .isEqualTo("\"t\".\"id\" between cast('" + MIN + "' as uuid)"
                        + " and cast('017f22e2-79b1-7fff-bfff-ffffffffffff' as uuid)");
    }

    @Test
    void createdAfterAndBeforeAreExclusiveOfTheMillisecond() {
        assertThat(PG.renderInlined(UuidConditions.createdAfter(PG_ID, RFC_TIME.plusNanos(999_999))))
                .isEqualTo("\"t\".\"id\" > cast('" + MAX + "' as uuid)");
        assertThat(PG.renderInlined(UuidConditions.createdBefore(PG_ID, RFC_TIME)))
                .isEqualTo("\"t\".\"id\" < cast('" + MIN + "' as uuid)");
    }

    @Test
    void onBinary16TheBoundsAreHexLiterals() {
        assertThat(MYSQL.renderInlined(UuidConditions.createdBetween(BIN_ID, RFC_TIME, RFC_TIME)))
                .isEqualTo("`t`.`id` between X'017f22e279b070008000000000000000'"
                        + " and X'017f22e279b07fffbfffffffffffffff'");
    }

    @Test
    void typedIdsTakeAWrapper() {
        // a converter without a uuidkit binding: jOOQ's own byte[] literal (upper-case hex, no comment)
        assertThat(MYSQL.renderInlined(UuidConditions.createdAfter(ORDER_ID, RFC_TIME, OrderId::new)))
                .isEqualTo("`t`.`id` > X'017F22E279B07FFFBFFFFFFFFFFFFFFF'");
        assertThat(MYSQL.renderInlined(UuidConditions.createdBetween(ORDER_ID, RFC_TIME, RFC_TIME, OrderId::new)))
                .isEqualTo("`t`.`id` between X'017F22E279B070008000000000000000'"
                        + " and X'017F22E279B07FFFBFFFFFFFFFFFFFFF'");
        assertThat(MYSQL.renderInlined(UuidConditions.createdBefore(ORDER_ID, RFC_TIME, OrderId::new)))
                .isEqualTo("`t`.`id` < X'017F22E279B070008000000000000000'");
    }

    @Test
    void rejectsAReversedRange() {
        assertThatThrownBy(() -> UuidConditions.createdBetween(PG_ID, RFC_TIME, RFC_TIME.minusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("createdBetween: to (2022-02-22T19:22:21.999Z) is before from (2022-02-22T19:22:22Z)");
    }

    @Test
    void rejectsInstantsOutsideTheV7Range() {
        assertThatThrownBy(() -> UuidConditions.createdAfter(PG_ID, Instant.parse("1969-12-31T23:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Swapped-layout fields as users build them: what jOOQ's code generator emits for the README's {@code
     * <forcedType>} with a typed-id converter on the swapped binding (a chained binding), a converter without a
     * uuidkit binding, and a typed id over the swapped converter.
     */
    static final class Legacy extends TableImpl<Record> {
        private static final long serialVersionUID = 1L;

        final TableField<Record, UUID> bound = createField(DSL.name("bound"), SQLDataType.BINARY(16), this, "",
                new UuidTimeSwappedBinaryBinding());
        final TableField<Record, OrderId> typedOnBinding = createField(DSL.name("typed_on_binding"),
                SQLDataType.BINARY(16), this, "", TypedIdConverter.of(OrderId.class, OrderId::new, OrderId::value),
                new UuidTimeSwappedBinaryBinding());
        final TableField<Record, UUID> converted = createField(DSL.name("converted"), SQLDataType.BINARY(16), this,
                "", new UuidTimeSwappedBinaryConverter());
        final TableField<Record, OrderId> typedOnConverter = createField(DSL.name("typed_on_converter"),
                SQLDataType.BINARY(16), this, "", TypedIdConverter.of(new UuidTimeSwappedBinaryConverter(),
                        OrderId.class, OrderId::new, OrderId::value));
        final TableField<Record, OrderId> andThen = createField(DSL.name("and_then"), SQLDataType.BINARY(16), this,
                "", new UuidTimeSwappedBinaryConverter().andThen(
                        Converter.ofNullable(UUID.class, OrderId.class, OrderId::new, OrderId::value)));
        final TableField<Record, OrderId> standardTyped = createField(DSL.name("standard_typed"),
                SQLDataType.BINARY(16), this, "", TypedIdConverter.of(OrderId.class, OrderId::new, OrderId::value),
                new UuidBinaryBinding());

        Legacy() {
            super(DSL.name("legacy"));
        }
    }

    private static final Legacy LEGACY = new Legacy();

    private static String swappedMessage(String field) {
        return "Field " + field + " is stored in TIME_SWAPPED layout (UUID_TO_BIN(x, 1)), whose byte order is not"
                + " UUID v7 creation order: a time range on it selects unrelated rows. Use a STANDARD layout column"
                + " for time ranges (seekAfter works on any layout)";
    }

    @Test
    void rejectsTimeSwappedFieldsInTimeRanges() {
        String message = swappedMessage("legacy");
        assertThatThrownBy(() -> UuidConditions.createdBetween(SWAPPED_ID, RFC_TIME, RFC_TIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> UuidConditions.createdAfter(SWAPPED_ID, RFC_TIME)).hasMessage(message);
        assertThatThrownBy(() -> UuidConditions.createdBefore(SWAPPED_ID, RFC_TIME)).hasMessage(message);
    }

    @Test
    void rejectsTimeSwappedFieldsBehindConvertersAndChainedBindings() {
        assertThatThrownBy(() -> UuidConditions.createdAfter(LEGACY.bound, RFC_TIME))
                .hasMessage(swappedMessage("bound"));
        assertThatThrownBy(() -> UuidConditions.createdAfter(LEGACY.converted, RFC_TIME))
                .hasMessage(swappedMessage("converted"));
        assertThatThrownBy(() -> UuidConditions.createdBetween(LEGACY.converted, RFC_TIME, RFC_TIME))
                .hasMessage(swappedMessage("converted"));
        assertThatThrownBy(() -> UuidConditions.createdBefore(LEGACY.converted, RFC_TIME))
                .hasMessage(swappedMessage("converted"));
        for (Field<OrderId> typed : java.util.List.of(LEGACY.typedOnBinding, LEGACY.typedOnConverter,
                LEGACY.andThen)) {
            assertThatThrownBy(() -> UuidConditions.createdAfter(typed, RFC_TIME, OrderId::new))
                    .as(typed.getName()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(swappedMessage(typed.getName()));
            assertThatThrownBy(() -> UuidConditions.createdBefore(typed, RFC_TIME, OrderId::new))
                    .as(typed.getName()).hasMessage(swappedMessage(typed.getName()));
            assertThatThrownBy(() -> UuidConditions.createdBetween(typed, RFC_TIME, RFC_TIME, OrderId::new))
                    .as(typed.getName()).hasMessage(swappedMessage(typed.getName()));
        }
    }

    @Test
    void acceptsStandardLayoutBehindTheSameWrappers() {
        assertThat(MYSQL.renderInlined(UuidConditions.createdAfter(LEGACY.standardTyped, RFC_TIME, OrderId::new)))
                .isEqualTo("`legacy`.`standard_typed` > X'017f22e279b07fffbfffffffffffffff'");
        assertThat(UuidConditions.layoutOf(LEGACY.standardTyped, OrderId::new))
                .isEqualTo(io.github.uuidkit.UuidBinaryLayout.STANDARD);
        assertThat(UuidConditions.layoutOf(BIN_ID, u -> u)).isEqualTo(io.github.uuidkit.UuidBinaryLayout.STANDARD);
        assertThat(UuidConditions.layoutOf(ORDER_ID, OrderId::new))
                .isEqualTo(io.github.uuidkit.UuidBinaryLayout.STANDARD);
        // no binary layout: PostgreSQL uuid, text
        assertThat(UuidConditions.layoutOf(PG_ID, u -> u)).isNull();
        assertThat(UuidConditions.layoutOf(DSL.field("c", SQLDataType.CHAR(36)
                .asConvertedDataType(new io.github.uuidkit.jooq.converters.UuidStringConverter())), u -> u)).isNull();
        // a wrapper that fails on the probe value is not taken for a layout
        assertThat(UuidConditions.layoutOf(ORDER_ID, u -> {
            throw new IllegalStateException("no");
        })).isNull();
    }

    @Test
    void sixteenBytesOfNoKnownLayoutAreNotRejected() {
        // e.g. a user's converter storing the bytes reversed: not a layout uuidkit knows, so not refused
        Converter<byte[], UUID> reversed = Converter.ofNullable(byte[].class, UUID.class,
                b -> io.github.uuidkit.UuidBinaryLayout.STANDARD.fromBytes(reverse(b)),
                u -> reverse(io.github.uuidkit.UuidBinaryLayout.STANDARD.toBytes(u)));
        Field<UUID> field = DSL.field(DSL.name("r"), SQLDataType.BINARY(16).asConvertedDataType(reversed));
        assertThat(UuidConditions.layoutOf(field, u -> u)).isNull();
        assertThat(UuidConditions.createdAfter(field, RFC_TIME)).isNotNull();
    }

    private static byte[] reverse(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }

    @Test
    void nullsAreNamed() {
        assertThatThrownBy(() -> UuidConditions.seekAfter(null, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("field");
        assertThatThrownBy(() -> UuidConditions.createdAfter(null, RFC_TIME)).isInstanceOf(NullPointerException.class)
                .hasMessage("field");
        assertThatThrownBy(() -> UuidConditions.createdAfter(ORDER_ID, RFC_TIME, null))
                .isInstanceOf(NullPointerException.class).hasMessage("wrap");
        assertThatThrownBy(() -> UuidConditions.createdAfter(PG_ID, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("instant");
        assertThatThrownBy(() -> UuidConditions.createdBetween(PG_ID, null, RFC_TIME))
                .isInstanceOf(NullPointerException.class).hasMessage("from");
        assertThatThrownBy(() -> UuidConditions.createdBetween(PG_ID, RFC_TIME, null))
                .isInstanceOf(NullPointerException.class).hasMessage("to");
    }

    @Test
    void seekAfterWorksOnEveryLayout() {
        UUID last = UUID.fromString(MIN);
        assertThat(UuidConditions.seekAfter(SWAPPED_ID, null)).isEqualTo(DSL.noCondition());
        assertThat(MYSQL.renderInlined(UuidConditions.seekAfter(SWAPPED_ID, last)))
                .isEqualTo("`t`.`legacy` > X'70007" + "9b0017f22e28000000000000000'");
        assertThat(MYSQL.renderInlined(UuidConditions.seekAfter(LEGACY.typedOnBinding, new OrderId(last))))
                .isEqualTo("`legacy`.`typed_on_binding` > X'700079b0017f22e28000000000000000'");
    }

    @Test
    void seekAfterIsGreaterThanTheLastIdOrNothingOnTheFirstPage() {
        UUID last = UUID.fromString(MIN);
        assertThat(PG.renderInlined(UuidConditions.seekAfter(PG_ID, last)))
                .isEqualTo("\"t\".\"id\" > cast('" + MIN + "' as uuid)");
        assertThat(UuidConditions.seekAfter(PG_ID, null)).isEqualTo(DSL.noCondition());
        assertThat(MYSQL.renderInlined(DSL.selectFrom(DSL.table(DSL.name("t")))
                .where(UuidConditions.seekAfter(ORDER_ID, null)).orderBy(ORDER_ID).limit(2)))
                .isEqualTo("select * from `t` order by `t`.`id` limit 2");
    }

    /** A server's facts as MysqlServerInfo reports them (its own tests pin which versions answer what). */
    record Server(String version, boolean hasNativeUuidType, boolean nativeUuidComparesV7Correctly,
            boolean nativeUuidComparesAsItSorts) implements NativeUuidComparison {
    }

    /** MariaDB 10.11.5: MDEV-29959 fixed, MDEV-31926 not yet (fixed in 10.11.6). */
    private static final Server MARIADB_10_11_5 = new Server("10.11.5-MariaDB", true, false, false);
    /** MariaDB 10.11.4: MDEV-29959, one consistent but reordered total order. */
    private static final Server MARIADB_10_11_4 = new Server("10.11.4-MariaDB", true, false, true);
    private static final Server MARIADB_11_4_5 = new Server("11.4.5-MariaDB", true, true, true);
    private static final Server MYSQL_8 = new Server("8.0.36", false, false, false);

    private static final Field<UUID> MARIADB_ID =
            DSL.field(DSL.name("t", "id"), SQLDataType.UUID.asConvertedDataType(new MariaDbUuidBinding()));
    private static final Field<OrderId> MARIADB_ORDER_ID = DSL.field(DSL.name("t", "order_id"), SQLDataType.UUID
            .asConvertedDataType(TypedIdConverter.of(OrderId.class, OrderId::new, OrderId::value)));

    @Test
    void timeRangesOnANativeUuidColumnNeedAServerThatComparesV7Right() {
        String message = "Field id is a native UUID column, and server 10.11.5-MariaDB does not compare UUID v7"
                + " values in UUID order (MariaDB MDEV-29959 before 10.9.8, 10.10.6, 10.11.5, 11.0.3; MDEV-31926"
                + " before 10.10.7, 10.11.6, 11.0.4, 11.1.3, 11.2.2): createdBetween, createdAfter and createdBefore"
                + " would select wrong rows. Upgrade MariaDB, or store the key in BINARY(16)";
        assertThatThrownBy(() -> UuidConditions.checkTimeRanges(MARIADB_ID, MARIADB_10_11_5))
                .isInstanceOf(IllegalStateException.class).hasMessage(message);
        assertThatThrownBy(() -> UuidConditions.checkTimeRanges(MARIADB_ID, MARIADB_10_11_4))
                .hasMessage(message.replace("10.11.5-MariaDB", "10.11.4-MariaDB"));
        assertThatThrownBy(() -> UuidConditions.checkTimeRanges(MARIADB_ORDER_ID, MARIADB_10_11_5))
                .hasMessageStartingWith("Field order_id is a native UUID column");
        UuidConditions.checkTimeRanges(MARIADB_ID, MARIADB_11_4_5);
        UuidConditions.checkTimeRanges(MARIADB_ORDER_ID, MARIADB_11_4_5);
        // BINARY(16) compares bytes on every version; MySQL has no UUID type, so no field of it is one
        UuidConditions.checkTimeRanges(BIN_ID, MARIADB_10_11_5);
        UuidConditions.checkTimeRanges(ORDER_ID, MARIADB_10_11_5);
        UuidConditions.checkTimeRanges(MARIADB_ID, MYSQL_8);
    }

    @Test
    void keysetOnANativeUuidColumnNeedsComparisonsThatMatchOrderBy() {
        String message = "Field id is a native UUID column, and server 10.11.5-MariaDB compares UUID v7 values in"
                + " another order than ORDER BY returns them (MariaDB MDEV-31926, fixed in 10.10.7, 10.11.6, 11.0.4,"
                + " 11.1.3, 11.2.2): seekAfter would skip and repeat rows. Upgrade MariaDB, or store the key in"
                + " BINARY(16)";
        assertThatThrownBy(() -> UuidConditions.checkKeyset(MARIADB_ID, MARIADB_10_11_5))
                .isInstanceOf(IllegalStateException.class).hasMessage(message);
        assertThatThrownBy(() -> UuidConditions.checkKeyset(MARIADB_ORDER_ID, MARIADB_10_11_5))
                .hasMessageStartingWith("Field order_id is a native UUID column");
        // MDEV-29959 alone: one total order, used by ORDER BY and comparisons alike, so pages are complete
        UuidConditions.checkKeyset(MARIADB_ID, MARIADB_10_11_4);
        UuidConditions.checkKeyset(MARIADB_ID, MARIADB_11_4_5);
        UuidConditions.checkKeyset(BIN_ID, MARIADB_10_11_5);
        UuidConditions.checkKeyset(SWAPPED_ID, MARIADB_10_11_5);
        UuidConditions.checkKeyset(MARIADB_ID, MYSQL_8);
    }

    @Test
    void theChecksRejectNulls() {
        assertThatThrownBy(() -> UuidConditions.checkTimeRanges(null, MARIADB_11_4_5))
                .isInstanceOf(NullPointerException.class).hasMessage("field");
        assertThatThrownBy(() -> UuidConditions.checkTimeRanges(MARIADB_ID, null))
                .isInstanceOf(NullPointerException.class).hasMessage("server");
        assertThatThrownBy(() -> UuidConditions.checkKeyset(null, MARIADB_11_4_5))
                .isInstanceOf(NullPointerException.class).hasMessage("field");
        assertThatThrownBy(() -> UuidConditions.checkKeyset(MARIADB_ID, null))
                .isInstanceOf(NullPointerException.class).hasMessage("server");
    }

    @Test
    void postgresFunctions() {
        assertThat(PG.renderInlined(DSL.select(PostgresUuidDSL.uuidv7(), PostgresUuidDSL.uuidExtractTimestamp(PG_ID))))
                .isEqualTo("select uuidv7(), uuid_extract_timestamp(\"t\".\"id\")");
        assertThat(PostgresUuidDSL.uuidv7().getType()).isEqualTo(UUID.class);
    }
}
