package io.github.uuidkit.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Engines#startEmbedded}: a private server of one version with its own settings, which the server really
 * uses ({@code SHOW} / {@code @@variable}), stopped by {@link Engine#stop()}.
 */
class ServerSettingsIT {

    @Test
    void postgresSettingsReachTheServer() throws SQLException {
        Engine pg = Engines.startEmbedded(EmbeddedVersion.POSTGRES_14,
                Map.of("shared_buffers", "48MB", "max_wal_size", "3GB"));
        try {
            assertThat(pg.majorVersion()).isEqualTo(14);
            assertThat(pg.name()).isEqualTo(EmbeddedVersion.POSTGRES_14.displayName());
            assertThat(text(pg, "SHOW shared_buffers")).isEqualTo("48MB");
            assertThat(text(pg, "SHOW max_wal_size")).isEqualTo("3GB");
            assertThat(text(pg, "SHOW fsync")).as("the harness default stays").isEqualTo("off");
        } finally {
            pg.stop();
        }
        assertThatThrownBy(pg::connect).isInstanceOf(IllegalStateException.class).hasMessageContaining("stopped");
    }

    @Test
    void mysqlAndMariaDbOptionsReachTheServer() throws SQLException {
        for (EmbeddedVersion version : new EmbeddedVersion[] {EmbeddedVersion.MYSQL_8_0,
            EmbeddedVersion.MARIADB_10_11}) {
            Engine engine = Engines.startEmbedded(version, Map.of("innodb_buffer_pool_size", "64M",
                    "max_connections", "77"));
            try {
                assertThat(engine.version()).startsWith(version.serverVersion());
                assertThat(text(engine, "SELECT @@innodb_buffer_pool_size")).isEqualTo(String.valueOf(64 << 20));
                assertThat(text(engine, "SELECT @@max_connections")).isEqualTo("77");
            } finally {
                engine.stop();
            }
        }
    }

    private static String text(Engine engine, String sql) throws SQLException {
        try (Connection c = engine.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
