package io.github.uuidkit.it.jooq;

import static io.github.uuidkit.it.jooq.db.postgres.Tables.EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.jooqsupport.JooqSchemas;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.jooq.PostgresUuidDSL;
import io.github.uuidkit.jooq.UuidConditions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** jOOQ code generated from PostgreSQL 18 with no forced types: {@code uuid} and {@code uuid[]} are native. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresCodegenIT {

    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

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
    private final List<UUID> created = new ArrayList<>();

    @BeforeAll
    void setUp() throws Exception {
        Engine engine = Engines.postgres();
        Engines.announce(PostgresCodegenIT.class, engine);
        this.engine = engine;
        connection = engine.connect();
        schema = JooqSchemas.create(connection, engine.kind()); // unique name, the connection's default schema
        ctx = DSL.using(connection, SQLDialect.POSTGRES);
        AtomicLong clock = new AtomicLong();
        V7Generator gen = V7Generator.builder().millis(clock::get).build();
        for (int i = 0; i < 40; i++) {
            clock.set(T0.toEpochMilli() + i * 1000L);
            created.add(gen.next());
        }
        List<UUID> shuffled = new ArrayList<>(created);
        Collections.shuffle(shuffled, new Random(3));
        for (UUID id : shuffled) {
            ctx.insertInto(EVENTS).columns(EVENTS.ID, EVENTS.RELATED, EVENTS.LABEL)
                    .values(id, new UUID[] {id, Uuids.NIL}, "e").execute();
        }
    }

    @Test
    void generatedTypesAreNativeUuidAndUuidArray() {
        assertThat(EVENTS.ID.getType()).isEqualTo(UUID.class);
        assertThat(EVENTS.PARENT_ID.getType()).isEqualTo(UUID.class);
        assertThat(EVENTS.RELATED.getType()).isEqualTo(UUID[].class);
    }

    @Test
    void orderByIdIsCreationOrderAndArraysRoundTrip() {
        assertThat(ctx.select(EVENTS.ID).from(EVENTS).where(EVENTS.LABEL.eq("e")).orderBy(EVENTS.ID)
                .fetch(EVENTS.ID)).containsExactlyElementsOf(created);
        assertThat(ctx.select(EVENTS.RELATED).from(EVENTS).where(EVENTS.ID.eq(created.get(5))).fetchOne(EVENTS.RELATED))
                .containsExactly(created.get(5), Uuids.NIL);
        // the server's own uuid_send() bytes are the RFC order
        Field<String> hex = DSL.field("encode(uuid_send({0}), 'hex')", SQLDataType.VARCHAR, EVENTS.ID);
        assertThat(ctx.select(hex).from(EVENTS).where(EVENTS.ID.eq(created.get(5))).fetchOne(hex))
                .isEqualTo(created.get(5).toString().replace("-", ""));
    }

    @Test
    void timeRangesAndServerTimestampsAgree() {
        assertThat(ctx.select(EVENTS.ID).from(EVENTS)
                .where(UuidConditions.createdBetween(EVENTS.ID, T0.plusSeconds(10), T0.plusSeconds(14)))
                .orderBy(EVENTS.ID).fetch(EVENTS.ID)).containsExactlyElementsOf(created.subList(10, 15));
        assertThat(ctx.fetchCount(EVENTS, UuidConditions.createdAfter(EVENTS.ID, T0.plusSeconds(35))
                .and(EVENTS.LABEL.eq("e")))).isEqualTo(4);
        Field<OffsetDateTime> ts = PostgresUuidDSL.uuidExtractTimestamp(EVENTS.ID);
        assertThat(ctx.select(ts).from(EVENTS).where(EVENTS.ID.eq(created.get(12))).fetchOne(ts).toInstant())
                .isEqualTo(T0.plusSeconds(12));
    }

    @Test
    void serverGeneratedUuidv7IsReadBack() {
        UUID id = ctx.insertInto(EVENTS).columns(EVENTS.ID, EVENTS.PARENT_ID, EVENTS.LABEL)
                .values(PostgresUuidDSL.uuidv7(), DSL.val(created.get(0)), DSL.val("server"))
                .returning(EVENTS.ID).fetchOne(EVENTS.ID);
        assertThat(Uuids.isV7(id)).isTrue();
        assertThat(ctx.select(EVENTS.PARENT_ID).from(EVENTS).where(EVENTS.ID.eq(id)).fetchOne(EVENTS.PARENT_ID))
                .isEqualTo(created.get(0));
        UUID byDefault = ctx.insertInto(EVENTS).columns(EVENTS.LABEL).values("default").returning(EVENTS.ID)
                .fetchOne(EVENTS.ID);
        assertThat(Uuids.isV7(byDefault)).isTrue();
    }
}
