package io.github.uuidkit.doctor;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything one {@link Doctor#audit(java.sql.Connection)} found.
 *
 * @param product {@code PostgreSQL}, {@code MySQL} or {@code MariaDB}
 * @param version the server version as it reports it
 * @param schemas the schemas audited
 * @param sampleRows the most rows read per column; 0 for all rows ({@code --full})
 * @param serverFindings findings about the server or session, not a column
 * @param columns one report per UUID-bearing column, ordered by schema, table, column
 */
public record DoctorReport(String product, String version, List<String> schemas, long sampleRows,
                           List<Finding> serverFindings, List<ColumnReport> columns) {

    /**
     * Creates a report; copies the lists.
     *
     * @param product {@code PostgreSQL}, {@code MySQL} or {@code MariaDB}
     * @param version the server version as it reports it
     * @param schemas the schemas audited
     * @param sampleRows the most rows read per column; 0 for all rows ({@code --full})
     * @param serverFindings findings about the server or session, not a column
     * @param columns one report per UUID-bearing column, ordered by schema, table, column
     */
    public DoctorReport {
        schemas = List.copyOf(schemas);
        serverFindings = List.copyOf(serverFindings);
        columns = List.copyOf(columns);
    }

    /**
     * Every finding: the server's, then each column's.
     *
     * @return the findings
     */
    public Stream<Finding> findings() {
        return Stream.concat(serverFindings.stream(), columns.stream().flatMap(c -> c.findings().stream()));
    }

    /**
     * The most severe finding's severity.
     *
     * @return the severity, or empty when nothing was found
     */
    public Optional<Severity> worst() {
        return findings().map(Finding::severity).max(Enum::compareTo);
    }

    /**
     * Tells whether any finding is at or above a severity: what {@code --fail-on} checks.
     *
     * @param threshold the severity
     * @return true if a finding has {@code severity >= threshold}
     */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /**
     * The report of one column.
     *
     * @param table the table name
     * @param column the column name
     * @return the column's report, or null if it was not audited
     */
    public ColumnReport column(String table, String column) {
        return columns.stream().filter(c -> c.table().equals(table) && c.column().equals(column)).findFirst()
                .orElse(null);
    }
}
