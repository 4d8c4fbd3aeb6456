package io.github.uuidkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.testsupport.JdbcStubs;
import io.github.uuidkit.testsupport.Samples;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLDataException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one codec per column kind ({@link UuidColumnKind#encode}, {@link UuidColumnKind#decode}): round trips over every
 * version, nil and max, and the strict refusals. Known answers: RFC 9562 appendix A.6 (the v7 example
 * {@code 017f22e2-79b0-7cc3-98c4-dc0c0c07398f}, bytes in network order) and MySQL's manual for
 * {@code UUID_TO_BIN(x, 1)} (swap the time-low and time-high groups).
 */
class UuidColumnKindCodecTest {

    private static final String RFC_V7 = "017f22e2-79b0-7cc3-98c4-dc0c0c07398f";
    private static final byte[] RFC_V7_BYTES = HexFormat.of().parseHex("017f22e279b07cc398c4dc0c0c07398f");
    private static final byte[] RFC_V7_SWAPPED = HexFormat.of().parseHex("7cc379b0017f22e298c4dc0c0c07398f");

    /** Seeded values of every version 1..8 (version nibble set), plus nil and max. */
    static List<UUID> samples() {
        long seed = Samples.SEED;
        System.out.println("UuidColumnKindCodecTest seed " + seed);
        Random random = new Random(seed);
        List<UUID> values = new ArrayList<>();
        for (int version = 1; version <= 8; version++) {
            for (int i = 0; i < 32; i++) {
                long msb = (random.nextLong() & ~0xF000L) | ((long) version << 12);
                long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
                values.add(new UUID(msb, lsb));
            }
        }
        values.add(new UUID(0, 0));
        values.add(new UUID(-1, -1));
        values.addAll(Samples.uuids(64));
        return values;
    }

    @ParameterizedTest
    @EnumSource(UuidColumnKind.class)
    void everyValueRoundTripsThroughItsEncoding(UuidColumnKind kind) throws SQLDataException {
        for (UUID uuid : samples()) {
            Object encoded = kind.encode(uuid);
            assertThat(encoded).as("%s %s", kind, uuid).isInstanceOf(kind.encodedType());
            assertThat(kind.decode(encoded, "c")).as("%s %s", kind, uuid).isEqualTo(uuid);
        }
    }

    @Test
    void encodingsAreTheRfcAndMysqlBytesAndLowercaseText() {
        UUID v7 = UUID.fromString(RFC_V7);
        assertThat((byte[]) UuidColumnKind.BINARY16.encode(v7)).isEqualTo(RFC_V7_BYTES);
        assertThat((byte[]) UuidColumnKind.BINARY16_TIME_SWAPPED.encode(v7)).isEqualTo(RFC_V7_SWAPPED);
        assertThat(UuidColumnKind.CHAR36.encode(v7)).isEqualTo(RFC_V7);
        assertThat(UuidColumnKind.MARIADB_UUID.encode(v7)).isEqualTo(RFC_V7);
        assertThat(UuidColumnKind.POSTGRES_UUID.encode(v7)).isSameAs(v7);
        for (UuidColumnKind kind : UuidColumnKind.values()) {
            assertThat(kind.encode(null)).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(UuidColumnKind.class)
    void nullDecodesToNull(UuidColumnKind kind) throws SQLDataException {
        assertThat(kind.decode(null, "c")).isNull();
    }

    @Test
    void binaryKindsReadExactly16BytesInTheirLayoutFromArraysAndBuffers() throws SQLDataException {
        UUID v7 = UUID.fromString(RFC_V7);
        assertThat(UuidColumnKind.BINARY16.decode(RFC_V7_BYTES, "c")).isEqualTo(v7);
        assertThat(UuidColumnKind.BINARY16_TIME_SWAPPED.decode(RFC_V7_SWAPPED, "c")).isEqualTo(v7);
        ByteBuffer buffer = ByteBuffer.allocate(20).put(new byte[2]).put(RFC_V7_BYTES).flip().position(2);
        assertThat(UuidColumnKind.BINARY16.decode(buffer, "c")).isEqualTo(v7);
        assertThat(buffer.position()).as("the caller's buffer is not consumed").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = UuidColumnKind.class, names = {"BINARY16", "BINARY16_TIME_SWAPPED"})
    void binaryKindsRefuseTextUuidObjectsAndOtherLengths(UuidColumnKind kind) {
        for (int length : new int[] {0, 1, 15, 17, 32, 36}) {
            assertRefused(kind, new byte[length], "t.c: expected 16 bytes for " + kind + ", got " + length + " bytes");
            assertRefused(kind, ByteBuffer.wrap(new byte[length]),
                    "t.c: expected 16 bytes for " + kind + ", got " + length + " bytes");
        }
        assertRefused(kind, RFC_V7, "t.c: expected 16 bytes for " + kind + ", got text '" + RFC_V7 + "'");
        assertRefused(kind, UUID.fromString(RFC_V7),
                "t.c: expected 16 bytes for " + kind + ", got a java.util.UUID (" + RFC_V7 + ")");
    }

    @Test
    void char36RefusesRawBytesButReads36BytesOfText() throws SQLDataException {
        assertRefused(UuidColumnKind.CHAR36, RFC_V7_BYTES,
                "t.c: expected canonical UUID text for CHAR36, got 16 bytes");
        assertThat(UuidColumnKind.CHAR36.decode(RFC_V7.getBytes(StandardCharsets.US_ASCII), "c"))
                .isEqualTo(UUID.fromString(RFC_V7));
        byte[] latin = RFC_V7.getBytes(StandardCharsets.US_ASCII);
        latin[0] = (byte) 0xE9; // é in Latin-1: not a hex digit
        assertThatThrownBy(() -> UuidColumnKind.CHAR36.decode(latin, "t.c"))
                .isInstanceOf(SQLDataException.class)
                .hasMessageStartingWith("t.c: expected canonical UUID text for CHAR36, got '\\u00E9");
    }

    @ParameterizedTest
    @EnumSource(value = UuidColumnKind.class, names = {"POSTGRES_UUID", "MARIADB_UUID", "CHAR36"})
    void textKindsReadEitherCaseAndRefuseEveryOtherShape(UuidColumnKind kind) throws SQLDataException {
        UUID v7 = UUID.fromString(RFC_V7);
        assertThat(kind.decode(RFC_V7.toUpperCase(), "c")).isEqualTo(v7);
        assertThat(kind.decode(v7, "c")).isSameAs(v7);
        String expected = kind == UuidColumnKind.CHAR36 ? "canonical UUID text" : "a UUID, canonical text or 16 bytes";
        for (String bad : new String[] {"{" + RFC_V7 + "}", RFC_V7.substring(1), RFC_V7 + "0",
                RFC_V7.replace("-", ""), " " + RFC_V7.substring(1), ""}) {
            assertThatThrownBy(() -> kind.decode(bad, "t.c"))
                    .isInstanceOf(SQLDataException.class)
                    .hasMessageStartingWith("t.c: expected " + expected + " for " + kind + ", got '")
                    .extracting(e -> ((SQLDataException) e).getSQLState()).isEqualTo("22018");
        }
        assertRefused(kind, new byte[17], "t.c: expected " + expected + " for " + kind + ", got 17 bytes");
        assertRefused(kind, 42, "t.c: expected " + expected + " for " + kind + ", got a java.lang.Integer (42)");
    }

    @Test
    void nativeKindsRead16BytesInStandardOrder() throws SQLDataException {
        assertThat(UuidColumnKind.POSTGRES_UUID.decode(RFC_V7_BYTES, "c")).isEqualTo(UUID.fromString(RFC_V7));
        assertThat(UuidColumnKind.MARIADB_UUID.decode(ByteBuffer.wrap(RFC_V7_BYTES), "c"))
                .isEqualTo(UUID.fromString(RFC_V7));
    }

    @Test
    void theColumnNameIsEscapedAndNullNamesTheValue() {
        assertRefused(UuidColumnKind.BINARY16, new byte[1], null,
                "Value: expected 16 bytes for BINARY16, got 1 bytes");
        assertRefused(UuidColumnKind.BINARY16, new byte[1], "t\nc",
                "t\\nc: expected 16 bytes for BINARY16, got 1 bytes");
    }

    @Test
    void outParametersAreReadWithTheSameRules() throws Exception {
        UUID v7 = UUID.fromString(RFC_V7);
        assertThat(UuidJdbc.get(JdbcStubs.callable(RFC_V7_SWAPPED), 1, UuidColumnKind.BINARY16_TIME_SWAPPED))
                .isEqualTo(v7);
        assertThat(UuidJdbc.get(JdbcStubs.callable(new Object[] {null}), 1, UuidColumnKind.BINARY16)).isNull();
        assertThatThrownBy(() -> UuidJdbc.get(JdbcStubs.callable(v7, new byte[15]), 2, UuidColumnKind.BINARY16))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("OUT parameter 2: expected 16 bytes for BINARY16, got 15 bytes");
        assertThatThrownBy(() -> UuidJdbc.get(JdbcStubs.callable(RFC_V7), 1, UuidColumnKind.BINARY16))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("OUT parameter 1: expected 16 bytes for BINARY16, got text '" + RFC_V7 + "'");
    }

    private static void assertRefused(UuidColumnKind kind, Object value, String message) {
        assertRefused(kind, value, "t.c", message);
    }

    private static void assertRefused(UuidColumnKind kind, Object value, String column, String message) {
        assertThatThrownBy(() -> kind.decode(value, column))
                .isInstanceOf(SQLDataException.class)
                .hasMessage(message)
                .extracting(e -> ((SQLDataException) e).getSQLState()).isEqualTo(UuidJdbc.INVALID_VALUE_STATE);
    }

    @Test
    void layoutOfEveryKindMatchesItsEncoding() {
        UUID v7 = UUID.fromString(RFC_V7);
        for (UuidColumnKind kind : UuidColumnKind.values()) {
            UuidBinaryLayout layout = kind.layout();
            if (layout != null) {
                assertThat((byte[]) kind.encode(v7)).isEqualTo(layout.toBytes(v7));
            }
        }
    }
}
