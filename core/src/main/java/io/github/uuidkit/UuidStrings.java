package io.github.uuidkit;

import io.github.uuidkit.internal.MessageText;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Strict text forms of a UUID.
 *
 * <p>{@link UUID#fromString(String)} is lenient: it accepts {@code "1-1-1-1-1"}, over-long groups on
 * some JDKs and other forms no database would produce, which lets malformed keys slip into queries.
 * {@link #parse(CharSequence)} accepts exactly the canonical RFC 9562 form: 36 characters,
 * {@code 8-4-4-4-12} hex digits separated by {@code '-'}, digits in either case, nothing around it.
 */
public final class UuidStrings {

    /** Length of the canonical form {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}: 36. */
    public static final int CANONICAL_LENGTH = 36;

    /** Length of the compact form (32 hex digits, as MySQL {@code HEX(id)} prints it): 32. */
    public static final int COMPACT_LENGTH = 32;

    private static final byte[] DIGIT_VALUES = new byte[256];
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    static {
        java.util.Arrays.fill(DIGIT_VALUES, (byte) -1);
        for (int i = 0; i < 10; i++) {
            DIGIT_VALUES['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            DIGIT_VALUES['a' + i] = (byte) (10 + i);
            DIGIT_VALUES['A' + i] = (byte) (10 + i);
        }
    }

    private UuidStrings() {
    }

    /**
     * Parses the canonical form {@code 8-4-4-4-12} (36 characters, hex digits in any case).
     *
     * @param text the text to parse
     * @return the UUID
     * @throws IllegalArgumentException if {@code text} is not 36 characters long, lacks a
     *     {@code '-'} at index 8, 13, 18 or 23, or has a non-hex character elsewhere; the message
     *     quotes the text (control and non-ASCII characters escaped, at most 64 characters shown)
     *     and names the first offending index and character
     */
    public static UUID parse(CharSequence text) {
        // One String-typed decoder: String.charAt is cheaper than CharSequence.charAt, and only
        // other CharSequence types pay for a copy.
        UUID uuid = decodeCanonical(Objects.requireNonNull(text, "text").toString());
        if (uuid == null) {
            throw new IllegalArgumentException(canonicalProblem(text));
        }
        return uuid;
    }

    /**
     * Parses the canonical form like {@link #parse(CharSequence)}, for input that may be invalid
     * (a URL path segment, a form field): the same grammar, one pass over the text, and no
     * exception thrown or caught for invalid text.
     *
     * @param text the text to parse, may be null
     * @return the UUID, or empty if {@code text} is null or not canonical UUID text
     */
    public static Optional<UUID> tryParse(CharSequence text) {
        return text == null ? Optional.empty() : Optional.ofNullable(decodeCanonical(text.toString()));
    }

    /** Decodes the canonical form, or returns null if the text is not one. */
    private static UUID decodeCanonical(String text) {
        if (text.length() != CANONICAL_LENGTH
                || text.charAt(8) != '-' || text.charAt(13) != '-'
                || text.charAt(18) != '-' || text.charAt(23) != '-') {
            return null;
        }
        return decode(text, 1);
    }

    /**
     * Tells whether {@link #parse(CharSequence)} would accept the text.
     *
     * @param text the text to check, may be null
     * @return true if {@code text} is a canonical UUID
     */
    public static boolean isCanonical(CharSequence text) {
        return text != null && decodeCanonical(text.toString()) != null;
    }

    /**
     * Formats a UUID in lowercase canonical form, e.g. {@code 017f22e2-79b0-7cc3-98c4-dc0c0c07398f}.
     * This is the form PostgreSQL prints and MySQL's {@code BIN_TO_UUID} returns.
     *
     * @param uuid the UUID
     * @return 36 lowercase characters
     */
    public static String format(UUID uuid) {
        Objects.requireNonNull(uuid, "uuid");
        // The JDK's toString is exactly the lowercase canonical form, and intrinsically fast.
        return uuid.toString();
    }

    /**
     * Parses the compact form: exactly 32 hex digits in any case, no separators, the bytes of
     * {@link UuidBinaryLayout#STANDARD} layout in order (as MySQL's {@code HEX(id)} prints a
     * {@code BINARY(16)} column).
     *
     * @param text the text to parse
     * @return the UUID
     * @throws IllegalArgumentException if {@code text} is not 32 characters long, or contains a
     *     non-hex character; the message names the offending index and character
     */
    public static UUID parseCompact(CharSequence text) {
        UUID uuid = decodeCompact(Objects.requireNonNull(text, "text").toString());
        if (uuid == null) {
            throw new IllegalArgumentException(compactProblem(text));
        }
        return uuid;
    }

    /**
     * Parses the compact form like {@link #parseCompact(CharSequence)}, for input that may be
     * invalid: the same grammar, one pass over the text, and no exception thrown or caught for
     * invalid text.
     *
     * @param text the text to parse, may be null
     * @return the UUID, or empty if {@code text} is null or not 32 hex digits
     */
    public static Optional<UUID> tryParseCompact(CharSequence text) {
        return text == null ? Optional.empty() : Optional.ofNullable(decodeCompact(text.toString()));
    }

    /** Decodes the compact form, or returns null if the text is not one. */
    private static UUID decodeCompact(String text) {
        return text.length() == COMPACT_LENGTH ? decode(text, 0) : null;
    }

    /**
     * Formats a UUID as 32 lowercase hex digits with no separators, the bytes of
     * {@link UuidBinaryLayout#STANDARD} layout in order. MySQL's {@code HEX(id)} prints the same
     * digits in uppercase.
     *
     * @param uuid the UUID
     * @return 32 lowercase hex digits
     */
    public static String formatCompact(UUID uuid) {
        Objects.requireNonNull(uuid, "uuid");
        char[] out = new char[COMPACT_LENGTH];
        putHex(out, 0, uuid.getMostSignificantBits());
        putHex(out, 16, uuid.getLeastSignificantBits());
        return new String(out);
    }

    /**
     * Decodes the 32 hex digits of the canonical form ({@code dash} 1: groups after the dashes at 8,
     * 13, 18 and 23) or of the compact form ({@code dash} 0), or returns null if any is not a digit.
     */
    private static UUID decode(String text, int dash) {
        long m1 = hex4(text, 0);
        long m2 = hex4(text, 4);
        long m3 = hex4(text, 8 + dash);
        long m4 = hex4(text, 12 + 2 * dash);
        long l1 = hex4(text, 16 + 3 * dash);
        long l2 = hex4(text, 20 + 4 * dash);
        long l3 = hex4(text, 24 + 4 * dash);
        long l4 = hex4(text, 28 + 4 * dash);
        if ((m1 | m2 | m3 | m4 | l1 | l2 | l3 | l4) < 0) {
            return null;
        }
        return new UUID(m1 << 48 | m2 << 32 | m3 << 16 | m4, l1 << 48 | l2 << 32 | l3 << 16 | l4);
    }

    /** Value of the four hex digits at {@code start}, or -1 if any of them is not one. */
    private static long hex4(String text, int start) {
        char c1 = text.charAt(start);
        char c2 = text.charAt(start + 1);
        char c3 = text.charAt(start + 2);
        char c4 = text.charAt(start + 3);
        if ((c1 | c2 | c3 | c4) >= 0x100) { // outside the digit table
            return -1;
        }
        // DIGIT_VALUES holds -1 for every non-digit, and a negative entry makes the result negative.
        return DIGIT_VALUES[c1] << 12 | DIGIT_VALUES[c2] << 8 | DIGIT_VALUES[c3] << 4 | DIGIT_VALUES[c4];
    }

    private static void putHex(char[] out, int offset, long bits) {
        for (int i = 15; i >= 0; i--) {
            out[offset + i] = DIGITS[(int) bits & 0xF];
            bits >>>= 4;
        }
    }

    /**
     * Describes why text that {@link #decodeCanonical(String)} rejected is not canonical: its length, or its first
     * offending character (there is one, so the scan stops there).
     */
    private static String canonicalProblem(CharSequence text) {
        if (text.length() != CANONICAL_LENGTH) {
            return "Invalid UUID " + quote(text) + ": expected " + CANONICAL_LENGTH
                    + " characters in the form 8-4-4-4-12, got " + text.length();
        }
        int i = 0;
        while (isCanonicalAt(text.charAt(i), i)) {
            i++;
        }
        char ch = text.charAt(i);
        return "Invalid UUID " + quote(text) + ": expected " + (isDashIndex(i) ? "'-'" : "a hex digit") + " at index "
                + i + ", found " + describe(ch);
    }

    private static boolean isDashIndex(int i) {
        return i == 8 || i == 13 || i == 18 || i == 23;
    }

    private static boolean isCanonicalAt(char ch, int i) {
        return isDashIndex(i) ? ch == '-' : isHexDigit(ch);
    }

    /** Describes why text that {@link #decodeCompact(String)} rejected is not compact UUID text. */
    private static String compactProblem(CharSequence text) {
        if (text.length() != COMPACT_LENGTH) {
            return "Invalid compact UUID " + quote(text) + ": expected " + COMPACT_LENGTH
                    + " hex digits, got " + text.length() + " characters";
        }
        int i = 0;
        while (isHexDigit(text.charAt(i))) {
            i++;
        }
        return "Invalid compact UUID " + quote(text) + ": expected a hex digit at index " + i
                + ", found " + describe(text.charAt(i));
    }

    private static boolean isHexDigit(char ch) {
        return ch < 256 && DIGIT_VALUES[ch] >= 0;
    }

    private static String describe(char ch) {
        return MessageText.describe(ch);
    }

    private static String quote(CharSequence text) {
        return MessageText.quote(text);
    }
}
