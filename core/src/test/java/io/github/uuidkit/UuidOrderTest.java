package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.testsupport.Samples;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidOrderTest {

    @Test
    void agreesWithUnsignedByteComparisonForEveryPair() {
        List<UUID> uuids = Samples.uuids(300);
        for (UUID a : uuids) {
            for (UUID b : uuids) {
                // Reference: the 16 big-endian bytes compared unsigned, as PostgreSQL's uuid_cmp (memcmp) does.
                int expected = Integer.signum(Arrays.compareUnsigned(bigEndian(a), bigEndian(b)));
                assertThat(Integer.signum(UuidOrder.UNSIGNED.compare(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
            }
        }
    }

    @Test
    void agreesOnPairsThatShareTheirHighHalf() {
        List<UUID> uuids = Samples.uuids(2000);
        for (int i = 1; i < uuids.size(); i++) {
            UUID a = uuids.get(i - 1);
            UUID b = new UUID(a.getMostSignificantBits(), uuids.get(i).getLeastSignificantBits());
            int expected = Integer.signum(Arrays.compareUnsigned(bigEndian(a), bigEndian(b)));
            assertThat(Integer.signum(UuidOrder.compareUnsigned(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
        }
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

    @Test
    void rejectsNullNamingTheParameter() {
        UUID one = new UUID(0, 1);
        assertThatThrownBy(() -> UuidOrder.compareUnsigned(null, one))
                .isInstanceOf(NullPointerException.class).hasMessage("a");
        assertThatThrownBy(() -> UuidOrder.UNSIGNED.compare(one, null))
                .isInstanceOf(NullPointerException.class).hasMessage("b");
    }
}
