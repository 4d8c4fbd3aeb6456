package io.github.uuidkit.migrate;

import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.migrate.MigrationStep.Backfill;
import io.github.uuidkit.migrate.MigrationStep.Kind;
import io.github.uuidkit.migrate.MigrationStep.Statement;
import io.github.uuidkit.mysql.MysqlFlavor;
import io.github.uuidkit.mysql.MysqlServerInfo;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/** Reads the live schema of one table and its referencing tables, and writes the plan. */
final class Planner {

    /** Suffix of the shadow column that receives the converted value. */
    static final String NEW_SUFFIX = "_uuidkit";
    /** Suffix the old column gets at the swap, until it is dropped. */
    static final String OLD_SUFFIX = "_uuidkit_old";
    /** Examples of bad values shown. */
    static final int EXAMPLES = 5;

    /** One column to convert: the key itself or a referencing column. */
    record Col(String table, String column, boolean nullable, String key, String keyCast, String columnType,
               String charset, String collation, String fkName, String updateRule, String deleteRule,
               boolean swapped) {

        String newColumn() {
            return column + NEW_SUFFIX;
        }

        String oldColumn() {
            return column + OLD_SUFFIX;
        }

        /** The text column now: renamed after the swap. */
        String textColumn() {
            return swapped ? oldColumn() : column;
        }
    }

    private final Connection c;
    private final boolean pg;
    private final MysqlServerInfo mysql;
    private final String engine;
    private final String schema;

    Planner(Connection c, String schema) throws SQLException {
        this.c = c;
        String name = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        this.pg = name.contains("postgres");
        if (pg) {
            mysql = null;
            engine = "PostgreSQL " + c.getMetaData().getDatabaseProductVersion();
        } else if (name.contains("mysql") || name.contains("mariadb")) {
            mysql = MysqlServerInfo.detect(c);
            engine = (mysql.flavor() == MysqlFlavor.MARIADB ? "MariaDB " : "MySQL ") + mysql.version();
        } else {
            throw new MigrationException("uuidkit migrate knows PostgreSQL, MySQL and MariaDB, not "
                    + MessageText.quote(name));
        }
        this.schema = schema != null ? checkName("schema", schema) : currentSchema();
    }

    boolean postgres() {
        return pg;
    }

