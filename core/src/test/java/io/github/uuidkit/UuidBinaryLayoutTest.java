package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.testsupport.Samples;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UuidBinaryLayoutTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /**
     * MySQL 8.0 Reference Manual, 14.23 "Miscellaneous Functions", UUID_TO_BIN():
     * {@code SET @uuid = '6ccd780c-baba-1026-9564-5b8c656024db';}
     * {@code SELECT HEX(UUID_TO_BIN(@uuid))} gives {@code 6CCD780CBABA102695645B8C656024DB} and
     * {@code SELECT HEX(UUID_TO_BIN(@uuid, 1))} gives {@code 1026BABA6CCD780C95645B8C656024DB}.
     */
    private static final UUID MYSQL_MANUAL = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");

    @Test
    void standardMatchesMysqlManual() {
        assertThat(HEX.formatHex(UuidBinaryLayout.STANDARD.toBytes(MYSQL_MANUAL)))
                .isEqualTo("6CCD780CBABA102695645B8C656024DB");
        assertThat(UuidBinaryLayout.STANDARD.fromBytes(HEX.parseHex("6CCD780CBABA102695645B8C656024DB")))
                .isEqualTo(MYSQL_MANUAL);
    }

    @Test
    void timeSwappedMatchesMysqlManual() {
        assertThat(HEX.formatHex(UuidBinaryLayout.TIME_SWAPPED.toBytes(MYSQL_MANUAL)))
                .isEqualTo("1026BABA6CCD780C95645B8C656024DB");
        assertThat(UuidBinaryLayout.TIME_SWAPPED.fromBytes(HEX.parseHex("1026BABA6CCD780C95645B8C656024DB")))
                .isEqualTo(MYSQL_MANUAL);
    }

    @Test
    void standardIsBigEndianBits() {
        for (UUID uuid : Samples.uuids(3000)) {
            assertThat(UuidBinaryLayout.STANDARD.toBytes(uuid)).as("%s", uuid).containsExactly(reference(uuid));
        }
    }

    @Test
    void timeSwappedMovesTimeHighFirstAndTimeLowThird() {
        for (UUID uuid : Samples.uuids(3000)) {
            byte[] s = reference(uuid);
            // The MySQL manual's description of swap_flag = 1: time-high and time-low parts swap.
            byte[] expected = {s[6], s[7], s[4], s[5], s[0], s[1], s[2], s[3],
                s[8], s[9], s[10], s[11], s[12], s[13], s[14], s[15]};
            assertThat(UuidBinaryLayout.TIME_SWAPPED.toBytes(uuid)).as("%s", uuid).containsExactly(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(UuidBinaryLayout.class)
    void everyLayoutRoundTripsEveryUuid(UuidBinaryLayout layout) {
        for (UUID uuid : Samples.uuids(3000)) {
            roundTrips(layout, uuid);
        }
    }

    private static void roundTrips(UuidBinaryLayout layout, UUID uuid) {
        assertThat(layout.fromBytes(layout.toBytes(uuid))).isEqualTo(uuid);

        byte[] padded = new byte[21];
        layout.toBytes(uuid, padded, 3);
        assertThat(layout.fromBytes(padded, 3)).isEqualTo(uuid);
        assertThat(padded[0]).isZero();
        assertThat(padded[19]).isZero();

        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            ByteBuffer buffer = ByteBuffer.allocate(18).order(order);
            buffer.put((byte) 1);
            layout.toBytes(uuid, buffer);
            assertThat(buffer.position()).isEqualTo(17);
            buffer.flip().get();
            assertThat(layout.fromBytes(buffer)).isEqualTo(uuid);
            assertThat(buffer.position()).isEqualTo(17);
            // The buffer's byte order does not change the layout.
            assertThat(java.util.Arrays.copyOfRange(buffer.array(), 1, 17)).containsExactly(layout.toBytes(uuid));
        }
    }

    @Test
    void rejectsWrongLengthNamingIt() {
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.fromBytes(new byte[15]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected 16 bytes for a UUID in STANDARD layout, got 15 bytes");
        assertThatThrownBy(() -> UuidBinaryLayout.TIME_SWAPPED.fromBytes(new byte[17]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected 16 bytes for a UUID in TIME_SWAPPED layout, got 17 bytes");
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.fromBytes(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected 16 bytes for a UUID in STANDARD layout, got 0 bytes");
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.fromBytes((byte[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("bytes");
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.fromBytes((byte[]) null, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("src");
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.fromBytes((ByteBuffer) null))
                .isInstanceOf(NullPointerException.class).hasMessage("src");
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.toBytes(MYSQL_MANUAL, (byte[]) null, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("dest");
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.toBytes(MYSQL_MANUAL, (ByteBuffer) null))
                .isInstanceOf(NullPointerException.class).hasMessage("dest");
    }

    @Test
    void rejectsShortRangesAndWritesNothing() {
        byte[] dest = new byte[20];
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.toBytes(MYSQL_MANUAL, dest, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A UUID in STANDARD layout needs 16 bytes at offset 5 of the destination array,"
                        + " whose length is 20");
        assertThat(dest).containsOnly(0);
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.fromBytes(new byte[16], -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A UUID in STANDARD layout needs 16 bytes at offset -1 of the source array,"
                        + " whose length is 16");
        ByteBuffer small = ByteBuffer.allocate(15);
        assertThatThrownBy(() -> UuidBinaryLayout.TIME_SWAPPED.toBytes(MYSQL_MANUAL, small))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A UUID in TIME_SWAPPED layout needs 16 bytes, the destination buffer has 15 remaining");
        assertThat(small.position()).isZero();
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.fromBytes(small))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A UUID in STANDARD layout needs 16 bytes, the source buffer has 15 remaining");
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.toBytes(null))
                .isInstanceOf(NullPointerException.class).hasMessage("uuid");
    }

    private static byte[] reference(UUID uuid) {
        return ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
    }

    @Test
    void bufferEncodingRejectsANullUuidWritingNothingAndReturnsTheBuffer() {
        ByteBuffer buffer = ByteBuffer.allocate(16);
        assertThatThrownBy(() -> UuidBinaryLayout.STANDARD.toBytes((UUID) null, buffer))
                .isInstanceOf(NullPointerException.class).hasMessage("uuid");
        assertThat(buffer.position()).isZero();
        assertThat(UuidBinaryLayout.TIME_SWAPPED.toBytes(MYSQL_MANUAL, buffer)).isSameAs(buffer);
        assertThat(buffer.position()).isEqualTo(16);
    }
}
