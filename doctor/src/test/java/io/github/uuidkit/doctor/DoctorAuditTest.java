package io.github.uuidkit.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.testsupport.JdbcStubs;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Doctor#audit} end to end without a server: a fake catalog and fake tables answer the doctor's queries
 * (catalog, probe, sample, index statistics) the way PostgreSQL, MySQL and MariaDB would, so that the key
 * classification, the column verdicts and the report are unit-tested (the engine suites prove the SQL itself).
 */
class DoctorAuditTest {

    /** A column of a fake table: name, declared type as information_schema gives it, length, auto-increment. */
    record Col(String name, String type, long length, boolean auto) {
    }

    /** A fake table. */
    static final class Table {
        final String name;
        final List<Col> cols;
        final List<Object[]> rows = new ArrayList<>();
        final List<String> pk;
        final Map<String, List<String>> unique = new LinkedHashMap<>();

        Table(String name, List<String> pk, Col... cols) {
            this.name = name;
            this.pk = pk;
            this.cols = List.of(cols);
        }

        int index(String column) {
            for (int i = 0; i < cols.size(); i++) {
                if (cols.get(i).name().equals(column)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(column);
        }
    }

    /** The fake server. */
    static class Server {
        final String product;
        final String version;
        final String sqlMode;
        final List<Table> tables = new ArrayList<>();
        final List<String> queries = new ArrayList<>();
        boolean pgstattuple = true;
        boolean indexStatsDenied;
        String checkTable = "OK";
        boolean readOnly;
        boolean autoCommit = true;

        Server(String product, String version, String sqlMode) {
            this.product = product;
            this.version = version;
            this.sqlMode = sqlMode;
        }

        boolean pg() {
            return product.equals("PostgreSQL");
        }

        Table table(String name) {
            return tables.stream().filter(t -> t.name.equals(name)).findFirst().orElseThrow();
        }

        Connection connection() {
            DatabaseMetaData md = JdbcStubs.proxy(DatabaseMetaData.class, (p, m, a) -> {
                switch (m.getName()) {
                    case "getDatabaseProductName":
                        return product;
                    case "getDatabaseProductVersion":
                        return version;
                    case "getPrimaryKeys": {
                        Table t = table((String) a[2]);
                        List<Object[]> rows = new ArrayList<>();
                        for (int i = 0; i < t.pk.size(); i++) {
                            rows.add(new Object[] {i + 1, t.pk.get(i), t.name + "_pkey"});
                        }
                        return result(List.of("KEY_SEQ", "COLUMN_NAME", "PK_NAME"), rows);
                    }
                    case "getIndexInfo": {
                        Table t = table((String) a[2]);
                        List<Object[]> rows = new ArrayList<>();
                        if (!t.pk.isEmpty()) {
                            for (String c : t.pk) {
                                rows.add(new Object[] {pg() ? t.name + "_pkey" : "PRIMARY", false, c});
                            }
                        }
                        t.unique.forEach((ix, cols) -> cols.forEach(c -> rows.add(new Object[] {ix, false, c})));
                        rows.add(new Object[] {null, true, null}); // a statistics row (tableIndexStatistic)
                        return result(List.of("INDEX_NAME", "NON_UNIQUE", "COLUMN_NAME"), rows);
                    }
                    default:
                        return defaultValue(m);
                }
            });
            return JdbcStubs.proxy(Connection.class, (p, m, a) -> {
                switch (m.getName()) {
                    case "getMetaData":
                        return md;
                    case "createStatement":
                        return statement(null);
                    case "prepareStatement":
                        return statement((String) a[0]);
                    case "isReadOnly":
                        return readOnly;
                    case "setReadOnly":
                        readOnly = (Boolean) a[0];
                        return null;
                    case "getAutoCommit":
                        return autoCommit;
                    case "rollback":
                        events.add("rollback");
                        return null;
                    case "setAutoCommit":
                        autoCommit = (Boolean) a[0];
                        return null;
                    default:
                        return defaultValue(m);
                }
            });
        }

        private Object statement(String prepared) {
            List<Object> params = new ArrayList<>();
            Class<?> type = prepared == null ? Statement.class : PreparedStatement.class;
            return JdbcStubs.proxy(type, (p, m, a) -> {
                switch (m.getName()) {
                    case "setString":
                    case "setObject":
                        params.add(a[1]);
                        return null;
                    case "executeQuery":
                        String sql = prepared != null ? prepared : (String) a[0];
                        queries.add(sql);
                        return answer(sql, params);
                    default:
                        return defaultValue(m);
                }
            });
        }

        private static final Pattern ALIAS = Pattern.compile("[\"`]([^\"`]+)[\"`] AS (v|k\\d+|o\\d+)");
        private static final Pattern FROM = Pattern.compile("FROM [\"`][^\"`]+[\"`]\\.[\"`]([^\"`]+)[\"`]");
        private static final Pattern LIMIT = Pattern.compile("LIMIT (\\d+)");

        final List<String> events = new ArrayList<>();
        String schema = "app";

        ResultSet answer(String sql, List<Object> params) throws SQLException {
            if (!readOnly && !sql.startsWith("SELECT VERSION()")) { // only the server detection comes first
                throw new SQLException("the audit runs on a read-only connection");
            }
            if (sql.contains("information_schema.columns") || sql.contains("information_schema.tables")
                    || sql.contains("innodb_index_stats")) {
                if (!params.get(0).equals(schema) || sql.startsWith("SELECT table_rows") && !params.get(1).equals("keys")) {
                    throw new SQLException("wrong parameters " + params + " for " + sql);
                }
            }
            if (sql.contains("pgstatindex") && (!params.get(0).equals(params.get(1))
                    || !((String) params.get(0)).startsWith("\"app\"."))) {
                throw new SQLException("pgstatindex runs on \"app\".<index>: " + params);
            }
            if (sql.contains(" AS v") && pg() && autoCommit) {
                throw new SQLException("pgjdbc streams only inside a transaction");
            }
            if (sql.startsWith("SELECT VERSION()")) {
                return result(List.of("v", "m"), List.<Object[]>of(new Object[] {version, sqlMode}));
            }
            if (sql.contains("information_schema.columns")) {
                List<Object[]> rows = new ArrayList<>();
                for (Table t : tables) {
                    for (Col c : t.cols) {
                        rows.add(new Object[] {t.name, c.name(), c.type(), c.length(), c.auto()});
                    }
                }
                return result(List.of("table_name", "column_name", "type", "len", "auto"), rows);
            }
            if (sql.contains("pg_extension")) {
                return result(List.of("one"), pgstattuple ? List.<Object[]>of(new Object[] {1}) : List.of());
            }
            if (sql.contains("pgstatindex")) {
                if (indexStatsDenied) {
                    throw new SQLException("permission denied for function pgstatindex");
                }
                return result(List.of("size", "leaf", "density", "frag"),
                        List.<Object[]>of(new Object[] {8_192_000L, 100L, 55.5, 40.0}));
            }
            if (sql.contains("innodb_index_stats")) {
                if (indexStatsDenied) {
                    throw new SQLException("SELECT command denied to user");
                }
                if (!(params.get(1).equals("keys") && params.get(2).equals("PRIMARY")
                        || params.get(1).equals("ids") && params.get(2).equals("id"))) {
                    throw new SQLException("wrong parameters " + params);
                }
                return result(List.of("stat_name", "stat_value"), List.of(new Object[] {"size", 97L},
                        new Object[] {"n_leaf_pages", 90L}));
            }
            if (sql.equals("SELECT schema_name FROM information_schema.schemata")) { // the schema check
                return result(List.of("schema_name"), List.<Object[]>of(new Object[] {schema},
                        new Object[] {"information_schema"}));
            }
            if (sql.contains("c.relkind = 'p'") || sql.contains("information_schema.partitions")) {
                return result(List.of("one"), List.of()); // no table of the fake is partitioned
            }
            if (sql.equals("SELECT @@lower_case_table_names")) {
                return result(List.of("l"), List.<Object[]>of(new Object[] {0L}));
            }
            if (sql.startsWith("SELECT @@SESSION.")) { // a timeout variable, saved before it is set
                return result(List.of("v"), List.<Object[]>of(new Object[] {"0"}));
            }
            if (sql.contains("@@innodb_page_size")) {
                return result(List.of("p"), List.<Object[]>of(new Object[] {16384L}));
            }
            if (sql.contains("information_schema.tables")) {
                return result(List.of("r", "a"), List.<Object[]>of(new Object[] {100_000L, 60L}));
            }
            if (sql.startsWith("CHECK TABLE")) {
                return result(List.of("Msg_type", "Msg_text"), List.<Object[]>of(new Object[] {"status", checkTable}));
            }
            if (sql.startsWith("SELECT pg_relation_size")) {
                return result(List.of("b"), List.<Object[]>of(new Object[] {1L}));
            }
            Matcher from = FROM.matcher(sql);
            if (!from.find()) {
                throw new SQLException("the fake does not know " + sql);
            }
            Table t = table(from.group(1));
            long limit = Long.MAX_VALUE;
            Matcher l = LIMIT.matcher(sql);
            if (l.find()) {
                limit = Long.parseLong(l.group(1));
            }
            if (sql.contains("IS NOT NULL LIMIT")) { // the probe
                String col = sql.substring(sql.indexOf(pg() ? "\"" : "`") + 1, sql.indexOf(pg() ? "\" FROM" : "` FROM"));
                List<Object[]> rows = new ArrayList<>();
                for (Object[] r : t.rows) {
                    if (r[t.index(col)] != null && rows.size() < limit) {
                        rows.add(new Object[] {r[t.index(col)]});
                    }
                }
                return result(List.of(col), rows);
            }
            List<String> labels = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            Matcher alias = ALIAS.matcher(sql);
            while (alias.find()) {
                sources.add(alias.group(1));
                labels.add(alias.group(2));
            }
            List<Object[]> rows = new ArrayList<>();
            boolean beyondEnd = sql.contains("ctid >= '(1,0)'");
            for (int i = 0; i < t.rows.size() && rows.size() < limit && !beyondEnd; i++) {
                Object[] out = new Object[sources.size()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = sources.get(k).equals("ctid") ? "(0," + (i + 1) + ")" : t.rows.get(i)[t.index(sources.get(k))];
                }
                rows.add(out);
            }
            return result(labels, rows);
        }
    }

    static Object defaultValue(Method m) {
        Class<?> r = m.getReturnType();
        if (r == boolean.class) {
            return false;
        }
        if (r == int.class || r == long.class) {
            return r == int.class ? (Object) 0 : (Object) 0L;
        }
        return null;
    }

    /** A result set over rows, read by index (1-based) or label. */
    static ResultSet result(List<String> labels, List<Object[]> rows) {
        int[] at = {-1};
        return JdbcStubs.proxy(ResultSet.class, (p, m, a) -> {
            if (m.getName().equals("next")) {
                return ++at[0] < rows.size();
            }
            if (m.getName().equals("close")) {
                return null;
            }
            if (!m.getName().startsWith("get") || a == null || a.length != 1) {
                throw new UnsupportedOperationException(m.getName());
            }
            int i = a[0] instanceof Integer ? (Integer) a[0] - 1 : labels.indexOf((String) a[0]);
            Object v = rows.get(at[0])[i];
            switch (m.getName()) {
                case "getString":
                    return v == null ? null : v instanceof UUID ? v.toString() : (String) v;
                case "getLong":
                    return v == null ? 0L : ((Number) v).longValue();
                case "getInt":
                    return v == null ? 0 : ((Number) v).intValue();
                case "getDouble":
                    return ((Number) v).doubleValue();
                case "getBoolean":
                    return v != null && (Boolean) v;
                default:
                    return v; // getObject, getBytes
            }
        });
    }

    private static UUID v7(int i) {
        long ms = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli() + i * 1000L;
        return new UUID(ms << 16 | 0x7000L | i, 0x8000_0000_0000_0000L | i);
    }

    private static UUID v4(int i) {
        return new UUID(0x1234_5678_9abc_4defL + ((long) i << 16), 0x8000_0000_0000_0000L | (long) i << 20);
    }

    @Test
    void postgres() throws Exception {
        Server s = new Server("PostgreSQL", "18.1", null);
        Table orders = new Table("orders", List.of("seq"), new Col("seq", "bigint", 0, true),
                new Col("id", "uuid", 0, false), new Col("token", "uuid", 0, false),
                new Col("ref", "character", 36, false), new Col("note", "character varying", 36, false),
                new Col("blob", "bytea", 0, false), new Col("other", "integer", 0, false));
        orders.unique.put("orders_token_key", List.of("token"));
        for (int i = 1; i <= 40; i++) {
            orders.rows.add(new Object[] {(long) i, i == 40 ? v7(1) : v7(i), v4(i), i % 10 == 0 ? null
                    : v4(i).toString().toUpperCase(), "note " + i, UuidBinaryLayout.STANDARD.toBytes(v7(i)), i});
        }
        Table keyed = new Table("keyed", List.of("id"), new Col("id", "uuid", 0, false));
        for (int i = 1; i <= 30; i++) {
            keyed.rows.add(new Object[] {v4(i)});
        }
        Table comp = new Table("comp", List.of("tenant", "id"), new Col("tenant", "integer", 0, false),
                new Col("id", "bytea", 0, false));
        for (int i = 0; i < 20; i++) {
            comp.rows.add(new Object[] {i / 10, UuidBinaryLayout.STANDARD.toBytes(v7(i % 10))});
        }
        Table heap = new Table("heap", List.of(), new Col("uuid", "uuid", 0, false));
        heap.rows.add(new Object[] {v7(1)});
        heap.rows.add(new Object[] {v7(1)}); // no key: a repeat of an id-named column
        Table probe = new Table("probe", List.of(), new Col("most", "bytea", 0, false),
                new Col("few", "bytea", 0, false), new Col("wide", "character", 40, false),
                new Col("v32", "character varying", 32, false), new Col("c32", "character", 32, false));
        for (int i = 0; i < 5; i++) {
            // 4 of 5 values of 16 bytes (or Java-serialized): a UUID column; 3 of 5: not
            probe.rows.add(new Object[] {i == 0 ? new byte[3] : i == 1 ? new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 1}
                    : new byte[16], i < 2 ? new byte[16] : new byte[15], v7(i).toString() + "    ",
                    v7(i).toString().replace("-", ""), v7(i).toString().replace("-", "")});
        }
        s.tables.addAll(List.of(orders, keyed, probe, heap, comp));

        Connection c = s.connection();
        DoctorReport report = Doctor.defaults().withSchemas(List.of("app")).audit(c);
        assertThat(s.readOnly).as("read-only flag restored").isFalse();
        assertThat(s.autoCommit).isTrue();
        assertThat(report.product()).isEqualTo("PostgreSQL");
        assertThat(report.columns()).extracting(ColumnReport::name).containsExactly("app.comp.id", "app.heap.uuid",
                "app.keyed.id", "app.orders.blob", "app.orders.id", "app.orders.ref", "app.orders.token",
                "app.probe.c32", "app.probe.most");
        // the catalog's transaction, then one per column read, each ended by a rollback (nothing is committed)
        assertThat(s.events).containsOnly("rollback").hasSizeGreaterThan(report.columns().size());
        assertThat(report.column("probe", "c32").sqlType()).isEqualTo("char(32)");
        assertThat(report.column("probe", "most").sqlType()).isEqualTo("bytea");
        assertThat(report.column("probe", "most").finding("JAVA_SERIALIZED").count()).isEqualTo(1);
        assertThat(report.column("orders", "id").findings()).extracting(Finding::severity)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(report.column("comp", "id").key()).isEqualTo("composite");
        assertThat(report.column("comp", "id").findings()).isEmpty();
        assertThat(report.column("comp", "id").coverage().order()).isEqualTo("ctid");
        assertThat(report.column("heap", "uuid").finding("DUPLICATE_VALUES").count()).isEqualTo(1);
        ColumnReport id = report.column("orders", "id");
        assertThat(id.key()).isEqualTo("none");
        assertThat(id.orderColumn()).isEqualTo("seq");
        assertThat(id.finding("DUPLICATE_VALUES").examples()).containsExactly("40");
        assertThat(id.v7OutOfOrder()).isEqualTo(1.0 / 39);
        assertThat(id.v7Pairs()).isEqualTo(39);
        assertThat(id.coverage()).isEqualTo(new Coverage("seq", 40, 0, 0, 0, true));
        ColumnReport ref = report.column("orders", "ref");
        assertThat(ref.sqlType()).isEqualTo("char(36)");
        assertThat(ref.nulls()).isEqualTo(4);
        assertThat(ref.finding("NON_CANONICAL_TEXT").count()).isEqualTo(36);
        assertThat(report.column("orders", "note")).as("text that is no UUID is not audited").isNull();
        ColumnReport token = report.column("orders", "token");
        assertThat(token.key()).isEqualTo("unique");
        assertThat(token.finding("INDEX_FRAGMENTED").severity()).isEqualTo(Severity.INFO);
        assertThat(token.finding("RANDOM_KEY")).isNull();
        ColumnReport k = report.column("keyed", "id");
        assertThat(k.key()).isEqualTo("primary");
        assertThat(k.index().name()).isEqualTo("keyed_pkey");
        assertThat(k.finding("INDEX_FRAGMENTED").severity()).isEqualTo(Severity.WARNING);
        assertThat(k.finding("RANDOM_KEY").count()).isEqualTo(30);
        assertThat(report.serverFindings()).isEmpty();
        assertThat(report.worst()).contains(Severity.ERROR);
        assertThat(report.hasFindingsAtLeast(Severity.ERROR)).isTrue();
        assertThat(report.findings()).isNotEmpty();

        // without pgstattuple, or without the right to run it: one server finding, no index shape
        s.pgstattuple = false;
        DoctorReport noStats = Doctor.defaults().withSchemas(List.of("app")).audit(s.connection());
        assertThat(noStats.serverFindings()).extracting(Finding::code).containsExactly("INDEX_STATS_UNAVAILABLE");
        assertThat(noStats.column("keyed", "id").index()).isNull();
        s.pgstattuple = true;
        s.indexStatsDenied = true;
        DoctorReport denied = Doctor.defaults().withSchemas(List.of("app")).audit(s.connection());
        assertThat(denied.serverFindings()).extracting(Finding::code).containsExactly("INDEX_STATS_UNAVAILABLE");
        assertThat(denied.serverFindings().get(0).message()).contains("permission denied");
    }

