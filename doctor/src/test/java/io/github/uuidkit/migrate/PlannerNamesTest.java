package io.github.uuidkit.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Names the planner refuses, and how the refusal shows them (escaped by MessageText). Engine tests: MigrateUnderLoadIT. */
class PlannerNamesTest {

    @Test
    void quotesBackslashesAndControlCharactersAreRefusedAndShownEscaped() {
        for (String bad : new String[] {"or'ders", "or\"ders", "or`ders", "or\\ders", "or\nders", "or\u001b[31mders",
                "or\u007fders"}) {
            assertThatThrownBy(() -> Planner.checkName("table", bad)).isInstanceOf(MigrationException.class)
                    .hasMessageStartingWith("table name '")
                    .hasMessageContaining("at index 2")
                    .hasMessageContaining("Nothing was changed")
                    .satisfies(e -> assertThat(e.getMessage()).matches("[\\x20-\\x7E]*"));
        }
        assertThatThrownBy(() -> Planner.checkName("column", "x".repeat(49))).hasMessageContaining("longer than 48");
        assertThatThrownBy(() -> Planner.checkName("table", "")).hasMessage("table name is empty");
    }

    @Test
    void ordinaryNamesPass() {
        assertThat(Planner.checkName("table", "Orders_2026 \u00e9t\u00e9")).isEqualTo("Orders_2026 \u00e9t\u00e9");
        assertThat(Planner.checkName("column", "x".repeat(48))).hasSize(48);
    }

    @Test
    void aRunRefusesABatchSizeOutOfRange() {
        assertThatThrownBy(() -> Migrate.defaults().withBatchRows(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batch rows must be 1 to 1000000, got 0");
    }
}
