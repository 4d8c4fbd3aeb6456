package io.github.uuidkit.it.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of the engine matrix measured in this JVM, and their two renderings: a JSON file (one cell per line, so
 * the drift check reads it back with a line pattern) and a Markdown page. Rows are engine x column kind (plus one
 * "server" row per engine for its functions), columns are facts.
 */
final class Matrix {

    /** The kind of the per-engine row (server functions and types). */
    static final String SERVER = "server";

    /** One measured fact. */
    static final class Cell {
        final String engine;
        final String provisioning;
        final String version;
        final String kind;
        final String fact;
        final String value;
        final String note;
        boolean checked;

        Cell(String engine, String provisioning, String version, String kind, String fact, String value,
                String note) {
            this.engine = engine;
            this.provisioning = provisioning;
            this.version = version;
            this.kind = kind;
            this.fact = fact;
            this.value = Objects.requireNonNull(value);
            this.note = note == null ? "" : note;
        }

        String key() {
            return engine + "|" + kind + "|" + fact;
        }
    }

    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final List<String> engineOrder = new ArrayList<>();

    synchronized Cell put(String engine, String provisioning, String version, String kind, String fact, String value,
            String note) {
        Cell cell = new Cell(engine, provisioning, version, kind, fact, value, note);
        cells.put(cell.key(), cell);
        if (!engineOrder.contains(engine)) {
            engineOrder.add(engine);
        }
        return cell;
    }

    synchronized List<Cell> cells() {
        return new ArrayList<>(cells.values());
    }

    synchronized List<String> engines() {
        return new ArrayList<>(engineOrder);
    }

    // ---------------------------------------------------------------- JSON

    String toJson(String command, String date, long seed) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  \"title\": \"uuidkit engine matrix: what each database server does with UUIDs, measured\",\n");
        sb.append("  \"command\": ").append(quote(command)).append(",\n");
        sb.append("  \"date\": ").append(quote(date)).append(",\n");
        sb.append("  \"seed\": ").append(seed).append(",\n");
        sb.append("  \"cells\": [\n");
        List<Cell> all = sorted();
        for (int i = 0; i < all.size(); i++) {
            Cell c = all.get(i);
            sb.append("    {\"engine\": ").append(quote(c.engine)).append(", \"kind\": ").append(quote(c.kind))
                    .append(", \"fact\": ").append(quote(c.fact)).append(", \"value\": ").append(quote(c.value))
                    .append(", \"version\": ").append(quote(c.version)).append(", \"provisioning\": ")
                    .append(quote(c.provisioning)).append(", \"asserted\": ").append(c.checked)
                    .append(", \"note\": ").append(quote(c.note)).append('}')
                    .append(i + 1 < all.size() ? "," : "").append('\n');
        }
        sb.append("  ]\n}\n");
        return sb.toString();
    }

    private static final Pattern CELL_LINE = Pattern.compile("^\\s*\\{\"engine\": (\"(?:[^\"\\\\]|\\\\.)*\"),"
            + " \"kind\": (\"(?:[^\"\\\\]|\\\\.)*\"), \"fact\": (\"(?:[^\"\\\\]|\\\\.)*\"),"
            + " \"value\": (\"(?:[^\"\\\\]|\\\\.)*\")");

    /** Reads back the cells of a file written by {@link #toJson}: key (engine|kind|fact) to value. */
    static Map<String, String> readCells(Path json) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(json, StandardCharsets.UTF_8)) {
            Matcher m = CELL_LINE.matcher(line);
            if (m.find()) {
                out.put(unquote(m.group(1)) + "|" + unquote(m.group(2)) + "|" + unquote(m.group(3)),
                        unquote(m.group(4)));
            }
        }
        return out;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
            }
        }
        return sb.append('"').toString();
    }

    static String unquote(String quoted) {
        String s = quoted.substring(1, quoted.length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n':
                    sb.append('\n');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'u':
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                    break;
                default:
                    sb.append(next);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- Markdown

    String toMarkdown(String command, String date, long seed, List<String[]> columnFacts, List<String[]> serverFacts,
            List<String> kinds, String legend) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Engine matrix: what each database server does with UUIDs, measured\n\n");
        sb.append("This page answers, for every PostgreSQL, MySQL and MariaDB build the test run reaches, which UUID"
                + " column kinds keep UUID v7 in time order, which comparisons (`=`, `<`, `>`, `BETWEEN`, with and"
                + " without an index) agree with UUID order, which server UUID functions exist and what they return"
                + " for a v7 uuidkit made, whether the stored bytes are uuidkit's, and what the server's default"
                + " `sql_mode` rejects. Every cell was measured by `EngineMatrixIT` (integration-tests) and checked"
                + " by an assertion against an independent source (RFC 9562, the vendors' manuals, MariaDB's Jira);"
                + " `docs/engine-matrix.json` holds the same cells with notes. A test run fails when a cell here"
                + " disagrees with what the run measured on an engine it ran.\n\n");
        sb.append("Generated ").append(date).append(" by `").append(command).append("` (seed ").append(seed)
                .append("). To regenerate: run that command, then copy `integration-tests/target/engine-matrix.md`"
                        + " and `.json` to `docs/`.\n\n");
        sb.append("Engines of this run (`SELECT version()`):\n\n");
        for (String engine : engines()) {
            Cell any = anyOf(engine);
            sb.append("- **").append(engine).append("** (").append(any.provisioning).append("): `")
                    .append(any.version).append("`\n");
        }
        sb.append("\n## Column kinds\n\n");
        sb.append("| Engine | Column |");
        for (String[] f : columnFacts) {
            sb.append(' ').append(f[1]).append(" |");
        }
        sb.append("\n|---|---|");
        sb.append("---|".repeat(columnFacts.size()));
        sb.append('\n');
        for (String engine : engines()) {
            for (String kind : kinds) {
                if (!has(engine, kind)) {
                    continue;
                }
                sb.append("| ").append(engine).append(" | ").append(kind).append(" |");
                for (String[] f : columnFacts) {
                    sb.append(' ').append(render(get(engine, kind, f[0]))).append(" |");
                }
                sb.append('\n');
            }
        }
        sb.append("\n## Server functions and types\n\n");
        sb.append("| Engine |");
        for (String[] f : serverFacts) {
            sb.append(' ').append(f[1]).append(" |");
        }
        sb.append("\n|---|");
        sb.append("---|".repeat(serverFacts.size()));
        sb.append('\n');
        for (String engine : engines()) {
            if (!has(engine, SERVER)) {
                continue;
            }
            sb.append("| ").append(engine).append(" |");
            for (String[] f : serverFacts) {
                sb.append(' ').append(render(get(engine, SERVER, f[0]))).append(" |");
            }
            sb.append('\n');
        }
        sb.append('\n').append(legend);
        return sb.toString();
    }

    private static String render(Cell c) {
        if (c == null) {
            return "";
        }
        String v = c.value.replace("|", "\\|");
        return c.checked ? v : v + " (unchecked)";
    }

    private synchronized boolean has(String engine, String kind) {
        return cells.values().stream().anyMatch(c -> c.engine.equals(engine) && c.kind.equals(kind));
    }

    private synchronized Cell get(String engine, String kind, String fact) {
        return cells.get(engine + "|" + kind + "|" + fact);
    }

    private synchronized Cell anyOf(String engine) {
        return cells.values().stream().filter(c -> c.engine.equals(engine)).findFirst().orElseThrow();
    }

    private synchronized List<Cell> sorted() {
        List<Cell> out = new ArrayList<>();
        for (String engine : engineOrder) {
            for (Cell c : cells.values()) {
                if (c.engine.equals(engine)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
