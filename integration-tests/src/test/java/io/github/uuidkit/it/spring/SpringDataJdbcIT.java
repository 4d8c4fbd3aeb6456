package io.github.uuidkit.it.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.Orders;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.it.support.TestUuids;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.mysql.MysqlWarning;
import io.github.uuidkit.spring.MysqlStartupCheck;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Spring Data JDBC 4.1 with uuidkit-spring on real engines, every target of {@link SpringTarget}: the README's
 * configuration ({@link SpringJdbcConfig}: {@code UuidJdbcConverter} with the schema's default kind, the v7 id
 * callback, the {@code UuidPersistable} callbacks, and on MySQL/MariaDB a failing {@link MysqlStartupCheck}), then
 * repositories with {@code findById}, {@code findAllById}, a derived {@code In}, {@code @Query ... IN (:ids)}, a
 * sorted derived query and a foreign key; on MySQL a time-swapped and a {@code CHAR(36)} column by {@code @UuidColumn}.
 * Known answers come from the server: {@code uuid_send}, {@code UUID_TO_BIN(text)}, {@code UUID_TO_BIN(text, 1)},
 * {@code UNHEX} of the hex digits (MariaDB has no {@code UUID_TO_BIN}), {@code CAST(text AS UUID)}.
 */
class SpringDataJdbcIT {

    private static final Map<String, Fixture> FIXTURES = new ConcurrentHashMap<>();

    static Stream<SpringTarget> targets() {
        return SpringTarget.all();
    }

    static Stream<SpringTarget> mysqlFamily() {
        return SpringTarget.all().filter(t -> !t.isPostgres());
    }

    static Stream<SpringTarget> mariaDb() {
        return SpringTarget.all().filter(SpringTarget::isMariaDb);
    }

    static Stream<SpringTarget> mySql() {
        return SpringTarget.all().filter(SpringDataJdbcIT::isMySql);
    }

    private static boolean isMySql(SpringTarget target) {
        return target.engine().get().isMySql();
    }

    /** One schema and one Spring context per target, made on first use and closed after the class. */
    static final class Fixture {
        final SpringTarget target;
        final Connection admin;
        final Connection app;
        final TestTables tables;
        final String customers;
        final String plains;
        final String bads;
        final String mixeds;
        final String notes;
        final String kinds;
        final SingleConnectionDataSource dataSource;
        final AnnotationConfigApplicationContext context;

        Fixture(SpringTarget target) throws SQLException {
            this.target = target;
            Engines.announce(SpringDataJdbcIT.class, target.engine().get());
            admin = target.connect();
            tables = TestTables.on(admin);
            customers = tables.name("sd_customer");
            plains = tables.name("sd_plain");
            bads = tables.name("sd_bad");
            mixeds = tables.name("sd_mixed");
            notes = tables.name("sd_note");
            kinds = tables.name("sd_kinds");
            String id = target.idType();
            exec("CREATE TABLE " + customers + " (id " + id + " NOT NULL PRIMARY KEY, name VARCHAR(160) NOT NULL)");
            // a table constraint: MySQL 8.0 parses an inline column REFERENCES and ignores it
            exec("CREATE TABLE " + notes + " (id " + id + " NOT NULL PRIMARY KEY, customer_id " + id + " NOT NULL,"
                    + " text VARCHAR(160) NOT NULL, FOREIGN KEY (customer_id) REFERENCES " + customers + " (id))");
            if (isMySql(target)) {
                exec("CREATE TABLE " + kinds + " (id BINARY(16) NOT NULL PRIMARY KEY, swapped BINARY(16),"
                        + " canonical CHAR(36))");
            }
            exec("CREATE TABLE " + plains + " (id " + id + " NOT NULL PRIMARY KEY, name VARCHAR(160) NOT NULL)");
            exec("CREATE TABLE " + bads + " (n INT NOT NULL PRIMARY KEY, bin "
                    + (target.isPostgres() ? "bytea" : "VARBINARY(32)") + ", txt VARCHAR(64))");
            if (target.isMariaDb()) {
                exec("CREATE TABLE " + mixeds + " (id BINARY(16) NOT NULL PRIMARY KEY, ref UUID)");
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
            app = target.connect();
            dataSource = new SingleConnectionDataSource(app, true);
            Map<Class<?>, String> names = new HashMap<>();
            names.put(Customer.class, customers);
            names.put(Plain.class, plains);
            names.put(Bad.class, bads);
            names.put(Mixed.class, mixeds);
            names.put(Note.class, notes);
            names.put(Kinds.class, kinds);
            context = context(target.kind(), dataSource, names, !target.isPostgres());
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
                app.close();
                admin.close();
            }
        }
    }

