package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

    /** RFC 9562 Appendix A.6, "Example of a UUIDv7 Value". */
    private static final UUID RFC_V7 = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");

    @Test
    void readsTimestampOfRfcV7Example() {
        // RFC 9562 A.6: unix_ts_ms = 0x017F22E279B0 = Tuesday, February 22, 2022 2:22:22.00 PM GMT-05:00.
        assertThat(Uuids.version(RFC_V7)).isEqualTo(7);
        assertThat(Uuids.isV7(RFC_V7)).isTrue();
        assertThat(Uuids.unixMillis(RFC_V7)).isEqualTo(0x017F22E279B0L);
        assertThat(Uuids.instant(RFC_V7)).isEqualTo(Instant.parse("2022-02-22T19:22:22Z"));
    }

    @Test
    void v5MatchesRfcExample() {
        // RFC 9562 Appendix A.4: UUIDv5 of namespace DNS and name "www.example.com".
        assertThat(Uuids.v5(Uuids.NAMESPACE_DNS, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void namespacesAreThoseOfRfc() {
        // RFC 9562 §6.6, Table 3.
        assertThat(Uuids.NAMESPACE_DNS).hasToString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(Uuids.NAMESPACE_URL).hasToString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
        assertThat(Uuids.NAMESPACE_OID).hasToString("6ba7b812-9dad-11d1-80b4-00c04fd430c8");
        assertThat(Uuids.NAMESPACE_X500).hasToString("6ba7b814-9dad-11d1-80b4-00c04fd430c8");
    }

    @Test
    void nilAndMaxAreThoseOfRfc() {
        // RFC 9562 §5.9 and §5.10.
        assertThat(Uuids.NIL).hasToString("00000000-0000-0000-0000-000000000000");
        assertThat(Uuids.MAX).hasToString("ffffffff-ffff-ffff-ffff-ffffffffffff");
        assertThat(Uuids.version(Uuids.NIL)).isZero();
        assertThat(Uuids.version(Uuids.MAX)).isEqualTo(15);
        assertThat(Uuids.isV7(Uuids.NIL)).isFalse();
    }

    @Test
    void v4HasVersionAndVariantBitsAndNeverRepeats() {
        // RFC 9562 §5.4: version 0b0100 in bits 48-51, variant 0b10 in bits 64-65, 122 random bits.
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = Uuids.v4();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void v4UsesAllRandomBits() {
        long orMsb = 0;
        long andMsb = -1;
        long orLsb = 0;
        long andLsb = -1;
        for (int i = 0; i < 1_000; i++) {
            UUID id = Uuids.v4();
            orMsb |= id.getMostSignificantBits();
            andMsb &= id.getMostSignificantBits();
            orLsb |= id.getLeastSignificantBits();
            andLsb &= id.getLeastSignificantBits();
        }
        // Every bit other than version and variant took both values.
        assertThat(orMsb).isEqualTo(~0xB000L);
        assertThat(andMsb).isEqualTo(0x4000L);
        assertThat(orLsb).isEqualTo(0xBFFF_FFFF_FFFF_FFFFL);
        assertThat(andLsb).isEqualTo(0x8000_0000_0000_0000L);
    }

    @Test
    void v7IsVersion7AndNow() {
        long before = System.currentTimeMillis();
        UUID id = Uuids.v7();
        long after = System.currentTimeMillis();
        assertThat(Uuids.isV7(id)).isTrue();
        assertThat(id.variant()).isEqualTo(2);
        assertThat(Uuids.unixMillis(id)).isBetween(before, after);
    }

    @Test
    void v7IncreasesInUnsignedOrder() {
        UUID previous = Uuids.v7();
        for (int i = 0; i < 100_000; i++) {
            UUID next = Uuids.v7();
            assertThat(UuidOrder.compareUnsigned(next, previous)).isPositive();
            previous = next;
        }
    }

    @Test
    void minAndMaxV7BoundEveryV7OfTheirMillisecond() {
        Instant t = Instant.parse("2022-02-22T19:22:22.123456789Z");
        UUID min = Uuids.minV7(t);
        UUID max = Uuids.maxV7(t);
        // By the RFC 9562 §5.7 layout: 48-bit ms, version 7, rand_a 0 / all ones, variant 10, rand_b 0 / all ones.
        assertThat(min).hasToString("017f22e2-7a2b-7000-8000-000000000000");
        assertThat(max).hasToString("017f22e2-7a2b-7fff-bfff-ffffffffffff");
        assertThat(Uuids.instant(min)).isEqualTo(Instant.parse("2022-02-22T19:22:22.123Z"));
        for (int i = 0; i < 1_000; i++) {
            UUID id = Uuids.v7At(t);
            assertThat(UuidOrder.compareUnsigned(min, id)).isNegative();
            assertThat(UuidOrder.compareUnsigned(id, max)).isNegative();
        }
        assertThat(UuidOrder.compareUnsigned(max, Uuids.minV7(t.plusMillis(1)))).isNegative();
    }

    @Test
    void v7AtCarriesTheGivenMillisecond() {
        Instant t = Instant.parse("2019-03-04T05:06:07.089999Z");
        UUID id = Uuids.v7At(t);
        assertThat(Uuids.isV7(id)).isTrue();
        assertThat(Uuids.instant(id)).isEqualTo(Instant.parse("2019-03-04T05:06:07.089Z"));
        assertThat(Uuids.v7At(t)).isNotEqualTo(id);
    }

    @Test
    void v7RangeEndsAreAccepted() {
        assertThat(Uuids.minV7(Instant.EPOCH)).hasToString("00000000-0000-7000-8000-000000000000");
        assertThat(Uuids.unixMillis(Uuids.maxV7(Instant.ofEpochMilli((1L << 48) - 1))))
                .isEqualTo((1L << 48) - 1);
    }

    @Test
    void rejectsInstantsOutsideV7Range() {
        assertThatThrownBy(() -> Uuids.minV7(Instant.parse("1969-12-31T23:59:59.999Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Instant 1969-12-31T23:59:59.999Z is outside the UUID v7 range "
                        + "1970-01-01T00:00:00Z to +10889-08-02T05:31:50.655Z (48-bit milliseconds)");
        assertThatThrownBy(() -> Uuids.v7At(Instant.ofEpochMilli(1L << 48)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Instant +10889-08-02T05:31:50.656Z is outside the UUID v7 range");
        assertThatThrownBy(() -> Uuids.maxV7(Instant.MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the UUID v7 range");
        assertThatThrownBy(() -> Uuids.maxV7(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("instant");
    }

    @Test
    void rejectsTimestampOfOtherVersions() {
        UUID v4 = UUID.fromString("919108f7-52d1-4320-9bac-f847db4148a8"); // RFC 9562 Appendix A.3
        assertThatThrownBy(() -> Uuids.unixMillis(v4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a UUID version 7: 919108f7-52d1-4320-9bac-f847db4148a8 (version 4);"
                        + " only v7 carries a Unix timestamp");
        UUID wrongVariant = UUID.fromString("017f22e2-79b0-7cc3-18c4-dc0c0c07398f");
        assertThatThrownBy(() -> Uuids.instant(wrongVariant))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a UUID version 7: 017f22e2-79b0-7cc3-18c4-dc0c0c07398f (version 7,"
                        + " not the RFC 9562 variant); only v7 carries a Unix timestamp");
        assertThatThrownBy(() -> Uuids.version(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("uuid");
    }

    @Test
    void v5RejectsNulls() {
        assertThatThrownBy(() -> Uuids.v5(null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("namespace");
        assertThatThrownBy(() -> Uuids.v5(Uuids.NAMESPACE_DNS, (String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> Uuids.v5(Uuids.NAMESPACE_DNS, (byte[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
    }
}