    @Test
    void mysqlAndMariaDb() throws Exception {
        Server s = new Server("MySQL", "8.0.36", "");
        Table legacy = new Table("legacy", List.of("seq"), new Col("seq", "bigint", 0, true),
                new Col("id", "binary(16)", 16, false), new Col("v", "varbinary(16)", 16, false),
                new Col("txt", "char(36)", 36, false), new Col("hex", "char(32)", 32, false));
        for (int i = 1; i <= 20; i++) {
            legacy.rows.add(new Object[] {(long) i, UuidBinaryLayout.TIME_SWAPPED.toBytes(v7(i)),
                    i == 3 ? new byte[15] : UuidBinaryLayout.STANDARD.toBytes(v7(i)), v7(i).toString(),
                    v7(i).toString().replace("-", "")});
        }
        Table keys = new Table("keys", List.of("id"), new Col("id", "char(36)", 36, false));
        for (int i = 1; i <= 5; i++) {
            keys.rows.add(new Object[] {v7(i).toString() + "   "});
        }
        s.tables.addAll(List.of(legacy, keys));
        DoctorReport report = Doctor.defaults().withSchemas(List.of("app")).withSampleRows(0).audit(s.connection());
        assertThat(report.product()).isEqualTo("MySQL");
        assertThat(report.sampleRows()).isZero();
        assertThat(report.serverFindings()).extracting(Finding::code).contains("NON_STRICT_SQL_MODE");
        Finding strict = report.serverFindings().get(0);
        assertThat(strict.code()).isEqualTo("NON_STRICT_SQL_MODE");
        assertThat(strict.severity()).isEqualTo(Severity.WARNING);
        assertThat(strict.message()).startsWith("sql_mode of this session is not strict ('')");
        assertThat(strict.advice()).contains("SET GLOBAL sql_mode");
        ColumnReport id = report.column("legacy", "id");
        assertThat(id.finding("SWAPPED_LAYOUT_FOR_V7").count()).isEqualTo(20);
        assertThat(report.column("legacy", "v").finding("WRONG_LENGTH").examples()).containsExactly("3");
        assertThat(report.column("legacy", "hex").findings()).as("a CHAR(32) holds compact text").isEmpty();
        ColumnReport key = report.column("keys", "id");
        assertThat(key.finding("TEXT_KEY")).isNotNull();
        assertThat(key.finding("TEXT_KEY").message()).contains("36 bytes or more");
        assertThat(key.index()).isEqualTo(new IndexShape("PRIMARY", 97L * 16384, 90, Double.NaN, Double.NaN));
        // 100,000 rows of 60 bytes, a 37-byte CHAR(36) key replaced by 8: 31 bytes, 15/16 of 16 KiB pages
        assertThat(key.bigintLeafEstimate()).isEqualTo(202);
        assertThat(report.column("legacy", "id").bigintLeafEstimate()).isEqualTo(-1);
        assertThat(key.coverage().complete()).isTrue();
        s.indexStatsDenied = true;
        DoctorReport denied = Doctor.defaults().withSchemas(List.of("app")).audit(s.connection());
        assertThat(denied.serverFindings()).extracting(Finding::code).contains("INDEX_STATS_UNAVAILABLE");

        Server m = new Server("MariaDB", "10.11.5-MariaDB", "STRICT_TRANS_TABLES");
        Table ids = new Table("ids", List.of("seq"), new Col("seq", "bigint", 0, true),
                new Col("id", "uuid", 0, false));
        ids.unique.put("id", List.of("id"));
        for (int i = 1; i <= 3; i++) {
            ids.rows.add(new Object[] {(long) i, v7(i).toString()});
        }
        m.tables.add(ids);
        m.checkTable = "Table upgrade required. Please do \"REPAIR TABLE `ids`\" or dump/reload to fix it!";
        // CHECK TABLE ... FOR UPGRADE is a maintenance statement, run only when asked for
        assertThat(Doctor.defaults().withSchemas(List.of("app")).audit(m.connection()).column("ids", "id")
                .finding("MARIADB_UUID_OLD_FORMAT")).isNull();
        assertThat(m.queries).noneMatch(q -> q.startsWith("CHECK TABLE"));
        DoctorReport maria = Doctor.defaults().withSchemas(List.of("app")).withCheckUpgrade(true)
                .audit(m.connection());
        assertThat(maria.product()).isEqualTo("MariaDB");
        assertThat(maria.column("ids", "id").findings()).extracting(Finding::code)
                .contains("MARIADB_UUID_MISCOMPARES_V7", "MARIADB_UUID_OLD_FORMAT");
        assertThat(maria.column("ids", "id").finding("MARIADB_UUID_MISCOMPARES_V7").count()).isEqualTo(3);
        assertThat(maria.column("ids", "id").count("v7")).isEqualTo(3);
        assertThat(maria.serverFindings()).isEmpty();
        m.checkTable = "OK";
        assertThat(Doctor.defaults().withSchemas(List.of("app")).withCheckUpgrade(true).audit(m.connection())
                .column("ids", "id")
                .finding("MARIADB_UUID_OLD_FORMAT")).isNull();
        assertThat(Severity.WARNING.atLeast(Severity.INFO)).isTrue();
        assertThat(Severity.WARNING.atLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.INFO.atLeast(Severity.WARNING)).isFalse();
        assertThat(maria.hasFindingsAtLeast(Severity.ERROR)).isTrue();
        assertThat(new DoctorReport("MySQL", "8", List.of(), 0, List.of(), List.of()).hasFindingsAtLeast(Severity.INFO))
                .isFalse();
        assertThat(new Coverage("seq", 1, 2, 1, 4, false).rows()).isEqualTo(7);
    }

    @Test
    void currentSchemaAndBadArguments() throws Exception {
        Server s = new Server("PostgreSQL", "18.1", null) {
            @Override
            ResultSet answer(String sql, List<Object> params) throws SQLException {
                if (sql.equals("SELECT current_schema()")) {
                    return result(List.of("s"), List.<Object[]>of(new Object[] {"public"}));
                }
                return super.answer(sql, params);
            }
        };
        s.schema = "public";
        DoctorReport report = Doctor.defaults().audit(s.connection());
        assertThat(report.schemas()).containsExactly("public");
        assertThat(report.columns()).isEmpty();
        assertThat(report.worst()).isEmpty();
        assertThatThrownBy(() -> Doctor.defaults().audit(new Server("Oracle", "23", null).connection()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Oracle");
        assertThatThrownBy(() -> Doctor.defaults().withSchemas(Arrays.asList("a", " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Doctor.defaults().withSampleRows(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThat(Doctor.fetchSize(true)).isEqualTo(10_000);
        assertThat(Doctor.fetchSize(false)).isEqualTo(Integer.MIN_VALUE);
        assertThat(report.column("x", "y")).isNull();
    }
}
