package io.github.uuidkit.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(scan.swappedV7()).isEqualTo(1);
        assertThat(scan.standardV7()).isEqualTo(1);
        assertThat(scan.defects().get("V7_STORED_SWAPPED").examples).containsExactly("k1");
        assertThat(scan.v7First()).isEqualTo(Uuids.instant(RFC_V7));
    }

    @Test
    void bytesAreClassifiedAsCoreDecodesThem() {
        // The scan reads binary values as two longs; core's decoding of the same values as UUID objects must give
        // the same histogram, variant count, v7 span, order and duplicates. Edge halves (Samples), random values,
        // and v7 times in and out of the plausible window. The first nibble is kept off 1, 6 and 7, where a value
        // would also have a time-based swapped reading (tested on its own below).
        List<UUID> values = new ArrayList<>();
        for (UUID u : Samples.uuids(20_000)) {
            values.add(new UUID(u.getMostSignificantBits() & 0x0FFF_FFFF_FFFF_FFFFL | 0x2000_0000_0000_0000L,
                    u.getLeastSignificantBits()));
        }
        SplittableRandom random = new SplittableRandom(Samples.SEED);
        for (int i = 0; i < 20_000; i++) {
            long ms = i % 3 == 0 ? random.nextLong(1L << 44) : NOW - random.nextLong(400L * 86_400_000L);
            values.add(new UUID(ms << 16 | 0x7000L | random.nextInt(1 << 12),
                    (random.nextLong() >>> 2) | (i % 5 == 0 ? 0L : 0x8000_0000_0000_0000L)));
        }
        ColumnScan bytes = new ColumnScan(true, false, NOW);
        ColumnScan expected = new ColumnScan(true, false, NOW);
        for (int i = 0; i < values.size(); i++) {
            UUID u = values.get(i);
            bytes.addBinary(UuidBinaryLayout.STANDARD.toBytes(u), String.valueOf(i));
            expected.addUuid(u, String.valueOf(i));
        }
        assertThat(bytes.versions()).isEqualTo(expected.versions());
        assertThat(bytes.rfcVariant).isEqualTo(expected.rfcVariant);
        assertThat(bytes.v7First()).isEqualTo(expected.v7First());
        assertThat(bytes.v7Last()).isEqualTo(expected.v7Last());
        assertThat(bytes.v7InSpan()).isEqualTo(expected.v7InSpan()).isPositive();
        assertThat(bytes.v7OutOfOrderShare()).isEqualTo(expected.v7OutOfOrderShare()).isPositive();
        assertThat(bytes.defects().keySet()).isEqualTo(expected.defects().keySet());
        assertThat(bytes.defects().get("DUPLICATE_VALUES").count)
                .isEqualTo(expected.defects().get("DUPLICATE_VALUES").count).isPositive();
        assertThat(bytes.defects().get("V7_TIME_IMPLAUSIBLE").count)
                .isEqualTo(expected.defects().get("V7_TIME_IMPLAUSIBLE").count).isPositive();
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

    // ------------------------------------------------------------------------ issue 21, items 1, 2, 5, 6

    /** RFC 9562 appendix A.1 (UUIDv1 example, 2022-02-22T19:22:22Z) and A.5 (the same time as v6). */
    private static final UUID RFC_V1 = UUID.fromString("c232ab00-9414-11ec-b3c8-9f6bdeced846");
    private static final UUID RFC_V6 = UUID.fromString("1ec9414c-232a-6b00-b3c8-9f6bdeced846");

    /** A scan whose "now" is 2026-12-07T12:00Z, just after the window the issue reproduced in. */
    private static final long ISSUE_NOW = Instant.parse("2026-12-07T12:00:00Z").toEpochMilli();

    private static UUID v7(long ms, long rand) {
        return new UUID(ms << 16 | 0x7000L | (rand & 0xFFF), 0x8000_0000_0000_0000L | (rand >>> 2));
    }

    @Test
    void swappedV7IsFoundOnEveryDateIncludingTheDaysItsFifthDigitIsFour() {
        // Issue 21 item 1: from 2026-12-04T07:41Z to 2026-12-07T10:15Z the 5th hex digit of the millisecond time
        // is 4, so UUID_TO_BIN(v7, 1) puts a 4 where the standard reading has its version: they read as v4.
        long from = Instant.parse("2026-12-04T07:41:30Z").toEpochMilli();
        long to = Instant.parse("2026-12-07T10:14:00Z").toEpochMilli();
        SplittableRandom random = new SplittableRandom(Samples.SEED);
        ColumnScan scan = new ColumnScan(false, false, ISSUE_NOW);
        for (int i = 0; i < 300; i++) {
            UUID u = v7(from + (to - from) * i / 300, random.nextLong());
            byte[] stored = UuidBinaryLayout.TIME_SWAPPED.toBytes(u);
            assertThat(Uuids.version(UuidBinaryLayout.STANDARD.fromBytes(stored))).isEqualTo(4);
            scan.addBinary(stored, "k" + i);
        }
        assertThat(scan.versions()).containsEntry("v7", 300L).containsEntry("v4", 0L);
        assertThat(scan.swappedV7()).isEqualTo(300);
        assertThat(scan.v7First()).isEqualTo(Instant.ofEpochMilli(from));
    }

    @Test
    void mysqlsOwnSwappedV1IsRecognised() {
        // Issue 21 item 2: UUID_TO_BIN(UUID(), 1). The MySQL manual's vector pins the layout (time_high first);
        // RFC 9562's v1 example gives a real time. Its time_low is swept so that the standard reading's "version"
        // (the high nibble of time_low's third byte) takes every value, 4 and 7 included.
        assertThat(HexFormat.of().formatHex(UuidBinaryLayout.TIME_SWAPPED.toBytes(MANUAL_V1)))
                .isEqualTo(MANUAL_V1_SWAPPED_HEX);
        ColumnScan scan = new ColumnScan(false, false, ISSUE_NOW);
        int n = 0;
        for (int nibble = 0; nibble < 16; nibble++) {
            for (int k = 0; k < 4; k++) {
                long timeLow = (RFC_V1.getMostSignificantBits() >>> 32) & 0xFFFF00FFL | (long) nibble << 12
                        | (long) k << 8;
                UUID v1 = new UUID(timeLow << 32 | (RFC_V1.getMostSignificantBits() & 0xFFFF_FFFFL),
                        RFC_V1.getLeastSignificantBits() + n);
                scan.addBinary(UuidBinaryLayout.TIME_SWAPPED.toBytes(v1), "s" + n++);
            }
        }
        assertThat(scan.versions()).containsEntry("v1", 64L).containsEntry("v4", 0L).containsEntry("v7", 0L);
        assertThat(scan.defects()).containsOnlyKeys("V1_STORED_SWAPPED");
        assertThat(scan.defects().get("V1_STORED_SWAPPED").count).isEqualTo(64);
        // the standard layout of the same value stays a plain v1, and RFC 9562's v6 example is a v6
        ColumnScan plain = new ColumnScan(false, false, ISSUE_NOW);
        plain.addBinary(UuidBinaryLayout.STANDARD.toBytes(RFC_V1), "1");
        plain.addBinary(UuidBinaryLayout.STANDARD.toBytes(RFC_V6), "2");
        assertThat(plain.versions()).containsEntry("v1", 1L).containsEntry("v6", 1L);
        assertThat(plain.defects()).isEmpty();
    }

    @Test
    void aValueBothLayoutsExplainIsReadAsItsColumnReadsTheOthers() {
        // A v4 whose swapped reading is a plausible v7, in a column of v4: stays v4. The same bytes among swapped
        // v7 values: a swapped v7.
        UUID swappedV7 = v7(Instant.parse("2026-12-05T00:00:00Z").toEpochMilli(), 99);
        byte[] ambiguous = UuidBinaryLayout.TIME_SWAPPED.toBytes(swappedV7);
        SplittableRandom random = new SplittableRandom(Samples.SEED);
        ColumnScan v4s = new ColumnScan(false, false, ISSUE_NOW);
        for (int i = 0; i < 50; i++) {
            // random v4 whose first nibble is 0xA: no swapped reading of theirs is a time-based version
            v4s.addBinary(UuidBinaryLayout.STANDARD.toBytes(new UUID((random.nextLong() & 0x0FFF_FFFF_FFFF_0FFFL)
                    | 0xA000_0000_0000_4000L, random.nextLong() >>> 2 | 0x8000_0000_0000_0000L)), "v" + i);
        }
        v4s.addBinary(ambiguous, "a");
        assertThat(v4s.versions()).containsEntry("v4", 51L).containsEntry("v7", 0L);
        assertThat(v4s.defects()).isEmpty();
        ColumnScan sevens = new ColumnScan(false, false, ISSUE_NOW);
        sevens.addBinary(UuidBinaryLayout.TIME_SWAPPED.toBytes(v7(Instant.parse("2025-01-01T00:00:00Z")
                .toEpochMilli(), 1)), "x");
        sevens.addBinary(ambiguous, "a");
        assertThat(sevens.versions()).containsEntry("v4", 0L).containsEntry("v7", 2L);
        assertThat(sevens.defects().get("V7_STORED_SWAPPED").examples).containsExactly("x", "a");
    }

    @Test
    void mixedVersionsAndSentinelsAreCountedWithTheirRows() {
        // Issue 21 item 5: v1 6 %, v4 11 %, v7 82 %, nil and max in one key column.
        ColumnScan scan = new ColumnScan(false, false, ISSUE_NOW);
        SplittableRandom random = new SplittableRandom(Samples.SEED);
        int row = 0;
        for (int i = 0; i < 82; i++) {
            scan.addUuid(v7(Instant.parse("2025-01-01T00:00:00Z").toEpochMilli() + i, random.nextLong()), "" + row++);
        }
        for (int i = 0; i < 11; i++) {
            scan.addUuid(new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() >>> 2 | 1L << 63),
                    "" + row++);
        }
        for (int i = 0; i < 6; i++) {
            scan.addUuid(new UUID(RFC_V1.getMostSignificantBits(), RFC_V1.getLeastSignificantBits() + i), "" + row++);
        }
        scan.addUuid(Uuids.NIL, "nil");
        scan.addUuid(Uuids.MAX, "max");
        assertThat(scan.versions()).containsEntry("v7", 82L).containsEntry("v4", 11L).containsEntry("v1", 6L)
                .containsEntry("nil", 1L).containsEntry("max", 1L);
        ColumnScan.Defect mixed = scan.mixedVersions();
        assertThat(mixed.count).isEqualTo(17);
        assertThat(mixed.examples).containsExactly("82", "83", "84", "85", "86");
        assertThat(scan.dominantVersion()).isEqualTo(7);
        assertThat(scan.defects().get("SENTINEL_VALUES").count).isEqualTo(2);
        assertThat(scan.defects().get("SENTINEL_VALUES").examples).containsExactly("nil", "max");
        ColumnScan pure = new ColumnScan(false, false, ISSUE_NOW);
        pure.addUuid(RFC_V7, "1");
        assertThat(pure.mixedVersions().count).isZero();
    }

    @Test
    void implausibleV7TimesAreReportedAndTheStatisticsSayWhatTheyCover() {
        // Issue 21 item 6: v7 values dated 2035 and 1995 among good ones.
        ColumnScan scan = new ColumnScan(false, false, ISSUE_NOW);
        long t = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        scan.addUuid(v7(t, 1), "1");
        scan.addUuid(v7(Instant.parse("2035-01-01T00:00:00Z").toEpochMilli(), 2), "2");
        scan.addUuid(v7(t + 1000, 3), "3");
        scan.addUuid(v7(Instant.parse("1995-01-01T00:00:00Z").toEpochMilli(), 4), "4");
        scan.addUuid(v7(t + 2000, 5), "5");
        // the tolerance: up to a day ahead of "now" is plausible, a millisecond more is not
        scan.addUuid(v7(ISSUE_NOW + ColumnScan.FUTURE_TOLERANCE_MILLIS, 6), "6");
        scan.addUuid(v7(ISSUE_NOW + ColumnScan.FUTURE_TOLERANCE_MILLIS + 1, 7), "7");
        scan.addUuid(v7(ColumnScan.EARLIEST_V7_MILLIS - 1, 8), "8");
        assertThat(scan.versions()).containsEntry("v7", 8L);
        assertThat(scan.defects().get("V7_TIME_IMPLAUSIBLE").count).isEqualTo(4);
        assertThat(scan.defects().get("V7_TIME_IMPLAUSIBLE").examples).containsExactly("2", "4", "7", "8");
        assertThat(scan.v7InSpan()).isEqualTo(4);
        assertThat(scan.v7First()).isEqualTo(Instant.ofEpochMilli(t));
        assertThat(scan.v7Last()).isEqualTo(Instant.ofEpochMilli(ISSUE_NOW + ColumnScan.FUTURE_TOLERANCE_MILLIS));
        // order covers every v7 pair, implausible ones included: 2035 -> t+1000, and 1995 after t+1000, and the
        // 2020-minus-1ms after the future one
        assertThat(scan.v7Pairs()).isEqualTo(7);
        assertThat(scan.v7OutOfOrderShare()).isEqualTo(3.0 / 7);
    }

    @Test
    void everyReadingResolvesTheAmbiguousValuesFirst() {
        // a swapped v7 of 2026-12-05 (reads as a standard v4 too), alone: each getter, called first, reads it as v7
        byte[] ambiguous = UuidBinaryLayout.TIME_SWAPPED.toBytes(v7(Instant.parse("2026-12-05T00:00:00Z")
                .toEpochMilli(), 99));
        java.util.function.Function<ColumnScan, Object>[] getters = new java.util.function.Function[] {
            s -> ((ColumnScan) s).versions().get("v7"), s -> ((ColumnScan) s).v7(), s -> ((ColumnScan) s).count4(),
            s -> ((ColumnScan) s).swappedV7(), s -> ((ColumnScan) s).defects().keySet(),
            s -> ((ColumnScan) s).dominantVersion(), s -> ((ColumnScan) s).mixedVersions().count,
            s -> ((ColumnScan) s).v7First(), s -> ((ColumnScan) s).v7Last(), s -> ((ColumnScan) s).v7InSpan(),
            s -> ((ColumnScan) s).v7Pairs(), s -> ((ColumnScan) s).v7OutOfOrderShare()};
        Object[] expected = {1L, 1L, 0L, 1L, java.util.Set.of("V7_STORED_SWAPPED"), 7, 0L,
            Instant.parse("2026-12-05T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z"), 1L, 1L, 0.0};
        for (int g = 0; g < getters.length; g++) {
            ColumnScan scan = new ColumnScan(false, false, ISSUE_NOW);
            scan.addBinary(ambiguous, "a");
            scan.addBinary(ambiguous, "b");
            Object got = getters[g].apply(scan);
            if (g == 10) {
                assertThat(got).as("getter %d", g).isEqualTo(1L);
            } else if (g == 2) {
                assertThat(got).as("getter %d", g).isEqualTo(0L);
            } else if (g == 0 || g == 1 || g == 3 || g == 9) {
                assertThat(got).as("getter %d", g).isEqualTo(2L);
            } else {
                assertThat(got).as("getter %d", g).isEqualTo(expected[g]);
            }
            assertThatThrownBy(scan::addNull).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> scan.addBinary(ambiguous, "c")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> scan.addText("x", "c")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> scan.addUuid(RFC_V7, "c")).isInstanceOf(IllegalStateException.class);
        }
        // in a v4 column the same bytes are a v4, and they do not enter the v7 order
        ColumnScan v4 = new ColumnScan(false, false, ISSUE_NOW);
        for (int i = 0; i < 3; i++) {
            v4.addBinary(UuidBinaryLayout.STANDARD.toBytes(new UUID(0xA000_0000_0000_4000L + ((long) i << 16),
                    1L << 63 | i)), "v" + i);
        }
        v4.addUuid(RFC_V7, "x"); // not a binary value: no layout question
        v4.addBinary(ambiguous, "a");
        v4.addUuid(RFC_V7, "y");
        assertThat(v4.count4()).isEqualTo(4);
        assertThat(v4.v7Pairs()).isEqualTo(1);
        assertThat(v4.v7InSpan()).isEqualTo(2);
    }

    @Test
    void orderIsUnsignedAndAGapBreaksIt() {
        ColumnScan scan = new ColumnScan(false, false, ISSUE_NOW);
        long t = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        scan.addUuid(new UUID(t << 16 | 0x7000L, 0x8000_0000_0000_0005L), "1");
        scan.addUuid(new UUID(t << 16 | 0x7000L, 0x8000_0000_0000_0005L), "2"); // equal: in order
        scan.addUuid(new UUID(t << 16 | 0x7000L, 0x8000_0000_0000_0004L), "3"); // same msb, lower lsb: out
        scan.addUuid(new UUID(t << 16 | 0x7000L, 0xBFFF_FFFF_FFFF_FFFFL), "4"); // higher lsb (unsigned): in
        scan.breakSequence();
        scan.addUuid(new UUID(t << 16 | 0x7000L, 0x8000_0000_0000_0000L), "5"); // after a gap: no pair
        scan.addUuid(new UUID((t + 1) << 16 | 0x7000L, 0x8000_0000_0000_0000L), "6"); // higher msb: in
        assertThat(scan.v7Pairs()).isEqualTo(4);
        assertThat(scan.v7OutOfOrderShare()).isEqualTo(0.25);
    }

    @Test
    void timesOfTheTimeBasedVersionsAndTheWindow() {
        // RFC 9562 A.1 and A.5: 2022-02-22 14:22:22.00 -05:00 (19:22:22Z)
        long expected = Instant.parse("2022-02-22T19:22:22Z").toEpochMilli();
        assertThat(ColumnScan.unixMillis(1, RFC_V1.getMostSignificantBits())).isEqualTo(expected);
        assertThat(ColumnScan.unixMillis(6, RFC_V6.getMostSignificantBits())).isEqualTo(expected);
        assertThat(ColumnScan.unixMillis(7, RFC_V7.getMostSignificantBits())).isEqualTo(Uuids.unixMillis(RFC_V7));
        assertThat(ColumnScan.windowText()).isEqualTo("v7 from 2020-01-01, v1 and v6 from 1990-01-01, to 1 day after"
                + " the audit");
        // the window's ends, for v7 and for a swapped v1 (only a plausible time makes a swapped reading)
        ColumnScan scan = new ColumnScan(false, false, ISSUE_NOW);
        scan.addUuid(v7(ColumnScan.EARLIEST_V7_MILLIS, 1), "a");
        assertThat(scan.defects()).isEmpty();
        long earliest = ColumnScan.EARLIEST_GREGORIAN_MILLIS * 10_000L + ColumnScan.GREGORIAN_TO_UNIX_100NS;
        for (long t : new long[] {earliest, earliest - 10_000}) {
            UUID v1 = new UUID((t & 0xFFFF_FFFFL) << 32 | (t >>> 32 & 0xFFFFL) << 16 | 0x1000L | t >>> 48,
                    RFC_V1.getLeastSignificantBits());
            ColumnScan s = new ColumnScan(false, false, ISSUE_NOW);
            s.addBinary(UuidBinaryLayout.TIME_SWAPPED.toBytes(v1), "k");
            assertThat(s.defects().containsKey("V1_STORED_SWAPPED")).as("%d", t).isEqualTo(t == earliest);
        }
        // version 0 and 9 readings are never plausible; a non-RFC variant neither
        ColumnScan odd = new ColumnScan(false, false, ISSUE_NOW);
        odd.addBinary(UuidBinaryLayout.STANDARD.toBytes(new UUID(0x0000_0000_0000_0000L | 1, 1L << 63)), "0");
        odd.addBinary(UuidBinaryLayout.STANDARD.toBytes(new UUID(0x7000_0000_0000_9000L, 1L << 63)), "9");
        odd.addBinary(UuidBinaryLayout.STANDARD.toBytes(new UUID(0x7000_0000_0000_4000L, 0xC000_0000_0000_0000L)), "c");
        assertThat(odd.versions()).containsEntry("other", 2L).containsEntry("v4", 1L);
        assertThat(odd.rfcVariant).isEqualTo(2);
    }
}
