package io.github.uuidkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's command line and the settings it passes to the engines. */
class ReportOptionsTest {

    @Test
    void noArgumentsGiveTheDefaultRun() {
        ReportOptions o = ReportOptions.parse();
        assertThat(o).isEqualTo(ReportOptions.defaults());
        assertThat(o.rows()).isEqualTo(600_000);
        assertThat(o.rounds()).isEqualTo(6);
        assertThat(o.constrained()).isTrue();
        assertThat(o.writers()).isEqualTo(4);
    }

    @Test
    void parsesEveryOption() {
        ReportOptions o = ReportOptions.parse("--rows", "10_000_000", "--rounds", "10", "--batch", "20,000",
                "--out", "/tmp/r", "--engines", "postgres,mariadb_10_11", "--default-settings", "--no-queries",
                "--writers", "0", "--writer-rows", "5", "--cost-rows", "0", "--set", "shared_buffers=128MB",
                "--set", "innodb_buffer_pool_size = 1G");
        assertThat(o).isEqualTo(new ReportOptions(10_000_000, 10, 20_000, Paths.get("/tmp/r"),
                List.of("postgres", "mariadb_10_11"), false, false, 0, 5, 0,
                Map.of("shared_buffers", "128MB", "innodb_buffer_pool_size", "1G")));
        assertThat(o.rowsAfterRound(1)).isEqualTo(1_000_000);
        assertThat(o.rowsAfterRound(10)).isEqualTo(10_000_000);
    }

    @Test
    void roundsSplitRowsThatDoNotDivideEvenly() {
        ReportOptions o = ReportOptions.parse("--rows", "1000", "--rounds", "3", "--batch", "500");
        assertThat(List.of(o.rowsAfterRound(1), o.rowsAfterRound(2), o.rowsAfterRound(3)))
                .containsExactly(333L, 666L, 1000L);
    }

    @Test
    void badInputNamesTheOption() {
        assertThatThrownBy(() -> ReportOptions.parse("--rows", "lots")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--rows needs a number, not 'lots'");
        assertThatThrownBy(() -> ReportOptions.parse("--rows")).hasMessage("--rows needs a value");
        assertThatThrownBy(() -> ReportOptions.parse("--batch", "700")).hasMessageContaining("multiple of 500");
        assertThatThrownBy(() -> ReportOptions.parse("--rows", "5", "--rounds", "6"))
                .hasMessageContaining("--rounds between 1 and --rows");
        assertThatThrownBy(() -> ReportOptions.parse("--set", "shared_buffers")).hasMessageContaining("name=value");
        assertThatThrownBy(() -> ReportOptions.parse("--fast")).hasMessage("unknown option --fast");
    }

    @Test
    void overridesGoToTheirEngineFamily() {
        Map<String, String> overrides = Map.of("shared_buffers", "128MB", "innodb_buffer_pool_size", "1G");
        assertThat(ServerSettings.forStart(io.github.uuidkit.it.support.EngineKind.POSTGRES, true, overrides))
                .containsEntry("shared_buffers", "128MB").containsEntry("full_page_writes", "on")
                .doesNotContainKey("innodb_buffer_pool_size");
        assertThat(ServerSettings.forStart(io.github.uuidkit.it.support.EngineKind.MARIADB, false, overrides))
                .containsExactly(Map.entry("innodb_buffer_pool_size", "1G"));
    }

    @Test
    void percentileIsTheNearestRank() {
        double[] values = {5, 1, 4, 2, 3};
        assertThat(QueryBench.percentile(values, 50)).isEqualTo(3);
        assertThat(QueryBench.percentile(values, 99)).isEqualTo(5);
        assertThat(QueryBench.percentile(values, 20)).isEqualTo(1);
        assertThat(values).containsExactly(5, 1, 4, 2, 3); // not sorted in place
    }
}
