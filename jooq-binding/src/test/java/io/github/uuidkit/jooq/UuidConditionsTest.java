package io.github.uuidkit.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.jooq.bindings.UuidBinaryBinding;
import io.github.uuidkit.jooq.bindings.UuidSwappedBinaryBinding;
import io.github.uuidkit.jooq.converters.TypedIdConverter;
import io.github.uuidkit.jooq.converters.UuidBinaryConverter;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
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
            SQLDataType.BINARY(16).asConvertedDataType(new UuidSwappedBinaryBinding()));
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
                .isEqualTo("`t`.`id` between X'017f22e279b070008000000000000000' /* " + MIN + " */"
                        + " and X'017f22e279b07fffbfffffffffffffff' /* " + MAX + " */");
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

    @Test
    void rejectsTimeSwappedFields() {
        String message = "Field legacy is bound in TIME_SWAPPED layout (UUID_TO_BIN(x, 1)), whose byte order is not"
                + " UUID v7 creation order: use a STANDARD layout column for time ranges and keyset pagination";
        assertThatThrownBy(() -> UuidConditions.createdBetween(SWAPPED_ID, RFC_TIME, RFC_TIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> UuidConditions.createdAfter(SWAPPED_ID, RFC_TIME)).hasMessage(message);
        assertThatThrownBy(() -> UuidConditions.createdBefore(SWAPPED_ID, RFC_TIME)).hasMessage(message);
        assertThatThrownBy(() -> UuidConditions.seekAfter(SWAPPED_ID, null)).hasMessage(message);
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

    @Test
    void postgresFunctions() {
        assertThat(PG.renderInlined(DSL.select(PostgresUuidDSL.uuidv7(), PostgresUuidDSL.uuidExtractTimestamp(PG_ID))))
                .isEqualTo("select uuidv7(), uuid_extract_timestamp(\"t\".\"id\")");
        assertThat(PostgresUuidDSL.uuidv7().getType()).isEqualTo(UUID.class);
    }
}
