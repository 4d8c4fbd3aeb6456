package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.testsupport.Samples;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UuidStringsTest {

    /** RFC 9562 §4 ABNF for the string form, as a regular expression: hexOctet groups 4-2-2-2-6. */
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Test
    void parsesCanonicalFormInAnyCase() {
        UUID expected = new UUID(0x017F22E279B07CC3L, 0x98C4DC0C0C07398FL);
        assertThat(UuidStrings.parse("017f22e2-79b0-7cc3-98c4-dc0c0c07398f")).isEqualTo(expected);
        assertThat(UuidStrings.parse("017F22E2-79B0-7CC3-98C4-DC0C0C07398F")).isEqualTo(expected);
        assertThat(UuidStrings.parse(new StringBuilder("017f22E2-79b0-7Cc3-98c4-dc0c0c07398F"))).isEqualTo(expected);
    }

    @Test
    void rejectsWhatTheJdkAccepts() {
        // The JDK's UUID.fromString is lenient about group lengths.
        assertThat(UUID.fromString("1-1-1-1-1")).isEqualTo(UUID.fromString("00000001-0001-0001-0001-000000000001"));
        assertThatThrownBy(() -> UuidStrings.parse("1-1-1-1-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid UUID '1-1-1-1-1': expected 36 characters in the form 8-4-4-4-12, got 9");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "017f22e2-79b0-7cc3-98c4-dc0c0c07398|Invalid UUID '017f22e2-79b0-7cc3-98c4-dc0c0c07398': expected 36 characters in the form 8-4-4-4-12, got 35",
        "017f22e2-79b0-7cc3-98c4-dc0c0c07398f0|Invalid UUID '017f22e2-79b0-7cc3-98c4-dc0c0c07398f0': expected 36 characters in the form 8-4-4-4-12, got 37",
        "017f22e2x79b0-7cc3-98c4-dc0c0c07398f|Invalid UUID '017f22e2x79b0-7cc3-98c4-dc0c0c07398f': expected '-' at index 8, found 'x'",
        "017f22e-279b0-7cc3-98c4-dc0c0c07398f|Invalid UUID '017f22e-279b0-7cc3-98c4-dc0c0c07398f': expected a hex digit at index 7, found '-'",
        "017f22e2-79b0-7cc3-98c4-dc0c0c07398g|Invalid UUID '017f22e2-79b0-7cc3-98c4-dc0c0c07398g': expected a hex digit at index 35, found 'g'",
        "{17f22e2-79b0-7cc3-98c4-dc0c0c07398f|Invalid UUID '{17f22e2-79b0-7cc3-98c4-dc0c0c07398f': expected a hex digit at index 0, found '{'",
        "+17f22e2-79b0-7cc3-98c4-dc0c0c07398f|Invalid UUID '+17f22e2-79b0-7cc3-98c4-dc0c0c07398f': expected a hex digit at index 0, found '+'",
        "' 17f22e2-79b0-7cc3-98c4-dc0c0c07398f'|Invalid UUID ' 17f22e2-79b0-7cc3-98c4-dc0c0c07398f': expected a hex digit at index 0, found ' '",
        "017f22e2-79b0-7cc3-98c4-dc0c0c07398\u0661|Invalid UUID '017f22e2-79b0-7cc3-98c4-dc0c0c07398\\u0661': expected a hex digit at index 35, found U+0661",
        "017f22e2-79b0-7cc3-98c4-dc0c0c07398\uff46|Invalid UUID '017f22e2-79b0-7cc3-98c4-dc0c0c07398\\uFF46': expected a hex digit at index 35, found U+FF46",
    })
    void rejectsNonCanonicalTextSayingWhatAndWhere(String text, String message) {
        assertThatThrownBy(() -> UuidStrings.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThat(UuidStrings.isCanonical(text)).isFalse();
        assertThat(UuidStrings.tryParse(text)).isEmpty();
        assertThat(UuidStrings.tryParse(new StringBuilder(text))).isEmpty();
    }

    @Test
    void rejectsNullAndQuotesLongTextShortened() {
        assertThatThrownBy(() -> UuidStrings.parse(null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        String longText = "x".repeat(100);
        assertThatThrownBy(() -> UuidStrings.parse(longText))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid UUID '" + "x".repeat(64) + "'... (100 characters): expected 36 characters"
                        + " in the form 8-4-4-4-12, got 100");
    }

    @Test
    void charactersJustAboveLatin1AreNotDigits() {
        // U+0100 is the first character outside the 256-entry digit table.
        String canonical = "017f22e2-79b0-7cc3-98c4-dc0c0c07398\u0100";
        assertThat(UuidStrings.isCanonical(canonical)).isFalse();
        assertThatThrownBy(() -> UuidStrings.parse(canonical))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("found U+0100");
        assertThatThrownBy(() -> UuidStrings.parseCompact("017f22e279b07cc398c4dc0c0c07398\u0100"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("index 31, found U+0100");
        assertThatThrownBy(() -> UuidStrings.parse("\u0100" + canonical.substring(1, 35) + "f"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("index 0, found U+0100");
        // A group of four U+0100: its characters OR to exactly 0x100, the table's first missing index.
        assertThatThrownBy(() -> UuidStrings.parse("\u0100".repeat(4) + canonical.substring(4, 35) + "f"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("index 0, found U+0100");
        assertThatThrownBy(() -> UuidStrings.parseCompact("\u0100".repeat(4) + "0".repeat(28)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("index 0, found U+0100");
    }

    @Test
    void messagesEscapeControlAndNonAsciiCharactersOfTheText() {
        // A newline that would start a forged log line, and an ANSI colour sequence (ESC [ 3 1 m).
        String forged = "x\nERROR forged\u001B[31m";
        assertThatThrownBy(() -> UuidStrings.parse(forged))
                .hasMessage("Invalid UUID 'x\\nERROR forged\\u001B[31m': expected 36 characters in the form"
                        + " 8-4-4-4-12, got 19");
        String forged36 = "017f22e2\n79b0-7cc3-98c4-dc0c0c07398\u001B";
        assertThatThrownBy(() -> UuidStrings.parse(forged36))
                .hasMessage("Invalid UUID '017f22e2\\n79b0-7cc3-98c4-dc0c0c07398\\u001B': expected '-' at index 8,"
                        + " found U+000A");
        assertThatThrownBy(() -> UuidStrings.parseCompact(forged))
                .hasMessage("Invalid compact UUID 'x\\nERROR forged\\u001B[31m': expected 32 hex digits, got 19"
                        + " characters");
        String compact = "017f22e279b07cc398c4dc0c0c0739\u00e9\n";
        assertThatThrownBy(() -> UuidStrings.parseCompact(compact))
                .hasMessage("Invalid compact UUID '017f22e279b07cc398c4dc0c0c0739\\u00E9\\n': expected a hex digit"
                        + " at index 30, found U+00E9");
    }

    @Test
    void canonicalFormRoundTripsAndAgreesWithJdk() {
        Samples.uuids(3000).forEach(UuidStringsTest::canonicalRoundTrip);
    }

    private static void canonicalRoundTrip(UUID uuid) {
        String text = UuidStrings.format(uuid);
        assertThat(text).isEqualTo(referenceCanonical(uuid));
        assertThat(UuidStrings.isCanonical(text)).isTrue();
        assertThat(UuidStrings.parse(text)).isEqualTo(uuid);
        assertThat(UuidStrings.parse(text.toUpperCase(Locale.ROOT))).isEqualTo(uuid);
        assertThat(UuidStrings.tryParse(text)).contains(uuid);
        assertThat(UuidStrings.tryParse(text.toUpperCase(Locale.ROOT))).contains(uuid);
        assertThat(UUID.fromString(text)).isEqualTo(uuid);
    }

    @Test
    void compactFormRoundTripsAndIsStandardBytesInHex() {
        Samples.uuids(3000).forEach(UuidStringsTest::compactRoundTrip);
    }

    private static void compactRoundTrip(UUID uuid) {
        String compact = UuidStrings.formatCompact(uuid);
        // Reference: java.util.HexFormat over the big-endian bytes, as MySQL's HEX(id) prints them.
        assertThat(compact).isEqualTo(HexFormat.of().formatHex(bigEndian(uuid)));
        assertThat(UuidStrings.parseCompact(compact)).isEqualTo(uuid);
        assertThat(UuidStrings.parseCompact(compact.toUpperCase(Locale.ROOT))).isEqualTo(uuid);
        assertThat(UuidStrings.tryParseCompact(compact)).contains(uuid);
        assertThat(UuidStrings.tryParseCompact(compact.toUpperCase(Locale.ROOT))).contains(uuid);
    }

    /**
     * 20,000 strings of canonical shape whose characters are mostly hex digits and otherwise their
     * neighbours in ASCII, Latin-1 and Unicode (chars that truncate or case-fold to hex digits).
     */
    static Stream<String> nearlyCanonical() {
        char[] hexDigits = "0123456789abcdefABCDEF".toCharArray();
        char[] tricky = {'0', '9', 'a', 'f', 'A', 'F', '/', ':', '@', 'G', '`', 'g', '-', ' ', '\u0010',
            '\u0019', '\u00e1', '\u00c6', '\u0130', '\u0661', '\uff10', '\uff41', '\u0141', '\u0161'};
        SplittableRandom random = new SplittableRandom(Samples.SEED);
        return Stream.generate(() -> {
            StringBuilder text = new StringBuilder(36);
            for (int i = 0; i < 36; i++) {
                boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
                boolean odd = random.nextInt(13) == 0;
                text.append(odd ? tricky[random.nextInt(tricky.length)] : dash ? '-' : hexDigits[random.nextInt(hexDigits.length)]);
            }
            return text.toString();
        }).limit(20_000);
    }

    @Test
    void acceptsExactlyTheCanonicalGrammar() {
        nearlyCanonical().forEach(text -> {
            boolean canonical = CANONICAL.matcher(text).matches();
            assertThat(UuidStrings.isCanonical(text)).as(text).isEqualTo(canonical);
            if (canonical) {
                assertThat(UuidStrings.parse(text)).as(text).isEqualTo(UUID.fromString(text));
                assertThat(UuidStrings.parse(new StringBuilder(text))).as(text).isEqualTo(UUID.fromString(text));
                assertThat(UuidStrings.tryParse(text)).as(text).contains(UUID.fromString(text));
                assertThat(UuidStrings.tryParse(new StringBuilder(text))).as(text).contains(UUID.fromString(text));
            } else {
                assertThat(UuidStrings.tryParse(text)).as(text).isEmpty();
                assertThat(UuidStrings.tryParse(new StringBuilder(text))).as(text).isEmpty();
                assertThatThrownBy(() -> UuidStrings.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> UuidStrings.parse(new StringBuilder(text))).as(text)
                        .isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    @Test
    void tryParseCompactAcceptsExactlyThirtyTwoHexDigits() {
        // The same seeded strings without the four dash positions: 32 characters, mostly hex digits.
        Pattern compact = Pattern.compile("[0-9a-fA-F]{32}");
        nearlyCanonical().map(text -> text.substring(0, 8) + text.substring(9, 13) + text.substring(14, 18)
                + text.substring(19, 23) + text.substring(24)).forEach(text -> {
                    if (compact.matcher(text).matches()) {
                        UUID expected = new UUID(Long.parseUnsignedLong(text.substring(0, 16), 16),
                                Long.parseUnsignedLong(text.substring(16), 16));
                        assertThat(UuidStrings.tryParseCompact(text)).as(text).contains(expected);
                        assertThat(UuidStrings.parseCompact(text)).as(text).isEqualTo(expected);
                    } else {
                        assertThat(UuidStrings.tryParseCompact(text)).as(text).isEmpty();
                        assertThatThrownBy(() -> UuidStrings.parseCompact(text)).as(text)
                                .isInstanceOf(IllegalArgumentException.class);
                    }
                });
    }

    @Test
    void tryParseReturnsEmptyForNullAndWrongLengths() {
        String canonical = "017f22e2-79b0-7cc3-98c4-dc0c0c07398f";
        assertThat(UuidStrings.tryParse(null)).isEmpty();
        assertThat(UuidStrings.tryParseCompact(null)).isEmpty();
        for (String text : new String[] {"", "1-1-1-1-1", canonical.substring(1), canonical + "0", " " + canonical,
            "{" + canonical + "}", canonical.replace("-", ""), "x".repeat(100)}) {
            assertThat(UuidStrings.tryParse(text)).as(text).isEmpty();
        }
        for (String text : new String[] {"", canonical, "017f22e279b07cc398c4dc0c0c07398", "017f22e279b07cc398c4dc0c0c07398f0",
            "\u0100".repeat(4) + "0".repeat(28), "017f22e279b07cc398c4dc0c0c07398\u0100"}) {
            assertThat(UuidStrings.tryParseCompact(text)).as(text).isEmpty();
        }
        // A group of four U+0100 ORs to exactly 0x100, the digit table's first missing index.
        assertThat(UuidStrings.tryParse("\u0100".repeat(4) + canonical.substring(4))).isEmpty();
        assertThat(UuidStrings.tryParse("017F22E2-79B0-7CC3-98C4-DC0C0C07398F"))
                .contains(new UUID(0x017F22E279B07CC3L, 0x98C4DC0C0C07398FL));
    }

    @Test
    void compactMatchesMysqlManualHex() {
        // MySQL 8.0 manual, UUID_TO_BIN(): HEX(UUID_TO_BIN('6ccd780c-baba-1026-9564-5b8c656024db')).
        assertThat(UuidStrings.parseCompact("6CCD780CBABA102695645B8C656024DB"))
                .isEqualTo(UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db"));
    }

    @Test
    void rejectsBadCompactText() {
        assertThatThrownBy(() -> UuidStrings.parseCompact("6CCD780CBABA102695645B8C656024D"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid compact UUID '6CCD780CBABA102695645B8C656024D': expected 32 hex digits,"
                        + " got 31 characters");
        assertThatThrownBy(() -> UuidStrings.parseCompact("6CCD780C-BABA102695645B8C656024D"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid compact UUID '6CCD780C-BABA102695645B8C656024D': expected a hex digit"
                        + " at index 8, found '-'");
        assertThatThrownBy(() -> UuidStrings.parseCompact("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("expected a hex digit at index 31, found 'Z'");
        assertThatThrownBy(() -> UuidStrings.parseCompact(null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void formatRejectsNull() {
        assertThatThrownBy(() -> UuidStrings.format(null))
                .isInstanceOf(NullPointerException.class).hasMessage("uuid");
        assertThatThrownBy(() -> UuidStrings.formatCompact(null))
                .isInstanceOf(NullPointerException.class).hasMessage("uuid");
    }

    private static byte[] bigEndian(UUID uuid) {
        return ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
    }

    private static String referenceCanonical(UUID uuid) {
        String hex = HexFormat.of().formatHex(bigEndian(uuid));
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }
}
