package io.github.uuidkit.it.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.Orders;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.it.support.TestUuids;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import io.github.uuidkit.mybatis.UuidTypeHandler;
import io.github.uuidkit.mybatis.UuidTypeHandlers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MyBatis 3.5 with uuidkit-mybatis on real engines, every target of {@link MyBatisTarget} (PostgreSQL {@code uuid};
 * MySQL 8.0 {@code BINARY(16)}, time-swapped {@code BINARY(16)} and {@code CHAR(36)}; MariaDB 11.4 {@code UUID} and
 * {@code BINARY(16)} through MySQL Connector/J and MariaDB Connector/J): the schema's default registered in one line
 * ({@code UuidTypeHandlers.registerNative} from the connection for the native kinds, {@code register} otherwise),
 * then an annotation mapper ({@link CustomerMapper}) and an XML mapper ({@code PurchaseMapper.xml}) that name no type
 * handler. Known answers come from the server: {@code uuid_send}, {@code UUID_TO_BIN(text[, 1])}, {@code HEX},
 * {@code CAST(text AS UUID)} applied to the JDK's canonical text.
 */
class MyBatisEngineIT {

    private static final Map<String, Fixture> FIXTURES = new ConcurrentHashMap<>();

    static Stream<MyBatisTarget> targets() {
        return MyBatisTarget.all();
    }

    /** One schema and one SqlSessionFactory per target, made on first use and dropped after the class. */
    static final class Fixture {
        final MyBatisTarget target;
        final Connection admin;
        final TestTables tables;
        final String customers;
        final String purchases;
        final String bad;
        final SqlSessionFactory factory;
        final UuidTypeHandler registered;

        Fixture(MyBatisTarget target) throws SQLException {
            this.target = target;
            Engines.announce(MyBatisEngineIT.class, target.engine().get());
            admin = target.connect();
            tables = TestTables.on(admin);
            customers = tables.name("mb_customers");
            purchases = tables.name("mb_purchases");
            bad = tables.name("mb_bad");
            String id = target.idType();
            exec("CREATE TABLE " + customers + " (id " + id + " NOT NULL PRIMARY KEY, name VARCHAR(160) NOT NULL)");
            exec("CREATE TABLE " + purchases + " (id " + id + " NOT NULL PRIMARY KEY, customer_id " + id + " NULL,"
                    + " note VARCHAR(60), FOREIGN KEY (customer_id) REFERENCES " + customers + " (id))");
            exec("CREATE TABLE " + bad + " (n INT NOT NULL PRIMARY KEY, bin " + target.badBytesType() + ","
                    + " txt VARCHAR(64))");
            try (PreparedStatement ps = admin.prepareStatement("INSERT INTO " + bad + " VALUES (?, ?, ?)")) {
                Object[][] rows = {{1, new byte[15], null}, {2, new byte[17], null},
                    {3, null, "017f22e2-79b0-7cc3-98c4-dc0c0c07398"}, {4, null, "017f22e2-79b0-7cc3-98c4-dc0c0c07398\n"}};
                for (Object[] row : rows) {
                    ps.setInt(1, (Integer) row[0]);
                    ps.setBytes(2, (byte[]) row[1]);
                    ps.setString(3, (String) row[2]);
                    ps.executeUpdate();
                }
            }

            Environment environment = new Environment("it", new JdbcTransactionFactory(), target.dataSource());
            Configuration configuration = new Configuration(environment);
            Properties variables = new Properties();
            variables.setProperty("customers", customers);
            variables.setProperty("purchases", purchases);
            variables.setProperty("bad", bad);
            configuration.setVariables(variables);
            // the one line: the native kinds from the connection, the others named
            if (target.kind() == UuidColumnKind.POSTGRES_UUID || target.kind() == UuidColumnKind.MARIADB_UUID) {
                try (Connection c = environment.getDataSource().getConnection()) {
                    registered = UuidTypeHandlers.registerNative(configuration, c);
                }
            } else {
                registered = UuidTypeHandlers.register(configuration, target.kind());
            }
            configuration.addMapper(CustomerMapper.class);
            configuration.addMapper(PurchaseMapper.class);
            factory = new SqlSessionFactoryBuilder().build(configuration);
        }