    static AnnotationConfigApplicationContext context(UuidColumnKind kind, DataSource dataSource,
            Map<Class<?>, String> tableNames, boolean mysqlCheck) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> dataSource);
        context.registerBean(UuidColumnKind.class, () -> kind);
        context.registerBean(NamingStrategy.class, () -> new NamingStrategy() {
            @Override
            public String getTableName(Class<?> type) {
                return tableNames.getOrDefault(type, "not_used");
            }
        });
        if (mysqlCheck) {
            context.registerBean(MysqlStartupCheck.class,
                    () -> new MysqlStartupCheck(dataSource, true, kind, UuidColumnKind.BINARY16));
        }
        context.register(SpringJdbcConfig.class);
        context.refresh();
        return context;
    }

    private static Fixture fixture(SpringTarget target) {
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
    void insertsAndFindsByIdAndAllById(SpringTarget target) {
        Repositories.Customers customers = fixture(target).repository(Repositories.Customers.class);
        V7Generator generator = V7Generator.builder().build();
        List<UUID> ids = List.of(generator.next(), generator.next(), generator.next());
        for (UUID id : ids) {
            customers.save(new Customer(id, "find-" + id));
        }
        Customer found = customers.findById(ids.get(1)).orElseThrow();
        assertThat(found.getId()).isEqualTo(ids.get(1));
        assertThat(found.getName()).isEqualTo("find-" + ids.get(1));
        assertThat(customers.byId(ids.get(2)).getName()).as("@Query with a UUID parameter").isEqualTo(
                "find-" + ids.get(2));
        List<UUID> asked = new ArrayList<>(ids);
        asked.add(UUID.randomUUID());
        assertThat(StreamSupport.stream(customers.findAllById(asked).spliterator(), false).map(Customer::getId))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(customers.findById(UUID.randomUUID())).isEmpty();
        assertThat(customers.existsById(ids.get(0))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void inListsDerivedAndQuery(SpringTarget target) {
        Repositories.Customers customers = fixture(target).repository(Repositories.Customers.class);
        V7Generator generator = V7Generator.builder().build();
        List<UUID> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            UUID id = generator.next();
            all.add(id);
            customers.save(new Customer(id, "in-" + id));
        }
        List<UUID> wanted = List.of(all.get(0), all.get(3), all.get(4), all.get(7), all.get(11));
        List<UUID> asked = new ArrayList<>(wanted);
        asked.add(UUID.randomUUID());
        assertThat(customers.findByIdIn(asked)).extracting(Customer::getId).containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(customers.byIds(asked)).extracting(Customer::getId).containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(customers.findByIdIn(List.of(all.get(5)))).extracting(Customer::getId).containsExactly(all.get(5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void sortByIdIsCreationOrder(SpringTarget target) {
        Repositories.Customers customers = fixture(target).repository(Repositories.Customers.class);
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
            customers.save(new Customer(id, prefix + id));
        }
        List<UUID> ordered = customers.findByNameStartingWith(prefix, Sort.by("id")).stream().map(Customer::getId)
                .toList();
        Orders.assertSameOrder(ordered, created, "Sort.by(\"id\") through Spring Data JDBC on " + target);
    }

    /**
     * What Spring Data stored is the server's own encoding of the canonical text, and a row the server wrote from the
     * text reads back as the UUID.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void storedBytesAreTheServersOwnEncodingOfTheText(SpringTarget target) throws SQLException {
        Fixture f = fixture(target);
        Repositories.Customers customers = f.repository(Repositories.Customers.class);
        List<UUID> ids = new ArrayList<>(TestUuids.edgeSet(15));
        if (target.kind() == UuidColumnKind.MARIADB_UUID) {
            // MariaDB's UUID type refuses v8 values whose byte 8 is 0x01-0x80 (measured in MariaDbUuidTypeIT)
            ids.removeIf(id -> id.version() == 8);
        }
        ids.add(UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f")); // RFC 9562, Appendix A.6
        ids.add(UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db")); // MySQL manual, UUID_TO_BIN()
        String prefix = "bytes-" + UUID.randomUUID() + "-";
        try (PreparedStatement check = f.admin.prepareStatement("SELECT " + target.column().serverShown("id") + ", "
                + target.column().serverShown(target.serverEncoding()) + " FROM " + f.customers + " WHERE name = ?");
             PreparedStatement delete = f.admin.prepareStatement("DELETE FROM " + f.customers + " WHERE name = ?");
             PreparedStatement plant = f.admin.prepareStatement("INSERT INTO " + f.customers + " (id, name) VALUES ("
                     + target.serverEncoding() + ", ?)")) {
            for (UUID id : ids) {
                String text = id.toString();
                customers.save(new Customer(id, prefix + text));
                check.setString(1, text);
                check.setString(2, prefix + text);
                try (ResultSet rs = check.executeQuery()) {
                    assertThat(rs.next()).as("%s stored", text).isTrue();
                    assertThat(rs.getString(1)).as("%s stored by Spring Data", text).isEqualTo(rs.getString(2));
                    if (target.kind() != UuidColumnKind.MARIADB_UUID) {
                        assertThat(rs.getString(1)).isEqualToIgnoringCase(text.replace("-", ""));
                    }
                }
                delete.setString(1, prefix + text);
                assertThat(delete.executeUpdate()).isEqualTo(1);
                plant.setString(1, text);
                plant.setString(2, "planted-" + prefix + text);
                assertThat(plant.executeUpdate()).isEqualTo(1);
                assertThat(customers.findByName("planted-" + prefix + text).getId()).as("server's %s read back", text)
                        .isEqualTo(id);
            }
        }
    }



    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void plantedBadValuesAreRejectedNamingTheColumn(SpringTarget target) {
        Repositories.Bads bads = fixture(target).repository(Repositories.Bads.class);
        assertRejected(() -> bads.findById(1), "column bin (Bad.bin)", "15 bytes");
        assertRejected(() -> bads.findById(2), "column bin (Bad.bin)", "17 bytes");
        assertRejected(() -> bads.findById(3), "column txt (Bad.txt)", "'017f22e2-79b0-7cc3-98c4-dc0c0c07398'");
        assertRejected(() -> bads.findById(4), "column txt (Bad.txt)", "'017f22e2-79b0-7cc3-98c4-dc0c0c07398\\n'");
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String column,
            String found) {
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
     * The trap: an aggregate with an application-assigned id, no {@code @Version} and no {@code Persistable} is taken
     * for an existing one; {@code save} runs an {@code UPDATE} that matches no row. With {@code UuidPersistable} the
     * same save inserts, and a loaded or saved aggregate updates.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void presetIdsAreLostWithoutUuidPersistableAndInsertedWithIt(SpringTarget target) throws SQLException {
        Fixture f = fixture(target);
        Repositories.Plains plains = f.repository(Repositories.Plains.class);
        UUID lost = Uuids.v7();
        assertThatLostWrite(() -> plains.save(new Plain(lost, "lost")));
        assertThat(f.count(f.plains, lost)).as("rows stored by save() of a plain aggregate with a preset id")
                .isZero();
        assertThat(plains.findById(lost)).isEmpty();

        Repositories.Customers customers = f.repository(Repositories.Customers.class);
        UUID kept = Uuids.v7();
        Customer customer = new Customer(kept, "kept");
        customers.save(customer);
        assertThat(f.count(f.customers, kept)).as("rows stored by save() of a UuidPersistable").isOne();
        assertThat(customer.isNew()).as("marked after save").isFalse();
        customer.setName("renamed");
        customers.save(customer); // an UPDATE now, not a second INSERT
        Customer loaded = customers.findById(kept).orElseThrow();
        assertThat(loaded.getName()).isEqualTo("renamed");
        assertThat(loaded.isNew()).as("marked after load").isFalse();
        loaded.setName("renamed again");
        customers.save(loaded);
        assertThat(customers.findById(kept).orElseThrow().getName()).isEqualTo("renamed again");
        assertThat(f.count(f.customers, kept)).isOne();
    }

    private static void assertThatLostWrite(Runnable save) {
        save.run(); // returns normally: no exception tells the caller that nothing was stored
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aNullIdGetsAV7(SpringTarget target) throws SQLException {
        Fixture f = fixture(target);
        Repositories.Plains plains = f.repository(Repositories.Plains.class);
        Plain saved = plains.save(new Plain(null, "generated"));
        assertThat(saved.getId()).isNotNull();
        assertThat(Uuids.isV7(saved.getId())).isTrue();
        assertThat(f.count(f.plains, saved.getId())).isOne();
        assertThat(plains.findById(saved.getId()).orElseThrow().getName()).isEqualTo("generated");
    }

    /** MariaDB: a BINARY(16) key and a native UUID column of one aggregate, each in its own encoding. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mariaDb")
    void nativeAndBinaryColumnsCoexistOnMariaDb(SpringTarget target) throws SQLException {
        Fixture f = fixture(target);
        Repositories.Mixeds mixeds = f.repository(Repositories.Mixeds.class);
        UUID id = Uuids.v7();
        UUID ref = Uuids.v7();
        mixeds.save(new Mixed(id, ref));
        assertThat(mixeds.findById(id).orElseThrow().getRef()).isEqualTo(ref);
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
     * A {@code UUID} reference column with a foreign key: the server accepts the bound value as the referenced key (its
     * join finds the customer), refuses an id no customer has, and a derived query on the reference finds the rows.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void foreignKeysMatchTheReferencedKey(SpringTarget target) throws SQLException {
        Fixture f = fixture(target);
        Repositories.Customers customers = f.repository(Repositories.Customers.class);
        Repositories.Notes notes = f.repository(Repositories.Notes.class);
        UUID customerId = Uuids.v7();
        customers.save(new Customer(customerId, "fk-" + customerId));
        List<UUID> noteIds = List.of(Uuids.v7(), Uuids.v7());
        for (UUID id : noteIds) {
            notes.save(new Note(id, customerId, "note " + id));
        }
        assertThat(notes.findByCustomerId(customerId)).extracting(Note::getId)
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
        assertThatThrownBy(() -> notes.save(new Note(Uuids.v7(), UUID.randomUUID(), "orphan")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /**
     * MySQL: a {@code BINARY(16)} key, a time-swapped {@code BINARY(16)} column and a {@code CHAR(36)} column of one
     * aggregate ({@code @UuidColumn}), stored as {@code UUID_TO_BIN(x)}, {@code UUID_TO_BIN(x, 1)} and the text, and
     * found by derived queries on each column (the property's kind binds the parameter).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mySql")
    void timeSwappedAndCharColumnsPerPropertyOnMySql(SpringTarget target) throws SQLException {
        Fixture f = fixture(target);
        Repositories.KindsRepository kinds = f.repository(Repositories.KindsRepository.class);
        UUID id = Uuids.v7();
        UUID swapped = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db"); // MySQL manual, UUID_TO_BIN(x, 1)
        UUID canonical = Uuids.v7();
        kinds.save(new Kinds(id, swapped, canonical));
        Kinds loaded = kinds.findById(id).orElseThrow();
        assertThat(loaded.getSwapped()).isEqualTo(swapped);
        assertThat(loaded.getCanonical()).isEqualTo(canonical);
        assertThat(kinds.findBySwapped(swapped).getId()).isEqualTo(id);
        assertThat(kinds.findByCanonical(canonical).getId()).isEqualTo(id);
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

    /** The startup check passed at context start (fail = true); on a non-strict session it reports it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mysqlFamily")
    void startupCheckPassesOnStrictServersAndReportsANonStrictSession(SpringTarget target) throws SQLException {
        Fixture f = fixture(target);
        MysqlStartupCheck check = f.repository(MysqlStartupCheck.class);
        assertThat(check.check()).isEmpty();
        String mode;
        try (Statement st = f.app.createStatement(); ResultSet rs = st.executeQuery("SELECT @@SESSION.sql_mode")) {
            rs.next();
            mode = rs.getString(1);
        }
        try (PreparedStatement set = f.app.prepareStatement("SET SESSION sql_mode = ?")) {
            set.setString(1, "");
            set.execute();
            try {
                assertThat(check.check()).containsExactly(MysqlWarning.NON_STRICT_SQL_MODE);
                assertThatThrownBy(check::afterPropertiesSet).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("NON_STRICT_SQL_MODE");
            } finally {
                set.setString(1, mode);
                set.execute();
            }
        }
    }

    /** BINARY(16) with the PostgreSQL dialect (resolved from the connection): the context does not start. */
    @Test
    void binary16OnPostgresFailsAtStartup() throws SQLException {
        SpringTarget postgres = SpringTarget.all().filter(SpringTarget::isPostgres).findFirst().orElseThrow();
        try (Connection c = postgres.connect()) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(c, true);
            assertThatThrownBy(() -> context(UuidColumnKind.BINARY16, dataSource, Map.of(), false))
                    .satisfies(e -> {
                        Throwable root = e;
                        while (root.getCause() != null) {
                            root = root.getCause();
                        }
                        assertThat(root).isInstanceOf(IllegalStateException.class)
                                .hasMessageContaining("BINARY16").hasMessageContaining("PostgreSQL dialect");
                    });
        }
    }
}
