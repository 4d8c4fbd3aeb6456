package io.github.uuidkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.testsupport.Samples;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    /** Printable ASCII, the only characters a message built by the helper may contain. */
    private static final String PRINTABLE_ASCII = "[\\x20-\\x7E]*";

    @Test
    void quotesPlainTextUnchanged() {
        assertThat(MessageText.quote("abc-123")).isEqualTo("'abc-123'");
        assertThat(MessageText.quote("")).isEqualTo("''");
        assertThat(MessageText.quote(null)).isEqualTo("null");
        assertThat(MessageText.escape(null)).isEqualTo("null");
        assertThat(MessageText.escape("abc")).isEqualTo("abc");
    }

    @Test
    void escapesLogForgingInput() {
        // A newline that would start a fake log line, and an ANSI colour sequence (ESC [ 3 1 m).
        String forged = "x\nERROR admin logged in\u001B[31m";
        assertThat(MessageText.quote(forged)).isEqualTo("'x\\nERROR admin logged in\\u001B[31m'");
        assertThat(MessageText.escape(forged)).isEqualTo("x\\nERROR admin logged in\\u001B[31m");
    }

    @Test
    void escapesQuotesBackslashesAndTheJavaShortForms() {
        assertThat(MessageText.quote("it's")).isEqualTo("'it\\'s'");
        assertThat(MessageText.quote("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(MessageText.quote("\r\n\t")).isEqualTo("'\\r\\n\\t'");
        assertThat(MessageText.quote("\0\u007F\u0080é€")).isEqualTo("'\\u0000\\u007F\\u0080\\u00E9\\u20AC'");
    }

    @Test
    void everyCharacterEscapesToItsJavaForm() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            String expected;
            if (ch == '\n') {
                expected = "\\n";
            } else if (ch == '\r') {
                expected = "\\r";
            } else if (ch == '\t') {
                expected = "\\t";
            } else if (ch == '\\' || ch == '\'') {
                expected = "\\" + ch;
            } else if (ch >= ' ' && ch <= '~') {
                expected = String.valueOf(ch);
            } else {
                expected = String.format("\\u%04X", c);
            }
            assertThat(MessageText.quote(String.valueOf(ch))).as("U+%04X", c).isEqualTo("'" + expected + "'");
            assertThat(MessageText.describe(ch)).as("U+%04X", c).matches(PRINTABLE_ASCII)
                    .isEqualTo(ch >= ' ' && ch <= '~' ? "'" + ch + "'" : String.format("U+%04X", c));
        }
    }

    @Test
    void surrogatesAreEscapedOneCodeUnitAtATime() {
        String pair = new String(Character.toChars(0x1F600)); // U+1F600 as D83D DE00
        assertThat(MessageText.quote(pair)).isEqualTo("'\\uD83D\\uDE00'");
        assertThat(MessageText.quote("\uD83D")).isEqualTo("'\\uD83D'");                 // lone high
        assertThat(MessageText.quote("\uDE00x")).isEqualTo("'\\uDE00x'");               // lone low
        assertThat(MessageText.quote("\uDE00\uD83D")).isEqualTo("'\\uDE00\\uD83D'");    // reversed pair
        assertThat(MessageText.quote("\uDBFF\uDFFF")).isEqualTo("'\\uDBFF\\uDFFF'");    // U+10FFFF
        // A pair cut by the length limit leaves its high half escaped, never a broken character.
        String cut = "a".repeat(MessageText.MAX_SHOWN - 1) + pair;
        assertThat(MessageText.quote(cut))
                .isEqualTo("'" + "a".repeat(MessageText.MAX_SHOWN - 1) + "\\uD83D'... (65 characters)");
    }

    @Test
    void longInputIsCutWithItsLength() {
        String exact = "x".repeat(MessageText.MAX_SHOWN);
        assertThat(MessageText.quote(exact)).isEqualTo("'" + exact + "'");
        assertThat(MessageText.quote(exact + "y")).isEqualTo("'" + exact + "'... (65 characters)");
        assertThat(MessageText.escape(exact + "y")).isEqualTo(exact + "... (65 characters)");
        assertThat(MessageText.quote("\n".repeat(1_000_000)))
                .isEqualTo("'" + "\\n".repeat(MessageText.MAX_SHOWN) + "'... (1000000 characters)");
    }

    @Test
    void acceptsAnyCharSequence() {
        assertThat(MessageText.quote(new StringBuilder("a\u001Bb"))).isEqualTo("'a\\u001Bb'");
    }

    @Test
    void randomTextIsPrintableAsciiAndReadsBackAsJavaLiteral() {
        SplittableRandom random = new SplittableRandom(Samples.SEED);
        char[] edges = {0, '\n', '\r', '\t', '\u001B', '\\', '\'', 0x7F, 0x80, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFF};
        for (int sample = 0; sample < 20_000; sample++) {
            int length = random.nextInt(MessageText.MAX_SHOWN + 8);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(4);
                text.append(kind == 0 ? edges[random.nextInt(edges.length)]
                        : kind == 1 ? (char) random.nextInt(0x20, 0x7F) : (char) random.nextInt(0x10000));
            }
            String quoted = MessageText.quote(text);
            assertThat(quoted).as("sample %d", sample).matches(PRINTABLE_ASCII);
            int shown = Math.min(length, MessageText.MAX_SHOWN);
            String note = length > MessageText.MAX_SHOWN ? "... (" + length + " characters)" : "";
            assertThat(quoted).as("sample %d", sample).startsWith("'").endsWith("'" + note);
            String body = quoted.substring(1, quoted.length() - note.length() - 1);
            assertThat(unescapeJava(body)).as("sample %d", sample).isEqualTo(text.substring(0, shown));
        }
    }

    @Test
    void escapeLineKeepsTheWholeTextAndEscapesOnlyControls() {
        String forged = "x\nERROR admin logged in\u001B[31m";
        assertThat(MessageText.escapeLine(forged)).isEqualTo("x\\nERROR admin logged in\\u001B[31m");
        assertThat(MessageText.escapeLine(null)).isEqualTo("null");
        String sql = "WHERE \"id\" = '\\xaced0005'::bytea AND `größe` | 1";
        assertThat(MessageText.escapeLine(sql)).isEqualTo(sql);
        String longLine = "Communications link failure ".repeat(10);
        assertThat(MessageText.escapeLine(longLine)).isEqualTo(longLine); // nothing cut at MAX_SHOWN
        assertThat(MessageText.escapeLine("\u0085\u2028\u202E\u2066\uFEFF\uD800x\uDBFF\uDFFF"))
                .isEqualTo("\\u0085\\u2028\\u202E\\u2066\\uFEFF\\uD800x\uDBFF\uDFFF");
    }

    @Test
    void escapeLineOfEveryCharacterHasNoControlLeft() {
        // every UTF-16 code unit, alone and between letters: what is left is never a control or separator
        for (int c = 0; c <= 0xFFFF; c++) {
            String in = "a" + (char) c + "b";
            String out = MessageText.escapeLine(in);
            boolean escaped = c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0x200E
                    || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0xFEFF
                    || Character.isSurrogate((char) c);
            assertThat(out).as("U+%04X", c).isEqualTo(escaped ? "a" + javaEscape((char) c) + "b" : in);
            assertThat(out.chars().noneMatch(ch -> Character.getType(ch) == Character.CONTROL
                    || Character.getType(ch) == Character.LINE_SEPARATOR
                    || Character.getType(ch) == Character.PARAGRAPH_SEPARATOR)).as("U+%04X", c).isTrue();
        }
    }

    /** The Java form of one character, written independently of the helper. */
    private static String javaEscape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04X", (int) c);
        };
    }

    /** Java string-literal escapes, read independently of the helper. */
    private static String unescapeJava(String body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch != '\\') {
                assertThat(ch).isNotEqualTo('\'');
                out.append(ch);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '\\', '\'' -> out.append(next);
                case 'u' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new AssertionError("unexpected escape \\" + next + " in " + body);
            }
        }
        return out.toString();
    }
}
