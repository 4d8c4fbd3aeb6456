package io.github.uuidkit.it.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.jooqsupport.OrderId;
import io.github.uuidkit.jooq.UuidConditions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/**
 * The generated code of one MySQL-family engine ({@code orders}, {@code customers}, {@code order_lines}): the subclass
 * hands over its generated fields. Rows are created with known v7 creation times: order {@code i} at
 * {@link #T0} + {@code i} seconds.
 */
abstract class AbstractBinary16CodegenIT {

    static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");
    static final int ORDER_COUNT = 60;

    abstract DSLContext ctx();

    abstract Table<?> customersTable();

    abstract Field<UUID> customerId();

    abstract Field<String> customerName();

    abstract Table<?> ordersTable();

    abstract Field<OrderId> orderId();

    abstract Field<UUID> orderCustomerId();

    abstract Field<UUID> orderReferrerId();

    abstract Field<UUID> orderLegacyUuid();

    abstract Field<String> orderNote();

    abstract Table<?> linesTable();

    abstract Field<OrderId> lineOrderId();

    abstract Field<UUID> lineLineId();

    abstract Field<Integer> lineQuantity();

    /** Orders in creation order, inserted in random order; the customer of all of them. */
    final List<OrderId> created = new ArrayList<>();
    UUID customer;

    void insertRows() {
        AtomicLong clock = new AtomicLong(T0.toEpochMilli());
        V7Generator gen = V7Generator.builder().millis(clock::get).build();
        customer = gen.next();
        ctx().insertInto(customersTable()).columns(customerId(), customerName()).values(customer, "ada").execute();
        for (int i = 0; i < ORDER_COUNT; i++) {
            clock.set(T0.toEpochMilli() + i * 1000L);
            created.add(new OrderId(gen.next()));
        }
        List<OrderId> shuffled = new ArrayList<>(created);
        Collections.shuffle(shuffled, new Random(42));
        for (OrderId id : shuffled) {
            int i = created.indexOf(id);
            ctx().insertInto(ordersTable())
                    .columns(orderId(), orderCustomerId(), orderReferrerId(), orderLegacyUuid(), orderNote())
                    .values(id, customer, i % 2 == 0 ? null : created.get(i - 1).value(), id.value(), "n" + i)
                    .execute();
        }
    }

    @Test
    void generatedFieldTypesAreUuidAndTheTypedId() {
        assertThat(orderId().getType()).isEqualTo(OrderId.class);
        assertThat(lineOrderId().getType()).isEqualTo(OrderId.class);
        assertThat(customerId().getType()).isEqualTo(UUID.class);
        assertThat(orderCustomerId().getType()).isEqualTo(UUID.class);
        assertThat(orderReferrerId().getType()).isEqualTo(UUID.class);
        assertThat(orderLegacyUuid().getType()).isEqualTo(UUID.class);
        assertThat(lineLineId().getType()).isEqualTo(UUID.class);
    }

    @Test
    void orderByIdIsV7CreationOrder() {
        assertThat(ctx().select(orderId()).from(ordersTable()).orderBy(orderId()).fetch(orderId()))
                .containsExactlyElementsOf(created);
        List<UUID> sorted = new ArrayList<>();
        created.forEach(id -> sorted.add(id.value()));
        sorted.sort(UuidOrder.UNSIGNED);
        assertThat(sorted).containsExactlyElementsOf(created.stream().map(OrderId::value).toList());
    }

    @Test
    void storedBytesAreTheCanonicalTextsHexDigits() {
        // The server itself turns the canonical text into the expected hex: REPLACE for RFC order, SUBSTR for the
        // UUID_TO_BIN(x, 1) swap (time_hi, time_mid, time_low, rest), never our codec.
        Field<String> hexId = DSL.field("hex({0})", SQLDataType.VARCHAR, orderId());
        Field<String> hexLegacy = DSL.field("hex({0})", SQLDataType.VARCHAR, orderLegacyUuid());
        for (Record r : ctx().select(orderId(), hexId, hexLegacy).from(ordersTable()).fetch()) {
            String text = UuidStrings.format(r.get(orderId()).value());
            String expected = ctx().select(DSL.field("upper(replace({0}, '-', ''))", SQLDataType.VARCHAR,
                    DSL.inline(text))).fetchOne(0, String.class);
            String swapped = ctx().select(DSL.field(
                    "upper(concat(substr({0}, 15, 4), substr({0}, 10, 4), substr({0}, 1, 8), substr({0}, 20, 4),"
                            + " substr({0}, 25, 12)))", SQLDataType.VARCHAR, DSL.inline(text)))
                    .fetchOne(0, String.class);
            assertThat(r.get(hexId)).isEqualTo(expected);
            assertThat(r.get(hexLegacy)).isEqualTo(swapped).isNotEqualTo(expected);
        }
    }

