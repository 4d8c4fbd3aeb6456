package io.github.uuidkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scan speed of the doctor, on demand ({@code -Duuidkit.doctor.speedRows=1000000}): a table of that many rows with a
 * 16-byte UUID column ({@code BINARY(16)}; PostgreSQL {@code uuid}), audited in full and with the default sample.
 * Prints rows per second and appends them to {@code target/doctor-scan-speed.md}. A measurement, not a test: it
 * asserts only that every row was read.
 */
class DoctorScanSpeedIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.cli.DoctorIT#engines")
    void scanSpeed(Engine engine) throws Exception {
        long rows = Long.getLong("uuidkit.doctor.speedRows", 0);
        assumeThat(rows).as("-Duuidkit.doctor.speedRows").isPositive();
        Engines.announce(DoctorScanSpeedIT.class, engine);
        boolean pg = engine.isPostgres();
        String schema = TestTables.uniqueName("speed");
        try (Connection admin = engine.connect(); Statement st = admin.createStatement()) {
            try {
                st.execute(pg ? "CREATE SCHEMA " + schema : "CREATE DATABASE " + schema);
                String table = schema + ".big";
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
                double fullSeconds;
                double sampleSeconds;
                try (Connection c = engine.connect()) {
                    Doctor.defaults().withSchemas(List.of(schema)).audit(c); // warm-up: JIT, buffer cache
                    long t0 = System.nanoTime();
                    DoctorReport full = Doctor.defaults().withSchemas(List.of(schema)).withSampleRows(0).audit(c);
                    fullSeconds = (System.nanoTime() - t0) / 1e9;
                    assertThat(full.columns().get(0).rowsScanned()).isEqualTo(rows);
                    t0 = System.nanoTime();
                    Doctor.defaults().withSchemas(List.of(schema)).audit(c);
                    sampleSeconds = (System.nanoTime() - t0) / 1e9;
                }
                String line = String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %.2f |%n", engine.name(), rows,
                        fullSeconds, rows / fullSeconds, sampleSeconds);
                System.out.print("[doctor-speed] " + line);
                Path out = Path.of("target", "doctor-scan-speed.md");
                Files.createDirectories(out.getParent());
                if (!Files.exists(out)) {
                    Files.writeString(out, "| engine | rows | --full s | rows/s | default sample s |\n"
                            + "|---|---:|---:|---:|---:|\n");
                }
                Files.writeString(out, line, StandardOpenOption.APPEND);
            } finally {
                st.execute(pg ? "DROP SCHEMA IF EXISTS " + schema + " CASCADE" : "DROP DATABASE IF EXISTS " + schema);
            }
        }
    }
}
