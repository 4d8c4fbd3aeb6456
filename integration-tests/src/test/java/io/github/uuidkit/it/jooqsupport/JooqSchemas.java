package io.github.uuidkit.it.jooqsupport;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.EngineKind;
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
 * The schemas of the jOOQ codegen proof: one schema (a database on MySQL/MariaDB) named {@value #SCHEMA}, dropped
 * and created again from {@code src/test/resources/jooq/*.sql}, both before code generation and before the ITs (which
 * run in another JVM, on their own engines).
 */
public final class JooqSchemas {

    /** The schema (MySQL/MariaDB database) the generated code refers to. */
    public static final String SCHEMA = "uuidkit_jooq";

    private JooqSchemas() {
    }

    /** Drops and creates {@value #SCHEMA} on the engine with the tables of its kind. */
    public static void recreate(Engine engine) throws SQLException {
        try (Connection c = engine.connect(); Statement st = c.createStatement()) {
            if (engine.kind() == EngineKind.POSTGRES) {
                st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                st.execute("CREATE SCHEMA " + SCHEMA);
                st.execute("SET search_path TO " + SCHEMA);
                run(st, "postgres.sql");
            } else {
                st.execute("DROP DATABASE IF EXISTS " + SCHEMA);
                st.execute("CREATE DATABASE " + SCHEMA);
                st.execute("USE " + SCHEMA);
                run(st, "mysql.sql");
                if (engine.kind() == EngineKind.MARIADB) {
                    run(st, "mariadb.sql");
                }
            }
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
