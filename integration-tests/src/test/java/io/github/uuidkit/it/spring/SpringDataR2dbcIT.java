package io.github.uuidkit.it.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.Orders;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.it.support.TestUuids;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.UuidR2dbcConverter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.convert.MappingR2dbcConverter;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.r2dbc.dialect.DialectResolver;
import org.springframework.data.r2dbc.dialect.R2dbcDialect;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Spring Data R2DBC 4.1 with uuidkit-spring on real engines, every target of {@link R2dbcTarget}: the README's
 * configuration ({@link SpringR2dbcConfig}: {@code UuidR2dbcConverter} with the schema's default kind, the reactive v7
 * id callback and {@code UuidPersistable} callbacks), then repositories with {@code findById}, {@code findAllById}, a
 * derived {@code In}, {@code @Query ... IN (:ids)}, a sorted derived query and a foreign key. Known answers come from
 * the server, read over JDBC: {@code uuid_send}, {@code UUID_TO_BIN(text)}, {@code UUID_TO_BIN(text, 1)},
 * {@code BIN_TO_UUID(UUID_TO_BIN(text))}, {@code UNHEX} of the hex digits (MariaDB has no {@code UUID_TO_BIN}),
 * {@code CAST(text AS UUID)}.
 */
class SpringDataR2dbcIT {

    interface Customers extends ReactiveCrudRepository<Customer, UUID> {
        Flux<Customer> findByIdIn(Collection<UUID> ids);

        @Query("SELECT * FROM #{#tableName} WHERE id IN (:ids)")
        Flux<Customer> byIds(@Param("ids") Collection<UUID> ids);

        @Query("SELECT * FROM #{#tableName} WHERE id = :id")
        Mono<Customer> byId(@Param("id") UUID id);

        Flux<Customer> findByNameStartingWith(String prefix, Sort sort);

        Mono<Customer> findByName(String name);
    }

    interface Plains extends ReactiveCrudRepository<Plain, UUID> {
    }

    interface Bads extends ReactiveCrudRepository<Bad, Integer> {
    }

    interface Notes extends ReactiveCrudRepository<Note, UUID> {
        Flux<Note> findByCustomerId(UUID customerId);
    }

    interface Mixeds extends ReactiveCrudRepository<Mixed, UUID> {
    }

    interface KindsRepository extends ReactiveCrudRepository<Kinds, UUID> {
    }

    private static final Map<String, Fixture> FIXTURES = new ConcurrentHashMap<>();

    static Stream<R2dbcTarget> targets() {
        return R2dbcTarget.all();
    }

    static Stream<R2dbcTarget> mariaDbBinary16() {
        return R2dbcTarget.all().filter(t -> t.isMariaDb() && t.kind() == UuidColumnKind.BINARY16);
    }

    static Stream<R2dbcTarget> mysqlBinary16() {
        return R2dbcTarget.all().filter(t -> !t.isPostgres() && !t.isMariaDb() && t.kind() == UuidColumnKind.BINARY16);
    }

    static Stream<R2dbcTarget> mysqlFamily() {
        return R2dbcTarget.all().filter(t -> !t.isPostgres());
    }

    /** One schema and one Spring context per target, made on first use and closed after the class. */
    static final class Fixture {
        final R2dbcTarget target;
        final Connection admin;
        final TestTables tables;
        final String customers;
        final String plains;
        final String bads;
        final String notes;
        final String mixeds;
        final String kinds;
        final AnnotationConfigApplicationContext context;

