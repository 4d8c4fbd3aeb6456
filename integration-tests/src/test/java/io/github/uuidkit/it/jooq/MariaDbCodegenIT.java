package io.github.uuidkit.it.jooq;

import static io.github.uuidkit.it.jooq.db.mariadb.Tables.CUSTOMERS;
import static io.github.uuidkit.it.jooq.db.mariadb.Tables.DEVICES;
import static io.github.uuidkit.it.jooq.db.mariadb.Tables.ORDERS;
import static io.github.uuidkit.it.jooq.db.mariadb.Tables.ORDER_LINES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.jooqsupport.JooqSchemas;
import io.github.uuidkit.it.jooqsupport.OrderId;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.jooq.UuidConditions;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** jOOQ code generated from MariaDB 11 with the README's programmatic {@code GenerationTool} configuration. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbCodegenIT extends AbstractBinary16CodegenIT {

    private DSLContext ctx;
    private Engine engine;
    private Connection connection;
    private String schema;

    @AfterAll
    void dropSchema() throws Exception {
        if (connection != null) {
            try (Connection c = connection) {
                if (schema != null) {
                    JooqSchemas.drop(c, engine.kind(), schema);
                }
            }
        }
    }

    @BeforeAll
    void setUp() throws Exception {
        Engine engine = Engines.mariadb();
        Engines.announce(MariaDbCodegenIT.class, engine);
        this.engine = engine;
        connection = engine.connect();
        schema = JooqSchemas.create(connection, engine.kind()); // unique name, the connection's default schema
        ctx = DSL.using(connection, SQLDialect.MARIADB);
        insertRows();
    }

    @Test
    void nativeUuidColumnRoundTripsAndSortsInCreationOrder() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(Uuids.v7());
        }
        List<UUID> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(7));
        for (UUID id : shuffled) {
            ctx.insertInto(DEVICES).columns(DEVICES.ID, DEVICES.OWNER_ID, DEVICES.LABEL)
                    .values(id, customer, "d").execute();
        }
        assertThat(DEVICES.ID.getType()).isEqualTo(UUID.class);
        assertThat(ctx.select(DEVICES.ID).from(DEVICES).orderBy(DEVICES.ID).fetch(DEVICES.ID))
                .containsExactlyElementsOf(ids);
        // the server's own text of the stored value
        Field<String> text = DSL.field("cast({0} as char)", SQLDataType.VARCHAR,
                DSL.field(DEVICES.ID.getQualifiedName()));
        assertThat(ctx.select(text).from(DEVICES).where(DEVICES.ID.eq(ids.get(3))).fetchOne(text))
                .isEqualTo(UuidStrings.format(ids.get(3)));
        assertThat(ctx.select(DEVICES.OWNER_ID).from(DEVICES).where(DEVICES.ID.eq(ids.get(3)))
                .fetchOne(DEVICES.OWNER_ID)).isEqualTo(customer);
        assertThat(ctx.fetchCount(DEVICES, UuidConditions.seekAfter(DEVICES.ID, ids.get(14)))).isEqualTo(5);
    }

    @Override
    DSLContext ctx() {
        return ctx;
    }

    @Override
    Table<?> customersTable() {
        return CUSTOMERS;
    }

    @Override
    Field<UUID> customerId() {
        return CUSTOMERS.ID;
    }

    @Override
    Field<String> customerName() {
        return CUSTOMERS.NAME;
    }

    @Override
    Table<?> ordersTable() {
        return ORDERS;
    }

    @Override
    Field<OrderId> orderId() {
        return ORDERS.ID;
    }

    @Override
    Field<UUID> orderCustomerId() {
        return ORDERS.CUSTOMER_ID;
    }

    @Override
    Field<UUID> orderReferrerId() {
        return ORDERS.REFERRER_ID;
    }

    @Override
    Field<UUID> orderLegacyUuid() {
        return ORDERS.LEGACY_UUID;
    }

    @Override
    Field<String> orderNote() {
        return ORDERS.NOTE;
    }

    @Override
    Table<?> linesTable() {
        return ORDER_LINES;
    }

    @Override
    Field<OrderId> lineOrderId() {
        return ORDER_LINES.ORDER_ID;
    }

    @Override
    Field<UUID> lineLineId() {
        return ORDER_LINES.LINE_ID;
    }

    @Override
    Field<Integer> lineQuantity() {
        return ORDER_LINES.QUANTITY;
    }
}
