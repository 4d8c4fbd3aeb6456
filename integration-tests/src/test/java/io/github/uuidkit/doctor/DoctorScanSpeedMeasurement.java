package io.github.uuidkit.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scan speed of the doctor, on demand only: {@code ./mvnw -B -ntp -pl integration-tests -am verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DoctorScanSpeedMeasurement -Duuidkit.doctor.speedRows=1000000}.
 * A table of that many rows with a 16-byte UUID column ({@code BINARY(16)}; PostgreSQL {@code uuid}) named
 * {@code id} without a unique index (so the doctor's duplicate check runs too: its most expensive path), audited in
 * full and with the default sample, best of three after a warm-up; beside it the same query read by a bare JDBC loop
 * (the ceiling set by server and driver). Prints rows per second with the load average and appends them to
 * {@code target/doctor-scan-speed.md}. A measurement, not a test: it asserts only that every row was read.
 *
 * <p>The name ends in neither {@code Test} nor {@code IT} on purpose: no default run (nor {@code -Dit.test=Doctor*IT})
 * picks it up, so it never shows as skipped tests; {@code -Dit.test} naming it overrides failsafe's includes.
 */
class DoctorScanSpeedMeasurement {

    private static final int ROUNDS = 3;

    /**
     * The same rows read by a bare JDBC loop (the doctor's query shape, fetch settings and getter, no
     * classification): the ceiling the driver and server set, to tell the doctor's own cost from theirs.
     */
    private static double driverOnly(Connection c, String table, boolean pg, long rows) throws Exception {
        return driverOnly(c, table, pg, rows, Doctor.fetchSize(pg));
    }

    private static double driverOnly(Connection c, String table, boolean pg, long rows, int fetchSize)
            throws Exception {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.setFetchSize(fetchSize);
            long t0 = System.nanoTime();
            long n = 0;
            try (ResultSet rs = st.executeQuery("SELECT id, seq FROM " + table + " ORDER BY seq")) {
                while (rs.next()) {
                    if ((pg ? rs.getObject(1) : rs.getBytes(1)) != null) {
                        n++;
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(n).isEqualTo(rows);
            return seconds;
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    /** The machine's load averages ({@code /proc/loadavg}), or "?" where there is none. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.cli.DoctorIT#engines")
    void scanSpeed(Engine engine) throws Exception {
        long rows = Long.getLong("uuidkit.doctor.speedRows", 0);
        assumeThat(rows).as("-Duuidkit.doctor.speedRows").isPositive();
        // -Duuidkit.doctor.speedEngines=mysql: only engines whose name contains that text (a 10 M-row table takes
        // minutes to build on each engine)
        assumeThat(engine.name()).contains(System.getProperty("uuidkit.doctor.speedEngines", ""));
        Engines.announce(DoctorScanSpeedMeasurement.class, engine);
        boolean pg = engine.isPostgres();
        String schema = TestTables.uniqueName("speed");
        String table;
        try (Connection admin = engine.connect(); Statement st = admin.createStatement()) {
            try {
                st.execute(pg ? "CREATE SCHEMA " + schema : "CREATE DATABASE " + schema);
                table = schema + ".big";
                if (pg) {
                    st.execute("CREATE TABLE " + table + " (seq bigserial PRIMARY KEY, id uuid NOT NULL)");
                    st.execute("INSERT INTO " + table + " (id) SELECT gen_random_uuid() FROM generate_series(1, "
                            + rows + ")");
                    st.execute("VACUUM ANALYZE " + table);
                } else {
                    st.execute("CREATE TABLE " + table + " (seq BIGINT AUTO_INCREMENT PRIMARY KEY,"
                            + " id BINARY(16) NOT NULL)");
                    st.execute(engine.isMariaDb() ? "SET SESSION max_recursive_iterations = " + (rows + 1)
                            : "SET SESSION cte_max_recursion_depth = " + (rows + 1));
                    st.execute("INSERT INTO " + table + " (id) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL"
                            + " SELECT i + 1 FROM n WHERE i < " + rows + ") SELECT UNHEX(REPLACE(UUID(), '-', ''))"
                            + " FROM n");
                }
                double fullSeconds = Double.MAX_VALUE;
                double sampleSeconds = Double.MAX_VALUE;
                double driverSeconds = Double.MAX_VALUE;
                try (Connection c = engine.connect()) {
                    Doctor.defaults().withSchemas(List.of(schema)).audit(c); // warm-up: JIT, buffer cache
                    for (int round = 0; round < ROUNDS; round++) { // best of ROUNDS: the machine is shared
                        driverSeconds = Math.min(driverSeconds, driverOnly(c, table, pg, rows));
                        long t0 = System.nanoTime();
                        DoctorReport full = Doctor.defaults().withSchemas(List.of(schema)).withSampleRows(0)
                                .audit(c);
                        fullSeconds = Math.min(fullSeconds, (System.nanoTime() - t0) / 1e9);
                        assertThat(full.columns().get(0).rowsScanned()).isEqualTo(rows);
                        t0 = System.nanoTime();
                        Doctor.defaults().withSchemas(List.of(schema)).audit(c);
                        sampleSeconds = Math.min(sampleSeconds, (System.nanoTime() - t0) / 1e9);
                    }
                }
                if (!pg) { // the alternative the doctor does not take: a server-side cursor, 10,000 rows a fetch
                    double cursorSeconds = Double.MAX_VALUE;
                    try (Connection c = DriverManager.getConnection(engine.jdbcUrl() + "&useCursorFetch=true",
                            engine.user(), engine.password())) {
                        for (int round = 0; round < ROUNDS; round++) {
                            cursorSeconds = Math.min(cursorSeconds, driverOnly(c, table, false, rows, 10_000));
                        }
                    }
                    System.out.printf(Locale.ROOT, "[doctor-speed] %s useCursorFetch=true driver-only: %,.0f rows/s"
                            + " (load %s)%n", engine.name(), rows / cursorSeconds, load());
                }
                String line = String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %,.0f | %.2f | %s |%n",
                        engine.name(), rows, fullSeconds, rows / fullSeconds, rows / driverSeconds, sampleSeconds,
                        load());
                System.out.print("[doctor-speed] " + line);
                Path out = Path.of("target", "doctor-scan-speed.md");
                Files.createDirectories(out.getParent());
                if (!Files.exists(out)) {
                    Files.writeString(out, "| engine | rows | --full s | rows/s | driver-only rows/s"
                            + " | default sample s | load (1/5/15 min) |\n|---|---:|---:|---:|---:|---:|---|\n");
                }
                Files.writeString(out, line, StandardOpenOption.APPEND);
            } finally {
                st.execute(pg ? "DROP SCHEMA IF EXISTS " + schema + " CASCADE" : "DROP DATABASE IF EXISTS " + schema);
            }
        }
    }
}
