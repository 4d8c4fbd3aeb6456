package io.github.uuidkit.it.jooq;

import static io.github.uuidkit.it.jooq.db.mysql.Tables.CUSTOMERS;
import static io.github.uuidkit.it.jooq.db.mysql.Tables.ORDERS;
import static io.github.uuidkit.it.jooq.db.mysql.Tables.ORDER_LINES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.it.jooqsupport.JooqSchemas;
import io.github.uuidkit.it.jooqsupport.OrderId;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import java.sql.Connection;
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

/** jOOQ code generated from MySQL 8 with the README's Maven {@code <forcedTypes>} (codegen-mysql.xml). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MySqlCodegenIT extends AbstractBinary16CodegenIT {

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
        Engine engine = Engines.mysql();
        Engines.announce(MySqlCodegenIT.class, engine);
        this.engine = engine;
        connection = engine.connect();
        schema = JooqSchemas.create(connection, engine.kind()); // unique name, the connection's default schema
        ctx = DSL.using(connection, SQLDialect.MYSQL);
        insertRows();
    }

    @Test
    void bytesEqualTheServersUuidToBin() {
        // MySQL's own UUID_TO_BIN(text) and UUID_TO_BIN(text, 1) are the reference for both layouts.
        for (OrderId id : created) {
            String text = UuidStrings.format(id.value());
            Field<Integer> same = DSL.field("{0} = uuid_to_bin({1}) and {2} = uuid_to_bin({1}, 1)", SQLDataType.INTEGER,
                    DSL.field(ORDERS.ID.getQualifiedName()), DSL.inline(text),
                    DSL.field(ORDERS.LEGACY_UUID.getQualifiedName()));
            assertThat(ctx.select(same).from(ORDERS).where(ORDERS.ID.eq(id)).fetchOne(same)).isEqualTo(1);
        }
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
