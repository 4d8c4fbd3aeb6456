package io.github.uuidkit.it.jooqsupport;

import io.github.uuidkit.it.support.EngineKind;
import io.github.uuidkit.it.support.TestTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schemas of the jOOQ codegen proof. Each use (the code generation, each IT class) creates its own schema (a
 * database on MySQL/MariaDB) with a unique name ({@link TestTables#uniqueName}, {@code uuidkit_it_jooq_<hex>}) from
 * {@code src/test/resources/jooq/*.sql}, makes it the connection's default schema, and drops it when done. The code is
 * generated with {@code outputSchemaToDefault}, so it names no schema and runs on whichever schema is the default.
 */
public final class JooqSchemas {

    private JooqSchemas() {
    }

    /**
     * Creates a uniquely named schema with the tables of the engine's kind and makes it the default schema of the
     * connection ({@code USE} on MySQL/MariaDB, {@code search_path} on PostgreSQL).
     *
     * @return the schema's name, for {@link #drop}
     */
    public static String create(Connection c, EngineKind kind) throws SQLException {
        String schema = TestTables.uniqueName("jooq");
        try (Statement st = c.createStatement()) {
            st.execute((kind == EngineKind.POSTGRES ? "CREATE SCHEMA " : "CREATE DATABASE ") + schema);
            try {
                if (kind == EngineKind.POSTGRES) {
                    st.execute("SET search_path TO " + schema);
                    run(st, "postgres.sql");
                } else {
                    st.execute("USE " + schema);
                    run(st, "mysql.sql");
                    if (kind == EngineKind.MARIADB) {
                        run(st, "mariadb.sql");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // a script that fails (e.g. uuidv7() on a PostgreSQL before 18 given by URL) leaves no schema behind
                try {
                    drop(c, kind, schema);
                } catch (SQLException dropFailure) {
                    e.addSuppressed(dropFailure);
                }
                throw e;
            }
        }
        return schema;
    }

    /** Drops a schema made by {@link #create} with everything in it. */
    public static void drop(Connection c, EngineKind kind, String schema) throws SQLException {
        if (!schema.startsWith(TestTables.PREFIX)) {
            throw new IllegalArgumentException("not a test schema: " + schema);
        }
        try (Statement st = c.createStatement()) {
            st.execute(kind == EngineKind.POSTGRES ? "DROP SCHEMA " + schema + " CASCADE" : "DROP DATABASE " + schema);
        }
    }

    private static void run(Statement st, String script) throws SQLException {
        for (String sql : statements(script)) {
            st.execute(sql);
        }
    }

    static List<String> statements(String script) {
        String text;
        try (InputStream in = JooqSchemas.class.getResourceAsStream("/jooq/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /jooq/" + script);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                result.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return result;
    }
}
