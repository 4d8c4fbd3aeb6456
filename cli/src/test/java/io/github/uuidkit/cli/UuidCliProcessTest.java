package io.github.uuidkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real command line in a child JVM ({@code java -cp <test class path> io.github.uuidkit.cli.UuidCli}):
 * what a shell sees, with the operating system's own write errors. The time limits only stop a
 * hanging child; they are not performance assertions.
 */
class UuidCliProcessTest {

    private static final long HANG_LIMIT_SECONDS = 120;

    private static Process start(File stdout, String... args) throws IOException, URISyntaxException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), UuidCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (stdout != null) {
            builder.redirectOutput(stdout);
        }
        return builder.start();
    }

    private static int exitStatus(Process process) throws InterruptedException {
        if (!process.waitFor(HANG_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("uuidkit did not exit within " + HANG_LIMIT_SECONDS + " s");
        }
        return process.exitValue();
    }

    private static String stderr(Process process) throws IOException {
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void writingToDevFullExitsWithOne() throws Exception {
        File full = new File("/dev/full");
        assumeThat(full.exists()).as("/dev/full (Linux)").isTrue();
        for (String[] args : List.of(new String[] {"generate", "-n", "5"},
                new String[] {"inspect", "017F22E2-79B0-7CC3-98C4-DC0C0C07398F"}, new String[] {"--help"})) {
            Process process = start(full, args);
            String err = stderr(process);
            assertThat(exitStatus(process)).as(String.join(" ", args)).isEqualTo(1);
            assertThat(err).as(String.join(" ", args)).startsWith("uuidkit: cannot write output: ")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aReaderClosingThePipeEndsGenerationWithOne() throws Exception {
        // As `uuidkit generate -n 1000000000 | head -1`: read one line, then close the pipe.
        Process process = start(null, "generate", "-n", String.valueOf(UuidCli.MAX_COUNT));
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        String first = reader.readLine();
        assertThat(UUID.fromString(first).version()).isEqualTo(7);
        reader.close();
        int status = exitStatus(process);
        assertThat(status).isEqualTo(1);
        assertThat(stderr(process)).startsWith("uuidkit: cannot write output: ").doesNotContain("Exception");
    }

    @Test
    void helpAndUsageStatusesAsTheShellSeesThem() throws Exception {
        Path sink = Files.createTempFile("uuidkit-cli", ".out");
        try {
            Process help = start(sink.toFile(), "generate", "--help");
            assertThat(exitStatus(help)).isZero();
            assertThat(Files.readString(sink)).startsWith("usage: uuidkit generate");
            Process bad = start(sink.toFile(), "generate", "-n", "+3");
            String err = stderr(bad);
            assertThat(exitStatus(bad)).isEqualTo(2);
            assertThat(err).startsWith("uuidkit: -n needs a whole number").doesNotContain("Exception");
            Process ok = start(sink.toFile(), "generate", "-n", "3");
            assertThat(exitStatus(ok)).isZero();
            assertThat(Files.readAllLines(sink)).hasSize(3);
        } finally {
            Files.delete(sink);
        }
    }
}
