package io.github.uuidkit.internal;

/**
 * Puts untrusted text into exception and error messages safely: the one helper every uuidkit module
 * uses when a message quotes input (UUID text, identifiers, server strings, command-line arguments).
 *
 * <p><b>Not API.</b> This package is internal to uuidkit: its module exports it only to the
 * {@code mysql-binary16}, {@code jooq-binding} and {@code cli} modules ({@code io.github.uuidkit.mysql},
 * {@code io.github.uuidkit.jooq}, {@code io.github.uuidkit.cli}), and it may change or disappear in any
 * release. Do not use it from
 * application code.
 *
 * <p>Why: a message that copies raw input lets that input forge log lines (a newline followed by a
 * fake entry) or drive a terminal (an ESC sequence). The forms built here contain only printable
 * ASCII ({@code 0x20..0x7E}), whatever the input, and lose no information about the part shown:
 * <ul>
 *   <li>printable ASCII is kept, except {@code \} written as {@code \\} and {@code '} as
 *       {@code \'}, so a quoted input can never fake its closing quote;
 *   <li>newline, carriage return and tab are written {@code \n}, {@code \r}, {@code \t};
 *   <li>every other character, i.e. other C0 controls, DEL and all non-ASCII UTF-16 code units
 *       (surrogates one unit at a time, paired or not), is written as a Java escape
 *       {@code \}{@code uXXXX} with four uppercase hex digits, e.g. ESC as {@code \}{@code u001B}.
 * </ul>
 * The result reads back with Java's string-literal rules. Only the first {@value #MAX_SHOWN}
 * characters (UTF-16 code units) of a longer input are shown, followed by a length note, e.g.
 * {@code 'abc...'... (1000 characters)}; a message thus stays short whatever the input's size.
 */
public final class MessageText {

    /** Number of input characters (UTF-16 code units) shown before the rest is cut: {@value}. */
    public static final int MAX_SHOWN = 64;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private MessageText() {
    }

    /**
     * Quotes text for a message: single quotes around the escaped text, its first
     * {@value #MAX_SHOWN} characters only, with {@code ... (N characters)} after the closing quote
     * when the text is longer.
     *
     * <p>Examples: {@code ab} gives {@code 'ab'}; {@code a}, newline, ESC, {@code [31m} gives
     * {@code 'a\n\}{@code u001B[31m'}; {@code it's} gives {@code 'it\'s'}.
     *
     * @param text the text, may be null
     * @return the quoted, escaped text (printable ASCII only), or {@code null} (unquoted) for null
     */
    public static String quote(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = text.length();
        StringBuilder out = new StringBuilder(Math.min(length, MAX_SHOWN) + 24).append('\'');
        appendEscaped(out, text, Math.min(length, MAX_SHOWN));
        out.append('\'');
        return appendLengthNote(out, length).toString();
    }

    /**
     * Escapes text for a message like {@link #quote(CharSequence)}, without the quotes: for a value
     * that is shown in parentheses, such as an object's {@code toString()}.
     *
     * @param text the text, may be null
     * @return the escaped text (printable ASCII only), or {@code null} for null
     */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = text.length();
        StringBuilder out = new StringBuilder(Math.min(length, MAX_SHOWN) + 24);
        appendEscaped(out, text, Math.min(length, MAX_SHOWN));
        return appendLengthNote(out, length).toString();
    }

    /**
     * Escapes text that is shown whole as one line of a report or an error: a database identifier in the doctor's
     * report, a driver's error line. Unlike {@link #escape(CharSequence)} nothing is cut, and printable text is kept
     * as it is, including {@code \}, {@code '} and printable non-ASCII letters, so SQL and names stay readable and
     * copyable. Only what could forge a line or drive a terminal is escaped, in the same forms as
     * {@link #escape(CharSequence)}: newline, carriage return and tab as {@code \n}, {@code \r}, {@code \t}; every
     * other C0 control, DEL, the C1 controls {@code U+0080..U+009F}, the line and paragraph separators
     * {@code U+2028}/{@code U+2029}, the bidirectional controls ({@code U+200E}, {@code U+200F},
     * {@code U+202A..U+202E}, {@code U+2066..U+2069}), {@code U+FEFF} and unpaired surrogates as a Java escape
     * {@code \}{@code uXXXX}. The result contains no line break and no control character whatever the input; a
     * backslash of the input is not doubled, so the form is for reading, not for parsing back.
     *
     * <p>Examples: {@code a}, newline, {@code ERROR} gives {@code a\nERROR}; ESC {@code [31m} gives
     * {@code \}{@code u001B[31m}; {@code größe} is kept.
     *
     * @param text the text, may be null
     * @return the text with its control characters escaped, or {@code null} for null
     */
    public static String escapeLine(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = text.length();
        StringBuilder out = new StringBuilder(length + 16);
        for (int i = 0; i < length; i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    boolean paired = Character.isHighSurrogate(ch) && i + 1 < length
                            && Character.isLowSurrogate(text.charAt(i + 1));
                    if (paired) {
                        out.append(ch).append(text.charAt(++i));
                    } else if (ch < 0x20 || ch >= 0x7F && ch <= 0x9F || ch == 0x2028 || ch == 0x2029
                            || ch == 0x200E || ch == 0x200F || ch >= 0x202A && ch <= 0x202E
                            || ch >= 0x2066 && ch <= 0x2069 || ch == 0xFEFF || Character.isSurrogate(ch)) {
                        appendHex4(out.append("\\u"), ch);
                    } else {
                        out.append(ch);
                    }
            }
        }
        return out.toString();
    }

    /**
     * Describes one character for a message such as {@code "found ... at index 3"}: a printable
     * ASCII character in single quotes ({@code 'x'}), any other as its code {@code U+XXXX}
     * (four uppercase hex digits, e.g. {@code U+000A} for a newline).
     *
     * @param ch the character
     * @return printable ASCII text naming the character
     */
    public static String describe(char ch) {
        if (ch >= 0x20 && ch < 0x7F) {
            return "'" + ch + "'";
        }
        return appendHex4(new StringBuilder(6).append("U+"), ch).toString();
    }

    /** Appends the four uppercase hex digits of a character's code. */
    private static StringBuilder appendHex4(StringBuilder out, char ch) {
        return out.append(HEX[ch >> 12]).append(HEX[(ch >> 8) & 0xF]).append(HEX[(ch >> 4) & 0xF])
                .append(HEX[ch & 0xF]);
    }

    private static void appendEscaped(StringBuilder out, CharSequence text, int count) {
        for (int i = 0; i < count; i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\'':
                    out.append("\\'");
                    break;
                default:
                    if (ch >= 0x20 && ch < 0x7F) {
                        out.append(ch);
                    } else {
                        appendHex4(out.append("\\u"), ch);
                    }
            }
        }
    }

    private static StringBuilder appendLengthNote(StringBuilder out, int length) {
        if (length > MAX_SHOWN) {
            out.append("... (").append(length).append(" characters)");
        }
        return out;
    }
}
