package io.github.uuidkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arguments and failures of {@code migrate}, without a server (engine tests: MigrateUnderLoadIT). */
class MigrateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return MigrateCommand.run(List.of(args), env::get, out::writeBytes,
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void usageErrorsExitTwoAndPrintNothing() {
        assertThat(run(Map.of())).isEqualTo(2);
        assertThat(errText()).contains("migrate needs plan or run");
        assertThat(run(Map.of(), "plan", "--url", "jdbc:x:")).isEqualTo(2);
        assertThat(errText()).contains("needs --url and --table");
        assertThat(run(Map.of(), "plan", "--url", "jdbc:x:", "--table", "t", "--to", "BYTES")).isEqualTo(2);
        assertThat(errText()).contains("--to must be BINARY16 or POSTGRES_UUID, not 'BYTES'");
        assertThat(run(Map.of(), "plan", "--url", "jdbc:x:", "--table", "t", "--execute")).isEqualTo(2);
        assertThat(run(Map.of(), "run", "--url", "jdbc:x:", "--table", "t", "--batch", "0")).isEqualTo(2);
        assertThat(run(Map.of(), "run", "--url", "jdbc:x:", "--table", "t", "--dry-run", "--execute"))
                .isEqualTo(2);
        assertThat(errText()).contains("choose one of --dry-run and --execute");
        assertThat(run(Map.of(), "run", "--url", "jdbc:x:", "--table", "t", "--password-env", "UNSET_VAR"))
                .isEqualTo(2);
        assertThat(errText()).contains("environment variable 'UNSET_VAR' is not set");
        assertThat(run(Map.of(), "plan", "--bogus\u001b[31m", "1")).isEqualTo(2);
        assertThat(errText()).contains("unknown option '--bogus\\u001B[31m'").doesNotContain("\u001b");
        assertThat(out.size()).isZero();
    }

    @Test
    void aConnectionFailureExitsTwoAndNeverShowsAPassword() {
        int status = run(Map.of("DB_PW", "env-s3cret"), "run", "--url",
                "jdbc:nosuchdb://host/db?user=u&password=url-s3cret&x=1&other=env-s3cret", "--table", "t",
                "--password-env", "DB_PW", "--execute");
        assertThat(status).isEqualTo(2);
        assertThat(errText()).contains("uuidkit migrate: ").contains("password=***")
                .doesNotContain("url-s3cret").doesNotContain("env-s3cret");
        assertThat(out.size()).isZero();
    }

    @Test
    void helpIsPrintedByTheCommandLine() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int status = UuidCli.run(new String[] {"migrate", "--help"}, new PrintStream(stdout, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("uuidkit migrate plan --url JDBC_URL --table T");
    }
}
