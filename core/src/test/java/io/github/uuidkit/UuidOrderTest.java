package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class UuidOrderTest {

    @Property(tries = 5000)
    void agreesWithUnsignedByteComparison(@ForAll long msbA, @ForAll long lsbA,
                                         @ForAll long msbB, @ForAll long lsbB) {
        UUID a = new UUID(msbA, lsbA);
        UUID b = new UUID(msbB, lsbB);
        // Reference: the 16 big-endian bytes compared unsigned, as PostgreSQL's uuid_cmp (memcmp) does.
        int expected = Integer.signum(Arrays.compareUnsigned(bigEndian(a), bigEndian(b)));
        assertThat(Integer.signum(UuidOrder.UNSIGNED.compare(a, b))).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void agreesOnPairsThatShareTheirHighHalf(@ForAll long msb, @ForAll long lsbA, @ForAll long lsbB) {
        UUID a = new UUID(msb, lsbA);
        UUID b = new UUID(msb, lsbB);
        int expected = Integer.signum(Arrays.compareUnsigned(bigEndian(a), bigEndian(b)));
        assertThat(Integer.signum(UuidOrder.compareUnsigned(a, b))).isEqualTo(expected);
    }

    @Test
    void jdkCompareToDisagreesWhenTheSignBitIsSet() {
        UUID low = UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff");
        UUID high = UUID.fromString("80000000-0000-4000-8000-000000000000");
        // A database sorts 7fff... before 8000...; the JDK's signed compareTo says the opposite.
        assertThat(UuidOrder.UNSIGNED.compare(low, high)).isNegative();
        assertThat(low.compareTo(high)).isPositive();
    }

    @Test
    void jdkCompareToDisagreesOnTheLowHalfToo() {
        UUID a = UUID.fromString("017f22e2-79b0-7cc3-18c4-dc0c0c07398f");
        UUID b = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
        assertThat(UuidOrder.UNSIGNED.compare(a, b)).isNegative();
        assertThat(a.compareTo(b)).isPositive();
    }

    private static byte[] bigEndian(UUID uuid) {
        return ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
    }
}
