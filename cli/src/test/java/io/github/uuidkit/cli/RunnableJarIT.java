package io.github.uuidkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged runnable jar ({@code target/uuidkit-cli-<version>-all.jar}, built before failsafe runs):
 * {@code java -jar} starts the command line, and both drivers are inside (a refused connection, not "No suitable
 * driver"). The time limit only stops a hanging child.
 */
class RunnableJarIT {

    private static Path jar() throws IOException, URISyntaxException {
        Path target = Path.of(RunnableJarIT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("uuidkit-cli-.*-all\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no uuidkit-cli-*-all.jar in " + target));
        }
    }

    private static String[] run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {Integer.toString(p.exitValue()),
            new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
            new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)};
    }

    @Test
    void generateRunsFromTheJar() throws Exception {
        String[] r = run("generate", "-n", "3");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].lines()).hasSize(3);
    }

    @Test
    void bothDriversAreInside() throws Exception {
        for (String url : List.of("jdbc:postgresql://127.0.0.1:1/db?connectTimeout=2",
                "jdbc:mysql://127.0.0.1:1/db?connectTimeout=2000")) {
            String[] r = run("doctor", "--url", url);
            assertThat(r[0]).as(r[2]).isEqualTo("2");
            assertThat(r[2]).startsWith("uuidkit doctor: ").doesNotContain("No suitable driver");
        }
    }
}
