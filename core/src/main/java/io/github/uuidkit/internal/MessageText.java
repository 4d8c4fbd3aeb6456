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
        return new StringBuilder(6).append("U+").append(HEX[ch >> 12]).append(HEX[(ch >> 8) & 0xF])
                .append(HEX[(ch >> 4) & 0xF]).append(HEX[ch & 0xF]).toString();
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
                        out.append("\\u").append(HEX[ch >> 12]).append(HEX[(ch >> 8) & 0xF])
                                .append(HEX[(ch >> 4) & 0xF]).append(HEX[ch & 0xF]);
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
