package io.github.uuidkit.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every shell block of README.md and {@code docs/*.md} marked {@code <!-- shell: run -->} with
 * {@code bash -euo pipefail} in the repository root, as a user who has built the project would (so after
 * {@code package}: an integration test, run by {@code ./mvnw verify}, when the {@code uuidkit-cli} jars exist), with
 * the JDK running this test first on the {@code PATH}; each must exit 0 within a minute and print something. Blocks
 * marked {@code <!-- shell: not-run: REASON -->} are not run; {@link DocsLinksTest} checks that every shell block has
 * one of the two markers.
 */
class DocsShellBlocksIT {

    /** A shell block with its optional marker (group 1) and its body (group 3). */
    static final Pattern SHELL_BLOCK = Pattern.compile(
            "(?:<!-- shell: ([^\\n]*?) -->\\n)?```(bash|sh|shell)\\n(.*?)```", Pattern.DOTALL);

    private static final long TIMEOUT_SECONDS = 60;

    static Stream<Arguments> blocksToRun() throws IOException {
        Path root = ReadmeSnippetsTest.repositoryRoot();
        List<Arguments> blocks = new ArrayList<>();
        for (Path file : ReadmeSnippetsTest.documentationFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = SHELL_BLOCK.matcher(text);
            while (m.find()) {
                if ("run".equals(m.group(1))) {
                    int line = text.substring(0, m.start(3)).split("\n", -1).length;
                    blocks.add(Arguments.of(root.relativize(file) + ":" + line, m.group(3)));
                }
            }
        }
        assertThat(blocks).as("shell blocks marked <!-- shell: run -->").isNotEmpty();
        return blocks.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocksToRun")
    void theBlockRunsAndExitsZero(String where, String script) throws Exception {
        Path root = ReadmeSnippetsTest.repositoryRoot();
        Path javaBin = Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent();
        ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .directory(root.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", javaBin + java.io.File.pathSeparator + System.getenv("PATH"));
        Path log = Files.createTempFile("docs-shell-", ".log");
        pb.redirectOutput(log.toFile());
        long started = System.nanoTime();
        Process process = pb.start();
        boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        System.out.printf("[uuidkit-docs] %s: exit %s in %.1f s%n%s%n", where, ended ? process.exitValue() : "timeout",
                (System.nanoTime() - started) / 1e9, output);
        assertThat(ended).as("%s ends within %d s; output:%n%s", where, TIMEOUT_SECONDS, output).isTrue();
        assertThat(process.exitValue()).as("exit status of %s; output:%n%s", where, output).isZero();
        assertThat(output).as("output of %s", where).isNotBlank();
    }
}
