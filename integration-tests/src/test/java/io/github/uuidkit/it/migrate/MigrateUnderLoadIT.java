package io.github.uuidkit.it.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.doctor.ColumnReport;
import io.github.uuidkit.doctor.Doctor;
import io.github.uuidkit.doctor.DoctorReport;
import io.github.uuidkit.doctor.Severity;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.EngineKind;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.it.support.TestUuids;
import io.github.uuidkit.migrate.Migrate;
import io.github.uuidkit.migrate.MigrationException;
import io.github.uuidkit.migrate.MigrationPlan;
import io.github.uuidkit.migrate.MigrationRun;
import io.github.uuidkit.migrate.MigrationTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code uuidkit migrate} under load: a parent table with a text UUID key and a child table referencing it, filled
 * with {@code uuidkit.it.migrate.rows} parents (default 100,000; half of them with a child), converted online while
 * {@code uuidkit.it.migrate.writers} threads (default 3) insert, update and delete through the application's
 * statements. The run is interrupted twice (after a step, and in the middle of the parent's backfill) and resumed.
 * Asserts: no row lost or changed (every parent's and child's final value equals what the writers last wrote), every
 * foreign key intact, the final schema as planned. Prints the longest time a writer's statement took per step.
 *
 * <p>Engines: the primary PostgreSQL, MySQL and MariaDB of the run ({@code uuidkit.it.migrate.kinds}, default
 * {@code postgres,mysql,mariadb}, restricts them).
 */
public class MigrateUnderLoadIT {

    static final int ROWS = Integer.getInteger("uuidkit.it.migrate.rows", 100_000);
    static final int WRITERS = Integer.getInteger("uuidkit.it.migrate.writers", 3);
    static final long SEED = Long.getLong("uuidkit.it.migrate.seed", 25L);

    /** The engines of the migrate suites: the primary PostgreSQL, MySQL, MariaDB ({@code uuidkit.it.migrate.kinds}). */
    public static Stream<Engine> engines() {
        List<String> kinds = Arrays.asList(System.getProperty("uuidkit.it.migrate.kinds", "postgres,mysql,mariadb")
                .split(","));
        List<Engine> out = new ArrayList<>();
        if (kinds.contains("postgres")) {
            out.add(Engines.postgres());
        }
        if (kinds.contains("mysql")) {
            out.add(Engines.mysql());
        }
        if (kinds.contains("mariadb")) {
            out.add(Engines.mariadb());
        }
        return out.stream();
    }

    /** One table pair, its expected content, and the writers' bookkeeping. */
    static final class Fixture {
        final Engine engine;
        final String parent;
        final String child;
        final boolean pg;
        final Map<String, Integer> parents = new ConcurrentHashMap<>(); // id text -> n
        final Map<Long, String> children = new ConcurrentHashMap<>(); // child id -> parent id text
        final Map<String, String> stored = new ConcurrentHashMap<>(); // lower case id -> text as first stored
        volatile boolean swapped;
        volatile int step;
        final Map<Integer, AtomicLong> maxWaitNanos = new ConcurrentHashMap<>();
        final Map<Integer, Long> stepMillis = new ConcurrentHashMap<>();
        final AtomicLong operations = new AtomicLong();
        final AtomicLong retries = new AtomicLong();
        final AtomicBoolean stop = new AtomicBoolean();

        Fixture(Engine engine, String parent, String child) {
            this.engine = engine;
            this.parent = parent;
            this.child = child;
            this.pg = engine.kind() == EngineKind.POSTGRES;
        }

        /**
         * The application's key expression: text before the swap; on MySQL / MariaDB 16 bytes after it (on
         * PostgreSQL the binding changes instead, see {@link #bind}).
         */
        String key() {
            if (pg || !swapped) {
                return "?";
            }
            return engine.kind() == EngineKind.MYSQL ? "UUID_TO_BIN(?)" : "UNHEX(REPLACE(?, '-', ''))";
        }

        void bind(PreparedStatement ps, int index, String uuid) throws SQLException {
            if (pg && swapped) {
                ps.setObject(index, UUID.fromString(uuid)); // the application binds java.util.UUID after the swap
            } else {
                ps.setString(index, uuid);
            }
        }

        void recordWait(long nanos) {
            maxWaitNanos.computeIfAbsent(step, s -> new AtomicLong()).accumulateAndGet(nanos, Math::max);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void convertsUnderWritesAndResumesAfterInterruptions(Engine engine) throws Exception {
        Engines.announce(MigrateUnderLoadIT.class, engine);
        System.out.println("MigrateUnderLoadIT seed=" + SEED + " rows=" + ROWS + " writers=" + WRITERS);
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            Fixture f = new Fixture(engine, tables.name("mig_parent"), tables.name("mig_child"));
            String text = f.pg ? "text" : "CHAR(36)";
            exec(c, "CREATE TABLE " + f.parent + " (id " + text + " NOT NULL PRIMARY KEY, n INT NOT NULL)");
            exec(c, "CREATE TABLE " + f.child + " (id BIGINT NOT NULL PRIMARY KEY, parent_id " + text + " NOT NULL,"
                    + " CONSTRAINT " + f.child + "_fk FOREIGN KEY (parent_id) REFERENCES " + f.parent + " (id))");
            if (!f.pg) {
                exec(c, "SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',STRICT_TRANS_TABLES')");
            }
            long t0 = System.nanoTime();
            fill(c, f);
            System.out.printf("filled %d parents, %d children in %d ms%n", f.parents.size(), f.children.size(),
                    (System.nanoTime() - t0) / 1_000_000);

            Migrate migrate = Migrate.defaults()
                    .withBatchRows(Math.min(Migrate.DEFAULT_BATCH_ROWS, Math.max(500, ROWS / 20)));
            MigrationTarget target = f.pg ? MigrationTarget.POSTGRES_UUID : MigrationTarget.BINARY16;
            MigrationPlan plan = migrate.plan(c, f.parent, target);
            System.out.println(plan.render());

            // dry run: nothing changes
            MigrationRun dry = migrate.run(c, plan, false, line -> { });
            assertThat(dry.executed()).isFalse();
            assertThat(columnType(c, f, f.parent, "id")).isEqualTo(f.pg ? "text" : "char");

            AtomicLong nextChildId = new AtomicLong(10_000_000L);
            List<Thread> writers = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Thread t = new Thread(() -> {
                    try {
                        write(f, writer, nextChildId);
                    } catch (Throwable e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                }, "writer-" + w);
                t.start();
                writers.add(t);
            }
            long warmUp = System.nanoTime();
            while (f.operations.get() < 200 && System.nanoTime() - warmUp < 60_000_000_000L) {
                Thread.sleep(10); // the writers' baseline, before any step
            }
            long warmUpMillis = (System.nanoTime() - warmUp) / 1_000_000;
            int swapStep = plan.steps().stream().filter(s -> s.title().startsWith("swap")).findFirst()
                    .orElseThrow().number();
            int parentBackfill = plan.steps().stream().filter(s -> s.title().startsWith("backfill " + f.parent))
                    .findFirst().orElseThrow().number();
            long runStart = System.nanoTime();
            // 1st run: stopped after step 2 (between steps)
            AtomicInteger batches = new AtomicInteger();
            assertThatThrownBy(() -> migrate.run(c, plan, true, line -> {
                track(f, line, swapStep);
                if (line.startsWith("step 2/") && line.contains(": done in")) {
                    throw new IllegalStateException("stop between steps");
                }
            })).hasMessage("stop between steps");
            // 2nd run: stopped in the middle of the parent's backfill
            assertThatThrownBy(() -> migrate.run(c, migrate.plan(c, f.parent, target), true, line -> {
                track(f, line, swapStep);
                if (f.step == parentBackfill && line.startsWith("  ") && batches.incrementAndGet() == 5) {
                    throw new IllegalStateException("stop mid-backfill");
                }
            })).hasMessage("stop mid-backfill");
            assertThat(count(c, "SELECT COUNT(*) FROM uuidkit_migration_state WHERE plan_id = '" + plan.id()
                    + "' AND step = " + parentBackfill + " AND done = 0 AND last_key IS NOT NULL"))
                    .as("the parent's backfill stopped in the middle").isEqualTo(1);
            // 3rd run, on its own connection: that connection is killed by the server while the longest DDL step runs
            // (PostgreSQL: the concurrent index build; MySQL / MariaDB: the online primary-key rebuild)
            int killStep = plan.steps().stream().filter(s -> s.title().startsWith(f.pg ? "build" : "move the primary"))
                    .findFirst().orElseThrow().number();
            boolean killed = killDuring(f, c, migrate, target, killStep, swapStep);
            System.out.println("killed during step " + killStep + ": " + (killed ? "yes" : "no, it ended first"));
            // 4th run: to the end; the plan made again from the live schema is the same plan
            MigrationPlan again = migrate.plan(c, f.parent, target);
            assertThat(again.id()).isEqualTo(plan.id());
            assertThat(again.steps()).hasSameSizeAs(plan.steps());
            MigrationRun last = migrate.run(c, again, true, line -> {
                track(f, line, swapStep);
                if (!line.startsWith("  ")) {
                    System.out.println(line);
                }
            });
            long runMillis = (System.nanoTime() - runStart) / 1_000_000;
            assertThat(last.stepsDoneBefore()).isGreaterThanOrEqualTo(2);
            Thread.sleep(300);
            f.stop.set(true);
            for (Thread t : writers) {
                t.join();
            }
            assertThat(failures).as("writer failures").isEmpty();

            System.out.printf("%s: migrated in %d ms (4 runs), %d writer operations, %d retried at the swap%n",
                    engine, runMillis, f.operations.get(), f.retries.get());
            AtomicLong baseline = f.maxWaitNanos.get(0);
            System.out.printf("  before the run (writers alone, %d ms)%42s max writer wait %6.1f ms%n", warmUpMillis,
                    "",
                    baseline == null ? 0 : baseline.get() / 1e6);
            for (var step : plan.steps()) {
                AtomicLong max = f.maxWaitNanos.get(step.number());
                System.out.printf("  step %2d %-70.70s max writer wait %6.1f ms, step took %d ms (runs that finished"
                        + " it)%n", step.number(),
                        step.title(), max == null ? 0 : max.get() / 1e6,
                        f.stepMillis.getOrDefault(step.number(), 0L));
            }

            // final schema as planned
            assertThat(columnType(c, f, f.parent, "id")).isEqualTo(f.pg ? "uuid" : "binary");
            assertThat(columnType(c, f, f.child, "parent_id")).isEqualTo(f.pg ? "uuid" : "binary");
            assertThat(columns(c, f, f.parent)).containsExactlyInAnyOrder("id", "n");
            assertThat(columns(c, f, f.child)).containsExactlyInAnyOrder("id", "parent_id");
            assertThat(count(c, "SELECT COUNT(*) FROM information_schema.referential_constraints"
                    + " WHERE constraint_name = '" + f.child + "_fk'")).isEqualTo(1);
            assertThat(count(c, f.pg ? "SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE 'uuidkit%'"
                    : "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_name LIKE 'uuidkit%'"))
                    .isZero();
            // every foreign key intact
            assertThat(count(c, "SELECT COUNT(*) FROM " + f.child + " c LEFT JOIN " + f.parent
                    + " p ON p.id = c.parent_id WHERE p.id IS NULL")).isZero();
            // no row lost or changed
            String idText = f.pg ? "id::text" : engine.kind() == EngineKind.MYSQL ? "BIN_TO_UUID(id)"
                    : "LOWER(INSERT(INSERT(INSERT(INSERT(HEX(id), 21, 0, '-'), 17, 0, '-'), 13, 0, '-'), 9, 0, '-'))";
            String pidText = idText.replace("id", "parent_id");
            Map<String, Integer> actualParents = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + idText + ", n FROM " + f.parent)) {
                while (rs.next()) {
                    actualParents.put(rs.getString(1), rs.getInt(2));
                }
            }
            assertThat(actualParents).hasSameSizeAs(f.parents);
            assertThat(actualParents).isEqualTo(f.parents);
            Map<Long, String> actualChildren = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, " + pidText + " FROM " + f.child)) {
                while (rs.next()) {
                    actualChildren.put(rs.getLong(1), rs.getString(2));
                }
            }
            assertThat(actualChildren).isEqualTo(f.children);
            // the doctor's audit of the converted columns: native / binary storage, no error
            DoctorReport audit = Doctor.defaults().audit(c);
            for (String[] tc : new String[][] {{f.parent, "id"}, {f.child, "parent_id"}}) {
                ColumnReport report = audit.column(tc[0], tc[1]);
                assertThat(report).as("doctor report of %s.%s", tc[0], tc[1]).isNotNull();
                assertThat(report.storage()).isEqualTo(f.pg ? "native" : "binary");
                System.out.println("doctor on " + tc[0] + "." + tc[1] + ": " + report.findings().stream()
                        .map(x -> x.severity() + " " + x.code()).toList());
                assertThat(report.findings()).noneMatch(x -> x.severity().atLeast(Severity.ERROR));
            }
            // a finished migration has nothing left to plan
            MigrationPlan done = migrate.plan(c, f.parent, target);
            assertThat(done.steps()).isEmpty();
            assertThat(done.notes()).containsExactly(f.parent + ".id is " + (f.pg ? "uuid" : "binary(16)")
                    + " already: nothing to migrate.");
            exec(c, "DELETE FROM uuidkit_migration_state WHERE plan_id = '" + plan.id() + "'");
            if (count(c, "SELECT COUNT(*) FROM uuidkit_migration_state") == 0) {
                exec(c, "DROP TABLE uuidkit_migration_state");
            }
        }
    }

    /** Runs the plan on a fresh connection and kills that connection from {@code admin} 100 ms into a step. */
    private static boolean killDuring(Fixture f, Connection admin, Migrate migrate, MigrationTarget target,
                                      int killStep, int swapStep) throws Exception {
        try (Connection victim = f.engine.connect()) {
            long id = count(victim, f.pg ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()");
            AtomicBoolean fired = new AtomicBoolean();
            Thread killer = new Thread(() -> {
                try {
                    while (f.step != killStep && !f.stop.get() && !fired.get()) {
                        Thread.sleep(5);
                    }
                    Thread.sleep(100);
                    if (f.step == killStep) {
                        fired.set(true);
                        exec(admin, f.pg ? "SELECT pg_terminate_backend(" + id + ")" : "KILL " + id);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "killer");
            killer.start();
            boolean failed = false;
            try {
                migrate.run(victim, migrate.plan(victim, f.parent, target), true, line -> track(f, line, swapStep));
            } catch (SQLException | MigrationException e) {
                failed = true;
                System.out.println("run killed: " + e.getMessage());
            }
            fired.set(true);
            killer.join();
            return failed;
        }
    }

    private static void track(Fixture f, String line, int swapStep) {
        if (line.startsWith("step ")) {
            int step = Integer.parseInt(line.substring(5, line.indexOf('/')));
            f.step = step;
            if (step == swapStep && line.contains(": done")) {
                f.swapped = true;
            }
            if (step > swapStep) {
                f.swapped = true;
            }
            int done = line.lastIndexOf(": done in ");
            if (done > 0) {
                f.stepMillis.merge(step, Long.parseLong(line.substring(done + 10, line.length() - 3)), Long::sum);
            }
        }
    }

    private static void fill(Connection c, Fixture f) throws SQLException {
        Random random = new Random(SEED);
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + f.parent + " (id, n) VALUES (?, ?)");
             PreparedStatement ch = c.prepareStatement("INSERT INTO " + f.child + " (id, parent_id) VALUES (?, ?)")) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                String id = UuidStrings.format(TestUuids.ofVersion(4, random));
                if (i % 7 == 0) {
                    id = id.toUpperCase(Locale.ROOT); // upper case text reads back in lower case
                }
                f.bind(p, 1, id);
                p.setInt(2, i);
                p.addBatch();
                f.parents.put(id.toLowerCase(Locale.ROOT), i);
                f.stored.put(id.toLowerCase(Locale.ROOT), id);
                ids.add(id);
                if (i % 2 == 0) {
                    ch.setLong(1, i);
                    f.bind(ch, 2, id);
                    ch.addBatch();
                    f.children.put((long) i, id.toLowerCase(Locale.ROOT));
                }
                if (i % 5_000 == 4_999) {
                    p.executeBatch();
                    ch.executeBatch();
                    c.commit();
                }
            }
            p.executeBatch();
            ch.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** A writer: inserts parents with a child, updates and deletes its own share of the rows. */
    private static void write(Fixture f, int writer, AtomicLong nextChildId) throws Exception {
        Random random = new Random(SEED * 31 + writer);
        List<String> own = new ArrayList<>();
        for (String id : f.parents.keySet()) {
            if (Math.floorMod(id.hashCode(), WRITERS) == writer) {
                own.add(id);
            }
        }
        own.sort(null);
        Map<String, List<Long>> childrenOf = new HashMap<>();
        f.children.forEach((cid, pid) -> {
            if (Math.floorMod(pid.hashCode(), WRITERS) == writer) {
                childrenOf.computeIfAbsent(pid, k -> new ArrayList<>()).add(cid);
            }
        });
        try (Connection c = f.engine.connect()) {
            if (!f.pg) {
                exec(c, "SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',STRICT_TRANS_TABLES')");
            }
            while (!f.stop.get()) {
                int op = random.nextInt(10);
                if (op < 4 || own.isEmpty()) {
                    String id = UuidStrings.format(TestUuids.ofVersion(4, random));
                    long cid = nextChildId.incrementAndGet();
                    int n = random.nextInt(1_000_000);
                    apply(f, c, "INSERT INTO " + f.parent + " (id, n) VALUES (%k, ?)", id, n, null);
                    f.parents.put(id, n);
                    apply(f, c, "INSERT INTO " + f.child + " (id, parent_id) VALUES (?, %k)", id, null, cid);
                    f.children.put(cid, id);
                    own.add(id);
                    childrenOf.computeIfAbsent(id, k -> new ArrayList<>()).add(cid);
                } else if (op < 8) {
                    String id = own.get(random.nextInt(own.size()));
                    int n = random.nextInt(1_000_000);
                    apply(f, c, "UPDATE " + f.parent + " SET n = ? WHERE id = %k", f.stored.getOrDefault(id, id), n,
                            null);
                    f.parents.put(id, n);
                } else {
                    int i = random.nextInt(own.size());
                    String id = own.get(i);
                    own.set(i, own.get(own.size() - 1));
                    own.remove(own.size() - 1);
                    for (Long cid : childrenOf.getOrDefault(id, List.of())) {
                        apply(f, c, "DELETE FROM " + f.child + " WHERE id = ?", null, null, cid);
                        f.children.remove(cid);
                    }
                    childrenOf.remove(id);
                    apply(f, c, "DELETE FROM " + f.parent + " WHERE id = %k", f.stored.getOrDefault(id, id), null,
                            null);
                    f.parents.remove(id);
                }
                f.operations.incrementAndGet();
                Thread.sleep(1);
            }
        }
    }

    /**
     * Runs one statement of the application; {@code %k} is the key in the application's current form. A statement
     * in the old form that meets the swapped column fails; it is retried in the new form (counted).
     */
    private static void apply(Fixture f, Connection c, String template, String key, Integer n, Long childId)
            throws Exception {
        for (int attempt = 0; ; attempt++) {
            boolean swappedBefore = f.swapped;
            String sql = template.replace("%k", f.key());
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (template.startsWith("UPDATE")) {
                    ps.setInt(i++, n);
                    f.bind(ps, i, key);
                } else if (template.startsWith("INSERT INTO " + f.parent)) {
                    f.bind(ps, i++, key);
                    ps.setInt(i, n);
                } else if (template.startsWith("INSERT INTO " + f.child)) {
                    ps.setLong(i++, childId);
                    f.bind(ps, i, key);
                } else if (childId != null) {
                    ps.setLong(i, childId);
                } else {
                    f.bind(ps, i, key);
                }
                int rows = ps.executeUpdate();
                f.recordWait(System.nanoTime() - t0);
                if (rows != 1) {
                    if (!swappedBefore && attempt < 2000) {
                        // text compared with BINARY(16) after the swap matches nothing: retry in the new form
                        f.retries.incrementAndGet();
                        Thread.sleep(2);
                        continue;
                    }
                    throw new AssertionError(rows + " rows for " + sql + " key " + key);
                }
                return;
            } catch (SQLException e) {
                f.recordWait(System.nanoTime() - t0);
                if (attempt < 2000 && (!swappedBefore || isRetryable(e))) {
                    f.retries.incrementAndGet();
                    Thread.sleep(2);
                    continue;
                }
                throw new AssertionError("writer statement failed: " + sql + " key " + key + ": " + e, e);
            }
        }
    }

    private static boolean isRetryable(SQLException e) {
        return "40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String columnType(Connection c, Fixture f, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = ? AND column_name = ?" + (f.pg ? " AND table_schema = current_schema()"
                : " AND table_schema = DATABASE()"))) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1).toLowerCase(Locale.ROOT) : null;
            }
        }
    }

    private static List<String> columns(Connection c, Fixture f, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = ?" + (f.pg ? " AND table_schema = current_schema()"
                : " AND table_schema = DATABASE()") + " ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
