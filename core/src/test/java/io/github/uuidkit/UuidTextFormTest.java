package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.testsupport.Samples;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class UuidTextFormTest {

    private static final long SEED = Long.getLong("uuidkit.test.seed", System.nanoTime());

    static {
        System.out.println("UuidTextFormTest seed: " + SEED + " (rerun with -Duuidkit.test.seed=" + SEED + ")");
    }

    private static UUID ofBytes(byte[] bytes) {
        return UuidBinaryLayout.STANDARD.fromBytes(bytes);
    }

    /** Every sample: the edge halves of {@link Samples}, random UUIDs, and each one's 128-bit neighbours. */
    private static List<UUID> samples(int random) {
        List<UUID> out = new ArrayList<>(Samples.uuids(36));
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < random; i++) {
            out.add(new UUID(rnd.nextLong(), rnd.nextLong()));
        }
        for (int bit = 0; bit < 128; bit++) { // single bits and their neighbours
            BigInteger b = BigInteger.ONE.shiftLeft(bit);
            out.add(ofBig(b));
            out.add(ofBig(b.subtract(BigInteger.ONE)));
            out.add(ofBig(b.add(BigInteger.ONE)));
        }
        int n = out.size();
        for (int i = 0; i < n; i++) {
            BigInteger v = big(out.get(i));
            if (v.signum() > 0) {
                out.add(ofBig(v.subtract(BigInteger.ONE)));
            }
            if (v.bitLength() < 128 || v.bitCount() < 128) {
                out.add(ofBig(v.add(BigInteger.ONE)));
            }
        }
        return out;
    }

    private static BigInteger big(UUID u) {
        return new BigInteger(1, UuidBinaryLayout.STANDARD.toBytes(u));
    }

    private static UUID ofBig(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] bytes = new byte[16];
        int n = Math.min(raw.length, 16);
        System.arraycopy(raw, raw.length - n, bytes, 16 - n, n);
        return ofBytes(bytes);
    }

    /**
     * An independent reference encoder: the bit string of the 16 bytes (left-padded with {@code lead} zero bits,
     * right-padded to whole digits) cut into digits of {@code bitsPerDigit}, or a BigInteger in base 62.
     */
    private static String reference(UuidTextForm form, UUID u) {
        String alphabet = new String(form.alphabet, StandardCharsets.US_ASCII);
        BigInteger v = big(u);
        switch (form) {
            case BASE62: {
                StringBuilder s = new StringBuilder();
                BigInteger base = BigInteger.valueOf(62);
                for (int i = 0; i < 22; i++) {
                    BigInteger[] qr = v.divideAndRemainder(base);
                    s.append(alphabet.charAt(qr[1].intValue()));
                    v = qr[0];
                }
                return s.reverse().toString();
            }
            case CROCKFORD_BASE32:
                return bits(v, 2, 0, 5, alphabet); // a 130-bit number
            case BASE32HEX:
                return bits(v, 0, 2, 5, alphabet); // RFC 4648: zero bits appended
            default:
                return bits(v, 0, 4, 6, alphabet);
        }
    }

    private static String bits(BigInteger v, int lead, int trail, int bitsPerDigit, String alphabet) {
        StringBuilder b = new StringBuilder("0".repeat(lead));
        String bin = v.toString(2);
        b.append("0".repeat(128 - bin.length())).append(bin).append("0".repeat(trail));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < b.length(); i += bitsPerDigit) {
            s.append(alphabet.charAt(Integer.parseInt(b.substring(i, i + bitsPerDigit), 2)));
        }
        return s.toString();
    }

    @Test
    void base32hexMatchesRfc4648TestVectors() {
        // RFC 4648 §10: BASE32-HEX("fooba") = "CPNMUOJ1", BASE32-HEX("f") = "CO======". A 16-byte value is three
        // 5-byte groups and one byte; each group encodes on its own, so "fooba" x 3 + "f" gives the vectors joined.
        // (No PostgreSQL 19 build is on Maven Central yet: zonky's embedded binaries end at 18.x; PostgreSQL 19's
        // encode(..., 'base32hex') is documented as this RFC 4648 §7 form, uppercase, '='-padded.)
        UUID u = ofBytes("foobafoobafoobaf".getBytes(StandardCharsets.US_ASCII));
        assertThat(UuidTextForm.BASE32HEX.format(u)).isEqualTo("CPNMUOJ1" + "CPNMUOJ1" + "CPNMUOJ1" + "CO");
        assertThat(UuidTextForm.BASE32HEX.parse("CPNMUOJ1CPNMUOJ1CPNMUOJ1CO")).isEqualTo(u);
        assertThat(UuidTextForm.BASE32HEX.parse("cpnmuoj1cpnmuoj1cpnmuoj1co")).isEqualTo(u);
        assertThat(UuidTextForm.BASE32HEX.format(Uuids.NIL)).isEqualTo("0".repeat(26));
        assertThat(UuidTextForm.BASE32HEX.format(Uuids.MAX)).isEqualTo("V".repeat(25) + "S");
    }

    @Test
    void crockfordIsUlidTextWithTheSameBits() {
        // github.com/ulid/spec: ulid(1469918176385) starts with "01ARYZ6S41"; the largest ULID is 7ZZZZZZZZZZZZZZZZZZZZZZZZZ.
        UUID fromUlid = UuidTextForm.CROCKFORD_BASE32.parse("01ARYZ6S41TSV4RRFFQ69G5FAV");
        assertThat(fromUlid.getMostSignificantBits() >>> 16).isEqualTo(1_469_918_176_385L);
        assertThat(UuidTextForm.CROCKFORD_BASE32.format(fromUlid)).isEqualTo("01ARYZ6S41TSV4RRFFQ69G5FAV");
        assertThat(UuidTextForm.CROCKFORD_BASE32.parse("01aryz6s41tsv4rrffq69g5fav")).isEqualTo(fromUlid);
        assertThat(UuidTextForm.CROCKFORD_BASE32.parse("7ZZZZZZZZZZZZZZZZZZZZZZZZZ")).isEqualTo(Uuids.MAX);
        assertThat(UuidTextForm.CROCKFORD_BASE32.format(Uuids.NIL)).isEqualTo("0".repeat(26));
        // A UUID v7 of that millisecond is a ULID of that millisecond.
        UUID v7 = Uuids.v7At(Instant.ofEpochMilli(1_469_918_176_385L));
        assertThat(UuidTextForm.CROCKFORD_BASE32.format(v7)).startsWith("01ARYZ6S41");
        assertThat(Uuids.unixMillis(UuidTextForm.CROCKFORD_BASE32.parse(UuidTextForm.CROCKFORD_BASE32.format(v7))))
                .isEqualTo(1_469_918_176_385L);
    }

    @Test
    void base62AndBase64urlKnownAnswers() {
        assertThat(UuidTextForm.BASE62.format(Uuids.MAX)).isEqualTo("7n42DGM5Tflk9n8mt7Fhc7");
        assertThat(UuidTextForm.BASE62.format(Uuids.NIL)).isEqualTo("0".repeat(22));
        assertThat(UuidTextForm.BASE62.format(new UUID(0, 61))).isEqualTo("0".repeat(21) + "z");
        assertThat(UuidTextForm.BASE62.format(new UUID(0, 62))).isEqualTo("0".repeat(20) + "10");
        assertThat(UuidTextForm.BASE64URL.format(Uuids.MAX)).isEqualTo("_".repeat(21) + "w");
        assertThat(UuidTextForm.BASE64URL.format(Uuids.NIL)).isEqualTo("A".repeat(22));
    }

    @ParameterizedTest
    @EnumSource(UuidTextForm.class)
    void formatsLikeTheReferenceAndRoundTrips(UuidTextForm form) {
        for (UUID u : samples(5_000)) {
            String text = form.format(u);
            assertThat(text).as("%s of %s", form, u).hasSize(form.length()).isEqualTo(reference(form, u));
            assertThat(form.parse(text)).as("%s of %s", form, u).isEqualTo(u);
            assertThat(form.tryParse(new StringBuilder(text))).contains(u);
        }
    }

    @Test
    void base64urlIsTheJdksUrlEncoderWithoutPadding() {
        Base64.Encoder jdk = Base64.getUrlEncoder().withoutPadding();
        for (UUID u : samples(5_000)) {
            String text = jdk.encodeToString(UuidBinaryLayout.STANDARD.toBytes(u));
            assertThat(UuidTextForm.BASE64URL.format(u)).isEqualTo(text);
            assertThat(UuidTextForm.BASE64URL.parse(text)).isEqualTo(u);
        }
    }

    @ParameterizedTest
    @EnumSource(value = UuidTextForm.class, names = {"BASE32HEX", "CROCKFORD_BASE32", "BASE62"})
    void textSortsExactlyLikeTheUnsignedBytes(UuidTextForm form) {
        assertThat(form.sortsLikeBytes()).isTrue();
        List<UUID> uuids = samples(5_000);
        SplittableRandom rnd = new SplittableRandom(SEED ^ 1);
        for (int i = 0; i < uuids.size(); i++) {
            UUID a = uuids.get(i);
            UUID b = i + 1 < uuids.size() && rnd.nextBoolean() ? uuids.get(i + 1) : uuids.get(rnd.nextInt(uuids.size()));
            int bytes = Integer.signum(UuidOrder.compareUnsigned(a, b));
            assertThat(Integer.signum(form.format(a).compareTo(form.format(b)))).as("%s: %s vs %s", form, a, b)
                    .isEqualTo(bytes);
            if (form != UuidTextForm.BASE62) { // the base32 forms also parse lowercase: it sorts the same way
                assertThat(Integer.signum(form.format(a).toLowerCase(Locale.ROOT)
                        .compareTo(form.format(b).toLowerCase(Locale.ROOT)))).isEqualTo(bytes);
            }
        }
        List<String> byText = new ArrayList<>();
        for (UUID u : uuids) {
            byText.add(form.format(u));
        }
        byText.sort(null);
        List<UUID> byBytes = new ArrayList<>(uuids);
        byBytes.sort(UuidOrder.UNSIGNED);
        for (int i = 0; i < byBytes.size(); i++) {
            assertThat(form.parse(byText.get(i))).isEqualTo(byBytes.get(i));
        }
    }

    @Test
    void base64urlDoesNotSortLikeTheBytes() {
        assertThat(UuidTextForm.BASE64URL.sortsLikeBytes()).isFalse();
        UUID small = Uuids.NIL;
        UUID large = new UUID(0xD000_0000_0000_0000L, 0); // first 6 bits 52: digit '0'
        assertThat(UuidOrder.compareUnsigned(small, large)).isNegative();
        assertThat(UuidTextForm.BASE64URL.format(large)).startsWith("0");
        assertThat(UuidTextForm.BASE64URL.format(small).compareTo(UuidTextForm.BASE64URL.format(large))).isPositive();
        int disagree = 0;
        List<UUID> uuids = samples(2_000);
        for (int i = 1; i < uuids.size(); i++) {
            int bytes = Integer.signum(UuidOrder.compareUnsigned(uuids.get(i - 1), uuids.get(i)));
            int text = Integer.signum(UuidTextForm.BASE64URL.format(uuids.get(i - 1))
                    .compareTo(UuidTextForm.BASE64URL.format(uuids.get(i))));
            disagree += bytes != text ? 1 : 0;
        }
        assertThat(disagree).isPositive();
    }

    @ParameterizedTest
    @EnumSource(UuidTextForm.class)
    void fuzzedTextEitherParsesToItsOwnFormatOrIsRefusedWithAReason(UuidTextForm form) {
        String alphabet = new String(form.alphabet, StandardCharsets.US_ASCII);
        String noise = alphabet + alphabet.toLowerCase(Locale.ROOT) + "-_=+/ \n\u0000\u00e9\u0661ILOU";
        SplittableRandom rnd = new SplittableRandom(SEED ^ form.ordinal());
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            int length = rnd.nextInt(8) == 0 ? rnd.nextInt(30) : form.length();
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < length; j++) {
                String from = rnd.nextInt(16) == 0 ? noise : alphabet;
                s.append(from.charAt(rnd.nextInt(from.length())));
            }
            String text = s.toString();
            Optional<UUID> tried = form.tryParse(text);
            try {
                UUID u = form.parse(text);
                accepted++;
                assertThat(tried).contains(u);
                String expected = form == UuidTextForm.BASE32HEX || form == UuidTextForm.CROCKFORD_BASE32
                        ? text.toUpperCase(Locale.ROOT) : text;
                assertThat(form.format(u)).as(text).isEqualTo(expected);
            } catch (IllegalArgumentException e) {
                assertThat(tried).as(text).isEmpty();
                assertThat(e.getMessage()).startsWith("Invalid ").matches("[\\x20-\\x7E]*");
            }
        }
        assertThat(accepted).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BASE32HEX|CPNMUOJ1|Invalid base32hex UUID 'CPNMUOJ1': expected 26 characters, got 8",
        "BASE32HEX|CPNMUOJ1CPNMUOJ1CPNMUOJ1CW|Invalid base32hex UUID 'CPNMUOJ1CPNMUOJ1CPNMUOJ1CW': expected a base32hex digit (0-9, A-V) at index 25, found 'W'",
        "BASE32HEX|CPNMUOJ1CPNMUOJ1CPNMUOJ1CP|Invalid base32hex UUID 'CPNMUOJ1CPNMUOJ1CPNMUOJ1CP': the last character must be one of 0, 4, 8, C, G, K, O, S (its low 2 bits are padding and must be 0), found 'P' at index 25",
        "CROCKFORD_BASE32|01ARYZ6S41TSV4RRFFQ69G5FAI|Invalid Crockford base32 UUID '01ARYZ6S41TSV4RRFFQ69G5FAI': expected a Crockford base32 digit (0-9, A-Z except I, L, O, U) at index 25, found 'I'",
        "CROCKFORD_BASE32|01ARYZ6S41-SV4RRFFQ69G5FAV|Invalid Crockford base32 UUID '01ARYZ6S41-SV4RRFFQ69G5FAV': expected a Crockford base32 digit (0-9, A-Z except I, L, O, U) at index 10, found '-'",
        "CROCKFORD_BASE32|80000000000000000000000000|Invalid Crockford base32 UUID '80000000000000000000000000': the first character must be 0-7 (26 digits hold 130 bits, a UUID or ULID 128), found '8' at index 0",
        "BASE62|7n42DGM5Tflk9n8mt7Fhc8|Invalid base62 UUID '7n42DGM5Tflk9n8mt7Fhc8': the value exceeds 128 bits (the largest UUID is 7n42DGM5Tflk9n8mt7Fhc7)",
        "BASE62|zzzzzzzzzzzzzzzzzzzzzz|Invalid base62 UUID 'zzzzzzzzzzzzzzzzzzzzzz': the value exceeds 128 bits (the largest UUID is 7n42DGM5Tflk9n8mt7Fhc7)",
        "BASE62|7n42DGM5Tflk9n8mt7Fh_7|Invalid base62 UUID '7n42DGM5Tflk9n8mt7Fh_7': expected a base62 digit (0-9, A-Z, a-z) at index 20, found '_'",
        "BASE64URL|AAAAAAAAAAAAAAAAAAAAAB|Invalid base64url UUID 'AAAAAAAAAAAAAAAAAAAAAB': the last character must be one of A, Q, g, w (its low 4 bits are padding and must be 0), found 'B' at index 21",
        "BASE64URL|AAAAAAAAAAAAAAAAAAAA+A|Invalid base64url UUID 'AAAAAAAAAAAAAAAAAAAA+A': expected a base64url digit (A-Z, a-z, 0-9, '-', '_') at index 20, found '+'",
        "BASE64URL|AAAAAAAAAAAAAAAAAAAAAA==|Invalid base64url UUID 'AAAAAAAAAAAAAAAAAAAAAA==': expected 22 characters, got 24",
    })
    void refusesBadTextSayingWhatAndWhere(UuidTextForm form, String text, String message) {
        assertThatThrownBy(() -> form.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(form.tryParse(text)).isEmpty();
    }

    @Test
    void escapesControlAndNonAsciiCharactersInMessages() {
        assertThatThrownBy(() -> UuidTextForm.BASE62.parse("0000000000\n\u001b[31m000000"))
                .hasMessage("Invalid base62 UUID '0000000000\\n\\u001B[31m000000': expected a base62 digit"
                        + " (0-9, A-Z, a-z) at index 10, found U+000A");
        assertThatThrownBy(() -> UuidTextForm.BASE32HEX.parse("0000000000000000000000000\u0660"))
                .hasMessage("Invalid base32hex UUID '0000000000000000000000000\\u0660': expected a base32hex digit"
                        + " (0-9, A-V) at index 25, found U+0660");
        assertThatThrownBy(() -> UuidTextForm.BASE62.parse(null)).isInstanceOf(NullPointerException.class);
        assertThat(UuidTextForm.BASE62.tryParse(null)).isEmpty();
    }
}
