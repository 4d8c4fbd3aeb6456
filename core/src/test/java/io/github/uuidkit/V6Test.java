package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UUID version 6 (RFC 9562 §5.6): generation and the lossless v1 ↔ v6 conversion. */
class V6Test {

    private static final long SEED = Long.getLong("uuidkit.test.seed", System.nanoTime());

    static {
        System.out.println("V6Test seed: " + SEED + " (rerun with -Duuidkit.test.seed=" + SEED + ")");
    }

    /** RFC 9562 Appendix A.1 (v1) and A.5 (v6): the same instant, clock sequence and node. */
    private static final UUID RFC_V1 = UUID.fromString("c232ab00-9414-11ec-b3c8-9f6bdeced846");
    private static final UUID RFC_V6 = UUID.fromString("1ec9414c-232a-6b00-b3c8-9f6bdeced846");

    /** A v1 of a 60-bit timestamp and 62 bits of clock sequence and node, laid out as RFC 9562 §5.1 says. */
    private static UUID v1(long ts, long low62) {
        long msb = (ts & 0xFFFF_FFFFL) << 32 | ((ts >>> 32) & 0xFFFF) << 16 | 0x1000 | (ts >>> 48) & 0xFFF;
        return new UUID(msb, 0x8000_0000_0000_0000L | low62 & 0x3FFF_FFFF_FFFF_FFFFL);
    }

    @Test
    void convertsTheRfcExamples() {
        assertThat(Uuids.v1ToV6(RFC_V1)).isEqualTo(RFC_V6);
        assertThat(Uuids.v6ToV1(RFC_V6)).isEqualTo(RFC_V1);
        // RFC 9562 A.1: the timestamp 0x1EC9414C232AB00 is 2022-02-22T14:22:22-05:00.
        long ts = 0x1EC9414C232AB00L;
        assertThat(v1(ts, RFC_V1.getLeastSignificantBits())).isEqualTo(RFC_V1);
        long unix100ns = ts - Uuids.V6.GREGORIAN_OFFSET;
        assertThat(Instant.ofEpochSecond(unix100ns / 10_000_000L, unix100ns % 10_000_000L * 100))
                .isEqualTo(Instant.parse("2022-02-22T19:22:22Z"));
    }

    @Test
    void everyValueOfEveryTimestampNibbleRoundTripsAndV6SortsByTimestamp() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<long[]> stamps = new ArrayList<>();
        for (int nibble = 0; nibble < 15; nibble++) { // 60 bits: 15 nibbles
            for (long value = 0; value < 16; value++) {
                long ts = rnd.nextLong() & 0x0FFF_FFFF_FFFF_FFFFL;
                ts = ts & ~(0xFL << (4 * nibble)) | value << (4 * nibble);
                stamps.add(new long[] {ts, rnd.nextLong()});
            }
        }
        stamps.add(new long[] {0, 0});
        stamps.add(new long[] {0x0FFF_FFFF_FFFF_FFFFL, -1});
        List<UUID> v6s = new ArrayList<>();
        for (long[] s : stamps) {
            UUID v1 = v1(s[0], s[1]);
            UUID v6 = Uuids.v1ToV6(v1);
            assertThat(Uuids.version(v6)).isEqualTo(6);
            assertThat(v6.getLeastSignificantBits()).isEqualTo(v1.getLeastSignificantBits());
            assertThat(Uuids.v6ToV1(v6)).as("ts %x", s[0]).isEqualTo(v1);
            // v6's first 48 bits are the timestamp's top 48, its rand... bits 52-63 the low 12.
            assertThat(v6.getMostSignificantBits() >>> 16).isEqualTo(s[0] >>> 12);
            assertThat(v6.getMostSignificantBits() & 0xFFF).isEqualTo(s[0] & 0xFFF);
            v6s.add(v6);
        }
        List<UUID> byV6 = new ArrayList<>(v6s);
        byV6.sort(UuidOrder.UNSIGNED);
        List<UUID> byTimestamp = new ArrayList<>(v6s);
        byTimestamp.sort(Comparator.comparingLong((UUID u) -> Uuids.v6ToV1(u).timestamp())
                .thenComparing(UuidOrder.UNSIGNED));
        assertThat(byV6).isEqualTo(byTimestamp); // UUID.timestamp() is the JDK's own reading of a v1
    }

    @Test
    void refusesOtherVersionsAndVariants() {
        assertThatThrownBy(() -> Uuids.v1ToV6(RFC_V6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a UUID version 1: 1ec9414c-232a-6b00-b3c8-9f6bdeced846 (version 6)");
        assertThatThrownBy(() -> Uuids.v6ToV1(RFC_V1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a UUID version 6: c232ab00-9414-11ec-b3c8-9f6bdeced846 (version 1)");
        UUID ncs = new UUID(RFC_V1.getMostSignificantBits(), RFC_V1.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL);
        assertThatThrownBy(() -> Uuids.v1ToV6(ncs)).hasMessageContaining("not the RFC 9562 variant");
        assertThatThrownBy(() -> Uuids.v1ToV6(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void generatedV6IsIncreasingTimestampedNowAndHasARandomMulticastNode() {
        long before = Uuids.V6.gregorian100ns(Instant.now());
        UUID previous = Uuids.v6();
        for (int i = 0; i < 100_000; i++) {
            UUID next = Uuids.v6();
            assertThat(Uuids.version(next)).isEqualTo(6);
            assertThat(next.getLeastSignificantBits() >>> 62).isEqualTo(2);
            assertThat(next.getLeastSignificantBits() & (1L << 40)).isNotZero(); // multicast bit (RFC 9562 §6.10)
            assertThat(UuidOrder.compareUnsigned(next, previous)).isPositive();
            previous = next;
        }
        long ts = Uuids.v6ToV1(previous).timestamp();
        // At most 100,000 ids ahead of the clock (one 100-ns step per id beyond the clock's pace).
        assertThat(ts).isBetween(before, Uuids.V6.gregorian100ns(Instant.now()) + 100_001);
    }
}