    @Test
    void valuesRoundTripIncludingNulls() {
        OrderId second = created.get(1);
        Record r = ctx().select(orderId(), orderCustomerId(), orderReferrerId(), orderLegacyUuid())
                .from(ordersTable()).where(orderId().eq(second)).fetchOne();
        assertThat(r.get(orderId())).isEqualTo(second);
        assertThat(r.get(orderCustomerId())).isEqualTo(customer);
        assertThat(r.get(orderReferrerId())).isEqualTo(created.get(0).value());
        assertThat(r.get(orderLegacyUuid())).isEqualTo(second.value());
        assertThat(ctx().select(orderReferrerId()).from(ordersTable()).where(orderId().eq(created.get(0)))
                .fetchOne(orderReferrerId())).isNull();
    }

    @Test
    void compositeKeysAndForeignKeysWork() {
        OrderId order = created.get(3);
        UUID line1 = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
        UUID line2 = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c073990");
        ctx().insertInto(linesTable()).columns(lineOrderId(), lineLineId(), lineQuantity())
                .values(order, line2, 2).values(order, line1, 1).execute();
        assertThat(ctx().select(lineLineId()).from(linesTable()).join(ordersTable())
                .on(lineOrderId().eq(orderId())).where(orderId().eq(order)).orderBy(lineLineId())
                .fetch(lineLineId())).containsExactly(line1, line2);
        assertThat(ctx().select(lineQuantity()).from(linesTable())
                .where(lineOrderId().eq(order).and(lineLineId().eq(line2))).fetchOne(lineQuantity())).isEqualTo(2);
        ctx().deleteFrom(linesTable()).where(lineOrderId().eq(order)).execute();
    }

    @Test
    void timeRangeConditionsSelectByCreationTime() {
        // orders 10..19 were created at T0 + 10 s .. T0 + 19 s
        assertThat(ctx().select(orderId()).from(ordersTable())
                .where(UuidConditions.createdBetween(orderId(), T0.plusSeconds(10), T0.plusSeconds(19), OrderId::new))
                .orderBy(orderId()).fetch(orderId())).containsExactlyElementsOf(created.subList(10, 20));
        assertThat(ctx().fetchCount(ordersTable(),
                UuidConditions.createdAfter(orderId(), T0.plusSeconds(49), OrderId::new))).isEqualTo(10);
        assertThat(ctx().fetchCount(ordersTable(),
                UuidConditions.createdBefore(orderId(), T0.plusSeconds(5), OrderId::new))).isEqualTo(5);
    }

    @Test
    void keysetPagesConcatenateToCreationOrder() {
        List<OrderId> seen = new ArrayList<>();
        OrderId last = null;
        while (true) {
            List<OrderId> page = ctx().select(orderId()).from(ordersTable())
                    .where(UuidConditions.seekAfter(orderId(), last)).orderBy(orderId()).limit(7).fetch(orderId());
            if (page.isEmpty()) {
                break;
            }
            seen.addAll(page);
            last = page.get(page.size() - 1);
        }
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void inlinedLiteralsExecuteOnTheServer() {
        DSLContext inlined = ctx().configuration().derive(new Settings().withStatementType(StatementType.STATIC_STATEMENT))
                .dsl();
        OrderId id = created.get(7);
        String sql = inlined.renderInlined(ctx().select(orderNote()).from(ordersTable())
                .where(orderLegacyUuid().eq(id.value())).and(orderCustomerId().eq(customer)));
        assertThat(sql.toLowerCase(Locale.ROOT)).doesNotContain("/*")
                .contains("x'" + UuidStrings.formatCompact(customer));
        assertThat(inlined.select(orderNote()).from(ordersTable())
                .where(orderLegacyUuid().eq(id.value())).and(orderCustomerId().eq(customer)).fetchOne(orderNote()))
                .isEqualTo("n7");
    }
}