    private String currentSchema() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(pg ? "SELECT current_schema()" : "SELECT DATABASE()");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getString(1) == null) {
                throw new MigrationException("no current schema (database): give one");
            }
            return rs.getString(1);
        }
    }

    /** Refuses names with quotes, backslashes or control characters (they could not be shown or typed safely). */
    static String checkName(String what, String name) {
        if (name == null || name.isEmpty()) {
            throw new MigrationException(what + " name is empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch < 0x20 || ch == 0x7F || ch == '\'' || ch == '"' || ch == '`' || ch == '\\') {
                throw new MigrationException(what + " name " + MessageText.quote(name) + " contains "
                        + MessageText.describe(ch) + " at index " + i
                        + ": uuidkit migrate does not plan for names with quotes, backslashes or control characters;"
                        + " rename it first. Nothing was changed.");
            }
        }
        if (name.length() > 48) {
            throw new MigrationException(what + " name " + MessageText.quote(name) + " is longer than 48 characters:"
                    + " the plan's helper names would not fit. Nothing was changed.");
        }
        return name;
    }

    String q(String identifier) {
        return pg ? '"' + identifier.replace("\"", "\"\"") + '"' : '`' + identifier.replace("`", "``") + '`';
    }

    String qt(String table) {
        return q(schema) + "." + q(table);
    }

    static String hash(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    // ------------------------------------------------------------------------------------------------ catalog

    MigrationPlan plan(String table, MigrationTarget target) throws SQLException {
        checkName("table", table);
        if (pg != (target == MigrationTarget.POSTGRES_UUID)) {
            throw new MigrationException("target " + target + " is not for " + engine + "; use "
                    + (pg ? MigrationTarget.POSTGRES_UUID : MigrationTarget.BINARY16));
        }
        if (!tableExists(table)) {
            throw new MigrationException("no table " + MessageText.quote(table) + " in schema "
                    + MessageText.quote(schema) + ". Nothing was changed.");
        }
        List<String> pk = primaryKey(table);
        if (pk.isEmpty()) {
            throw new MigrationException("table " + MessageText.quote(table) + " has no primary key: uuidkit migrate"
                    + " converts a primary key and the columns that reference it, and backfills in key order."
                    + " Nothing was changed.");
        }
        if (pk.size() > 1) {
            throw new MigrationException("table " + MessageText.quote(table) + " has a primary key of "
                    + pk.size() + " columns " + pk + ": only single-column keys are planned. Nothing was changed.");
        }
        String key = checkName("column", pk.get(0));
        boolean swapped = columnExists(table, key + OLD_SUFFIX);
        String[] type = columnType(table, swapped ? key + OLD_SUFFIX : key);
        String id = target + ":" + schema + "." + table + "." + key;
        String h = hash(id);
        if (!swapped && isTarget(type)) {
            return new MigrationPlan(id, engine, schema, table, key, target, List.of(table + "." + key + " is "
                    + type[4] + " already: nothing to migrate."), List.of(), List.of());
        }
        if (!isText36(type)) {
            throw new MigrationException("column " + MessageText.quote(table + "." + key) + " is "
                    + MessageText.quote(type[4]) + ": uuidkit migrate converts " + (pg ? "text or varchar"
                    : "CHAR(36) or VARCHAR(36)") + " keys. Nothing was changed.");
        }
        checkDefault(table, swapped ? key + OLD_SUFFIX : key, type);
        List<Col> cols = new ArrayList<>();
        cols.add(new Col(table, key, false, key, keyCast(table, key, swapped), type[4], type[2], type[3], null,
                null, null, swapped));
        for (Col child : referencing(table, key)) {
            cols.add(child);
        }
        List<String> notes = new ArrayList<>();
        for (Col col : cols) {
            checkName("table", col.table());
            checkName("column", col.column());
            checkGenerated(col);
            checkIndexes(col, col == cols.get(0));
            checkRights(col.table());
            scanValues(col, notes);
        }
        notes.add(0, "Converts " + table + "." + key + " (" + type[4] + ") to "
                + (pg ? "uuid" : "BINARY(16) in RFC 9562 byte order") + (cols.size() > 1 ? ", with "
                + (cols.size() - 1) + " referencing column(s): " + String.join(", ",
                cols.subList(1, cols.size()).stream().map(x -> x.table() + "." + x.column()).toList()) : "")
                + ". Online: shadow columns filled by triggers and a batched backfill, verified row by row, then a"
                + " short swap; progress is recorded in " + Runner.STATE_TABLE + ".");
        if (pg) {
            notes.add("Application: until the swap step it binds the key as text; from the swap step on as"
                    + " java.util.UUID (setObject). A statement pgjdbc prepared on the server before the swap keeps"
                    + " the text parameter type and fails with 'operator does not exist: uuid = text' (SQLState"
                    + " 42883); retry it with the UUID binding, or run the connections with prepareThreshold=0"
                    + " around the swap. Deploy the change with the swap.");
        } else {
            notes.add("Application: until the swap step it writes the key as text; from the swap step on it must"
                    + " write 16 bytes (UUID_TO_BIN(?) or a BINARY(16) binding). A text value written after the swap"
                    + " fails with 'Data too long' in strict mode; retry it in the new form. Deploy the change with"
                    + " the swap.");
            if (!mysql.hasUuidToBin()) {
                notes.add(engine + " has no UUID_TO_BIN / BIN_TO_UUID: the plan converts with UNHEX(REPLACE(x, '-',"
                        + " '')) and verifies by formatting HEX(new) back to text.");
            }
            notes.add("For tables of hundreds of millions of rows, pt-online-schema-change (percona-toolkit) is an"
                    + " alternative route for the rebuild steps; uuidkit does not emit or test it yet.");
        }
        List<String> header = pg ? List.of("SET lock_timeout = '2s'")
                : List.of("SET SESSION lock_wait_timeout = 2");
        List<MigrationStep> steps = pg ? postgresSteps(cols, h) : mysqlSteps(cols, h);
        return new MigrationPlan(id, engine, schema, table, key, target, notes, header, steps);
    }

    private boolean tableExists(String table) throws SQLException {
        return count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?"
                + " AND table_type = 'BASE TABLE'", schema, table) > 0;
    }

    private boolean columnExists(String table, String column) throws SQLException {
        return count(columnProbe(), schema, table, column) > 0;
    }

    static String columnProbe() {
        return "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                + " AND column_name = ?";
    }

    long count(String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<String> primaryKey(String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        Map<Integer, String> byPosition = new TreeMap<>();
        try (ResultSet rs = pg ? md.getPrimaryKeys(null, schema, table) : md.getPrimaryKeys(schema, null, table)) {
            while (rs.next()) {
                byPosition.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    /** data_type, max length, charset, collation, shown type, is_nullable, default. */
    private String[] columnType(String table, String column) throws SQLException {
        String sql = pg ? "SELECT data_type, character_maximum_length, '', '', "
                + " CASE WHEN character_maximum_length IS NULL THEN data_type"
                + " ELSE data_type || '(' || character_maximum_length || ')' END, is_nullable, column_default"
                + " FROM information_schema.columns WHERE table_schema = ? AND table_name = ? AND column_name = ?"
                : "SELECT data_type, character_maximum_length, character_set_name, collation_name, column_type,"
                + " is_nullable, column_default FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? AND column_name = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            ps.setString(2, table);
            ps.setString(3, column);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new MigrationException("no column " + MessageText.quote(table + "." + column)
                            + ". Nothing was changed.");
                }
                String[] t = new String[7];
                for (int i = 0; i < 7; i++) {
                    t[i] = rs.getString(i + 1);
                }
                t[0] = t[0].toLowerCase(Locale.ROOT);
                return t;
            }
        }
    }

    private boolean isText36(String[] type) {
        if (pg) {
            return type[0].equals("text") || type[0].equals("character varying") && (type[1] == null
                    || Integer.parseInt(type[1]) >= 36) || type[0].equals("character") && "36".equals(type[1]);
        }
        return (type[0].equals("char") || type[0].equals("varchar")) && "36".equals(type[1]);
    }

    private boolean isTarget(String[] type) {
        return pg ? type[0].equals("uuid") : type[0].equals("binary") && "16".equals(type[1]);
    }

    private void checkDefault(String table, String column, String[] type) {
        if (type[6] != null && !type[6].equalsIgnoreCase("NULL")) {
            throw new MigrationException("column " + MessageText.quote(table + "." + column) + " has a default ("
                    + MessageText.quote(type[6]) + "): not planned yet; drop the default (the application supplies"
                    + " the key) and plan again. Nothing was changed.");
        }
    }

    private String keyCast(String table, String key, boolean swappedParent) throws SQLException {
        if (!pg) {
            return null;
        }
        String[] t = columnType(table, key);
        return t[0];
    }

    /** The foreign keys of other tables (and this one) that reference table(key), one column each. */
    private List<Col> referencing(String table, String key) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        Map<String, List<String[]>> byFk = new LinkedHashMap<>();
        try (ResultSet rs = pg ? md.getExportedKeys(null, schema, table) : md.getExportedKeys(schema, null, table)) {
            while (rs.next()) {
                String fkSchema = pg ? rs.getString("FKTABLE_SCHEM") : rs.getString("FKTABLE_CAT");
                String fkTable = rs.getString("FKTABLE_NAME");
                String fk = rs.getString("FK_NAME");
                if (!schema.equals(fkSchema)) {
                    throw new MigrationException("foreign key " + MessageText.quote(fk) + " of "
                            + MessageText.quote(fkSchema + "." + fkTable) + " references " + MessageText.quote(table)
                            + " from another schema: not planned yet. Nothing was changed.");
                }
                List<String[]> columns = byFk.computeIfAbsent(fkTable + "\u0000" + fk, k -> new ArrayList<>());
                String fkColumn = rs.getString("FKCOLUMN_NAME");
                if (columns.stream().anyMatch(x -> x[1].equals(fkColumn))) {
                    continue; // Connector/J lists a foreign key once per unique index of the referenced column
                }
                columns.add(new String[] {
                        fkTable, rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME"), fk,
                        rule(rs.getShort("UPDATE_RULE")), rule(rs.getShort("DELETE_RULE"))});
            }
        }
        List<Col> out = new ArrayList<>();
        for (List<String[]> cols : byFk.values()) {
            String[] f = cols.get(0);
            if (cols.size() > 1) {
                throw new MigrationException("foreign key " + MessageText.quote(f[3]) + " of " + MessageText.quote(f[0])
                        + " has " + cols.size() + " columns: not planned yet. Nothing was changed.");
            }
            if (f[0].equals(table)) {
                throw new MigrationException("foreign key " + MessageText.quote(f[3]) + " references its own table "
                        + MessageText.quote(table) + ": not planned yet. Nothing was changed.");
            }
            checkName("table", f[0]);
            checkName("column", f[1]);
            checkName("foreign key", f[3]);
            String column = f[1].endsWith(NEW_SUFFIX) ? f[1].substring(0, f[1].length() - NEW_SUFFIX.length())
                    : f[1];
            boolean swapped = columnExists(f[0], column + OLD_SUFFIX);
            String[] type = columnType(f[0], swapped ? column + OLD_SUFFIX : column);
            if (!isText36(type)) {
                throw new MigrationException("column " + MessageText.quote(f[0] + "." + column) + " references "
                        + MessageText.quote(table + "." + key) + " but is " + MessageText.quote(type[4])
                        + ". Nothing was changed.");
            }
            checkDefault(f[0], column, type);
            List<String> childPk = primaryKey(f[0]);
            if (childPk.size() != 1) {
                throw new MigrationException("table " + MessageText.quote(f[0]) + " (references "
                        + MessageText.quote(table) + ") has " + (childPk.isEmpty() ? "no primary key"
                        : "a primary key of " + childPk.size() + " columns") + ": its backfill walks a"
                        + " single-column key. Nothing was changed.");
            }
            String childKey = checkName("column", childPk.get(0));
            if (childKey.equals(column)) {
                throw new MigrationException("column " + MessageText.quote(f[0] + "." + column) + " is both a primary"
                        + " key and a foreign key: not planned yet. Nothing was changed.");
            }
            String cast = pg ? columnType(f[0], childKey)[0] : null;
            boolean nullable = !notNull(f[0], swapped ? column + OLD_SUFFIX : column)
                    && !notNull(f[0], swapped ? column : column + NEW_SUFFIX);
            out.add(new Col(f[0], column, nullable, childKey, cast, type[4], type[2], type[3], f[3], f[4], f[5],
                    swapped));
        }
        return out;
    }

    private static String rule(short rule) {
        switch (rule) {
            case DatabaseMetaData.importedKeyCascade:
                return "CASCADE";
            case DatabaseMetaData.importedKeySetNull:
                return "SET NULL";
            case DatabaseMetaData.importedKeyRestrict:
                return "RESTRICT";
            case DatabaseMetaData.importedKeySetDefault:
                return "SET DEFAULT";
            default:
                return "NO ACTION";
        }
    }

    private void checkGenerated(Col col) throws SQLException {
        List<String> dependents = new ArrayList<>();
        if (pg) {
            try (PreparedStatement ps = c.prepareStatement("SELECT dependent_column FROM"
                    + " information_schema.column_column_usage WHERE table_schema = ? AND table_name = ?"
                    + " AND column_name = ?")) {
                ps.setString(1, schema);
                ps.setString(2, col.table());
                ps.setString(3, col.textColumn());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        dependents.add(rs.getString(1));
                    }
                }
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("SELECT column_name, generation_expression FROM"
                    + " information_schema.columns WHERE table_schema = ? AND table_name = ?"
                    + " AND generation_expression IS NOT NULL AND generation_expression <> ''")) {
                ps.setString(1, schema);
                ps.setString(2, col.table());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(2).contains("`" + col.textColumn() + "`")) {
                            dependents.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        if (!dependents.isEmpty()) {
            throw new MigrationException("generated column(s) " + MessageText.quote(String.join(", ", dependents))
                    + " of " + MessageText.quote(col.table()) + " depend on " + MessageText.quote(col.column())
                    + ": not planned yet; drop them before and recreate them after. Nothing was changed.");
        }
    }

    /** Indexes on the column other than the primary key (parent) or one plain index (child) are not planned. */
    private void checkIndexes(Col col, boolean parent) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = pg ? md.getIndexInfo(null, schema, col.table(), false, true)
                : md.getIndexInfo(schema, null, col.table(), false, true)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index != null && rs.getString("COLUMN_NAME") != null) {
                    indexes.computeIfAbsent(index, i -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
                    unique.put(index, !rs.getBoolean("NON_UNIQUE"));
                }
            }
        }
        String text = col.textColumn();
        for (Map.Entry<String, List<String>> e : indexes.entrySet()) {
            List<String> cols = e.getValue();
            if (!cols.contains(text) || e.getKey().startsWith("uuidkit_")) {
                continue;
            }
            boolean pkIndex = cols.equals(List.of(text)) && parent && unique.get(e.getKey())
                    && e.getKey().equals(pg ? pgPrimaryKeyName(col) : "PRIMARY");
            boolean plainChildIndex = !parent && cols.equals(List.of(text)) && !unique.get(e.getKey());
            if (!pkIndex && !plainChildIndex) {
                throw new MigrationException("index " + MessageText.quote(e.getKey()) + " of "
                        + MessageText.quote(col.table()) + " on " + MessageText.quote(String.join(", ", cols))
                        + (unique.get(e.getKey()) ? " (unique)" : "") + " includes " + MessageText.quote(text)
                        + ": not planned yet; drop it before and recreate it after. Nothing was changed.");
            }
        }
    }

    private void checkRights(String table) throws SQLException {
        if (pg) {
            long owner = count("SELECT CASE WHEN pg_has_role(current_user, c.relowner, 'USAGE') THEN 1 ELSE 0 END"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? AND c.relname = ?", schema, table);
            if (owner == 0) {
                throw new MigrationException("the user may not alter " + MessageText.quote(schema + "." + table)
                        + ": PostgreSQL lets only the table's owner (or a member of its role) ALTER it and create"
                        + " triggers on it. Nothing was changed.");
            }
            return;
        }
        String user;
        try (PreparedStatement ps = c.prepareStatement("SELECT CURRENT_USER()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            user = rs.getString(1);
        }
        int at = user == null ? -1 : user.lastIndexOf('@');
        if (at < 0) {
            return; // grant tables off (--skip-grant-tables): nothing to check
        }
        String grantee = "'" + user.substring(0, at) + "'@'" + user.substring(at + 1) + "'";
        if (count("SELECT COUNT(*) FROM information_schema.user_privileges WHERE grantee = ?", grantee) == 0) {
            return; // not readable: the server will tell at the first statement
        }
        List<String> missing = new ArrayList<>();
        for (String privilege : List.of("ALTER", "TRIGGER", "INDEX", "UPDATE", "SELECT")) {
            long granted = count("SELECT (SELECT COUNT(*) FROM information_schema.user_privileges WHERE grantee = ?"
                    + " AND privilege_type = ?) + (SELECT COUNT(*) FROM information_schema.schema_privileges"
                    + " WHERE grantee = ? AND privilege_type = ? AND table_schema = ?) + (SELECT COUNT(*) FROM"
                    + " information_schema.table_privileges WHERE grantee = ? AND privilege_type = ?"
                    + " AND table_schema = ? AND table_name = ?)", grantee, privilege, grantee, privilege, schema,
                    grantee, privilege, schema, table);
            if (granted == 0) {
                missing.add(privilege);
            }
        }
        if (!missing.isEmpty()) {
            throw new MigrationException("the user " + MessageText.quote(user) + " may not alter "
                    + MessageText.quote(schema + "." + table) + ": it lacks " + String.join(", ", missing)
                    + " (privileges granted through roles are not read); uuidkit migrate adds columns, triggers and"
                    + " indexes. Nothing was changed.");
        }
    }

    /** Every non-NULL value must be a canonical UUID (UuidStrings); else the plan lists them and stops. */
    private void scanValues(Col col, List<String> notes) throws SQLException {
        long rows = 0;
        long bad = 0;
        long upper = 0;
        List<String> examples = new ArrayList<>();
        String sql = "SELECT " + q(col.textColumn()) + ", " + q(col.key()) + " FROM " + qt(col.table())
                + " WHERE " + q(col.textColumn()) + " IS NOT NULL";
        boolean auto = c.getAutoCommit();
        boolean streaming = c.getMetaData().getDriverName().contains("MySQL Connector");
        if (pg && auto) {
            c.setAutoCommit(false); // a cursor, not the whole table in memory
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(pg ? 10_000 : streaming ? Integer.MIN_VALUE : 0);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    String value = rs.getString(1);
                    if (!UuidStrings.isCanonical(value)) {
                        bad++;
                        if (examples.size() < EXAMPLES) {
                            examples.add(MessageText.quote(value) + " (key " + MessageText.quote(rs.getString(2))
                                    + ")");
                        }
                    } else if (!value.equals(value.toLowerCase(Locale.ROOT))) {
                        upper++;
                    }
                }
            }
        } finally {
            if (pg && auto) {
                c.commit();
                c.setAutoCommit(true);
            }
        }
        if (bad > 0) {
            throw new MigrationException(bad + " of " + rows + " values of " + MessageText.quote(col.table() + "."
                    + col.textColumn()) + " are not UUIDs (36 characters, 8-4-4-4-12 hex digits), e.g. "
                    + String.join(", ", examples) + ". Fix or delete them and plan again. Nothing was changed.");
        }
        notes.add(col.table() + "." + col.column() + ": " + rows + " non-NULL values, all UUIDs"
                + (upper > 0 ? "; " + upper + " in upper case read back in lower case after the migration" : "")
                + ".");
    }

    // ------------------------------------------------------------------------------------------------ steps

    static String backfillUpdate(Backfill b, boolean lower, boolean upper) {
        String k = b.key();
        String bound = b.keyCast() == null ? "?" : "CAST(? AS " + b.keyCast() + ")";
        StringBuilder sql = new StringBuilder("UPDATE ").append(b.table()).append(" SET ").append(b.newColumn())
                .append(" = ").append(b.conversion()).append(" WHERE ");
        if (lower) {
            sql.append(k).append(" > ").append(bound);
        }
        if (lower && upper) {
            sql.append(" AND ");
        }
        if (upper) {
            sql.append(k).append(" <= ").append(bound);
        }
        if (!lower && !upper) {
            sql.append("1 = 1");
        }
        return sql.toString();
    }

    private String convert(String textExpr) {
        if (pg) {
            return textExpr + "::uuid";
        }
        return mysql.hasUuidToBin() ? "UUID_TO_BIN(" + textExpr + ")" : "UNHEX(REPLACE(" + textExpr + ", '-', ''))";
    }

    private String format(String binExpr) {
        if (pg) {
            return binExpr + "::text";
        }
        return mysql.hasUuidToBin() ? "BIN_TO_UUID(" + binExpr + ")"
                : "LOWER(INSERT(INSERT(INSERT(INSERT(HEX(" + binExpr + "), 21, 0, '-'), 17, 0, '-'), 13, 0, '-'),"
                + " 9, 0, '-'))";
    }

    private Statement stmt(String sql) {
        return new Statement(sql, null, List.of());
    }

    private Statement stmt(String sql, String probe, String... args) {
        return new Statement(sql, probe, List.of(args));
    }

    private String verifySql(Col col) {
        String o = q(col.textColumn());
        String n = q(col.swapped() ? col.column() : col.newColumn());
        return "SELECT COUNT(*) FROM " + qt(col.table()) + " WHERE NOT ((" + n + " IS NULL AND " + o + " IS NULL) OR "
                + format(n) + " = LOWER(" + o + "))";
    }

    private String indexExistsProbe() {
        return pg ? "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = ? AND tablename = ? AND indexname = ?"
                : "SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = ? AND table_name = ?"
                + " AND index_name = ?";
    }

    private List<MigrationStep> postgresSteps(List<Col> cols, String h) {
        List<MigrationStep> steps = new ArrayList<>();
        Col parent = cols.get(0);
        List<Col> children = cols.subList(1, cols.size());
        String tables = String.join(", ", cols.stream().map(Col::table).distinct().toList());
        List<Statement> add = new ArrayList<>();
        for (Col col : cols) {
            add.add(stmt("ALTER TABLE " + qt(col.table()) + " ADD COLUMN IF NOT EXISTS " + q(col.newColumn())
                    + " uuid", swappedProbe(), schema, col.table(), col.oldColumn()));
        }
        steps.add(step(steps, "add the shadow column(s) " + names(cols, true), "ACCESS EXCLUSIVE on " + tables
                + ", held for milliseconds (catalog change, no rewrite, no scan)", Kind.DDL, add, true));
        List<Statement> trig = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            Col col = cols.get(i);
            String fn = q(schema) + "." + q("uuidkit_" + h + "_f" + i);
            trig.add(stmt("CREATE OR REPLACE FUNCTION " + fn + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."
                    + q(col.newColumn()) + " := NEW." + q(col.column()) + "::uuid; RETURN NEW; END $$",
                    swappedProbe(), schema, col.table(), col.oldColumn()));
            trig.add(stmt("DROP TRIGGER IF EXISTS " + q("uuidkit_" + h + "_t" + i) + " ON " + qt(col.table()),
                    swappedProbe(), schema, col.table(), col.oldColumn()));
            trig.add(stmt("CREATE TRIGGER " + q("uuidkit_" + h + "_t" + i) + " BEFORE INSERT OR UPDATE ON "
                    + qt(col.table()) + " FOR EACH ROW EXECUTE FUNCTION " + fn + "()",
                    swappedProbe(), schema, col.table(), col.oldColumn()));
        }
        steps.add(step(steps, "triggers keep the shadow column(s) equal to the text for every insert and update",
                "SHARE ROW EXCLUSIVE on " + tables + ", held for milliseconds (blocks writes only while taken)",
                Kind.DDL, trig, true));
        for (Col col : cols) {
            steps.add(new MigrationStep(steps.size() + 1, "backfill " + col.table() + "." + col.newColumn()
                    + " in batches, in " + col.key() + " order",
                    "ROW EXCLUSIVE on " + col.table() + " and row locks on one batch, held for one batch's update"
                    + " (milliseconds); reads and writes of other rows go on", Kind.BACKFILL, List.of(),
                    new Backfill(qt(col.table()), q(col.key()), col.keyCast(), q(col.newColumn()),
                            q(col.column()) + "::uuid"), true));
        }
        List<Statement> verify = new ArrayList<>();
        for (Col col : cols) {
            verify.add(stmt(verifySql(col)));
        }
        steps.add(step(steps, "verify every row: new::text = lower(old), NULL where NULL; refuse to go on on any"
                + " mismatch", "ACCESS SHARE on " + tables + " for one scan of each (no write is blocked)",
                Kind.VERIFY, verify, false));
        List<Statement> idx = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            Col col = cols.get(i);
            String name = "uuidkit_" + h + (i == 0 ? "_pk" : "_c" + i);
            String probe = "SELECT (SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN"
                    + " pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ? AND"
                    + " i.indisvalid) + (" + columnProbe() + ")";
            idx.add(stmt("DROP INDEX CONCURRENTLY IF EXISTS " + q(schema) + "." + q(name), probe, schema, name,
                    schema, col.table(), col.oldColumn()));
            idx.add(stmt("CREATE " + (i == 0 ? "UNIQUE " : "") + "INDEX CONCURRENTLY " + q(name) + " ON "
                    + qt(col.table()) + " (" + q(col.newColumn()) + ")", probe, schema, name, schema, col.table(),
                    col.oldColumn()));
        }
        steps.add(step(steps, "build the new key's unique index and the referencing columns' indexes concurrently",
                "SHARE UPDATE EXCLUSIVE on " + tables + " for two scans of each (writes go on; waits for"
                + " transactions older than the build)", Kind.DDL, idx, false));
        List<Statement> nn = new ArrayList<>();
        List<Statement> nnValidate = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            Col col = cols.get(i);
            if (col.nullable()) {
                continue;
            }
            String check = q("uuidkit_" + h + "_nn" + i);
            nn.add(stmt("ALTER TABLE " + qt(col.table()) + " ADD CONSTRAINT " + check + " CHECK ("
                    + q(col.newColumn()) + " IS NOT NULL) NOT VALID", constraintProbe(), schema,
                    "uuidkit_" + h + "_nn" + i, schema, col.table(), col.oldColumn()));
            nnValidate.add(stmt("ALTER TABLE " + qt(col.table()) + " VALIDATE CONSTRAINT " + check, swappedProbe(),
                    schema, col.table(), col.oldColumn()));
        }
        steps.add(step(steps, "NOT NULL on the new column(s) as a check constraint, not yet validated",
                "ACCESS EXCLUSIVE on " + tables + ", held for milliseconds (no scan)", Kind.DDL, nn, true));
        steps.add(step(steps, "validate the check constraint(s) (lets SET NOT NULL skip its scan at the swap)",
                "SHARE UPDATE EXCLUSIVE on " + tables + " for one scan (writes go on)", Kind.DDL, nnValidate, false));
        List<Statement> swap = new ArrayList<>();
        String pkName = pgPrimaryKeyName(parent);
        for (Col col : children) {
            swap.add(stmt("ALTER TABLE " + qt(col.table()) + " DROP CONSTRAINT " + q(col.fkName())));
        }
        swap.add(stmt("ALTER TABLE " + qt(parent.table()) + " DROP CONSTRAINT " + q(pkName)));
        for (int i = 0; i < cols.size(); i++) {
            Col col = cols.get(i);
            String t = "ALTER TABLE " + qt(col.table());
            swap.add(stmt(t + " ALTER COLUMN " + q(col.column()) + " DROP NOT NULL"));
            if (!col.nullable()) {
                swap.add(stmt(t + " ALTER COLUMN " + q(col.newColumn()) + " SET NOT NULL"));
                swap.add(stmt(t + " DROP CONSTRAINT " + q("uuidkit_" + h + "_nn" + i)));
            }
            swap.add(stmt("DROP TRIGGER " + q("uuidkit_" + h + "_t" + i) + " ON " + qt(col.table())));
            swap.add(stmt("DROP FUNCTION " + q(schema) + "." + q("uuidkit_" + h + "_f" + i) + "()"));
        }
        swap.add(stmt("ALTER TABLE " + qt(parent.table()) + " ADD CONSTRAINT " + q(pkName)
                + " PRIMARY KEY USING INDEX " + q("uuidkit_" + h + "_pk")));
        for (Col col : cols) {
            swap.add(stmt("ALTER TABLE " + qt(col.table()) + " RENAME COLUMN " + q(col.column()) + " TO "
                    + q(col.oldColumn())));
            swap.add(stmt("ALTER TABLE " + qt(col.table()) + " RENAME COLUMN " + q(col.newColumn()) + " TO "
                    + q(col.column())));
        }
        for (Col col : children) {
            swap.add(stmt("ALTER TABLE " + qt(col.table()) + " ADD CONSTRAINT " + q(col.fkName()) + " FOREIGN KEY ("
                    + q(col.column()) + ") REFERENCES " + qt(parent.table()) + " (" + q(parent.column())
                    + ") ON UPDATE " + col.updateRule() + " ON DELETE " + col.deleteRule() + " NOT VALID"));
        }
        // the whole swap is one transaction: all or nothing, so one probe for all
        List<Statement> swapProbed = new ArrayList<>();
        for (Statement s : swap) {
            swapProbed.add(new Statement(s.sql(), swappedProbe(), List.of(schema, parent.table(),
                    parent.oldColumn())));
        }
        steps.add(step(steps, "swap, in one transaction: the new column becomes the key (" + pkName + "), the"
                + " referencing columns point at it, triggers dropped, names exchanged", "ACCESS EXCLUSIVE on "
                + tables + ", held for milliseconds (catalog changes; SET NOT NULL uses the validated check)",
                Kind.DDL, swapProbed, true));
        List<Statement> fkValidate = new ArrayList<>();
        for (Col col : children) {
            fkValidate.add(stmt("ALTER TABLE " + qt(col.table()) + " VALIDATE CONSTRAINT " + q(col.fkName())));
        }
        steps.add(step(steps, "validate the re-pointed foreign key(s)", "SHARE UPDATE EXCLUSIVE on the referencing"
                + " table(s), ROW SHARE on " + parent.table() + ", for one scan (writes go on)", Kind.DDL,
                fkValidate, false));
        List<Statement> drop = new ArrayList<>();
        for (int i = cols.size() - 1; i >= 0; i--) {
            Col col = cols.get(i);
            drop.add(stmt("ALTER TABLE " + qt(col.table()) + " DROP COLUMN IF EXISTS " + q(col.oldColumn())));
        }
        steps.add(step(steps, "drop the old text column(s) (space comes back as rows are rewritten; pg_repack or"
                + " VACUUM FULL to reclaim it at once)", "ACCESS EXCLUSIVE on " + tables + ", held for milliseconds"
                + " (catalog change)", Kind.DDL, drop, true));
        return steps;
    }

    /** True when the column exists and is NOT NULL (the new column carries the original's after the swap). */
    private boolean notNull(String table, String column) throws SQLException {
        return count("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                + " AND column_name = ? AND is_nullable = 'NO'", schema, table, column) > 0;
    }

    private String pgPrimaryKeyName(Col parent) {
        try {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getPrimaryKeys(null, schema, parent.table())) {
                if (rs.next()) {
                    return checkName("primary key", rs.getString("PK_NAME"));
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot read the primary key's name of " + MessageText.quote(parent.table())
                    + ": " + MessageText.escape(e.getMessage()), e);
        }
        throw new MigrationException("no primary key on " + MessageText.quote(parent.table()));
    }

    private static String shortName(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60);
    }

    /** A count above zero once the swap renamed the column to its _uuidkit_old name. */
    private String swappedProbe() {
        return columnProbe();
    }

    private String constraintProbe() {
        return "SELECT (SELECT COUNT(*) FROM information_schema.table_constraints WHERE constraint_schema = ? AND"
                + " constraint_name = ?) + (SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = ?"
                + " AND table_name = ? AND column_name = ?)";
    }

    private static String names(List<Col> cols, boolean shadow) {
        return String.join(", ", cols.stream().map(c -> c.table() + "." + (shadow ? c.newColumn() : c.column()))
                .toList());
    }

    private static MigrationStep step(List<MigrationStep> steps, String title, String lock, Kind kind,
                                      List<Statement> statements, boolean transactional) {
        return new MigrationStep(steps.size() + 1, title, lock, kind, statements, null, transactional);
    }

    private List<MigrationStep> mysqlSteps(List<Col> cols, String h) {
        List<MigrationStep> steps = new ArrayList<>();
        Col parent = cols.get(0);
        List<Col> children = cols.subList(1, cols.size());
        String tables = String.join(", ", cols.stream().map(Col::table).distinct().toList());
        String colProbe = columnProbe();
        String oldOrNew = "SELECT (" + colProbe + ") + (" + colProbe + ")";
        List<Statement> add = new ArrayList<>();
        for (Col col : cols) {
            add.add(stmt("ALTER TABLE " + qt(col.table()) + " ADD COLUMN " + q(col.newColumn())
                    + " BINARY(16) NULL, ALGORITHM=INSTANT", oldOrNew, schema, col.table(), col.newColumn(), schema,
                    col.table(), col.oldColumn()));
        }
        steps.add(step(steps, "add the shadow column(s) " + names(cols, true), "exclusive metadata lock on each of "
                + tables + ", held for milliseconds (ALGORITHM=INSTANT: no copy, no rebuild)", Kind.DDL, add, false));
        List<Statement> trig = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            Col col = cols.get(i);
            for (String event : List.of("INSERT", "UPDATE")) {
                String name = q(schema) + "." + q("uuidkit_" + h + "_" + event.charAt(0) + i);
                trig.add(stmt("DROP TRIGGER IF EXISTS " + name, colProbe, schema, col.table(), col.oldColumn()));
                trig.add(stmt("CREATE TRIGGER " + name + " BEFORE " + event + " ON " + qt(col.table())
                        + " FOR EACH ROW SET NEW." + q(col.newColumn()) + " = " + convert("NEW." + q(col.column())),
                        colProbe, schema, col.table(), col.oldColumn()));
            }
        }
        steps.add(step(steps, "triggers keep the shadow column(s) equal to the text for every insert and update",
                "exclusive metadata lock on each table, held for milliseconds (waits for open transactions on it)",
                Kind.DDL, trig, false));
        for (Col col : cols) {
            steps.add(new MigrationStep(steps.size() + 1, "backfill " + col.table() + "." + col.newColumn()
                    + " in batches, in " + col.key() + " order", "InnoDB row locks on one batch, held for one"
                    + " batch's update (milliseconds); other rows stay writable", Kind.BACKFILL, List.of(),
                    new Backfill(qt(col.table()), q(col.key()), null, q(col.newColumn()),
                            convert(q(col.column()))), true));
        }
        List<Statement> verify = new ArrayList<>();
        for (Col col : cols) {
            verify.add(stmt(verifySql(col)));
        }
        steps.add(step(steps, "verify every row: " + format("new") + " = LOWER(old), NULL where NULL; refuse to go"
                + " on on any mismatch", "none (consistent read, one scan of each table)", Kind.VERIFY, verify,
                false));
        List<Statement> idx = new ArrayList<>();
        if (!children.isEmpty()) {
            idx.add(stmt("ALTER TABLE " + qt(parent.table()) + " ADD UNIQUE INDEX " + q("uuidkit_" + h + "_old")
                    + " (" + q(parent.column()) + "), ALGORITHM=INPLACE, LOCK=NONE", "SELECT (" + indexExistsProbe()
                    + ") + (" + colProbe + ")", schema, parent.table(), "uuidkit_" + h + "_old", schema,
                    parent.table(), parent.oldColumn()));
        }
        for (int i = 0; i < children.size(); i++) {
            Col col = children.get(i);
            idx.add(stmt("ALTER TABLE " + qt(col.table()) + " ADD INDEX " + q("uuidkit_" + h + "_c" + (i + 1))
                    + " (" + q(col.newColumn()) + "), ALGORITHM=INPLACE, LOCK=NONE", "SELECT (" + indexExistsProbe()
                    + ") + (" + colProbe + ")", schema, col.table(), "uuidkit_" + h + "_c" + (i + 1), schema,
                    col.table(), col.oldColumn()));
        }
        if (!idx.isEmpty()) {
            steps.add(step(steps, "indexes: the old key stays unique for the foreign keys while the primary key"
                    + " moves; the referencing columns get an index on their new column", "online (INPLACE,"
                    + " LOCK=NONE): writes go on; exclusive metadata lock for milliseconds at start and end",
                    Kind.DDL, idx, false));
        }
        List<Statement> pk = new ArrayList<>();
        pk.add(stmt("ALTER TABLE " + qt(parent.table()) + " DROP PRIMARY KEY, ADD PRIMARY KEY ("
                + q(parent.newColumn()) + "), MODIFY " + q(parent.column()) + " " + textType(parent) + " NULL, MODIFY "
                + q(parent.newColumn()) + " BINARY(16) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE",
                "SELECT (SELECT COUNT(*) FROM information_schema.key_column_usage WHERE table_schema = ? AND"
                + " table_name = ? AND constraint_name = 'PRIMARY' AND column_name = ?) + (" + colProbe + ")",
                schema, parent.table(), parent.newColumn(), schema, parent.table(), parent.oldColumn()));
        for (Col col : children) {
            if (!col.nullable()) {
                pk.add(stmt("ALTER TABLE " + qt(col.table()) + " MODIFY " + q(col.column()) + " " + textType(col)
                        + " NULL, MODIFY " + q(col.newColumn()) + " BINARY(16) NOT NULL, ALGORITHM=INPLACE,"
                        + " LOCK=NONE", "SELECT (SELECT COUNT(*) FROM information_schema.columns WHERE table_schema"
                        + " = ? AND table_name = ? AND column_name = ? AND is_nullable = 'NO') + (" + colProbe + ")",
                        schema, col.table(), col.newColumn(), schema, col.table(), col.oldColumn()));
            }
        }
        steps.add(step(steps, "move the primary key to the new column (and NOT NULL to the new referencing"
                + " columns)", "online table rebuild (INPLACE, LOCK=NONE): writes go on for its whole duration"
                + " (proportional to the table); exclusive metadata lock at start and end, the end applying the writes"
                + " made during the rebuild (writers waited up to 3.3 s at 1M rows in our test)",
                Kind.DDL, pk, false));
        List<Statement> swap = new ArrayList<>();
        StringBuilder lock = new StringBuilder("LOCK TABLES ");
        for (int i = 0; i < cols.size(); i++) {
            lock.append(i == 0 ? "" : ", ").append(qt(cols.get(i).table())).append(" WRITE");
        }
        swap.add(stmt(lock.toString()));
        for (int i = 0; i < cols.size(); i++) {
            for (String event : List.of("INSERT", "UPDATE")) {
                swap.add(stmt("DROP TRIGGER IF EXISTS " + q(schema) + "." + q("uuidkit_" + h + "_" + event.charAt(0)
                        + i)));
            }
        }
        for (Col col : children) {
            swap.add(stmt("ALTER TABLE " + qt(col.table()) + " DROP FOREIGN KEY " + q(col.fkName())
                    + ", RENAME COLUMN " + q(col.column()) + " TO " + q(col.oldColumn()) + ", RENAME COLUMN "
                    + q(col.newColumn()) + " TO " + q(col.column()), colProbe, schema, col.table(), col.oldColumn()));
        }
        swap.add(stmt("ALTER TABLE " + qt(parent.table()) + " RENAME COLUMN " + q(parent.column()) + " TO "
                + q(parent.oldColumn()) + ", RENAME COLUMN " + q(parent.newColumn()) + " TO " + q(parent.column()),
                colProbe, schema, parent.table(), parent.oldColumn()));
        swap.add(stmt("SET foreign_key_checks = 0"));
        for (Col col : children) {
            swap.add(stmt("ALTER TABLE " + qt(col.table()) + " ADD CONSTRAINT " + q(col.fkName()) + " FOREIGN KEY ("
                    + q(col.column()) + ") REFERENCES " + qt(parent.table()) + " (" + q(parent.column())
                    + ") ON UPDATE " + col.updateRule() + " ON DELETE " + col.deleteRule(),
                    "SELECT COUNT(*) FROM information_schema.referential_constraints WHERE constraint_schema = ?"
                    + " AND table_name = ? AND constraint_name = ?", schema, col.table(), col.fkName()));
        }
        swap.add(stmt("SET foreign_key_checks = 1"));
        swap.add(stmt("UNLOCK TABLES"));
        steps.add(step(steps, "swap: triggers dropped, names exchanged, foreign keys re-pointed at the new key"
                + " (added without a scan; checked by the next step)", "LOCK TABLES ... WRITE on " + tables
                + ": reads and writes wait, for milliseconds (metadata changes only)", Kind.DDL, swap, false));
        List<Statement> orphans = new ArrayList<>();
        for (Col col : children) {
            orphans.add(stmt("SELECT COUNT(*) FROM " + qt(col.table()) + " c LEFT JOIN " + qt(parent.table())
                    + " p ON p." + q(parent.column()) + " = c." + q(col.column()) + " WHERE c." + q(col.column())
                    + " IS NOT NULL AND p." + q(parent.column()) + " IS NULL"));
        }
        if (!orphans.isEmpty()) {
            steps.add(step(steps, "check the re-pointed foreign key(s): no referencing value without its row",
                    "none (consistent read, one join)", Kind.VERIFY, orphans, false));
        }
        List<Statement> drop = new ArrayList<>();
        for (int i = cols.size() - 1; i >= 0; i--) {
            Col col = cols.get(i);
            drop.add(stmt("ALTER TABLE " + qt(col.table()) + " DROP COLUMN " + q(col.oldColumn()),
                    "SELECT 1 - (" + colProbe + ")", schema, col.table(), col.oldColumn()));
        }
        steps.add(step(steps, "drop the old text column(s) and their indexes", "online (INPLACE, or INSTANT where the"
                + " column has no index): writes go on; exclusive metadata lock for milliseconds at start and end",
                Kind.DDL, drop, false));
        return steps;
    }

    private String textType(Col col) {
        return col.columnType() + (col.charset() == null ? "" : " CHARACTER SET " + col.charset())
                + (col.collation() == null ? "" : " COLLATE " + col.collation());
    }
}
