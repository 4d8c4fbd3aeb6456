package io.github.uuidkit.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.it.support.EmbeddedVersion;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.Provisioning;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.testsupport.PlantedUuids;
import io.github.uuidkit.testsupport.PlantedUuids.Form;
import io.github.uuidkit.testsupport.PlantedUuids.Profile;
import io.github.uuidkit.testsupport.PlantedUuids.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The doctor's verdicts equal the ground truth on real servers (issue 21's proof). A seeded generator
 * ({@link PlantedUuids}) plants, per engine, three tables: {@code planted} (every column kind the engine has: binary
 * in the standard layout with every version, nil, max, v7 times swept over every nibble including implausible ones,
 * Java-serialized and short values; standard v7 with a swapped minority; swapped v7; swapped v1; CHAR(36) text in
 * canonical, upper-case, compact and garbage forms; native uuid; an id column with repeats), {@code keyed} (a
 * primary key of mixed versions with sentinels, and a UNIQUE random token) and {@code comp} (a composite primary key
 * whose id repeats once per tenant); on MySQL also MySQL's own {@code UUID_TO_BIN(UUID(), 1)}. Each table has 1,000
 * planted rows, 5,000 neutral rows (plausible v7, or the profile's layout), then 1,000 planted rows; so a sample of
 * 3,000 rows reads the planted head and tail and neutral ranges in between, and {@code --full} everything.
 * The truth of each column (histogram, finding codes, counts, first five keys, v7 values in the span) comes from the
 * labels alone and must equal the report, for the sample and for the full scan. Index and server findings (which
 * depend on the engine, not on the values) are left out.
 *
 * <p>Seed: {@code -Duuidkit.doctor.seed=N} (default: the clock), printed at the start and in every failure.
 */
class DoctorVerdictPropertyIT {

    static final long SEED = Long.getLong("uuidkit.doctor.seed", System.nanoTime());

    static final int HEAD = 1000;
    static final int MIDDLE = 5000;
    static final int TAIL = 1000;
    static final int SAMPLE = 3000;

    /** Findings about the engine or the index, not the values: not part of the truth. */
    static final Set<String> NOT_ABOUT_VALUES = Set.of("INDEX_FRAGMENTED", "INDEX_STATS_UNAVAILABLE",
            "MARIADB_UUID_BREAKS_V7_ORDER", "MARIADB_UUID_MISCOMPARES_V7", "MARIADB_UUID_OLD_FORMAT");

    static Stream<Engine> engines() {
        return Engines.all().filter(e -> !e.isPostgres() || e.provisioning() != Provisioning.EMBEDDED
                || e.name().equals(EmbeddedVersion.POSTGRES_18.displayName()));
    }

    /** One planted column: its SQL type, what it holds, how it is stored, and its values by row. */
    static final class Col {
        final String name;
        final String sqlType;
        final Profile profile;
        final String storage;
        final boolean cutTo16;
        final boolean unique;
        final List<Value> values = new ArrayList<>();

        Col(String name, String sqlType, Profile profile, String storage, boolean cutTo16, boolean unique) {
            this.name = name;
            this.sqlType = sqlType;
            this.profile = profile;
            this.storage = storage;
            this.cutTo16 = cutTo16;
            this.unique = unique;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void verdictsEqualTheTruth(Engine engine) throws Exception {
        Engines.announce(DoctorVerdictPropertyIT.class, engine);
        System.out.println("[uuidkit-it] DoctorVerdictPropertyIT seed " + SEED + " (-Duuidkit.doctor.seed=" + SEED
                + ")");
        boolean pg = engine.isPostgres();
        String schema = TestTables.uniqueName("verdict");
        long now = System.currentTimeMillis();
        try (Connection admin = engine.connect()) {
            try {
                exec(admin, pg ? "CREATE SCHEMA " + schema : "CREATE DATABASE " + schema);
                if (pg) {
                    exec(admin, "CREATE EXTENSION IF NOT EXISTS pgstattuple"); // index verdicts (item 7)
                }
                String bin = pg ? "bytea" : "BINARY(16)";
                String seq = pg ? "bigserial" : "BIGINT AUTO_INCREMENT";
                List<Col> planted = new ArrayList<>(List.of(
                        new Col("b_std", bin, Profile.STANDARD_MIXED, "binary", !pg, false),
                        new Col("b_rogue", bin, Profile.V7_WITH_SWAPPED_MINORITY, "binary", !pg, false),
                        new Col("b_swp7", bin, Profile.SWAPPED_V7, "binary", !pg, false),
                        new Col("b_swp1", bin, Profile.SWAPPED_V1, "binary", !pg, false),
                        new Col("t_text", pg ? "char(36)" : "CHAR(36)", Profile.TEXT, "text", false, false),
                        new Col("planted_id", pg ? "uuid" : bin, Profile.V7_WITH_REPEATS, pg ? "native" : "binary",
                                !pg, false)));
                if (!pg) {
                    planted.add(new Col("vb_len", "VARBINARY(16)", Profile.STANDARD_MIXED, "binary", true, false));
                }
                if (pg || engine.isMariaDb()) {
                    planted.add(new Col("n_native", pg ? "uuid" : "UUID", Profile.STANDARD_MIXED, "native", false,
                            false));
                }
                List<Col> keyed = List.of(
                        new Col("id", pg ? "uuid" : bin, Profile.STANDARD_MIXED, pg ? "native" : "binary", true,
                                true),
                        new Col("token", pg ? "uuid" : bin, Profile.RANDOM_V4, pg ? "native" : "binary", true, true));
                long seed = SEED;
                createAndFill(admin, pg, schema + ".planted", "seq " + seq + " PRIMARY KEY", planted, seed, now);
                createAndFill(admin, pg, schema + ".keyed", "seq " + seq + " UNIQUE", keyed, seed + 1, now);
                Col comp = new Col("id", pg ? "uuid" : bin, Profile.RANDOM_V4, pg ? "native" : "binary", false,
                        false);
                fillComposite(admin, pg, schema, comp, seed + 2, now);
                if (engine.isMySql()) {
                    exec(admin, "CREATE TABLE " + schema + ".mysql_v1 (seq " + seq + " PRIMARY KEY, v BINARY(16))");
                    exec(admin, "INSERT INTO " + schema + ".mysql_v1 (v) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL"
                            + " SELECT i + 1 FROM n WHERE i < 500) SELECT UUID_TO_BIN(UUID(), 1) FROM n");
                }

                for (long sample : new long[] {SAMPLE, 0}) {
                    DoctorReport report;
                    try (Connection c = engine.connect()) {
                        report = Doctor.defaults().withSchemas(List.of(schema)).withSampleRows(sample).audit(c);
                    }
                    String mode = (sample == 0 ? "--full" : "sample " + sample) + " on " + engine.name()
                            + ", -Duuidkit.doctor.seed=" + SEED;
                    for (Col col : planted) {
                        check(report, "planted", col, sample, pg, mode, "none");
                    }
                    check(report, "keyed", keyed.get(0), sample, pg, mode, "primary");
                    check(report, "keyed", keyed.get(1), sample, pg, mode, "unique");
                    // a random UNIQUE token is normal: nothing above info, never advice to make it time-ordered
                    ColumnReport token = report.column("keyed", "token");
                    assertThat(token.findings()).as(mode).allSatisfy(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.INFO);
                        assertThat(f.advice()).doesNotContain("v7");
                    });
                    if (pg) {
                        assertThat(token.index()).as(mode + ": pgstatindex read").isNotNull();
                    }
                    ColumnReport composite = report.column("comp", "id");
                    assertThat(composite.key()).as(mode).isEqualTo("composite");
                    assertThat(valueFindings(composite)).as(mode).isEmpty();
                    assertThat(composite.count("v4")).as(mode).isEqualTo(composite.rowsScanned());
                    if (engine.isMySql()) {
                        ColumnReport own = report.column("mysql_v1", "v");
                        assertThat(own.count("v1")).as(mode + " UUID_TO_BIN(UUID(), 1)").isEqualTo(500);
                        assertThat(valueFindings(own)).as(mode).containsOnlyKeys("V1_STORED_SWAPPED");
                        assertThat(valueFindings(own).get("V1_STORED_SWAPPED")).isEqualTo("500 [1, 2, 3, 4, 5]");
                    }
                }
            } finally {
                exec(admin, pg ? "DROP SCHEMA IF EXISTS " + schema + " CASCADE" : "DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    /** Compares one column's report with the truth of the rows the report says it read. */
    private static void check(DoctorReport report, String table, Col col, long sample, boolean pg, String mode,
                              String key) {
        ColumnReport c = report.column(table, col.name);
        String what = mode + ", " + table + "." + col.name + " (" + col.profile + ")";
        assertThat(c).as(what + " audited").isNotNull();
        assertThat(c.key()).as(what).isEqualTo(key);
        boolean identity = key.equals("primary");
        boolean dupChecked = key.equals("none") && Doctor.idNamed(table, col.name);
        PlantedUuids.Truth truth = new PlantedUuids.Truth(col.storage.equals("text"), !key.equals("none"), identity,
                dupChecked);
        int total = HEAD + MIDDLE + TAIL;
        if (sample == 0) {
            assertThat(c.coverage().complete()).as(what).isTrue();
            for (int i = 0; i < total; i++) {
                truth.add(col.values.get(i), keyText(table, col, i, pg));
            }
        } else {
            Coverage cov = c.coverage();
            assertThat(cov.complete()).as(what).isFalse();
            assertThat(cov.order()).as(what).isEqualTo("seq");
            assertThat(cov.oldest()).as(what).isEqualTo(HEAD);
            assertThat(cov.newest()).as(what).isEqualTo(TAIL);
            assertThat(cov.ranges()).as(what).isEqualTo(Sampling.SPREAD_RANGES);
            assertThat(cov.spread()).as(what).isBetween(1L, (long) SAMPLE - HEAD - TAIL);
            for (int i = 0; i < HEAD; i++) {
                truth.add(col.values.get(i), keyText(table, col, i, pg));
            }
            for (int i = HEAD + MIDDLE; i < total; i++) {
                truth.add(col.values.get(i), keyText(table, col, i, pg));
            }
            for (long i = 0; i < cov.spread(); i++) { // neutral rows: they add their version and nothing else
                truth.add(col.values.get(HEAD + (int) i), null);
            }
        }
        assertThat(c.rowsScanned()).as(what).isEqualTo(c.coverage().rows());
        assertThat(c.versions()).as(what).isEqualTo(truth.versions());
        assertThat(c.v7InSpan()).as(what).isEqualTo(truth.v7InSpan());
        Map<String, String> expected = truth.findings().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().toString(), (a, b) -> a, LinkedHashMap::new));
        assertThat(valueFindings(c)).as(what).isEqualTo(expected);
    }

    private static Map<String, String> valueFindings(ColumnReport c) {
        return c.findings().stream().filter(f -> !NOT_ABOUT_VALUES.contains(f.code()))
                .collect(Collectors.toMap(Finding::code, f -> f.count() + " " + f.examples(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** The key the doctor shows for row i: the seq of {@code planted}; the id of {@code keyed}. */
    private static String keyText(String table, Col col, int i, boolean pg) {
        if (table.equals("planted")) {
            return Integer.toString(i + 1);
        }
        Value v = col.values.get(i); // keyed: the key is the id itself, as the driver returns it
        return pg ? v.uuid().toString() : hex(bytes(v, true));
    }

    // ------------------------------------------------------------------------------------------------ planting

    private static void createAndFill(Connection admin, boolean pg, String table, String seqColumn, List<Col> cols,
                                      long seed, long now) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE " + table + " (" + seqColumn);
        for (Col c : cols) {
            ddl.append(", ").append(c.name).append(' ').append(c.sqlType)
                    .append(c.name.equals("id") ? " PRIMARY KEY" : c.unique ? " UNIQUE" : "");
        }
        exec(admin, ddl.append(')').toString());
        int n = 0;
        for (Col c : cols) {
            PlantedUuids gen = new PlantedUuids(seed * 31 + n++, now, c.sqlType.startsWith("VARBINARY")
                    || c.sqlType.equals("bytea") && c.profile == Profile.STANDARD_MIXED,
                    !c.storage.equals("native") && !c.storage.equals("text"));
            Set<String> used = new HashSet<>();
            for (int i = 0; i < HEAD + MIDDLE + TAIL; i++) {
                boolean middle = i >= HEAD && i < HEAD + MIDDLE;
                Value v;
                do {
                    v = middle ? gen.neutral(c.profile) : gen.next(c.profile);
                    // a unique column holds each stored value once: sentinels and serialized prefixes once only;
                    // MariaDB's UUID type refuses v8 ("Incorrect uuid value" on 10.11.19): none planted there
                } while (c.unique && (v.form() != Form.PLAIN || !used.add(v.uuid() + "/" + v.layout()))
                        || c.sqlType.equals("UUID") && v.version().equals("v8"));
                c.values.add(v);
            }
        }
        StringBuilder insert = new StringBuilder("INSERT INTO " + table + " (");
        insert.append(cols.stream().map(c -> c.name).collect(Collectors.joining(", "))).append(") VALUES (")
                .append(cols.stream().map(c -> "?").collect(Collectors.joining(", "))).append(')');
        insertRows(admin, insert.toString(), HEAD + MIDDLE + TAIL, (ps, i) -> {
            for (int k = 0; k < cols.size(); k++) {
                bind(ps, k + 1, cols.get(k), cols.get(k).values.get(i));
            }
        });
    }

    private static void fillComposite(Connection admin, boolean pg, String schema, Col id, long seed, long now)
            throws SQLException {
        exec(admin, "CREATE TABLE " + schema + ".comp (tenant INT NOT NULL, id " + id.sqlType + " NOT NULL,"
                + " PRIMARY KEY (tenant, id))");
        PlantedUuids gen = new PlantedUuids(seed, now, false, false);
        for (int i = 0; i < 2000; i++) {
            id.values.add(gen.next(Profile.RANDOM_V4));
        }
        insertRows(admin, "INSERT INTO " + schema + ".comp (tenant, id) VALUES (?, ?)", 4000, (ps, i) -> {
            ps.setInt(1, i / 2000 + 1);
            bind(ps, 2, id, id.values.get(i % 2000)); // the same id once per tenant
        });
    }

    interface Binder {
        void bind(PreparedStatement ps, int row) throws SQLException;
    }

    private static void insertRows(Connection admin, String sql, int rows, Binder binder) throws SQLException {
        admin.setAutoCommit(false);
        try (PreparedStatement ps = admin.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                binder.bind(ps, i);
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        admin.commit();
        admin.setAutoCommit(true);
    }

    private static void bind(PreparedStatement ps, int index, Col col, Value v) throws SQLException {
        switch (col.storage) {
            case "text":
                ps.setString(index, v.text());
                break;
            case "native":
                if (col.sqlType.equals("uuid")) {
                    ps.setObject(index, v.uuid());
                } else {
                    ps.setString(index, v.uuid().toString()); // MariaDB's UUID type takes the text
                }
                break;
            default:
                ps.setBytes(index, bytes(v, col.cutTo16));
        }
    }

    /** The stored bytes of a planted value, encoded by core's layouts. */
    static byte[] bytes(Value v, boolean cutTo16) {
        switch (v.form()) {
            case SERIALIZED:
                byte[] full = serialized(v.uuid());
                return cutTo16 ? Arrays.copyOf(full, 16) : full;
            case SHORT:
                return Arrays.copyOf(UuidBinaryLayout.STANDARD.toBytes(v.uuid()), v.shortLength());
            default:
                return UuidBinaryLayout.valueOf(v.layout().name()).toBytes(v.uuid());
        }
    }

    static byte[] serialized(UUID u) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(u);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String hex(byte[] b) {
        return HexFormat.of().withUpperCase().formatHex(b);
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
