package io.github.uuidkit.it.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unit test (no engine): the matrix's JSON is read back cell for cell, whatever the text of a value or a note. */
class MatrixTest {

    @TempDir
    Path dir;

    @Test
    void jsonRoundTripsEveryCell() throws Exception {
        Matrix m = new Matrix();
        m.put("mariadb 10.11.5", "embedded", "10.11.5-MariaDB", "MariaDB UUID", "compare.v7", "key no, no index yes",
                "> #300: 21 rows, not 299");
        m.put("postgres 18.6", "embedded", "PostgreSQL 18.6", "uuid", "rejects.badText", "yes",
                "SQLState 22P02: ERROR: invalid input syntax for type uuid: \"zz\\zz\"\n\tsecond line");
        m.put("odd \"engine\" \\ name", "url", "v\u0001", "CHAR(36)", "fact \"q\"", "value with \\ and \"", "");
        Path json = dir.resolve("m.json");
        Files.writeString(json, m.toJson("cmd \"x\"", "2026-12-07", 27));
        Map<String, String> read = Matrix.readCells(json);
        assertThat(read).containsExactly(
                Map.entry("mariadb 10.11.5|MariaDB UUID|compare.v7", "key no, no index yes"),
                Map.entry("postgres 18.6|uuid|rejects.badText", "yes"),
                Map.entry("odd \"engine\" \\ name|CHAR(36)|fact \"q\"", "value with \\ and \""));
        assertThat(Files.readString(json)).doesNotContain("\t").contains("\\n\\t");
    }

    @Test
    void markdownEscapesPipesAndMarksUncheckedCells() {
        Matrix m = new Matrix();
        Matrix.Cell checked = m.put("e", "url", "1", "uuid", "f", "a|b", "");
        checked.checked = true;
        m.put("e", "url", "1", Matrix.SERVER, "s", "x", "");
        String md = m.toMarkdown("cmd", "d", 1, List.<String[]>of(new String[] {"f", "F"}),
                List.<String[]>of(new String[] {"s", "S"}), List.of("uuid"), "legend\n");
        assertThat(md).contains("| e | uuid | a\\|b |\n").contains("| e | x (unchecked) |\n");
    }
}
