package io.github.uuidkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.EngineKind;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.Provisioning;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The harness itself: every engine of the run can be provisioned, reports its version and runs SQL. */
class EngineHarnessIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void engineIsProvisionedAndAnswers(Engine engine) throws Exception {
        Engines.announce(EngineHarnessIT.class, engine);
        try (Connection c = engine.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 + 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
        assertThat(engine.version()).isNotBlank();
        if (engine.kind() == EngineKind.MARIADB) {
            assertThat(engine.version()).containsIgnoringCase("mariadb");
        }
        if (engine.kind() == EngineKind.MYSQL) {
            assertThat(engine.version()).doesNotContainIgnoringCase("mariadb");
        }
        if (engine.provisioning() == Provisioning.EMBEDDED) {
            assertThat(engine.version()).contains(engine.name().substring(engine.name().indexOf(' ') + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void dataSourceReachesTheSameServer(Engine engine) throws Exception {
        try (Connection c = engine.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(engine.version());
        }
    }
}
