package io.github.uuidkit.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unit tests (no engine) of the system-server probe and of the table-list comparison. */
class SystemServersTest {

    @TempDir
    Path dir;

    private ItConfig config(String... keyValues) {
        Properties p = new Properties();
        p.setProperty("basedir", dir.toString());
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return ItConfig.load(Map.of(), p);
    }

    /** A port nothing listens on: bound, then closed. */
    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void offProbesNothing() {
        assertThat(SystemServers.probe(config("uuidkit.it.systemServers", "off"))).isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerIsLeftOutInAutoMode() throws Exception {
        int port = closedPort();
        long t0 = System.nanoTime();
        List<Engine> engines = SystemServers.probe(config(
                "uuidkit.it.systemServers.postgres.url", "jdbc:postgresql://127.0.0.1:" + port + "/test",
                "uuidkit.it.systemServers.mariadb.url", "jdbc:mysql://127.0.0.1:" + port + "/test"));
        assertThat(engines).isEmpty();
        assertThat((System.nanoTime() - t0) / 1_000_000).as("ms to probe two closed ports").isLessThan(4000);
    }

    @Test
    void aServerThatDoesNotAnswerIsAFailingEngineWhenRequired() throws Exception {
        int port = closedPort();
        List<Engine> engines = SystemServers.probe(config("uuidkit.it.systemServers", "on",
                "uuidkit.it.systemServers.postgres.url", "jdbc:postgresql://127.0.0.1:" + port + "/test",
                "uuidkit.it.systemServers.mariadb.url", "jdbc:mysql://127.0.0.1:" + port + "/test"));
        assertThat(engines).extracting(Engine::toString).containsExactly("postgres system [url]",
                "mariadb system [url]");
        assertThatThrownBy(() -> engines.get(0).version()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("does not answer");
    }

    @Test
    void aSlotWithAUrlOfItsKindIsNotProbed() {
        assertThat(SystemServers.probe(config("uuidkit.it.systemServers", "on",
                "uuidkit.it.postgres.url", "jdbc:postgresql://h/db", "uuidkit.it.mariadb.url", "jdbc:mysql://h/m")))
                .isEmpty();
    }

    @Test
    void unknownModeIsRejected() {
        assertThatThrownBy(() -> SystemServers.probe(config("uuidkit.it.systemServers", "maybe")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto, on or off");
    }

    @Test
    void engineNamesCarryTheServersVersion() {
        assertThat(SystemServers.shortVersion(EngineKind.POSTGRES,
                "PostgreSQL 15.20 (Debian 15.20-0+deb12u1) on x86_64-pc-linux-gnu")).isEqualTo("15.20");
        assertThat(SystemServers.shortVersion(EngineKind.MARIADB, "10.11.19-MariaDB-0+deb12u1")).isEqualTo("10.11.19");
        assertThat(SystemServers.shortVersion(EngineKind.MARIADB, "5.5.5-10.11.6-MariaDB")).isEqualTo("10.11.6");
    }

    @Test
    void tableChangesLeaveOutOtherRunsTablesOnly() {
        String ours = TestTables.uniqueName("mine");
        String theirs = TestTables.PREFIX + "theirs_0badf00d";
        List<String> changes = ServerTables.changes(Set.of("public", "public.orders", "public." + theirs),
                Set.of("public", "public." + ours, "public.leaked", "public." + TestTables.PREFIX + "other_12345678"));
        assertThat(changes).containsExactly("+ public.leaked", "+ public." + ours, "- public.orders");
    }
}
