package io.github.uuidkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.testsupport.Samples;
import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.Uuids;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UuidCliTest {

    private static final String RFC_V7 = "017F22E2-79B0-7CC3-98C4-DC0C0C07398F";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return UuidCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int runInto(OutputStream stdout, String... args) {
        return UuidCli.run(args, new PrintStream(stdout, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void generatesIncreasingV7ByDefault() {
        assertThat(run("generate", "-n", "1000")).isZero();
        List<UUID> ids = outLines().stream().map(UUID::fromString).collect(Collectors.toList());
        assertThat(ids).hasSize(1000).allMatch(Uuids::isV7);
        assertThat(ids).isSortedAccordingTo(UuidOrder.UNSIGNED).doesNotHaveDuplicates();
        assertThat(errText()).isEmpty();
    }

    @Test
    void generatesOneByDefaultAndNoneForZero() {
        assertThat(run("generate")).isZero();
        assertThat(outLines()).hasSize(1).allMatch(line -> Uuids.isV7(UUID.fromString(line)));
        out.reset();
        assertThat(run("generate", "-n", "0")).isZero();
        assertThat(out.size()).isZero();
    }

    @Test
    void generatesV4OnRequest() {
        assertThat(run("generate", "--v4", "-n", "5")).isZero();
        assertThat(outLines()).hasSize(5).allMatch(line -> UUID.fromString(line).version() == 4);
        out.reset();
        assertThat(run("generate", "-n", "3", "--v7")).isZero();
        assertThat(outLines()).hasSize(3).allMatch(line -> UUID.fromString(line).version() == 7);
    }

    @Test
    void generatesInChunksOfLinesNotALineAtATime() {
        // 5,000 lines: four full chunks of 1,024 lines and the rest, one write each.
        FailingOutput counting = new FailingOutput(Long.MAX_VALUE);
        assertThat(runInto(counting, "generate", "-n", "5000")).isZero();
        assertThat(counting.writes).isEqualTo(5);
        assertThat(counting.accepted).isEqualTo(5000L * (36 + System.lineSeparator().length()));
        FailingOutput exact = new FailingOutput(Long.MAX_VALUE);
        assertThat(runInto(exact, "generate", "-n", String.valueOf(2 * UuidCli.LINES_PER_WRITE))).isZero();
        assertThat(exact.writes).isEqualTo(2);
        assertThat(run("generate", "-n", "5000")).isZero();
        assertThat(outLines()).hasSize(5000).doesNotHaveDuplicates();
    }

    @Test
    void inspectsRfcV7Example() {
        // RFC 9562 Appendix A.6: unix_ts_ms 0x017F22E279B0 = 2022-02-22T19:22:22Z.
        assertThat(run("inspect", RFC_V7)).isZero();
        assertThat(outLines()).containsExactly(
                "uuid:         017f22e2-79b0-7cc3-98c4-dc0c0c07398f",
                "version:      7",
                "variant:      RFC 9562 (10x)",
                "timestamp:    2022-02-22T19:22:22Z (unix ms 1645557742000)",
                "standard:     017F22E279B07CC398C4DC0C0C07398F  (PostgreSQL uuid_send, MySQL UUID_TO_BIN(x))",
                "time_swapped: 7CC379B0017F22E298C4DC0C0C07398F  (MySQL UUID_TO_BIN(x, 1))");
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
        // RFC 9562 §4.1: variant is the top bits of octet 8; Nil and Max (§5.9, §5.10) are named.
        "00000000-0000-0000-0000-000000000000|nil",
        "ffffffff-ffff-ffff-ffff-ffffffffffff|max",
        "6ccd780c-baba-1026-1564-5b8c656024db|NCS (0xx)",
        "6ccd780c-baba-1026-9564-5b8c656024db|RFC 9562 (10x)",
        "6ccd780c-baba-1026-c564-5b8c656024db|Microsoft (110)",
        "6ccd780c-baba-1026-e564-5b8c656024db|reserved (111)",
    })
    void inspectNamesTheVariant(String uuid, String variant) {
        assertThat(run("inspect", uuid)).isZero();
        assertThat(outLines()).contains("variant:      " + variant);
    }

    // ------------------------------------------------------------------------------------ usage

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|uuidkit: no command given",
        "frobnicate|uuidkit: unknown command 'frobnicate'",
        "generate -n|uuidkit: -n needs a number",
        "generate -n ten|uuidkit: -n needs a whole number from 0 to 1000000000 in ASCII digits, got 'ten'",
        "generate -n -3|uuidkit: -n needs a whole number from 0 to 1000000000 in ASCII digits, got '-3'",
        "generate --v6|uuidkit: unknown option '--v6' for generate",
        "generate -n 3 -n 4|uuidkit: -n given twice",
        "generate --v4 --v4|uuidkit: --v4 given twice",
        "generate --v7 -n 2 --v7|uuidkit: --v7 given twice",
        "generate --v4 --v7|uuidkit: choose one of --v4 and --v7",
        "inspect|uuidkit: inspect takes exactly one UUID",
        "inspect a b|uuidkit: inspect takes exactly one UUID",
        "inspect 1-1-1-1-1|uuidkit: Invalid UUID '1-1-1-1-1': expected 36 characters in the form 8-4-4-4-12, got 9",
    })
    void badArgumentsPrintUsageAndExitWithTwo(String args, String firstLine) {
        String[] argv = args.isEmpty() ? new String[0] : args.split(" ");
        assertThat(run(argv)).isEqualTo(UuidCli.USAGE_ERROR).isEqualTo(2);
        assertThat(errText().lines()).first().isEqualTo(firstLine);
        assertThat(errText()).contains("usage: uuidkit generate");
        assertThat(out.size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "+3", "-0", "3.0", " 3", "3 ", "0x10", "1_000", "", "1e3",
        "\u0663",          // ARABIC-INDIC DIGIT THREE: Long.parseLong accepts it
        "\uFF13",          // FULLWIDTH DIGIT THREE: Long.parseLong accepts it
        "\u0967\u0966",    // DEVANAGARI 1 0
        "1000000001", "9223372036854775807", "9223372036854775808", "99999999999999999999999",
    })
    void countIsStrictAsciiDigitsUpToTheMaximum(String count) {
        assertThat(run("generate", "-n", count)).isEqualTo(2);
        assertThat(errText().lines()).first().asString()
                .startsWith("uuidkit: -n needs a whole number from 0 to 1000000000 in ASCII digits, got '");
        assertThat(out.size()).isZero();
    }

    @Test
    void countParsingAcceptsAsciiDigitsUpToTheMaximumOnly() {
        assertThat(UuidCli.parseCount("0")).isZero();
        assertThat(UuidCli.parseCount("007")).isEqualTo(7);
        assertThat(UuidCli.parseCount("1000000000")).isEqualTo(UuidCli.MAX_COUNT).isEqualTo(1_000_000_000L);
        assertThat(UuidCli.parseCount("0001000000000")).isEqualTo(UuidCli.MAX_COUNT);
        assertThat(UuidCli.parseCount("999999999")).isEqualTo(999_999_999L);
        assertThat(UuidCli.parseCount("1000000001")).isEqualTo(-1);
        assertThat(UuidCli.parseCount("/")).isEqualTo(-1);   // '0' - 1
        assertThat(UuidCli.parseCount(":")).isEqualTo(-1);   // '9' + 1
        assertThat(UuidCli.parseCount("")).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--help", "-h", "help", "generate --help", "generate -h", "generate -n 5 --help", "generate --v4 -h",
        "inspect --help", "inspect -h", "generate -n ten --help", "frobnicate --help",
    })
    void helpExitsZeroEverywhereWithUsageOnStandardOutput(String args) {
        assertThat(run(args.split(" "))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: uuidkit generate")
                .contains("exit status: 0 success, 1 output could not be written, 2 bad arguments");
        assertThat(errText()).isEmpty();
    }

    // --------------------------------------------------------------------------- output errors

    /** Accepts {@code capacity} bytes, then fails every write like a full disk or a closed pipe. */
    private static final class FailingOutput extends OutputStream {
        private final long capacity;
        long accepted;
        int writes;
        int failedWrites;

        FailingOutput(long capacity) {
            this.capacity = capacity;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            writes++;
            if (accepted + len > capacity) {
                failedWrites++;
                throw new IOException("No space left on device");
            }
            accepted += len;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate -n 5", "generate --v4", "inspect " + RFC_V7, "--help", "generate --help"})
    void outputErrorsExitWithOne(String args) {
        // As `uuidkit ... > /dev/full`: PrintStream hides the IOException; the CLI must not.
        FailingOutput full = new FailingOutput(0);
        assertThat(runInto(full, args.split(" "))).isEqualTo(UuidCli.OUTPUT_ERROR).isEqualTo(1);
        assertThat(errText()).isEqualTo("uuidkit: cannot write output: write failed" + System.lineSeparator());
    }

    @Test
    void aClosedPipeStopsGenerationAtTheFirstFailedWrite() {
        // As `uuidkit generate -n 1000000000 | head -1`: the reader goes away after the first chunk.
        FailingOutput pipe = new FailingOutput(1 << 16);
        assertThat(runInto(pipe, "generate", "-n", String.valueOf(UuidCli.MAX_COUNT))).isEqualTo(1);
        assertThat(pipe.failedWrites).isEqualTo(1);
        assertThat(pipe.accepted).isLessThanOrEqualTo(1 << 16);
        assertThat(errText()).startsWith("uuidkit: cannot write output");
    }

    @Test
    void messagesReachABufferedStandardError() {
        // The caller's error stream may buffer without autoflush: every message is flushed.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream buffered = new PrintStream(new java.io.BufferedOutputStream(bytes, 1 << 16), false,
                StandardCharsets.UTF_8);
        PrintStream stdout = new PrintStream(new FailingOutput(0), false, StandardCharsets.UTF_8);
        assertThat(UuidCli.run(new String[] {"generate", "-n", "+3"}, stdout, buffered)).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("uuidkit: -n needs a whole number");
        bytes.reset();
        assertThat(UuidCli.run(new String[] {"generate"}, stdout, buffered)).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("uuidkit: cannot write output");
    }

    @Test
    void nullArgumentsAreAnInternalErrorInOneLine() {
        assertThat(run((String) null)).isEqualTo(1);
        assertThat(run((String[]) null)).isEqualTo(1);
        assertThat(errText().lines()).hasSize(2).allMatch(line -> line.startsWith(
                "uuidkit: internal error: java.lang.NullPointerException"));
        assertThat(out.size()).isZero();
    }

    @Test
    void usageErrorsGoToStandardErrorEvenWhenStandardOutputIsBroken() {
        assertThat(runInto(new FailingOutput(0), "generate", "-n", "+3")).isEqualTo(2);
        assertThat(errText()).startsWith("uuidkit: -n needs a whole number");
    }

    // ------------------------------------------------------------------ log-safe error messages

    @Test
    void errorMessagesEscapeControlCharactersOfTheArguments() {
        // A newline that would start a forged line on the terminal, and an ANSI colour sequence.
        String forged = "x\nuuidkit: all good\u001B[31m";
        String escaped = "'x\\nuuidkit: all good\\u001B[31m'";
        assertThat(run(forged)).isEqualTo(2);
        assertThat(run("generate", forged)).isEqualTo(2);
        assertThat(run("generate", "-n", forged)).isEqualTo(2);
        assertThat(run("inspect", forged)).isEqualTo(2);
        assertThat(errText().lines().filter(line -> line.startsWith("uuidkit: ")))
                .containsExactly(
                        "uuidkit: unknown command " + escaped,
                        "uuidkit: unknown option " + escaped + " for generate",
                        "uuidkit: -n needs a whole number from 0 to 1000000000 in ASCII digits, got " + escaped,
                        "uuidkit: Invalid UUID " + escaped + ": expected 36 characters in the form 8-4-4-4-12, got "
                                + forged.length());
        assertThat(errText()).doesNotContain("\u001B").doesNotContain("\r");
    }

    @Test
    void noInputProducesAStackTrace() {
        SplittableRandom random = new SplittableRandom(Samples.SEED);
        String[] words = {"generate", "inspect", "help", "-n", "--v4", "--v7", "-h", "--help", "0", "3", "+3",
            "\u0663", "\uFF13", "", " ", "\n", "\u001B[2J", "\uD800", "\uDC00x", RFC_V7, "1-1-1-1-1", "-"};
        for (int sample = 0; sample < 3000; sample++) {
            List<String> args = new ArrayList<>();
            int count = random.nextInt(5);
            for (int i = 0; i < count; i++) {
                if (random.nextInt(4) == 0) {
                    StringBuilder word = new StringBuilder("z"); // never all digits: -n stays small
                    for (int j = random.nextInt(6); j > 0; j--) {
                        word.append((char) random.nextInt(0x10000));
                    }
                    args.add(word.toString());
                } else {
                    args.add(words[random.nextInt(words.length)]);
                }
            }
            out.reset();
            err.reset();
            int status = run(args.toArray(new String[0]));
            assertThat(status).as("%s", args).isIn(0, 2);
            assertThat(errText()).as("%s", args).doesNotContain("Exception").doesNotContain("\tat ")
                    .matches("[\\x20-\\x7E\\r\\n]*");
        }
    }
}
