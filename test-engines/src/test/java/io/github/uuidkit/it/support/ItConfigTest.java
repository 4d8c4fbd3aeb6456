package io.github.uuidkit.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unit tests (surefire, no engine) of the harness configuration layering and URL resolution. */
class ItConfigTest {

    @TempDir
    Path dir;

    private Properties system(String... keyValues) {
        Properties p = new Properties();
        p.setProperty("basedir", dir.toString());
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void checkedInDefaultsLeaveEveryUrlUnset() {
        ItConfig config = ItConfig.load(Map.of(), system());
        assertThat(config.get("provisioning")).contains("auto");
        for (EngineKind kind : EngineKind.values()) {
            assertThat(config.get(kind.key() + ".url")).isEmpty();
        }
        assertThat(config.localFile()).isEmpty();
    }

    @Test
    void localFileThenEnvironmentThenSystemProperties() throws Exception {
        Files.writeString(dir.resolve("local.properties"), "uuidkit.it.postgres.url=jdbc:postgresql://local/db\n"
                + "uuidkit.it.mysql.url=jdbc:mysql://local/db\nuuidkit.it.mariadb.url=jdbc:mysql://local/m\n");
        ItConfig config = ItConfig.load(
                Map.of("UUIDKIT_IT_MYSQL_URL", "jdbc:mysql://env/db", "UUIDKIT_IT_MARIADB_URL", "jdbc:mysql://env/m",
                        "UUIDKIT_IT_MYSQL_USER", "envuser", "OTHER", "x"),
                system("uuidkit.it.mariadb.url", "jdbc:mysql://sys/m"));
        assertThat(config.localFile()).contains(dir.resolve("local.properties").toAbsolutePath().toString());
        assertThat(config.get("postgres.url")).contains("jdbc:postgresql://local/db");
        assertThat(config.get("mysql.url")).contains("jdbc:mysql://env/db");
        assertThat(config.get("mysql.user")).contains("envuser");
        assertThat(config.get("mariadb.url")).contains("jdbc:mysql://sys/m");
    }

    @Test
    void environmentNamesMapToCamelCaseKeys() {
        ItConfig config = ItConfig.load(Map.of("UUIDKIT_IT_CACHEDIR", "/x/cache"), system());
        assertThat(config.get("cacheDir")).contains("/x/cache");
    }

    @Test
    void blankCountsAsUnset() {
        ItConfig config = ItConfig.load(Map.of("UUIDKIT_IT_POSTGRES_URL", "  "), system());
        assertThat(config.get("postgres.url")).isEmpty();
    }

    @Test
    void urlEnginesAreResolvedWithoutStartingAnything() {
        ItConfig config = ItConfig.load(Map.of(), system(
                "uuidkit.it.postgres.url", "jdbc:postgresql://h/db",
                "uuidkit.it.mysql.url", "jdbc:mysql://h/db?sslMode=REQUIRED",
                "uuidkit.it.mariadb.url", "jdbc:mysql://h/m?rewriteBatchedStatements=false"));
        List<Engine> engines = Engines.resolve(config);
        assertThat(engines).extracting(Engine::kind)
                .containsExactly(EngineKind.POSTGRES, EngineKind.MYSQL, EngineKind.MARIADB);
        assertThat(engines).extracting(Engine::provisioning).containsOnly(Provisioning.URL);
        assertThat(engines).extracting(Engine::toString)
                .containsExactly("postgres [url]", "mysql [url]", "mariadb [url]");
    }

    @Test
    void mysqlUrlsGetBatchRewritingUnlessTheySaySo() {
        assertThat(Urls.withDefaults("jdbc:mysql://h/db", "rewriteBatchedStatements=true"))
                .isEqualTo("jdbc:mysql://h/db?rewriteBatchedStatements=true");
        assertThat(Urls.withDefaults("jdbc:mysql://h/db?sslMode=REQUIRED", "rewriteBatchedStatements=true"))
                .isEqualTo("jdbc:mysql://h/db?sslMode=REQUIRED&rewriteBatchedStatements=true");
        assertThat(Urls.withDefaults("jdbc:mysql://h/db?rewriteBatchedStatements=false",
                "rewriteBatchedStatements=true")).isEqualTo("jdbc:mysql://h/db?rewriteBatchedStatements=false");
    }

    @Test
    void unknownProvisioningModeIsRejected() {
        ItConfig config = ItConfig.load(Map.of(), system("uuidkit.it.provisioning", "docker"));
        assertThatThrownBy(() -> Engines.resolve(config))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto, embedded or testcontainers");
    }

    @Test
    void mysqlFamilyVersionsAreReadFromVersionNotFromTheHandshake() {
        assertThat(Engine.majorMinor("10.11.5-MariaDB")).containsExactly(10, 11);
        assertThat(Engine.majorMinor("5.5.5-10.11.6-MariaDB")).containsExactly(10, 11);
        assertThat(Engine.majorMinor("11.4.5-MariaDB-log")).containsExactly(11, 4);
        assertThat(Engine.majorMinor("8.0.31")).containsExactly(8, 0);
        assertThatThrownBy(() -> Engine.majorMinor("garbage")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'garbage'");
    }
}
