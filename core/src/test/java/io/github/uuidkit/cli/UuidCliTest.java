package io.github.uuidkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.Uuids;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UuidCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return UuidCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    }

    @Test
    void generatesIncreasingV7ByDefault() {
        assertThat(run("generate", "-n", "1000")).isZero();
        List<UUID> ids = outLines().stream().map(UUID::fromString).collect(Collectors.toList());
        assertThat(ids).hasSize(1000).allMatch(Uuids::isV7);
        assertThat(ids).isSortedAccordingTo(UuidOrder.UNSIGNED).doesNotHaveDuplicates();
    }

    @Test
    void generatesV4OnRequest() {
        assertThat(run("generate", "--v4", "-n", "5")).isZero();
        assertThat(outLines()).hasSize(5).allMatch(line -> UUID.fromString(line).version() == 4);
    }

    @Test
    void inspectsRfcV7Example() {
        // RFC 9562 Appendix A.6: unix_ts_ms 0x017F22E279B0 = 2022-02-22T19:22:22Z.
        assertThat(run("inspect", "017F22E2-79B0-7CC3-98C4-DC0C0C07398F")).isZero();
        assertThat(outLines()).contains(
                "uuid:         017f22e2-79b0-7cc3-98c4-dc0c0c07398f",
                "version:      7",
                "variant:      RFC 9562 (10x)",
                "timestamp:    2022-02-22T19:22:22Z (unix ms 1645557742000)");
    }

    @Test
    void inspectPrintsBothLayoutsAsInMysqlManual() {
        // MySQL 8.0 manual, UUID_TO_BIN(): HEX(UUID_TO_BIN(@uuid)) and HEX(UUID_TO_BIN(@uuid, 1)).
        assertThat(run("inspect", "6ccd780c-baba-1026-9564-5b8c656024db")).isZero();
        assertThat(outLines()).anyMatch(line -> line.startsWith("standard:     6CCD780CBABA102695645B8C656024DB"))
                .anyMatch(line -> line.startsWith("time_swapped: 1026BABA6CCD780C95645B8C656024DB"))
                .contains("version:      1")
                .noneMatch(line -> line.startsWith("timestamp:"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|uuidkit: no command given",
        "frobnicate|uuidkit: unknown command 'frobnicate'",
        "generate -n|uuidkit: -n needs a number",
        "generate -n ten|uuidkit: -n needs a whole number, got 'ten'",
        "generate -n -3|uuidkit: -n must not be negative, got -3",
        "generate --v6|uuidkit: unknown option '--v6' for generate",
        "inspect|uuidkit: inspect takes exactly one UUID",
        "inspect 1-1-1-1-1|uuidkit: Invalid UUID '1-1-1-1-1': expected 36 characters in the form 8-4-4-4-12, got 9",
    })
    void badArgumentsPrintUsageAndExitWithTwo(String args, String firstLine) {
        String[] argv = args.isEmpty() ? new String[0] : args.split(" ");
        assertThat(run(argv)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).first().isEqualTo(firstLine);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: uuidkit generate");
        assertThat(out.size()).isZero();
    }
}
