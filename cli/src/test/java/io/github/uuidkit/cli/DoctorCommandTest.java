package io.github.uuidkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The doctor's arguments and failures, without a server (engine tests: DoctorIT). */
class DoctorCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return DoctorCommand.run(List.of(args), env::get, out::writeBytes,
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run(Map.of())).isEqualTo(2);
        assertThat(errText()).contains("doctor needs --url");
        assertThat(run(Map.of(), "--url", "jdbc:x:", "--format", "xml")).isEqualTo(2);
        assertThat(run(Map.of(), "--url", "jdbc:x:", "--fail-on", "info")).isEqualTo(2);
        assertThat(run(Map.of(), "--url", "jdbc:x:", "--sample", "0")).isEqualTo(2);
        assertThat(run(Map.of(), "--url", "jdbc:x:", "--sample", "5", "--full")).isEqualTo(2);
        assertThat(run(Map.of(), "--url", "jdbc:x:", "--password-env", "UNSET_VAR")).isEqualTo(2);
        assertThat(errText()).contains("environment variable 'UNSET_VAR' is not set");
        assertThat(run(Map.of(), "--url")).isEqualTo(2);
        assertThat(run(Map.of(), "--bogus", "1")).isEqualTo(2);
        assertThat(run(Map.of(), "--url", "jdbc:x:", "--timeout", "-1")).isEqualTo(2);
        assertThat(errText()).contains("--timeout needs a whole number of seconds from 0 (none)");
        assertThat(run(Map.of(), "--url", "jdbc:x:", "--timeout", "1.5")).isEqualTo(2);
        assertThat(run(Map.of(), "--url", "jdbc:x:", "--timeout")).isEqualTo(2);
        assertThat(out.size()).isZero();
    }

    @Test
    void aConnectionFailureExitsTwoAndNeverShowsAPassword() {
        // DriverManager names the URL in "No suitable driver found for <url>": both secrets must be masked.
        int status = run(Map.of("DB_PW", "env-s3cret"), "--url",
                "jdbc:nosuchdb://host/db?user=u&password=url-s3cret&x=1&other=env-s3cret", "--user", "u",
                "--password-env", "DB_PW");
        assertThat(status).isEqualTo(2);
        assertThat(errText()).contains("uuidkit doctor: ").contains("password=***")
                .doesNotContain("url-s3cret").doesNotContain("env-s3cret");
        assertThat(out.size()).isZero();
    }

    @Test
    void aRefusedPostgresConnectionExitsTwo() {
        int status = run(Map.of("DB_PW", "env-s3cret"), "--url", "jdbc:postgresql://127.0.0.1:1/db", "--user", "u",
                "--password-env", "DB_PW");
        assertThat(status).isEqualTo(2);
        assertThat(errText()).doesNotContain("env-s3cret");
    }

    @Test
    void theNewOptionsAreAcceptedAndDocumented() {
        // parsed, then the connection fails (no driver for jdbc:x:): exit 2 for the connection, not for usage
        assertThat(run(Map.of(), "--url", "jdbc:x:", "--timeout", "0", "--check-upgrade", "--verbose")).isEqualTo(2);
        assertThat(errText()).contains("No suitable driver").doesNotContain("usage:");
        assertThat(DoctorCommand.USAGE).contains("--timeout SECONDS").contains("(default 10; 0: none)")
                .contains("--check-upgrade").contains("--verbose");
    }

    @Test
    void helpViaTheCli() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int status = UuidCli.run(new String[] {"doctor", "--help"}, new PrintStream(stdout, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith("usage: uuidkit doctor --url");
    }
}