        void exec(String sql) throws SQLException {
            try (Statement st = admin.createStatement()) {
                st.execute(sql);
            }
        }

        SqlSession session() {
            return factory.openSession(true);
        }

        void close() throws SQLException {
            try {
                ((PooledDataSource) factory.getConfiguration().getEnvironment().getDataSource()).forceCloseAll();
                tables.close();
            } finally {
                admin.close();
            }
        }
    }

    private static Fixture fixture(MyBatisTarget target) {
        return FIXTURES.computeIfAbsent(target.name(), name -> {
            try {
                return new Fixture(target);
            } catch (SQLException e) {
                throw new IllegalStateException(target + ": " + e, e);
            }
        });
    }

    @AfterAll
    static void dropTheSchemas() throws SQLException {
        for (Fixture f : FIXTURES.values()) {
            f.close();
        }
        FIXTURES.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void oneLineRegistersTheKindOfTheSchema(MyBatisTarget target) {
        assertThat(fixture(target).registered.kind()).isEqualTo(target.kind());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void annotationMapperInsertsAndFindsById(MyBatisTarget target) {
        Fixture f = fixture(target);
        UUID id = V7Generator.builder().build().next();
        try (SqlSession session = f.session()) {
            CustomerMapper mapper = session.getMapper(CustomerMapper.class);
            assertThat(mapper.insert(new Customer(id, "find-" + id))).isEqualTo(1);
            Customer found = mapper.findById(id);
            assertThat(found.getId()).isEqualTo(id);
            assertThat(found.getName()).isEqualTo("find-" + id);
            assertThat(mapper.findByName("find-" + id).getId()).as("auto-mapped id").isEqualTo(id);
            assertThat(mapper.idByNameAndId("find-" + id, id)).as("@Param UUID").isEqualTo(id);
            assertThat(mapper.findById(UUID.randomUUID())).isNull();
            assertThat(mapper.findById(null)).as("WHERE id = NULL matches nothing").isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void xmlMapperInsertsFindsByIdAndKeepsNullForeignKeys(MyBatisTarget target) {
        Fixture f = fixture(target);
        V7Generator ids = V7Generator.builder().build();
        UUID customer = ids.next();
        UUID withCustomer = ids.next();
        UUID withoutCustomer = ids.next();
        try (SqlSession session = f.session()) {
            session.getMapper(CustomerMapper.class).insert(new Customer(customer, "xml-" + customer));
            PurchaseMapper mapper = session.getMapper(PurchaseMapper.class);
            assertThat(mapper.insert(new Purchase(withCustomer, customer, "one"))).isEqualTo(1);
            assertThat(mapper.insert(new Purchase(withoutCustomer, null, "orphan"))).isEqualTo(1);
            Purchase found = mapper.findById(withCustomer);
            assertThat(found.getId()).isEqualTo(withCustomer);
            assertThat(found.getCustomerId()).isEqualTo(customer);
            assertThat(found.getNote()).isEqualTo("one");
            Purchase orphan = mapper.findById(withoutCustomer);
            assertThat(orphan.getId()).isEqualTo(withoutCustomer);
            assertThat(orphan.getCustomerId()).as("SQL NULL read back").isNull();
            assertThat(mapper.findWithoutCustomer()).extracting(Purchase::getId).contains(withoutCustomer)
                    .doesNotContain(withCustomer);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void inListsInBothMappers(MyBatisTarget target) {
        Fixture f = fixture(target);
        V7Generator generator = V7Generator.builder().build();
        List<UUID> all = new ArrayList<>();
        try (SqlSession session = f.session()) {
            CustomerMapper customers = session.getMapper(CustomerMapper.class);
            PurchaseMapper purchases = session.getMapper(PurchaseMapper.class);
            for (int i = 0; i < 12; i++) {
                UUID id = generator.next();
                all.add(id);
                customers.insert(new Customer(id, "in-" + id));
                purchases.insert(new Purchase(id, id, "in")); // same key value in the other table: a 1:1 purchase
            }
            List<UUID> wanted = List.of(all.get(0), all.get(3), all.get(4), all.get(7), all.get(11));
            List<UUID> asked = new ArrayList<>(wanted);
            asked.add(UUID.randomUUID());
            assertThat(customers.findByIds(asked)).extracting(Customer::getId)
                    .containsExactlyInAnyOrderElementsOf(wanted);
            assertThat(purchases.findByIds(asked)).extracting(Purchase::getId)
                    .containsExactlyInAnyOrderElementsOf(wanted);
            assertThat(customers.findByIds(List.of(all.get(5)))).extracting(Customer::getId)
                    .containsExactly(all.get(5));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void foreignKeyJoinAndViolation(MyBatisTarget target) {
        Fixture f = fixture(target);
        V7Generator generator = V7Generator.builder().build();
        UUID alice = generator.next();
        UUID bob = generator.next();
        List<UUID> alicePurchases = List.of(generator.next(), generator.next(), generator.next());
        try (SqlSession session = f.session()) {
            CustomerMapper customers = session.getMapper(CustomerMapper.class);
            PurchaseMapper purchases = session.getMapper(PurchaseMapper.class);
            customers.insert(new Customer(alice, "alice-" + alice));
            customers.insert(new Customer(bob, "bob-" + bob));
            for (UUID p : alicePurchases) {
                purchases.insert(new Purchase(p, alice, "a"));
            }
            purchases.insert(new Purchase(generator.next(), bob, "b"));
            List<Purchase> joined = purchases.findWithCustomer(alice);
            assertThat(joined).extracting(Purchase::getId).containsExactlyInAnyOrderElementsOf(alicePurchases);
            assertThat(joined).allSatisfy(p -> {
                assertThat(p.getCustomerId()).isEqualTo(alice);
                assertThat(p.getCustomerName()).isEqualTo("alice-" + alice);
            });
            // the server compares the bound key with the stored one: an unknown customer violates the key
            UUID unknown = generator.next();
            assertThatThrownBy(() -> purchases.insert(new Purchase(generator.next(), unknown, "x")))
                    .isInstanceOf(PersistenceException.class)
                    .satisfies(e -> assertThat(sqlException(e).getSQLState()).startsWith("23"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void orderByIdIsCreationOrderForV7(MyBatisTarget target) {
        Fixture f = fixture(target);
        Random random = new Random(15);
        AtomicLong clock = new AtomicLong(Instant.parse("2026-11-23T00:00:00Z").toEpochMilli());
        V7Generator generator = V7Generator.builder().millis(clock::get).build();
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            clock.addAndGet(random.nextInt(3)); // a third share their millisecond with the one before
            created.add(generator.next());
        }
        String prefix = "sort-" + UUID.randomUUID() + "-";
        try (SqlSession session = f.session()) {
            CustomerMapper mapper = session.getMapper(CustomerMapper.class);
            for (UUID id : TestUuids.shuffled(created, 15)) {
                mapper.insert(new Customer(id, prefix + id));
            }
            List<UUID> ordered = mapper.idsInOrder(prefix + "%");
            assertThat(ordered).containsExactlyInAnyOrderElementsOf(created);
            if (target.kind() == UuidColumnKind.BINARY16_TIME_SWAPPED) {
                // UUID_TO_BIN(x, 1) moves v7's time fields apart: documented, so asserted
                Orders.assertDifferentOrder(ordered, created, "v7 keys in a time-swapped BINARY(16) column");
            } else {
                Orders.assertSameOrder(ordered, created, "ORDER BY id through MyBatis on " + target);
            }
        }
    }

    /**
     * What MyBatis stored is what the server makes of the canonical text, and what the server made of the text reads
     * back as the UUID: {@code uuid_send}, {@code UUID_TO_BIN(text[, 1])}, {@code UNHEX}, {@code CAST(text AS UUID)}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void storedBytesAreTheServersOwnEncodingOfTheText(MyBatisTarget target) throws SQLException {
        Fixture f = fixture(target);
        String stored = target.column().serverShown("id");
        String expected = target.column().serverShown(target.serverEncoding());
        List<UUID> ids = new ArrayList<>(TestUuids.edgeSet(15));
        if (target.kind() == UuidColumnKind.MARIADB_UUID) {
            // MariaDB's UUID type refuses v8 values whose byte 8 is 0x01-0x80 ("Incorrect uuid value"): the type's own
            // rule, not this suite's subject (measured in MariaDbUuidTypeIT)
            ids.removeIf(id -> id.version() == 8);
        }
        ids.add(UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f")); // RFC 9562, Appendix A.6
        ids.add(UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db")); // MySQL manual, UUID_TO_BIN()
        String prefix = "bytes-" + UUID.randomUUID() + "-";
        try (SqlSession session = f.session();
             PreparedStatement check = f.admin.prepareStatement("SELECT " + stored + ", " + expected
                     + " FROM " + f.customers + " WHERE name = ?");
             PreparedStatement plant = f.admin.prepareStatement("INSERT INTO " + f.customers
                     + " (id, name) VALUES (" + (target.kind() == UuidColumnKind.CHAR36 ? "?" : target.serverEncoding())
                     + ", ?)")) {
            CustomerMapper mapper = session.getMapper(CustomerMapper.class);
            for (UUID id : ids) {
                String text = id.toString(); // the JDK's canonical text, lowercase
                mapper.insert(new Customer(id, prefix + text));
                check.setString(1, text);
                check.setString(2, prefix + text);
                try (ResultSet rs = check.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as("%s stored by MyBatis", text).isEqualTo(rs.getString(2));
                    if (target.kind() == UuidColumnKind.BINARY16 || target.kind() == UuidColumnKind.POSTGRES_UUID) {
                        // the standard layout is the 32 hex digits in text order
                        assertThat(rs.getString(1)).isEqualToIgnoringCase(text.replace("-", ""));
                    }
                }
                // and the other way: a row the server wrote from the text reads back as the UUID (CHAR(36): the
                // text in upper case, which the strict read accepts)
                String plantedName = "planted-" + prefix + text;
                try (PreparedStatement delete = f.admin.prepareStatement("DELETE FROM " + f.customers
                        + " WHERE name = ?")) {
                    delete.setString(1, prefix + text);
                    assertThat(delete.executeUpdate()).isEqualTo(1);
                }
                plant.setString(1, target.kind() == UuidColumnKind.CHAR36 ? text.toUpperCase(Locale.ROOT) : text);
                plant.setString(2, plantedName);
                assertThat(plant.executeUpdate()).isEqualTo(1);
                assertThat(mapper.findByName(plantedName).getId()).as("server's %s read back", text).isEqualTo(id);
            }
        }
    }



    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void plantedBadValuesAreRejectedNamingTheColumn(MyBatisTarget target) {
        Fixture f = fixture(target);
        try (SqlSession session = f.session()) {
            CustomerMapper mapper = session.getMapper(CustomerMapper.class);
            assertRejected(() -> mapper.badValue("bin", 1), "15 bytes");
            assertRejected(() -> mapper.badValue("bin", 2), "17 bytes");
            assertRejected(() -> mapper.badValue("txt", 3), "'017f22e2-79b0-7cc3-98c4-dc0c0c07398'");
            assertRejected(() -> mapper.badValue("txt", 4), "'017f22e2-79b0-7cc3-98c4-dc0c0c07398\\n'");
        }
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String found) {
        assertThatThrownBy(read).isInstanceOf(PersistenceException.class).satisfies(e -> {
            SQLException cause = sqlException(e);
            assertThat((Object) cause).isInstanceOf(SQLDataException.class);
            assertThat(cause.getSQLState()).isEqualTo(UuidJdbc.INVALID_VALUE_STATE);
            assertThat(cause.getMessage()).startsWith("Column 1 (id): expected ").contains(found)
                    .doesNotContain("\n");
        });
    }

    private static SQLException sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return (SQLException) t;
            }
        }
        throw new AssertionError("no SQLException in " + e, e);
    }
}