        Fixture(R2dbcTarget target) throws SQLException {
            this.target = target;
            Engines.announce(SpringDataR2dbcIT.class, target.engine().get());
            admin = target.connect();
            tables = TestTables.on(admin);
            customers = tables.name("r2_customer");
            plains = tables.name("r2_plain");
            bads = tables.name("r2_bad");
            notes = tables.name("r2_note");
            mixeds = tables.name("r2_mixed");
            kinds = tables.name("r2_kinds");
            String id = target.idType();
            exec("CREATE TABLE " + customers + " (id " + id + " NOT NULL PRIMARY KEY, name VARCHAR(160) NOT NULL)");
            exec("CREATE TABLE " + plains + " (id " + id + " NOT NULL PRIMARY KEY, name VARCHAR(160) NOT NULL)");
            exec("CREATE TABLE " + bads + " (n INT NOT NULL PRIMARY KEY, bin "
                    + (target.isPostgres() ? "bytea" : "VARBINARY(32)") + ", txt VARCHAR(64))");
            // a table constraint: MySQL 8.0 parses an inline column REFERENCES and ignores it
            exec("CREATE TABLE " + notes + " (id " + id + " NOT NULL PRIMARY KEY, customer_id " + id + " NOT NULL,"
                    + " text VARCHAR(160) NOT NULL, FOREIGN KEY (customer_id) REFERENCES " + customers + " (id))");
            if (target.isMariaDb()) {
                exec("CREATE TABLE " + mixeds + " (id BINARY(16) NOT NULL PRIMARY KEY, ref UUID)");
            }
            if (!target.isPostgres() && !target.isMariaDb()) {
                exec("CREATE TABLE " + kinds + " (id BINARY(16) NOT NULL PRIMARY KEY, swapped BINARY(16),"
                        + " canonical CHAR(36))");
            }
            try (PreparedStatement ps = admin.prepareStatement("INSERT INTO " + bads + " VALUES (?, ?, ?)")) {
                Object[][] rows = {{1, new byte[15], null}, {2, new byte[17], null},
                    {3, null, "017f22e2-79b0-7cc3-98c4-dc0c0c07398"}, {4, null, "017f22e2-79b0-7cc3-98c4-dc0c0c07398\n"}};
                for (Object[] row : rows) {
                    ps.setInt(1, (Integer) row[0]);
                    ps.setBytes(2, (byte[]) row[1]);
                    ps.setString(3, (String) row[2]);
                    ps.executeUpdate();
                }
            }
            Map<Class<?>, String> names = new HashMap<>();
            names.put(Customer.class, customers);
            names.put(Plain.class, plains);
            names.put(Bad.class, bads);
            names.put(Note.class, notes);
            names.put(Mixed.class, mixeds);
            names.put(Kinds.class, kinds);
            context = new AnnotationConfigApplicationContext();
            context.registerBean(R2dbcTarget.class, () -> target);
            context.registerBean(NamingStrategy.class, () -> namingStrategy(names));
            context.register(SpringR2dbcConfig.class);
            context.refresh();
        }

        void exec(String sql) throws SQLException {
            try (Statement st = admin.createStatement()) {
                st.execute(sql);
            }
        }

        <T> T repository(Class<T> type) {
            return context.getBean(type);
        }

        int count(String table, UUID id) throws SQLException {
            try (PreparedStatement ps = admin.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE "
                    + target.column().serverShown("id") + " = " + target.column().serverShown(target.serverEncoding()))) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }

