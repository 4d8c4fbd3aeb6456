package io.github.uuidkit.bench;

import io.github.uuidkit.doctor.ColumnReport;
import io.github.uuidkit.doctor.Doctor;
import io.github.uuidkit.doctor.DoctorReport;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.TestTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * How fast {@code uuidkit doctor} ({@link Doctor}, the published API the command line runs) audits the report's
 * freshly loaded tables: they are moved (a rename, no copy) into a schema of their own so that the audit sees
 * exactly them and nothing else of the server, audited once unmeasured (JIT, buffer cache), then with the default
 * sample ({@link Doctor#DEFAULT_SAMPLE_ROWS} rows per column) and in full ({@code --full}); the schema and the
 * tables in it are dropped after. Rows per second = rows scanned over all UUID columns / wall-clock seconds of the
 * audit (discovery, scans, index statistics and engine checks included).
 */
final class DoctorSpeed {

    /**
     * One engine's audit times.
     *
     * @param engine the engine's short name and version, as in the other tables
     * @param columns the UUID columns the doctor found (one per loaded UUID table)
     * @param columnType the declared type of the first of them, e.g. {@code binary(16)} or {@code uuid}
     * @param sampleRows rows scanned with the default sample, all columns
     * @param sampleSeconds seconds of the sampled audit
     * @param fullRows rows scanned with {@code --full}, all columns
     * @param fullSeconds seconds of the full audit
     */
    record Result(String engine, int columns, String columnType, long sampleRows, double sampleSeconds, long fullRows,
                  double fullSeconds) {

        /** Rows per second of the sampled audit. */
        double sampleRate() {
            return sampleRows / sampleSeconds;
        }

        /** Rows per second of the full audit. */
        double fullRate() {
            return fullRows / fullSeconds;
        }
    }

    /** The target for a {@code BINARY(16)} scan on this machine, rows per second. */
    static final double TARGET_ROWS_PER_SECOND = 1_000_000;

    private DoctorSpeed() {
    }

    /**
     * Moves the loaded tables into a new schema, audits it three times (warm-up, sampled, full) and drops it with the
     * tables.
     *
     * @param engine the engine the tables are on
     * @param loads the loaded tables (each named in the engine's default schema)
     * @param progress where each step is logged
     * @return the audit times
     * @throws SQLException if a rename or the audit fails
     */
    static Result run(Engine engine, List<Load> loads, Progress progress) throws SQLException {
        String schema = TestTables.uniqueName("doctor");
        boolean pg = engine.isPostgres();
        try (Connection c = engine.connect(); Statement s = c.createStatement()) {
            try {
                s.execute(pg ? "CREATE SCHEMA " + schema : "CREATE DATABASE " + schema);
                for (Load load : loads) {
                    s.execute(pg ? "ALTER TABLE " + load.table() + " SET SCHEMA " + schema
                            : "RENAME TABLE " + load.table() + " TO " + schema + "." + load.table());
                }
                Doctor sampled = Doctor.defaults().withSchemas(List.of(schema));
                progress.line("doctor: auditing " + loads.size() + " tables in " + schema + " (warm-up, sample, full)");
                sampled.audit(c);
                long t0 = System.nanoTime();
                DoctorReport sample = sampled.audit(c);
                double sampleSeconds = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                DoctorReport full = sampled.withSampleRows(0).audit(c);
                double fullSeconds = (System.nanoTime() - t0) / 1e9;
                String name = loads.isEmpty() ? engine.name() : loads.get(0).engine();
                String type = full.columns().isEmpty() ? "–" : full.columns().get(0).sqlType();
                Result result = new Result(name, full.columns().size(), type, rows(sample), sampleSeconds, rows(full),
                        fullSeconds);
                progress.line(String.format(Locale.ROOT, "doctor: sample %,d rows in %.2f s (%,.0f rows/s), full %,d"
                                + " rows in %.2f s (%,.0f rows/s)", result.sampleRows(), sampleSeconds,
                        result.sampleRate(), result.fullRows(), fullSeconds, result.fullRate()));
                return result;
            } finally {
                s.execute(pg ? "DROP SCHEMA IF EXISTS " + schema + " CASCADE" : "DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    private static long rows(DoctorReport report) {
        return report.columns().stream().mapToLong(ColumnReport::rowsScanned).sum();
    }
}
