package io.github.uuidkit.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.testsupport.JsonSchemaCheck;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    static DoctorReport sample() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String k : ColumnScan.VERSION_KEYS) {
            versions.put(k, 0L);
        }
        versions.put("v7", 7L);
        versions.put("other", 2L);
        Finding serialized = new Finding("JAVA_SERIALIZED", Severity.ERROR, "app.t.id", 2, List.of("1", "2"),
                "quote \" backslash \\ newline \n tab \t bell \u0007 é", "fix it");
        Finding info = new Finding("INDEX_STATS_UNAVAILABLE", Severity.INFO, "server", 0, List.of(), "m", "a");
        ColumnReport a = new ColumnReport("app", "t", "id", "binary(16)", "binary", "primary", "seq", 10, true, 1,
                versions, 7, Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-02-01T00:00:00Z"), 0.25,
                new IndexShape("PRIMARY", 16384, 1, Double.NaN, Double.NaN), 1, List.of(serialized));
        ColumnReport b = new ColumnReport("app", "u", "ref", "uuid", "native", "none", null, 0, true, 0, versions, 0,
                null, null, null, null, -1, List.of());
        return new DoctorReport("MySQL", "8.0.31", List.of("app"), 100_000, List.of(info), List.of(a, b));
    }

    static Map<String, Object> schema() {
        return JsonSchemaCheck.resource(ReportFormat.class, "uuidkit-doctor-report.schema.json");
    }

    @Test
    void jsonFollowsTheSchema() {
        String json = ReportFormat.JSON.render(sample());
        assertThat(json).matches("[\\x20-\\x7e]*\\n");
        assertThat(JsonSchemaCheck.validate(JsonSchemaCheck.parse(json), schema())).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonRoundTripsTextAndNumbers() {
        Map<String, Object> root = (Map<String, Object>) JsonSchemaCheck.parse(ReportFormat.JSON.render(sample()));
        Map<String, Object> column = ((List<Map<String, Object>>) root.get("columns")).get(0);
        Map<String, Object> finding = ((List<Map<String, Object>>) column.get("findings")).get(0);
        assertThat(finding.get("message")).isEqualTo("quote \" backslash \\ newline \n tab \t bell \u0007 é");
        assertThat(finding.get("severity")).isEqualTo("error");
        assertThat(((Map<String, Object>) column.get("v7")).get("outOfOrderShare")).isEqualTo(0.25);
        assertThat(((Map<String, Object>) root.get("summary"))).containsEntry("error", 1L).containsEntry("info", 1L);
    }

    @Test
    void theCheckRejectsWhatTheSchemaForbids() {
        // the validator is not a no-op: a wrong severity, a missing property and an extra one are each caught
        String json = ReportFormat.JSON.render(sample());
        assertThat(JsonSchemaCheck.validate(JsonSchemaCheck.parse(json.replace("\"error\"", "\"fatal\"")), schema()))
                .isNotEmpty();
        assertThat(JsonSchemaCheck.validate(JsonSchemaCheck.parse(json.replace("\"nulls\":1,", "")), schema()))
                .anyMatch(p -> p.contains("missing nulls"));
        assertThat(JsonSchemaCheck.validate(JsonSchemaCheck.parse(json.replace("{\"schemaVersion\":1,",
                "{\"schemaVersion\":1,\"x\":0,")), schema())).anyMatch(p -> p.contains("unexpected property x"));
    }

    @Test
    void textHasOneSummaryLinePerColumnAndEachFindingWithItsFix() {
        String text = ReportFormat.TEXT.render(sample());
        assertThat(text.lines()).contains(
                "app.t.id  binary(16) primary  10 rows  v7 78 %, other 22 %, v7 out of order 25.0 %"
                        + "  index PRIMARY: 1 leaf pages (BIGINT estimate 1)  1 error(s)",
                "app.u.ref  uuid none  0 rows  no values  ok",
                "      fix: fix it",
                "2 column(s): 1 error(s), 0 warning(s), 1 info");
        assertThat(text).contains("  ERROR JAVA_SERIALIZED app.t.id (2 row(s), e.g. 1, 2): quote");
    }

    @Test
    void markdownTable() {
        String md = ReportFormat.MARKDOWN.render(sample());
        assertThat(md.lines()).contains("| column | type | key | rows | versions | v7 out of order | index | status |",
                "| `app.u.ref` | uuid | none | 0 | no values | – | – | ok |");
        assertThat(md).contains("#### Findings").contains("- ERROR JAVA_SERIALIZED app.t.id");
    }

    /** A sampled column: which rows were read, and what the v7 statistics cover (issue 21 items 6 and 8). */
    static DoctorReport sampled() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String k : ColumnScan.VERSION_KEYS) {
            versions.put(k, 0L);
        }
        versions.put("v7", 3000L);
        ColumnReport c = new ColumnReport("app", "t", "id", "binary(16)", "binary", "none", "seq", 3000, false, 0,
                versions, 3000, Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-02-01T00:00:00Z"), 0.0,
                null, -1, List.of(), new Coverage("seq", 1000, 1000, 10, 1000, false), 2998, 2988);
        return new DoctorReport("PostgreSQL", "18.1", List.of("app"), 3000, List.of(), List.of(c));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFormatSaysWhichRowsItCovers() {
        String line = "rows read: oldest 1,000 + 1,000 in 10 ranges + newest 1,000 by seq; v7 span of 2,998"
                + " plausible value(s), order over 2,988 consecutive pair(s)";
        assertThat(ReportFormat.TEXT.render(sampled()).lines()).contains("    " + line);
        assertThat(ReportFormat.MARKDOWN.render(sampled())).contains("#### Rows read\n\n- `app.t.id`: " + line);
        String json = ReportFormat.JSON.render(sampled());
        assertThat(JsonSchemaCheck.validate(JsonSchemaCheck.parse(json), schema())).isEmpty();
        Map<String, Object> column = ((List<Map<String, Object>>) ((Map<String, Object>) JsonSchemaCheck.parse(json))
                .get("columns")).get(0);
        assertThat((Map<String, Object>) column.get("coverage")).containsEntry("order", "seq")
                .containsEntry("oldest", 1000L).containsEntry("spread", 1000L).containsEntry("ranges", 10L)
                .containsEntry("newest", 1000L);
        assertThat((Map<String, Object>) column.get("v7")).containsEntry("inSpan", 2998L).containsEntry("pairs", 2988L);
        // the legacy constructor: the oldest rows, every v7 in the span
        ColumnReport legacy = sample().columns().get(0);
        assertThat(legacy.coverage()).isEqualTo(new Coverage("seq", 10, 0, 0, 0, true));
        assertThat(legacy.v7InSpan()).isEqualTo(7);
        assertThat(ReportFormat.TEXT.render(sample()).lines()).contains("    rows read: every row (by seq); v7 span of 7"
                + " plausible value(s), order over 0 consecutive pair(s)", "    rows read: every row; v7 span of 7"
                + " plausible value(s)");
    }

    @Test
    void namesCannotForgeLinesOrBreakTheMarkdownTable() {
        // every control character and the Markdown specials in a column name, one name at a time
        for (char ch : "\n\r\t\u0000\u001B\u007F\u0085\u2028\u202E`|".toCharArray()) {
            String column = "a" + ch + "ERROR x" + ch;
            ColumnReport c = new ColumnReport("app", "t", column, "uuid", "native", "primary", null, 0, true, 0,
                    Map.of(), 0, null, null, null, null, -1, List.of(new Finding("RANDOM_KEY", Severity.INFO,
                    "app.t." + column, 0, List.of(), "m " + column, "a " + column)));
            DoctorReport r = new DoctorReport("PostgreSQL", "18", List.of("app" + ch), 1, List.of(), List.of(c));
            String text = ReportFormat.TEXT.render(r);
            String markdown = ReportFormat.MARKDOWN.render(r);
            for (String out : List.of(text, markdown)) {
                assertThat(out.chars().filter(x -> x < 0x20 && x != '\n' || x >= 0x7F && x <= 0x9F
                        || x == 0x2028 || x == 0x202E)).as("U+%04X", (int) ch).isEmpty();
                assertThat(out.lines().filter(l -> l.startsWith("ERROR x"))).isEmpty();
            }
            assertThat(text.lines().count()).as("U+%04X", (int) ch).isEqualTo(6); // header, column, rows read, finding, fix, totals
            List<String> rows = markdown.lines().filter(l -> l.startsWith("|")).toList();
            assertThat(rows).hasSize(3);
            assertThat(rows).allSatisfy(row -> assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(10));
        }
        assertThat(ReportFormat.code("a`b")).isEqualTo("``a`b``");
        assertThat(ReportFormat.code("`x")).isEqualTo("`` `x ``");
        assertThat(ReportFormat.cell("a|b")).isEqualTo("a\\|b");
    }
}
