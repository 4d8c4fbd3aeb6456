package io.github.uuidkit.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.testsupport.Samples;
import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.Uuids;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ColumnScanTest {

    private static final long NOW = Instant.parse("2026-11-23T00:00:00Z").toEpochMilli();

    /** RFC 9562 appendix A.6 (UUIDv7 example). */
    private static final UUID RFC_V7 = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");

    /** The MySQL 8.0 manual's UUID_TO_BIN example: a v1 UUID and its swapped bytes (swap_flag 1). */
    private static final UUID MANUAL_V1 = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");
    private static final String MANUAL_V1_SWAPPED_HEX = "1026baba6ccd780c95645b8c656024db";

    private static byte[] javaSerialized(UUID uuid) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(uuid);
        }
        return bytes.toByteArray();
    }

    @Test
    void javaSerializedValuesAreDefectsWhateverTheirLength() throws IOException {
        // Java's own ObjectOutputStream gives the header; BINARY(16) keeps the first 16 bytes of it.
        byte[] full = javaSerialized(RFC_V7);
        ColumnScan scan = new ColumnScan(false, false, NOW);
        scan.addBinary(full, "1");
        scan.addBinary(Arrays.copyOf(full, 16), "2");
        scan.addBinary(UuidBinaryLayout.STANDARD.toBytes(RFC_V7), "3");
        assertThat(scan.defects()).containsOnlyKeys("JAVA_SERIALIZED");
        assertThat(scan.defects().get("JAVA_SERIALIZED").count).isEqualTo(2);
        assertThat(scan.defects().get("JAVA_SERIALIZED").examples).containsExactly("1", "2");
        assertThat(scan.versions()).containsEntry("other", 2L).containsEntry("v7", 1L);
    }

    @Test
    void wrongLengthsAreDefects() {
        ColumnScan scan = new ColumnScan(false, false, NOW);
        scan.addBinary(new byte[15], "a");
        scan.addBinary(new byte[0], "b");
        scan.addBinary(new byte[16], "c");
        assertThat(scan.defects().get("WRONG_LENGTH").count).isEqualTo(2);
        assertThat(scan.versions()).containsEntry("nil", 1L).containsEntry("other", 2L);
    }

    @Test
    void v7InTheSwappedLayoutIsFoundAndDecoded() {
        // The swapped layout itself is pinned by the MySQL manual's vector.
        assertThat(HexFormat.of().formatHex(UuidBinaryLayout.TIME_SWAPPED.toBytes(MANUAL_V1))).isEqualTo(MANUAL_V1_SWAPPED_HEX);
        ColumnScan scan = new ColumnScan(false, false, NOW);
        scan.addBinary(UuidBinaryLayout.TIME_SWAPPED.toBytes(RFC_V7), "k1");
        scan.addBinary(UuidBinaryLayout.STANDARD.toBytes(RFC_V7), "k2");
        assertThat(scan.swappedV7).isEqualTo(1);
        assertThat(scan.standardV7()).isEqualTo(1);
        assertThat(scan.defects().get("V7_STORED_SWAPPED").examples).containsExactly("k1");
        assertThat(scan.v7First()).isEqualTo(Uuids.instant(RFC_V7));
    }

    @Test
    void bytesAreClassifiedAsCoreDecodesThem() {
        // The scan reads binary values as two longs; core's layouts and Uuids give the expected reading. Edge halves
        // (Samples), random values, and v7 times in and out of the plausible range, in both layouts.
        List<UUID> values = new ArrayList<>(Samples.uuids(20_000));
        SplittableRandom random = new SplittableRandom(Samples.SEED);
        for (int i = 0; i < 20_000; i++) {
            long ms = i % 3 == 0 ? random.nextLong(1L << 48) : NOW - random.nextLong(400L * 86_400_000L);
            values.add(new UUID(ms << 16 | 0x7000L | random.nextInt(1 << 12),
                    (random.nextLong() >>> 2) | (i % 5 == 0 ? 0L : 0x8000_0000_0000_0000L)));
        }
        ColumnScan bytes = new ColumnScan(true, false, NOW);
        ColumnScan expected = new ColumnScan(true, false, NOW);
        long swapped = 0;
        for (int i = 0; i < values.size(); i++) {
            UUID u = values.get(i);
            byte[] stored = (i % 2 == 0 ? UuidBinaryLayout.STANDARD : UuidBinaryLayout.TIME_SWAPPED).toBytes(u);
            bytes.addBinary(stored, String.valueOf(i));
            UUID standard = UuidBinaryLayout.STANDARD.fromBytes(stored);
            UUID asSwapped = UuidBinaryLayout.TIME_SWAPPED.fromBytes(stored);
            if (!plausibleV7(standard) && Uuids.version(standard) != 4 && plausibleV7(asSwapped)) {
                swapped++;
                expected.addUuid(asSwapped, String.valueOf(i));
            } else {
                expected.addUuid(standard, String.valueOf(i));
            }
        }
        assertThat(bytes.swappedV7).isEqualTo(swapped).isPositive();
        assertThat(bytes.versions()).isEqualTo(expected.versions());
        assertThat(bytes.rfcVariant).isEqualTo(expected.rfcVariant);
        assertThat(bytes.v7First()).isEqualTo(expected.v7First());
        assertThat(bytes.v7Last()).isEqualTo(expected.v7Last());
        assertThat(bytes.v7OutOfOrder).isEqualTo(expected.v7OutOfOrder).isPositive();
        assertThat(bytes.defects().get("DUPLICATE_VALUES").count)
                .isEqualTo(expected.defects().get("DUPLICATE_VALUES").count).isPositive();
    }

    private static boolean plausibleV7(UUID u) {
        return Uuids.isV7(u) && Uuids.unixMillis(u) >= ColumnScan.EARLIEST_V7_MILLIS
                && Uuids.unixMillis(u) <= NOW + 86_400_000L;
    }

    @Test
    void seenSetAgreesWithAHashSet() {
        // Samples' edge halves include the nil UUID (the set's empty-slot marker) and repeat values; every value is
        // added twice, the second time in reverse order, across many resizes.
        List<UUID> values = Samples.uuids(50_000);
        Set<UUID> reference = new HashSet<>();
        ColumnScan.SeenSet seen = new ColumnScan.SeenSet();
        for (UUID u : values) {
            assertThat(seen.add(u.getMostSignificantBits(), u.getLeastSignificantBits())).as("%s", u)
                    .isEqualTo(reference.add(u));
        }
        for (int i = values.size() - 1; i >= 0; i--) {
            UUID u = values.get(i);
            assertThat(seen.add(u.getMostSignificantBits(), u.getLeastSignificantBits())).as("%s", u).isFalse();
        }
    }

    @Test
    void randomV4AndV1ValuesAreNeverTakenForSwappedV7() {
        SplittableRandom random = new SplittableRandom(Samples.SEED);
        ColumnScan scan = new ColumnScan(false, false, NOW);
        for (int i = 0; i < 200_000; i++) {
            UUID v4 = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                    (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
            scan.addBinary(UuidBinaryLayout.STANDARD.toBytes(v4), (String) null);
        }
        scan.addBinary(UuidBinaryLayout.STANDARD.toBytes(MANUAL_V1), (String) null);
        assertThat(scan.defects()).isEmpty();
        assertThat(scan.versions()).containsEntry("v4", 200_000L).containsEntry("v1", 1L);
        assertThat(scan.rfcVariant).isEqualTo(200_001L);
    }

    @Test
    void textForms() {
        ColumnScan scan = new ColumnScan(false, false, NOW);
        String canonical = UuidStrings.format(RFC_V7);
        scan.addText(canonical, "1");
        scan.addText(canonical.toUpperCase(), "2");
        scan.addText("{" + canonical + "}", "3");
        scan.addText(UuidStrings.formatCompact(RFC_V7), "4");
        scan.addText("not-a-uuid", "5");
        scan.addText(canonical + "   ", "6"); // a padded CHAR
        assertThat(scan.defects().get("NON_CANONICAL_TEXT").examples).containsExactly("2", "3", "4");
        assertThat(scan.defects().get("NOT_A_UUID").examples).containsExactly("5");
        assertThat(scan.versions()).containsEntry("v7", 5L).containsEntry("other", 1L);
    }

    @Test
    void compactLowerCaseIsTheNativeFormOfAChar32Column() {
        ColumnScan scan = new ColumnScan(false, true, NOW);
        scan.addText(UuidStrings.formatCompact(RFC_V7), "1");
        scan.addText(UuidStrings.formatCompact(RFC_V7).toUpperCase(), "2");
        assertThat(scan.defects().get("NON_CANONICAL_TEXT").examples).containsExactly("2");
    }

    @Test
    void duplicatesAndOutOfOrderV7() {
        ColumnScan scan = new ColumnScan(true, false, NOW);
        UUID a = Uuids.v7At(Instant.parse("2025-01-01T00:00:00Z"));
        UUID b = Uuids.v7At(Instant.parse("2025-01-02T00:00:00Z"));
        scan.addUuid(a, "1");
        scan.addUuid(b, "2");
        scan.addUuid(a, "3"); // duplicate, and lower than its predecessor
        scan.addNull();
        assertThat(scan.defects().get("DUPLICATE_VALUES").examples).containsExactly("3");
        assertThat(scan.v7OutOfOrderShare()).isEqualTo(0.5);
        assertThat(scan.nulls).isEqualTo(1);
        assertThat(scan.rows).isEqualTo(4);
    }

    @Test
    void atMostFiveExamples() {
        ColumnScan scan = new ColumnScan(false, false, NOW);
        for (int i = 0; i < 9; i++) {
            scan.addBinary(new byte[3], Integer.toString(i));
        }
        assertThat(scan.defects().get("WRONG_LENGTH").count).isEqualTo(9);
        assertThat(scan.defects().get("WRONG_LENGTH").examples).containsExactly("0", "1", "2", "3", "4");
    }

    @Test
    void idNamedColumns() {
        assertThat(Doctor.idNamed("orders", "id")).isTrue();
        assertThat(Doctor.idNamed("orders", "order_id")).isTrue();
        assertThat(Doctor.idNamed("orders", "orders_id")).isTrue();
        assertThat(Doctor.idNamed("orders", "customer_id")).isFalse();
        assertThat(Doctor.idNamed("orders", "UUID")).isTrue();
    }
}
