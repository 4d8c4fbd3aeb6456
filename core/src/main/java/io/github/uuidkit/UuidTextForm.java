package io.github.uuidkit;

import io.github.uuidkit.internal.MessageText;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Short text forms of a UUID (22 or 26 ASCII characters instead of 36), each with a strict parser.
 *
 * <p>All forms encode the 16 bytes of {@link UuidBinaryLayout#STANDARD} layout (the canonical text's
 * digits, most significant first). Three of them sort like those bytes: for any two UUIDs {@code a}
 * and {@code b}, {@code format(a).compareTo(format(b))} has the sign of
 * {@link UuidOrder#compareUnsigned(UUID, UUID) UuidOrder.compareUnsigned(a, b)}, so UUID v7 text keys
 * sort by creation time under any byte-wise ({@code COLLATE "C"}, {@code utf8mb4_bin}, Java
 * {@link String#compareTo}) comparison. Case-insensitive collations break the order of
 * {@link #BASE62}, whose alphabet has both cases.
 *
 * <table class="striped">
 *   <caption>The forms</caption>
 *   <thead><tr><th>form</th><th>length</th><th>alphabet (digit values 0 up)</th><th>sorts like the bytes</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@link #BASE32HEX}</td><td>26</td><td>{@code 0-9 A-V}</td><td>yes</td></tr>
 *     <tr><td>{@link #CROCKFORD_BASE32}</td><td>26</td><td>{@code 0-9 A-Z} without {@code I L O U}</td><td>yes</td></tr>
 *     <tr><td>{@link #BASE62}</td><td>22</td><td>{@code 0-9 A-Z a-z}</td><td>yes (case-sensitive comparison)</td></tr>
 *     <tr><td>{@link #BASE64URL}</td><td>22</td><td>{@code A-Z a-z 0-9 - _}</td><td><b>no</b></td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Parsing is strict: exactly the form's length, only its alphabet, nothing around it, and no
 * second spelling of a value (padding bits must be zero, values beyond 128 bits are refused). An
 * {@link IllegalArgumentException} names what is wrong: the length, or the index and character
 * (input quoted with control and non-ASCII characters escaped). {@link #tryParse(CharSequence)}
 * accepts the same grammar without throwing. The formatters allocate only the returned string.
 */
public enum UuidTextForm {

    /**
     * RFC 4648 §7 "base32hex" (extended hex alphabet {@code 0-9 A-V}), unpadded: 26 characters, the
     * 128 bits in 5-bit groups from the most significant, the last character holding 3 bits and two
     * zero bits. Formats in uppercase, as RFC 4648 and PostgreSQL 19's
     * {@code rtrim(encode(id::bytea, 'base32hex'), '=')} print it; parses either case (lowercase text
     * sorts the same way among lowercase text). The last character is one of
     * {@code 0 4 8 C G K O S}. Sorts like the bytes.
     */
    BASE32HEX("base32hex", "0-9, A-V", 26, true, "0123456789ABCDEFGHIJKLMNOPQRSTUV", true) {
        @Override
        public String format(UUID uuid) {
            long hi = uuid.getMostSignificantBits();
            long lo = uuid.getLeastSignificantBits();
            byte[] a = alphabet;
            byte[] out = new byte[26];
            for (int i = 0; i < 12; i++) {
                out[i] = a[(int) (hi >>> (59 - 5 * i)) & 31];
            }
            out[12] = a[(int) ((hi & 0xF) << 1 | lo >>> 63)];
            for (int i = 13; i < 25; i++) {
                out[i] = a[(int) (lo >>> (58 - 5 * (i - 13))) & 31];
            }
            out[25] = a[(int) (lo & 7) << 2];
            return new String(out, StandardCharsets.ISO_8859_1);
        }

        @Override
        UUID decode(String text) {
            if (text.length() != 26) {
                return null;
            }
            int bad = 0;
            long hi = 0;
            for (int i = 0; i < 12; i++) {
                int d = digit(text, i);
                bad |= d;
                hi = hi << 5 | d;
            }
            int d12 = digit(text, 12);
            hi = hi << 4 | d12 >>> 1;
            long lo = d12 & 1;
            bad |= d12;
            for (int i = 13; i < 25; i++) {
                int d = digit(text, i);
                bad |= d;
                lo = lo << 5 | d;
            }
            int d25 = digit(text, 25);
            lo = lo << 3 | d25 >>> 2;
            bad |= d25 | -(d25 & 3); // padding bits set: negative
            return bad < 0 ? null : new UUID(hi, lo);
        }

        @Override
        String valueProblem(String text) {
            return "the last character must be one of 0, 4, 8, C, G, K, O, S (its low 2 bits are padding and must"
                    + " be 0), found " + MessageText.describe(text.charAt(25)) + " at index 25";
        }
    },

    /**
     * Crockford's base32 as ULID text (github.com/ulid/spec): 26 characters of the alphabet
     * {@code 0123456789ABCDEFGHJKMNPQRSTVWXYZ}, the 128 bits read as one number, most significant
     * digit first, so the first character holds 3 bits and is {@code 0}-{@code 7}. A ULID and a
     * UUID are the same 128 bits: {@code parse} of a ULID gives the UUID of its bits (its first 48
     * bits, the ULID's millisecond, are where a UUID v7 keeps its millisecond), and {@code format} of
     * a UUID v7 is a valid ULID with the v7's millisecond. Formats in uppercase; parses either case.
     * Strict: Crockford's decoding aliases ({@code I} and {@code L} for 1, {@code O} for 0) and
     * hyphens are refused. Sorts like the bytes.
     */
    CROCKFORD_BASE32("Crockford base32", "0-9, A-Z except I, L, O, U", 26, true,
            "0123456789ABCDEFGHJKMNPQRSTVWXYZ", true) {
        @Override
        public String format(UUID uuid) {
            long hi = uuid.getMostSignificantBits();
            long lo = uuid.getLeastSignificantBits();
            byte[] a = alphabet;
            byte[] out = new byte[26];
            out[0] = a[(int) (hi >>> 61)];
            for (int k = 1; k < 13; k++) {
                out[k] = a[(int) (hi >>> (61 - 5 * k)) & 31];
            }
            out[13] = a[(int) ((hi & 1) << 4 | lo >>> 60)];
            for (int k = 14; k < 26; k++) {
                out[k] = a[(int) (lo >>> (125 - 5 * k)) & 31];
            }
            return new String(out, StandardCharsets.ISO_8859_1);
        }

        @Override
        UUID decode(String text) {
            if (text.length() != 26) {
                return null;
            }
            int d0 = digit(text, 0);
            int bad = d0 | -(d0 >>> 3); // beyond 128 bits: negative
            long hi = d0;
            for (int k = 1; k < 13; k++) {
                int d = digit(text, k);
                bad |= d;
                hi = hi << 5 | d;
            }
            int d13 = digit(text, 13);
            bad |= d13;
            hi = hi << 1 | d13 >>> 4;
            long lo = d13 & 15;
            for (int k = 14; k < 26; k++) {
                int d = digit(text, k);
                bad |= d;
                lo = lo << 5 | d;
            }
            return bad < 0 ? null : new UUID(hi, lo);
        }

        @Override
        String valueProblem(String text) {
            return "the first character must be 0-7 (26 digits hold 130 bits, a UUID or ULID 128), found "
                    + MessageText.describe(text.charAt(0)) + " at index 0";
        }
    },

    /**
     * Base 62, fixed width: the 128 bits as one unsigned number in the digits
     * {@code 0-9 A-Z a-z} (values 0-61), most significant first, left-padded with {@code 0} to 22
     * characters ({@link Uuids#MAX} is {@code 7n42DGM5Tflk9n8mt7Fhc7}). The alphabet is in ASCII
     * order, so the text sorts like the bytes under a case-sensitive, byte-wise comparison only.
     * Text above {@code 7n42DGM5Tflk9n8mt7Fhc7} is refused.
     */
    BASE62("base62", "0-9, A-Z, a-z", 22, true,
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", false) {
        @Override
        public String format(UUID uuid) {
            long hi = uuid.getMostSignificantBits();
            long lo = uuid.getLeastSignificantBits();
            // Four 32-bit limbs, divided by 62^5 four times (5 digits each), leaving 2 digits.
            long w0 = hi >>> 32;
            long w1 = hi & 0xFFFF_FFFFL;
            long w2 = lo >>> 32;
            long w3 = lo & 0xFFFF_FFFFL;
            byte[] a = alphabet;
            byte[] out = new byte[22];
            for (int end = 22; end > 2; end -= 5) {
                long q0 = w0 / POW62_5;
                long r = w0 - q0 * POW62_5;
                long x = r << 32 | w1;
                long q1 = x / POW62_5;
                r = x - q1 * POW62_5;
                x = r << 32 | w2;
                long q2 = x / POW62_5;
                r = x - q2 * POW62_5;
                x = r << 32 | w3;
                long q3 = x / POW62_5;
                int chunk = (int) (x - q3 * POW62_5);
                w0 = q0;
                w1 = q1;
                w2 = q2;
                w3 = q3;
                for (int i = end - 1; i >= end - 5; i--) {
                    int q = chunk / 62;
                    out[i] = a[chunk - q * 62];
                    chunk = q;
                }
            }
            int top = (int) w3; // < 62^2: the value is below 2^128 < 62^22
            out[1] = a[top % 62];
            out[0] = a[top / 62];
            return new String(out, StandardCharsets.ISO_8859_1);
        }

        @Override
        UUID decode(String text) {
            if (text.length() != 22) {
                return null;
            }
            int bad = 0;
            long top = 0;
            for (int i = 0; i < 2; i++) {
                int d = digit(text, i);
                bad |= d;
                top = top * 62 + d;
            }
            long c1 = 0;
            for (int i = 2; i < 12; i++) {
                int d = digit(text, i);
                bad |= d;
                c1 = c1 * 62 + d;
            }
            long c2 = 0;
            for (int i = 12; i < 22; i++) {
                int d = digit(text, i);
                bad |= d;
                c2 = c2 * 62 + d;
            }
            if (bad < 0) {
                return null;
            }
            // x = top * 62^10 + c1 (below 2^72), then value = x * 62^10 + c2, refused past 2^128 - 1.
            long xLo = top * POW62_10;
            long xHi = Math.multiplyHigh(top, POW62_10);
            long sum = xLo + c1;
            xHi += Long.compareUnsigned(sum, xLo) < 0 ? 1 : 0;
            xLo = sum;
            long lo = xLo * POW62_10;
            long carried = Math.multiplyHigh(xLo, POW62_10) + ((xLo >> 63) & POW62_10);
            if (Math.multiplyHigh(xHi, POW62_10) != 0) {
                return null;
            }
            long hi = xHi * POW62_10 + carried;
            if (Long.compareUnsigned(hi, carried) < 0) {
                return null;
            }
            long lo2 = lo + c2;
            if (Long.compareUnsigned(lo2, lo) < 0) {
                if (hi == -1L) {
                    return null;
                }
                hi++;
            }
            return new UUID(hi, lo2);
        }

        @Override
        String valueProblem(String text) {
            return "the value exceeds 128 bits (the largest UUID is 7n42DGM5Tflk9n8mt7Fhc7)";
        }
    },

    /**
     * RFC 4648 §5 "base64url" without padding: 22 characters of {@code A-Z a-z 0-9 - _}, the 128 bits
     * in 6-bit groups from the most significant, the last character holding 2 bits and four zero
     * bits (so it is one of {@code A Q g w}); the same text as
     * {@code Base64.getUrlEncoder().withoutPadding()} of the 16 bytes. <b>Does not sort like the
     * bytes</b> (digits and {@code -} come after letters in its alphabet but before them in ASCII):
     * use it for short URLs and tokens, not for keys that must sort by time. Case-sensitive.
     */
    BASE64URL("base64url", "A-Z, a-z, 0-9, '-', '_'", 22, false,
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", false) {
        @Override
        public String format(UUID uuid) {
            long hi = uuid.getMostSignificantBits();
            long lo = uuid.getLeastSignificantBits();
            byte[] a = alphabet;
            byte[] out = new byte[22];
            for (int i = 0; i < 10; i++) {
                out[i] = a[(int) (hi >>> (58 - 6 * i)) & 63];
            }
            out[10] = a[(int) ((hi & 0xF) << 2 | lo >>> 62)];
            for (int i = 11; i < 21; i++) {
                out[i] = a[(int) (lo >>> (56 - 6 * (i - 11))) & 63];
            }
            out[21] = a[(int) (lo & 3) << 4];
            return new String(out, StandardCharsets.ISO_8859_1);
        }

        @Override
        UUID decode(String text) {
            if (text.length() != 22) {
                return null;
            }
            int bad = 0;
            long hi = 0;
            for (int i = 0; i < 10; i++) {
                int d = digit(text, i);
                bad |= d;
                hi = hi << 6 | d;
            }
            int d10 = digit(text, 10);
            bad |= d10;
            hi = hi << 4 | d10 >>> 2;
            long lo = d10 & 3;
            for (int i = 11; i < 21; i++) {
                int d = digit(text, i);
                bad |= d;
                lo = lo << 6 | d;
            }
            int d21 = digit(text, 21);
            lo = lo << 2 | d21 >>> 4;
            bad |= d21 | -(d21 & 15); // padding bits set: negative
            return bad < 0 ? null : new UUID(hi, lo);
        }

        @Override
        String valueProblem(String text) {
            return "the last character must be one of A, Q, g, w (its low 4 bits are padding and must be 0), found "
                    + MessageText.describe(text.charAt(21)) + " at index 21";
        }
    };

    /** 62<sup>5</sup>: five base-62 digits, below 2<sup>30</sup>. */
    private static final long POW62_5 = 916_132_832L;
    /** 62<sup>10</sup>: ten base-62 digits, below 2<sup>60</sup>. */
    private static final long POW62_10 = 839_299_365_868_340_224L;

    private final String formName;
    private final String digitsDescription;
    private final int length;
    private final boolean sortable;
    /** The digits by value, as ASCII bytes. */
    final byte[] alphabet;
    /** Digit values by ASCII code, -1 for characters outside the alphabet. */
    private final byte[] values = new byte[128];

    UuidTextForm(String formName, String digitsDescription, int length, boolean sortable, String alphabet,
                 boolean anyCase) {
        this.formName = formName;
        this.digitsDescription = digitsDescription;
        this.length = length;
        this.sortable = sortable;
        this.alphabet = alphabet.getBytes(StandardCharsets.US_ASCII);
        java.util.Arrays.fill(values, (byte) -1);
        for (int i = 0; i < alphabet.length(); i++) {
            char c = alphabet.charAt(i);
            values[c] = (byte) i;
            if (anyCase) {
                values[Character.toLowerCase(c)] = (byte) i;
            }
        }
    }

    /**
     * Formats a UUID in this form.
     *
     * @param uuid the UUID
     * @return {@link #length()} ASCII characters
     * @throws NullPointerException if {@code uuid} is null
     */
    public abstract String format(UUID uuid);

    /** Decodes text of this form, or returns null if it is not exactly such text. */
    abstract UUID decode(String text);

    /** Why text of the right length and alphabet is refused (padding bits, or beyond 128 bits). */
    abstract String valueProblem(String text);

    /**
     * Parses text of this form, strictly (see the class description).
     *
     * @param text the text: exactly {@link #length()} characters of this form's alphabet
     * @return the UUID
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} has another length, a character outside the
     *     alphabet (the message names the first one and its index), non-zero padding bits or a
     *     value beyond 128 bits
     */
    public UUID parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        UUID uuid = decode(s);
        if (uuid == null) {
            throw new IllegalArgumentException(problem(s));
        }
        return uuid;
    }

    /**
     * Parses text of this form like {@link #parse(CharSequence)}, for input that may be invalid (a URL
     * path segment, a form field): the same grammar, no exception thrown or caught.
     *
     * @param text the text, may be null
     * @return the UUID, or empty if {@code text} is null or not text of this form
     */
    public Optional<UUID> tryParse(CharSequence text) {
        return text == null ? Optional.empty() : Optional.ofNullable(decode(text.toString()));
    }

    /**
     * The number of characters of this form: 26 for the base32 forms, 22 for base62 and base64url.
     *
     * @return the length of every text of this form
     */
    public int length() {
        return length;
    }

    /**
     * Tells whether texts of this form compare (byte-wise, {@link String#compareTo}) like the UUIDs'
     * 16 bytes in {@link UuidOrder#UNSIGNED} order: true for every form except {@link #BASE64URL}.
     *
     * @return true if the text sorts like the bytes
     */
    public boolean sortsLikeBytes() {
        return sortable;
    }

    /** The digit value of the character at {@code i}, or -1 if it is not one of this form's digits. */
    final int digit(String text, int i) {
        char c = text.charAt(i);
        return c < 128 ? values[c] : -1;
    }

    private String problem(String text) {
        String head = "Invalid " + formName + " UUID " + MessageText.quote(text) + ": ";
        if (text.length() != length) {
            return head + "expected " + length + " characters, got " + text.length();
        }
        for (int i = 0; i < length; i++) {
            if (digit(text, i) < 0) {
                return head + "expected a " + formName + " digit (" + digitsDescription + ") at index " + i
                        + ", found " + MessageText.describe(text.charAt(i));
            }
        }
        return head + valueProblem(text);
    }
}