        void close() throws SQLException {
            try {
                context.close();
                tables.close();
            } finally {
                admin.close();
            }
        }
    }

    static NamingStrategy namingStrategy(Map<Class<?>, String> tableNames) {
        return new NamingStrategy() {
            @Override
            public String getTableName(Class<?> type) {
                return tableNames.getOrDefault(type, "not_used");
            }
        };
    }

    private static Fixture fixture(R2dbcTarget target) {
        return FIXTURES.computeIfAbsent(target.name(), name -> {
            try {
                return new Fixture(target);
            } catch (SQLException e) {
                throw new IllegalStateException(target + ": " + e, e);
            }
        });
    }

    @AfterAll
    static void closeTheContexts() throws SQLException {
        for (Fixture f : FIXTURES.values()) {
            f.close();
        }
        FIXTURES.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void insertsAndFindsByIdAndAllById(R2dbcTarget target) {
        Customers customers = fixture(target).repository(Customers.class);
        V7Generator generator = V7Generator.builder().build();
        List<UUID> ids = List.of(generator.next(), generator.next(), generator.next());
        for (UUID id : ids) {
            customers.save(new Customer(id, "find-" + id)).block();
        }
        Customer found = customers.findById(ids.get(1)).block();
        assertThat(found.getId()).isEqualTo(ids.get(1));
        assertThat(found.getName()).isEqualTo("find-" + ids.get(1));
        assertThat(customers.byId(ids.get(2)).block().getName()).as("@Query with a UUID parameter")
                .isEqualTo("find-" + ids.get(2));
        List<UUID> asked = new ArrayList<>(ids);
        asked.add(UUID.randomUUID());
        assertThat(customers.findAllById(asked).map(Customer::getId).collectList().block())
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(customers.findById(UUID.randomUUID()).blockOptional()).isEmpty();
        assertThat(customers.existsById(ids.get(0)).block()).isTrue();
        customers.deleteById(ids.get(0)).block();
        assertThat(customers.existsById(ids.get(0)).block()).as("deleteById").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void inListsDerivedAndQuery(R2dbcTarget target) {
        Customers customers = fixture(target).repository(Customers.class);
        V7Generator generator = V7Generator.builder().build();
        List<UUID> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            UUID id = generator.next();
            all.add(id);
            customers.save(new Customer(id, "in-" + id)).block();
        }
        List<UUID> wanted = List.of(all.get(0), all.get(3), all.get(4), all.get(7), all.get(11));
        List<UUID> asked = new ArrayList<>(wanted);
        asked.add(UUID.randomUUID());
        assertThat(customers.findByIdIn(asked).map(Customer::getId).collectList().block())
                .containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(customers.byIds(asked).map(Customer::getId).collectList().block())
                .containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(customers.findByIdIn(List.of(all.get(5))).map(Customer::getId).collectList().block())
                .containsExactly(all.get(5));
    }

    /**
     * {@code Sort.by("id")} is the order of the stored values: creation order for v7 keys in every kind but the
     * time-swapped one, whose order is that of the swapped bytes (it moves the version and counter bits first).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void sortByIdIsTheOrderOfTheStoredValues(R2dbcTarget target) {
        Customers customers = fixture(target).repository(Customers.class);
        Random random = new Random(15);
        AtomicLong clock = new AtomicLong(Instant.parse("2026-11-23T00:00:00Z").toEpochMilli());
        V7Generator generator = V7Generator.builder().millis(clock::get).build();
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            clock.addAndGet(random.nextInt(3)); // a third share their millisecond with the one before
            created.add(generator.next());
        }
        String prefix = "sort-" + UUID.randomUUID() + "-";
        for (UUID id : TestUuids.shuffled(created, 15)) {
            customers.save(new Customer(id, prefix + id)).block();
        }
        List<UUID> ordered = customers.findByNameStartingWith(prefix, Sort.by("id")).map(Customer::getId)
                .collectList().block();
        String what = "Sort.by(\"id\") through Spring Data R2DBC on " + target;
        if (target.kind() == UuidColumnKind.BINARY16_TIME_SWAPPED) {
            List<UUID> bySwappedBytes = new ArrayList<>(created);
            bySwappedBytes.sort((a, b) -> Arrays.compareUnsigned(UuidBinaryLayout.TIME_SWAPPED.toBytes(a),
                    UuidBinaryLayout.TIME_SWAPPED.toBytes(b)));
            Orders.assertSameOrder(ordered, bySwappedBytes, what);
            Orders.assertDifferentOrder(ordered, created, what);
        } else {
            Orders.assertSameOrder(ordered, created, what);
        }
    }

    /**
     * What Spring Data R2DBC stored is the server's own encoding of the canonical text, and a row the server wrote
     * from the text reads back as the UUID.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void storedValuesAreTheServersOwnEncodingOfTheText(R2dbcTarget target) throws SQLException {
        Fixture f = fixture(target);
        Customers customers = f.repository(Customers.class);
        List<UUID> ids = new ArrayList<>(TestUuids.edgeSet(15));
        if (target.kind() == UuidColumnKind.MARIADB_UUID) {
            // MariaDB's UUID type refuses v8 values whose byte 8 is 0x01-0x80 (measured in MariaDbUuidTypeIT)
            ids.removeIf(id -> id.version() == 8);
        }
        ids.add(UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f")); // RFC 9562, Appendix A.6
        ids.add(UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db")); // MySQL manual, UUID_TO_BIN()
        String prefix = "bytes-" + UUID.randomUUID() + "-";
        UuidColumnKind kind = target.kind();
        try (PreparedStatement check = f.admin.prepareStatement("SELECT " + target.column().serverShown("id") + ", "
                + target.column().serverShown(target.serverEncoding()) + " FROM " + f.customers + " WHERE name = ?");
             PreparedStatement delete = f.admin.prepareStatement("DELETE FROM " + f.customers + " WHERE name = ?");
             PreparedStatement plant = f.admin.prepareStatement("INSERT INTO " + f.customers + " (id, name) VALUES ("
                     + target.serverEncoding() + ", ?)")) {
            for (UUID id : ids) {
                String text = id.toString();
                customers.save(new Customer(id, prefix + text)).block();
                check.setString(1, text);
                check.setString(2, prefix + text);
                try (ResultSet rs = check.executeQuery()) {
                    assertThat(rs.next()).as("%s stored", text).isTrue();
                    assertThat(rs.getString(1)).as("%s stored by Spring Data R2DBC", text).isEqualTo(rs.getString(2));
                    if (kind == UuidColumnKind.BINARY16 || kind == UuidColumnKind.POSTGRES_UUID) {
                        assertThat(rs.getString(1)).isEqualToIgnoringCase(text.replace("-", ""));
                    } else if (kind == UuidColumnKind.CHAR36) {
                        assertThat(rs.getString(1)).isEqualTo(text);
                    }
                }
                delete.setString(1, prefix + text);
                assertThat(delete.executeUpdate()).isEqualTo(1);
                plant.setString(1, text);
                plant.setString(2, "planted-" + prefix + text);
                assertThat(plant.executeUpdate()).isEqualTo(1);
                assertThat(customers.findByName("planted-" + prefix + text).block().getId())
                        .as("server's %s read back", text).isEqualTo(id);
            }
        }
    }



    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void plantedBadValuesAreRejectedNamingTheColumn(R2dbcTarget target) {
        Bads bads = fixture(target).repository(Bads.class);
        assertRejected(() -> bads.findById(1).block(), "column bin (Bad.bin)", "15 bytes");
        assertRejected(() -> bads.findById(2).block(), "column bin (Bad.bin)", "17 bytes");
        assertRejected(() -> bads.findById(3).block(), "column txt (Bad.txt)", "'017f22e2-79b0-7cc3-98c4-dc0c0c07398'");
        assertRejected(() -> bads.findById(4).block(), "column txt (Bad.txt)",
                "'017f22e2-79b0-7cc3-98c4-dc0c0c07398\\n'");
    }

    private static void assertRejected(ThrowingCallable read, String column, String found) {
        assertThatThrownBy(read).satisfies(e -> {
            Throwable t = e;
            while (t != null && !(t instanceof DataRetrievalFailureException)) {
                t = t.getCause();
            }
            assertThat(t).as("a DataRetrievalFailureException in %s", e).isNotNull();
            assertThat(t.getMessage()).startsWith("uuidkit: " + column).contains(found).doesNotContain("\n");
        });
    }

    /**
     * The trap, reactive: an aggregate with an application-assigned id, no {@code @Version} and no {@code Persistable}
     * is taken for an existing one; {@code save} runs an {@code UPDATE} that matches no row and completes normally.
     * With {@code UuidPersistable} the same save inserts, and a saved or loaded aggregate updates.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void presetIdsAreLostWithoutUuidPersistableAndInsertedWithIt(R2dbcTarget target) throws SQLException {
        Fixture f = fixture(target);
        Plains plains = f.repository(Plains.class);
        UUID lost = Uuids.v7();
        Plain returned = plains.save(new Plain(lost, "lost")).block(); // no error signal: nothing says nothing was stored
        assertThat(returned.getId()).isEqualTo(lost);
        assertThat(f.count(f.plains, lost)).as("rows stored by save() of a plain aggregate with a preset id")
                .isZero();
        assertThat(plains.findById(lost).blockOptional()).isEmpty();

        Customers customers = f.repository(Customers.class);
        UUID kept = Uuids.v7();
        Customer customer = new Customer(kept, "kept");
        customers.save(customer).block();
        assertThat(f.count(f.customers, kept)).as("rows stored by save() of a UuidPersistable").isOne();
        assertThat(customer.isNew()).as("marked after save").isFalse();
        customer.setName("renamed");
        customers.save(customer).block(); // an UPDATE now, not a second INSERT
        Customer loaded = customers.findById(kept).block();
        assertThat(loaded.getName()).isEqualTo("renamed");
        assertThat(loaded.isNew()).as("marked after load").isFalse();
        loaded.setName("renamed again");
        customers.save(loaded).block();
        assertThat(customers.findById(kept).block().getName()).isEqualTo("renamed again");
        assertThat(f.count(f.customers, kept)).isOne();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aNullIdGetsAV7(R2dbcTarget target) throws SQLException {
        Fixture f = fixture(target);
        Plains plains = f.repository(Plains.class);
        Plain saved = plains.save(new Plain(null, "generated")).block();
        assertThat(Uuids.isV7(saved.getId())).isTrue();
        assertThat(f.count(f.plains, saved.getId())).isOne();
        assertThat(plains.findById(saved.getId()).block().getName()).isEqualTo("generated");
    }

    /**
     * A {@code UUID} reference column with a foreign key: the server accepts the bound value as the referenced key
     * (its join finds the customer), refuses an id no customer has, and a derived query on the reference finds the
     * rows.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void foreignKeysMatchTheReferencedKey(R2dbcTarget target) throws SQLException {
        Fixture f = fixture(target);
        Customers customers = f.repository(Customers.class);
        Notes notes = f.repository(Notes.class);
        UUID customerId = Uuids.v7();
        customers.save(new Customer(customerId, "fk-" + customerId)).block();
        List<UUID> noteIds = List.of(Uuids.v7(), Uuids.v7());
        for (UUID id : noteIds) {
            notes.save(new Note(id, customerId, "note " + id)).block();
        }
        assertThat(notes.findByCustomerId(customerId).map(Note::getId).collectList().block())
                .containsExactlyInAnyOrderElementsOf(noteIds);
        try (PreparedStatement ps = f.admin.prepareStatement("SELECT COUNT(*), MIN(c.name) FROM " + f.notes
                + " n JOIN " + f.customers + " c ON c.id = n.customer_id WHERE c.id = " + target.serverEncoding())) {
            ps.setString(1, customerId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("notes joined to their customer by the server").isEqualTo(2);
                assertThat(rs.getString(2)).isEqualTo("fk-" + customerId);
            }
        }
        assertThatThrownBy(() -> notes.save(new Note(Uuids.v7(), UUID.randomUUID(), "orphan")).block())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** MariaDB: a BINARY(16) key (the default kind) and a native UUID column of one aggregate, each in its encoding. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mariaDbBinary16")
    void nativeAndBinaryColumnsCoexistOnMariaDb(R2dbcTarget target) throws SQLException {
        Fixture f = fixture(target);
        Mixeds mixeds = f.repository(Mixeds.class);
        UUID id = Uuids.v7();
        UUID ref = Uuids.v7();
        mixeds.save(new Mixed(id, ref)).block();
        assertThat(mixeds.findById(id).block().getRef()).isEqualTo(ref);
        try (PreparedStatement ps = f.admin.prepareStatement("SELECT HEX(id), CAST(ref AS CHAR) FROM " + f.mixeds
                + " WHERE id = UNHEX(REPLACE(?, '-', ''))")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualToIgnoringCase(id.toString().replace("-", ""));
                assertThat(rs.getString(2)).isEqualTo(ref.toString());
            }
        }
    }

    /**
     * MySQL: a {@code BINARY(16)} key, a time-swapped {@code BINARY(16)} column and a {@code CHAR(36)} column of one
     * aggregate ({@code @UuidColumn}), stored as {@code UUID_TO_BIN(x)}, {@code UUID_TO_BIN(x, 1)} and the text.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mysqlBinary16")
    void timeSwappedAndCharColumnsPerPropertyOnMySql(R2dbcTarget target) throws SQLException {
        Fixture f = fixture(target);
        KindsRepository kinds = f.repository(KindsRepository.class);
        UUID id = Uuids.v7();
        UUID swapped = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db"); // MySQL manual, UUID_TO_BIN(x, 1)
        UUID canonical = Uuids.v7();
        kinds.save(new Kinds(id, swapped, canonical)).block();
        Kinds loaded = kinds.findById(id).block();
        assertThat(loaded.getSwapped()).isEqualTo(swapped);
        assertThat(loaded.getCanonical()).isEqualTo(canonical);
        try (PreparedStatement ps = f.admin.prepareStatement("SELECT HEX(swapped), HEX(UUID_TO_BIN(?, 1)), canonical"
                + " FROM " + f.kinds + " WHERE id = UUID_TO_BIN(?)")) {
            ps.setString(1, swapped.toString());
            ps.setString(2, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(rs.getString(2)).isEqualTo("1026BABA6CCD780C95645B8C656024DB");
                assertThat(rs.getString(3)).isEqualTo(canonical.toString());
            }
        }
    }

    /**
     * Without uuidkit (Spring Data's own converter, no {@code UUID} converter): io.asyncer r2dbc-mysql has no codec for
     * {@code UUID} ("Cannot encode class java.util.UUID"), r2dbc-mariadb binds the text, which a strict
     * {@code BINARY(16)} refuses ("Data too long"); a MariaDB {@code UUID} column takes the text.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mysqlFamily")
    void withoutUuidkitTheDriversBindTheUuidObject(R2dbcTarget target) throws SQLException {
        Fixture f = fixture(target);
        R2dbcMappingContext context = new R2dbcMappingContext(namingStrategy(Map.of(Plain.class, f.plains)));
        R2dbcDialect dialect = DialectResolver.getDialect(target.connectionFactory());
        R2dbcCustomConversions conversions = R2dbcCustomConversions.of(dialect, List.of());
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        R2dbcEntityTemplate template = new R2dbcEntityTemplate(DatabaseClient.create(target.connectionFactory()),
                dialect, new MappingR2dbcConverter(context, conversions));
        UUID id = Uuids.v7();
        ThrowingCallable insert = () -> template.insert(new Plain(id, "without uuidkit")).block();
        if (target.driver() == R2dbcTarget.Driver.R2DBC_MYSQL) {
            assertThatThrownBy(insert).hasStackTraceContaining("Cannot encode class java.util.UUID");
        } else if (target.kind() == UuidColumnKind.BINARY16) {
            assertThatThrownBy(insert).hasStackTraceContaining("Data too long for column 'id'");
        } else {
            template.insert(new Plain(id, "without uuidkit")).block();
            assertThat(f.count(f.plains, id)).as("MariaDB UUID column from r2dbc-mariadb's text").isOne();
        }
    }

    /** A BINARY(16) kind with the PostgreSQL dialect (resolved from the connection factory) fails when made. */
    @Test
    void binary16OnPostgresFailsFast() {
        R2dbcTarget postgres = R2dbcTarget.all().filter(R2dbcTarget::isPostgres).findFirst().orElseThrow();
        R2dbcDialect dialect = DialectResolver.getDialect(postgres.connectionFactory());
        R2dbcMappingContext context = new R2dbcMappingContext();
        assertThatThrownBy(() -> new UuidR2dbcConverter(context, R2dbcCustomConversions.of(dialect, List.of()),
                dialect, UuidColumnKind.BINARY16)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BINARY16").hasMessageContaining("PostgreSQL dialect");
    }
}
