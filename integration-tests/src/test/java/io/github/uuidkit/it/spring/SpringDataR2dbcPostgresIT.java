package io.github.uuidkit.it.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.ReactiveUuidPersistableCallbacks;
import io.github.uuidkit.spring.ReactiveUuidV7IdCallback;
import io.github.uuidkit.spring.UuidR2dbcConverters;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mapping.callback.ReactiveEntityCallbacks;
import org.springframework.data.r2dbc.convert.MappingR2dbcConverter;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.r2dbc.dialect.PostgresDialect;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.r2dbc.repository.support.R2dbcRepositoryFactory;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * Spring Data R2DBC 4.1 with uuidkit-spring's R2DBC twins on PostgreSQL 18 {@code uuid} through r2dbc-postgresql:
 * the lost write of a preset id without {@code UuidPersistable} and the insert with it, a v7 for a null id, and
 * {@code findById}, {@code findAllById} and a derived {@code In} on the stored rows (checked with pgjdbc).
 */
class SpringDataR2dbcPostgresIT {

    interface Customers extends ReactiveCrudRepository<Customer, UUID> {
        Flux<Customer> findByIdIn(Collection<UUID> ids);
    }

    interface Plains extends ReactiveCrudRepository<Plain, UUID> {
    }

    private static Connection admin;
    private static TestTables tables;
    private static String customersTable;
    private static String plainsTable;
    private static Customers customers;
    private static Plains plains;

    @BeforeAll
    static void setUp() throws SQLException {
        Engine engine = Engines.postgres();
        Engines.announce(SpringDataR2dbcPostgresIT.class, engine);
        admin = engine.connect();
        tables = TestTables.on(admin);
        customersTable = tables.name("r2_customer");
        plainsTable = tables.name("r2_plain");
        try (Statement st = admin.createStatement()) {
            st.execute("CREATE TABLE " + customersTable + " (id uuid NOT NULL PRIMARY KEY, name VARCHAR(160) NOT NULL)");
            st.execute("CREATE TABLE " + plainsTable + " (id uuid NOT NULL PRIMARY KEY, name VARCHAR(160) NOT NULL)");
        }
        URI uri = URI.create(engine.jdbcUrl().substring("jdbc:".length()));
        PostgresqlConnectionConfiguration.Builder config = PostgresqlConnectionConfiguration.builder()
                .host(uri.getHost()).port(uri.getPort()).database(uri.getPath().substring(1))
                .username(engine.user() == null ? "postgres" : engine.user());
        if (engine.password() != null) {
            config.password(engine.password());
        }
        Map<Class<?>, String> names = Map.of(Customer.class, customersTable, Plain.class, plainsTable);
        R2dbcMappingContext context = new R2dbcMappingContext(new NamingStrategy() {
            @Override
            public String getTableName(Class<?> type) {
                return names.getOrDefault(type, "not_used");
            }
        });
        R2dbcCustomConversions conversions = R2dbcCustomConversions.of(PostgresDialect.INSTANCE,
                UuidR2dbcConverters.of(PostgresDialect.INSTANCE, UuidColumnKind.POSTGRES_UUID));
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        R2dbcEntityTemplate template = new R2dbcEntityTemplate(
                DatabaseClient.create(new PostgresqlConnectionFactory(config.build())), PostgresDialect.INSTANCE,
                new MappingR2dbcConverter(context, conversions));
        template.setEntityCallbacks(ReactiveEntityCallbacks.create(new ReactiveUuidV7IdCallback(context),
                new ReactiveUuidPersistableCallbacks()));
        R2dbcRepositoryFactory factory = new R2dbcRepositoryFactory(template);
        customers = factory.getRepository(Customers.class);
        plains = factory.getRepository(Plains.class);
    }

    @AfterAll
    static void tearDown() throws SQLException {
        try {
            tables.close();
        } finally {
            admin.close();
        }
    }

    private static int count(String table, UUID id) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void presetIdsAreLostWithoutUuidPersistableAndInsertedWithIt() throws SQLException {
        UUID lost = Uuids.v7();
        plains.save(new Plain(lost, "lost")).block(); // completes normally: nothing says that nothing was stored
        assertThat(count(plainsTable, lost)).as("rows stored by save() of a plain aggregate with a preset id").isZero();

        UUID kept = Uuids.v7();
        Customer customer = new Customer(kept, "kept");
        customers.save(customer).block();
        assertThat(count(customersTable, kept)).as("rows stored by save() of a UuidPersistable").isOne();
        assertThat(customer.isNew()).isFalse();
        Customer loaded = customers.findById(kept).block();
        assertThat(loaded.isNew()).as("marked after load").isFalse();
        loaded.setName("renamed");
        customers.save(loaded).block();
        assertThat(customers.findById(kept).block().getName()).isEqualTo("renamed");
        assertThat(count(customersTable, kept)).isOne();
    }

    @Test
    void aNullIdGetsAV7() throws SQLException {
        Plain saved = plains.save(new Plain(null, "generated")).block();
        assertThat(Uuids.isV7(saved.getId())).isTrue();
        assertThat(count(plainsTable, saved.getId())).isOne();
    }

    @Test
    void findsByIdAllByIdAndIn() {
        V7Generator generator = V7Generator.builder().build();
        List<UUID> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID id = generator.next();
            all.add(id);
            customers.save(new Customer(id, "in-" + id)).block();
        }
        assertThat(customers.findById(all.get(2)).block().getName()).isEqualTo("in-" + all.get(2));
        List<UUID> asked = List.of(all.get(0), all.get(4), UUID.randomUUID());
        assertThat(customers.findAllById(asked).map(Customer::getId).collectList().block())
                .containsExactlyInAnyOrder(all.get(0), all.get(4));
        assertThat(customers.findByIdIn(asked).map(Customer::getId).collectList().block())
                .containsExactlyInAnyOrder(all.get(0), all.get(4));
    }
}
