package io.github.uuidkit.doctor;

import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.mysql.MysqlFlavor;
import io.github.uuidkit.mysql.MysqlServerInfo;
import io.github.uuidkit.mysql.MysqlWarning;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Audits the UUID-bearing columns of an existing PostgreSQL, MySQL or MariaDB database and returns what it found
 * as objects, for an application's health check or a test:
 *
 * <pre>{@code
 * DoctorReport report = Doctor.defaults().withSchemas(List.of("app")).audit(connection);
 * assertThat(report.hasFindingsAtLeast(Severity.ERROR)).isFalse();
 * }</pre>
 *
 * <p><b>Which columns.</b> In the given schemas (default: the connection's current schema or database), every
 * column of a base table declared {@code uuid} (PostgreSQL, MariaDB), {@code BINARY(16)} or {@code VARBINARY(16)},
 * and every {@code bytea}, {@code CHAR(32)}, {@code CHAR(36)} or {@code VARCHAR(36)} column whose first
 * {@value #PROBE_ROWS} non-NULL values are mostly (at least 80 %) UUIDs (16 bytes or a Java-serialized object;
 * UUID text in any case, with or without braces or dashes).
 *
 * <p><b>How many rows.</b> At most {@link #DEFAULT_SAMPLE_ROWS} rows per column by default
 * ({@link #withSampleRows(long)}; 0 reads every row): the oldest rows, the newest rows and evenly spaced ranges in
 * between, by the auto-increment or identity column when the table has one, else by the primary key (MySQL,
 * MariaDB) or the physical order (PostgreSQL); every column report says which rows it covers ({@link Coverage}).
 *
 * <p><b>Read only.</b> The connection is put in read-only mode for the audit (and restored after); the doctor only
 * runs {@code SELECT}, {@code SHOW}-like catalog reads and, on MariaDB, {@code CHECK TABLE ... FOR UPGRADE} for
 * tables with a {@code UUID} column. A user with nothing but {@code SELECT} rights can run it; what such a user
 * may not read (index statistics) is reported as an {@code INDEX_STATS_UNAVAILABLE} finding.
 *
 * <p>Instances are immutable and thread-safe; one audit uses its connection from one thread.
 */
public final class Doctor {

    /** Rows read per column by default: {@value}. */
    public static final long DEFAULT_SAMPLE_ROWS = 100_000;

    /** Primary keys shown per finding: {@value}. */
    public static final int MAX_EXAMPLES = 5;

    /**
     * Rows per round trip of the scan. pgjdbc: a cursor of 10,000 rows (it needs autocommit off, which the audit
     * sets); with fetch size 0 it would load the whole table into memory. Connector/J: {@code Integer.MIN_VALUE}
     * streams the result (rows read off the socket as the loop consumes them, no server-side cursor), the fastest of
     * its modes that does not hold the table in memory; {@code useCursorFetch=true} with a positive size makes the
     * server copy the result into a temporary table first.
     */
    static int fetchSize(boolean postgres) {
        return postgres ? 10_000 : Integer.MIN_VALUE;
    }

    /** Values read to decide whether a text or {@code bytea} column holds UUIDs: {@value}. */
    public static final int PROBE_ROWS = 100;

    /** PostgreSQL B-tree leaf density (percent) under which a key index is reported as fragmented: {@value}. */
    public static final double FRAGMENTED_LEAF_DENSITY = 80.0;

    /** Leaf pages an index needs before its density is judged (a small index is mostly one half-full page). */
    static final long MIN_LEAF_PAGES_JUDGED = 10;

    private final List<String> schemas;
    private final long sampleRows;

    private Doctor(List<String> schemas, long sampleRows) {
        this.schemas = schemas;
        this.sampleRows = sampleRows;
    }

    /**
     * The doctor with the defaults: the connection's current schema, {@link #DEFAULT_SAMPLE_ROWS} rows per column.
     *
     * @return the default doctor
     */
    public static Doctor defaults() {
        return new Doctor(List.of(), DEFAULT_SAMPLE_ROWS);
    }

    /**
     * A doctor that audits these schemas (MySQL/MariaDB: databases).
     *
     * @param schemas the schema names, as stored (no quotes); empty for the connection's current schema
     * @return a new doctor
     * @throws IllegalArgumentException if a name is null or blank
     */
    public Doctor withSchemas(List<String> schemas) {
        Objects.requireNonNull(schemas, "schemas");
        if (schemas.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("schema names must not be null or blank: " + schemas);
        }
        return new Doctor(List.copyOf(schemas), sampleRows);
    }

    /**
     * A doctor that reads at most this many rows per column.
     *
     * @param rows rows per column, at least 1; 0 reads every row
     * @return a new doctor
     * @throws IllegalArgumentException if {@code rows} is negative
     */
    public Doctor withSampleRows(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("sample rows must be 0 (all) or more, got " + rows);
        }
        return new Doctor(schemas, rows);
    }

    /**
     * Audits the database of a connection. The connection is read-only during the audit; its read-only flag and
     * auto-commit mode are restored afterwards.
     *
     * @param connection an open PostgreSQL, MySQL or MariaDB connection
     * @return the report
     * @throws SQLException if the catalog or a column cannot be read
     * @throws IllegalArgumentException if the connection is of another database
     */
    public DoctorReport audit(Connection connection) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        boolean readOnly = connection.isReadOnly();
        boolean autoCommit = connection.getAutoCommit();
        connection.setReadOnly(true);
        try {
            return new Audit(connection).run();
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(autoCommit);
            connection.setReadOnly(readOnly);
        }
    }

    /** One column to audit, from the catalog. */
    record Candidate(String schema, String table, String column, String sqlType, String storage, int textLength,
                     String orderColumn, List<String> primaryKey, String key, String indexName) {
    }

    /** The state of one audit. */
    private final class Audit {
        final Connection c;
        final boolean pg;
        final MysqlServerInfo mysql;
        final String product;
        final String version;
        final List<Finding> serverFindings = new ArrayList<>();
        Boolean pgstattuple;
        boolean indexStatsReported;

        Audit(Connection c) throws SQLException {
            this.c = c;
            String name = c.getMetaData().getDatabaseProductName();
            this.pg = name.toLowerCase(Locale.ROOT).contains("postgres");
            if (pg) {
                mysql = null;
                product = "PostgreSQL";
                version = c.getMetaData().getDatabaseProductVersion();
            } else if (name.toLowerCase(Locale.ROOT).contains("mysql")
                    || name.toLowerCase(Locale.ROOT).contains("mariadb")) {
                mysql = MysqlServerInfo.detect(c);
                product = mysql.flavor() == MysqlFlavor.MARIADB ? "MariaDB" : "MySQL";
                version = mysql.version();
            } else {
                throw new IllegalArgumentException("the doctor knows PostgreSQL, MySQL and MariaDB, not "
                        + io.github.uuidkit.internal.MessageText.quote(name));
            }
        }

        DoctorReport run() throws SQLException {
            List<String> audited = schemas.isEmpty() ? List.of(currentSchema()) : schemas;
            if (mysql != null) {
                for (MysqlWarning w : mysql.warnings()) {
                    boolean strict = w == MysqlWarning.NON_STRICT_SQL_MODE;
                    serverFindings.add(new Finding(w.name(), strict ? Severity.WARNING : Severity.INFO, "server", 0,
                            List.of(), strict ? "sql_mode of this session is not strict (" + quoted(mysql.sqlMode())
                                    + "): a value of the wrong size is silently truncated or padded."
                                    : "This connection has rewriteBatchedStatements=false: Connector/J sends one"
                                    + " INSERT per batched row.",
                            strict ? w.message() + " SQL: SET GLOBAL sql_mode = CONCAT(@@GLOBAL.sql_mode,"
                                    + " ',STRICT_TRANS_TABLES'); and in my.cnf."
                                    : "Add rewriteBatchedStatements=true to the application's JDBC URL; write in"
                                    + " batches with UuidJdbc.executeBatches."));
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            for (String schema : audited) {
                candidates.addAll(discover(schema));
            }
            candidates.sort(Comparator.comparing(Candidate::schema).thenComparing(Candidate::table)
                    .thenComparing(Candidate::column));
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            List<ColumnReport> columns = new ArrayList<>();
            for (Candidate candidate : candidates) {
                columns.add(audit(candidate));
            }
            c.rollback();
            serverFindings.sort(Comparator.comparing(Finding::severity).reversed());
            return new DoctorReport(product, version, audited, sampleRows, serverFindings, columns);
        }

        String currentSchema() throws SQLException {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(pg ? "SELECT current_schema()" : "SELECT DATABASE()")) {
                rs.next();
                String s = rs.getString(1);
                if (s == null) {
                    throw new SQLException("the connection has no current schema: name one with --schema");
                }
                return s;
            }
        }

        // ---------------------------------------------------------------------------------------------- catalog

        List<Candidate> discover(String schema) throws SQLException {
            String sql = pg
                    ? "SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length,"
                    + " (c.is_identity = 'YES' OR c.column_default LIKE 'nextval(%') AS auto"
                    + " FROM information_schema.columns c JOIN information_schema.tables t"
                    + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                    + " WHERE c.table_schema = ? AND t.table_type = 'BASE TABLE'"
                    + " ORDER BY c.table_name, c.ordinal_position"
                    : "SELECT c.table_name, c.column_name, c.column_type, c.character_maximum_length,"
                    + " (c.extra LIKE '%auto_increment%') AS auto"
                    + " FROM information_schema.columns c JOIN information_schema.tables t"
                    + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                    + " WHERE c.table_schema = ? AND t.table_type = 'BASE TABLE'"
                    + " ORDER BY c.table_name, c.ordinal_position";
            Map<String, String> autoColumns = new LinkedHashMap<>();
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String table = rs.getString(1);
                        String column = rs.getString(2);
                        String type = rs.getString(3).toLowerCase(Locale.ROOT);
                        long length = rs.getLong(4);
                        if (rs.getBoolean(5)) {
                            autoColumns.putIfAbsent(table, column);
                        }
                        String storage = storage(type, length);
                        if (storage != null) {
                            columns.add(new String[] {table, column, type, storage, Long.toString(length)});
                        }
                    }
                }
            }
            List<Candidate> result = new ArrayList<>();
            for (String[] col : columns) {
                String table = col[0];
                String column = col[1];
                String storage = col[3];
                if (storage.endsWith("?") && !looksLikeUuids(schema, table, column, storage)) {
                    continue;
                }
                storage = storage.replace("?", "");
                List<String> pk = primaryKey(schema, table);
                String key = "none";
                String indexName = null;
                if (pk.equals(List.of(column))) {
                    key = "primary";
                    indexName = primaryKeyIndex(schema, table);
                } else {
                    Map<String, List<String>> unique = uniqueIndexes(schema, table);
                    indexName = unique.entrySet().stream().filter(e -> e.getValue().equals(List.of(column)))
                            .map(Map.Entry::getKey).findFirst().orElse(null);
                    if (indexName != null) {
                        key = "unique";
                    } else if (pk.contains(column)
                            || unique.values().stream().anyMatch(cols -> cols.contains(column))) {
                        key = "composite"; // duplicates of the column alone are legal: no DUPLICATE_VALUES
                    }
                }
                String order = autoColumns.get(table);
                result.add(new Candidate(schema, table, column, sqlType(col[2], storage, col[4]), storage,
                        (int) Long.parseLong(col[4]), order != null && !order.equals(column) ? order : null, pk,
                        key, indexName));
            }
            return result;
        }

        /** native, binary, text; a trailing ? when the content must be probed; null when not a candidate. */
        String storage(String type, long length) {
            if (type.equals("uuid")) {
                return "native";
            }
            if (type.equals("binary(16)") || type.equals("varbinary(16)")) {
                return "binary";
            }
            if (type.equals("bytea")) {
                return "binary?";
            }
            if (pg ? (type.equals("character") && (length == 32 || length == 36)
                    || type.equals("character varying") && length == 36)
                    : type.equals("char(32)") || type.equals("char(36)") || type.equals("varchar(36)")) {
                return "text?";
            }
            return null;
        }

        String sqlType(String type, String storage, String length) {
            if (!pg) {
                return type;
            }
            switch (type) {
                case "character":
                    return "char(" + length + ")";
                case "character varying":
                    return "varchar(" + length + ")";
                default:
                    return type;
            }
        }

        boolean looksLikeUuids(String schema, String table, String column, String storage) throws SQLException {
            int values = 0;
            int uuids = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + q(column) + " FROM " + q(schema) + "." + q(table)
                         + " WHERE " + q(column) + " IS NOT NULL LIMIT " + PROBE_ROWS)) {
                while (rs.next()) {
                    values++;
                    if (storage.startsWith("binary")) {
                        byte[] b = rs.getBytes(1);
                        if (b.length == 16 || b.length >= 4 && (b[0] & 0xFF) == 0xAC && (b[1] & 0xFF) == 0xED) {
                            uuids++;
                        }
                    } else if (ColumnScan.parseLenient(rs.getString(1).stripTrailing()) != null) {
                        uuids++;
                    }
                }
            }
            return values > 0 && uuids * 5 >= values * 4;
        }

        List<String> primaryKey(String schema, String table) throws SQLException {
            DatabaseMetaData md = c.getMetaData();
            Map<Integer, String> byPosition = new java.util.TreeMap<>();
            try (ResultSet rs = pg ? md.getPrimaryKeys(null, schema, table) : md.getPrimaryKeys(schema, null, table)) {
                while (rs.next()) {
                    byPosition.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            return new ArrayList<>(byPosition.values());
        }

        String primaryKeyIndex(String schema, String table) throws SQLException {
            if (!pg) {
                return "PRIMARY";
            }
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getPrimaryKeys(null, schema, table)) {
                return rs.next() ? rs.getString("PK_NAME") : null;
            }
        }

        /** The unique indexes of a table (the primary key's too), each with its columns. */
        Map<String, List<String>> uniqueIndexes(String schema, String table) throws SQLException {
            DatabaseMetaData md = c.getMetaData();
            Map<String, List<String>> indexes = new LinkedHashMap<>();
            try (ResultSet rs = pg ? md.getIndexInfo(null, schema, table, true, true)
                    : md.getIndexInfo(schema, null, table, true, true)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    if (index != null && !rs.getBoolean("NON_UNIQUE")) {
                        indexes.computeIfAbsent(index, i -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            return indexes;
        }

        // ------------------------------------------------------------------------------------------------ scan

        ColumnReport audit(Candidate cand) throws SQLException {
            ColumnScan scan = new ColumnScan(Advice.checksDuplicates(cand),
                    cand.storage().equals("text") && cand.textLength() == 32, System.currentTimeMillis());
            Coverage coverage = new Sampling(c, pg, sampleRows).scan(cand, scan);
            boolean isNative = cand.storage().equals("native");
            boolean complete = coverage.complete();
            Advice advice = new Advice(pg, cand);
            List<Finding> findings = new ArrayList<>(advice.columnFindings(scan));
            if (mysql != null && isNative && scan.v7() > 0) {
                for (MysqlWarning w : mysql.warningsFor(UuidColumnKind.MARIADB_UUID, true)) {
                    if (w == MysqlWarning.MARIADB_UUID_BREAKS_V7_ORDER || w == MysqlWarning.MARIADB_UUID_MISCOMPARES_V7) {
                        findings.add(new Finding(w.name(), Severity.ERROR, cand.schema() + "." + cand.table() + "."
                                + cand.column(), scan.v7(), List.of(), "Column of MariaDB's UUID type holds "
                                + scan.v7() + " UUID v7 values on MariaDB " + mysql.version() + ". " + w.message(),
                                "Upgrade MariaDB (10.11.6, 11.0.4, 11.1.3, 11.2.2 or later), or store the keys in"
                                        + " BINARY(16): UuidJdbc.set / get with UuidColumnKind.BINARY16."));
                    }
                }
            }
            if (mysql != null && isNative && mysql.flavor() == MysqlFlavor.MARIADB) {
                checkForUpgrade(cand).ifPresent(findings::add);
            }
            IndexShape index = null;
            long bigintEstimate = -1;
            if (cand.indexName() != null) {
                index = indexShape(cand);
                if (index != null && pg && index.leafPages() >= MIN_LEAF_PAGES_JUDGED
                        && index.leafDensity() < FRAGMENTED_LEAF_DENSITY) {
                    findings.add(advice.indexFinding(index, scan));
                }
                if (index != null && !pg && cand.key().equals("primary")) {
                    bigintEstimate = bigintLeafEstimate(cand);
                }
            }
            findings.sort(Comparator.comparing(Finding::severity).reversed());
            return new ColumnReport(cand.schema(), cand.table(), cand.column(), cand.sqlType(), cand.storage(),
                    cand.key(), cand.orderColumn(), scan.rows, complete, scan.nulls, scan.versions(),
                    scan.rfcVariant, scan.v7First(), scan.v7Last(),
                    cand.orderColumn() == null ? null : scan.v7OutOfOrderShare(), index, bigintEstimate, findings,
                    coverage, scan.v7InSpan(), cand.orderColumn() == null ? 0 : scan.v7Pairs());
        }

        Optional<Finding> checkForUpgrade(Candidate cand) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("CHECK TABLE " + q(cand.schema()) + "." + q(cand.table())
                         + " FOR UPGRADE")) {
                while (rs.next()) {
                    String type = rs.getString("Msg_type");
                    String text = rs.getString("Msg_text");
                    if (!"status".equalsIgnoreCase(type) || text != null
                            && text.toLowerCase(Locale.ROOT).contains("upgrade")) {
                        return Optional.of(new Finding("MARIADB_UUID_OLD_FORMAT", Severity.ERROR,
                                cand.schema() + "." + cand.table(), 0, List.of(),
                                "CHECK TABLE ... FOR UPGRADE says: " + quoted(text) + " (a table created before"
                                        + " MariaDB changed the UUID type's storage keeps the old format).",
                                "Rebuild it: ALTER TABLE " + q(cand.schema()) + "." + q(cand.table())
                                        + " FORCE; (or mariadb-upgrade)."));
                    }
                }
            } catch (SQLException e) {
                // not permitted or not supported: nothing to say about the format
            }
            return Optional.empty();
        }

        IndexShape indexShape(Candidate cand) {
            try {
                if (pg) {
                    if (pgstattuple == null) {
                        pgstattuple = IndexIntrospection.pgstattupleInstalled(c);
                    }
                    if (!pgstattuple) {
                        indexStatsUnavailable("The pgstattuple extension is not installed in this database, so"
                                + " leaf density and fragmentation of key indexes are not reported.",
                                "CREATE EXTENSION pgstattuple; (as a superuser), then run the doctor again.");
                        return null;
                    }
                    c.setAutoCommit(true); // a failed pgstatindex must not abort the scan's transaction
                    try {
                        return IndexIntrospection.postgres(c, cand.schema(), cand.indexName());
                    } finally {
                        c.setAutoCommit(false);
                    }
                }
                Optional<IndexShape> shape = IndexIntrospection.innodb(c, cand.schema(), cand.table(),
                        cand.indexName());
                if (shape.isEmpty()) {
                    indexStatsUnavailable("mysql.innodb_index_stats has no statistics for some key indexes"
                            + " (not persistent, or not visible to this user).", "Run ANALYZE TABLE as the owner,"
                            + " or grant SELECT ON mysql.innodb_index_stats to the doctor's user.");
                }
                return shape.orElse(null);
            } catch (SQLException e) {
                indexStatsUnavailable("Index statistics could not be read: " + quoted(e.getMessage()),
                        pg ? "Grant pg_stat_scan_tables to the doctor's user (pgstatindex needs it)."
                                : "Grant SELECT ON mysql.innodb_index_stats to the doctor's user.");
                return null;
            }
        }

        void indexStatsUnavailable(String message, String advice) {
            if (!indexStatsReported) {
                indexStatsReported = true;
                serverFindings.add(new Finding("INDEX_STATS_UNAVAILABLE", Severity.INFO, "server", 0, List.of(),
                        message, advice));
            }
        }

        /** Leaf pages of the same rows with a BIGINT key at 15/16 fill (InnoDB's fill for ascending inserts). */
        long bigintLeafEstimate(Candidate cand) {
            try (PreparedStatement ps = c.prepareStatement("SELECT table_rows, avg_row_length FROM"
                    + " information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
                ps.setString(1, cand.schema());
                ps.setString(2, cand.table());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return -1;
                    }
                    long rows = rs.getLong(1);
                    long avg = rs.getLong(2);
                    long keyBytes = cand.storage().equals("text") ? cand.textLength() + 1 : 16;
                    long pageSize = IndexIntrospection.innodbPageSize(c);
                    double perRow = Math.max(avg - keyBytes + 8, 8);
                    return (long) Math.ceil(rows * perRow / (pageSize * 15.0 / 16));
                }
            } catch (SQLException e) {
                return -1;
            }
        }

        String q(String identifier) {
            return pg ? '"' + identifier.replace("\"", "\"\"") + '"' : '`' + identifier.replace("`", "``") + '`';
        }
    }

    /** A column named like an id: {@code id}, {@code uuid}, {@code guid}, or {@code <table>_id}. */
    static boolean idNamed(String table, String column) {
        String c = column.toLowerCase(Locale.ROOT);
        String t = table.toLowerCase(Locale.ROOT);
        return c.equals("id") || c.equals("uuid") || c.equals("guid") || c.equals(t + "_id")
                || t.endsWith("s") && c.equals(t.substring(0, t.length() - 1) + "_id");
    }

    static String quoted(String text) {
        return io.github.uuidkit.internal.MessageText.quote(text == null ? "" : text);
    }
}
