package io.github.uuidkit.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.Uuids;
import java.util.List;
import java.util.UUID;

/**
 * Order assertions for long id lists that report the first difference (with neighbours and milliseconds) instead
 * of printing tens of thousands of ids.
 */
public final class Orders {

    private Orders() {
    }

    /** Index of the first position where the lists differ, the shorter length if one is a prefix, or -1. */
    public static int firstDifference(List<UUID> a, List<UUID> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return i;
            }
        }
        return a.size() == b.size() ? -1 : n;
    }

    /** Asserts {@code actual} (e.g. {@code ORDER BY id}) is exactly {@code expected} (e.g. generation order). */
    public static void assertSameOrder(List<UUID> actual, List<UUID> expected, String what) {
        assertThat(actual.size()).as("%s: row count", what).isEqualTo(expected.size());
        int i = firstDifference(actual, expected);
        assertThat(i).as("%s: first difference at index %d: actual %s, expected %s", what, i, around(actual, i),
                around(expected, i)).isEqualTo(-1);
    }

    /** Asserts the two orders differ somewhere (same ids, different order). */
    public static void assertDifferentOrder(List<UUID> actual, List<UUID> other, String what) {
        assertThat(firstDifference(actual, other)).as("%s: the orders are identical (%d ids)", what, actual.size())
                .isNotEqualTo(-1);
    }

    private static String around(List<UUID> ids, int i) {
        if (i < 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int k = Math.max(0, i - 2); k < Math.min(ids.size(), i + 3); k++) {
            UUID id = ids.get(k);
            sb.append(k == i ? ">" : "").append(k).append(": ").append(UuidStrings.format(id));
            if (Uuids.isV7(id)) {
                sb.append(" (ms ").append(Uuids.unixMillis(id)).append(')');
            }
            sb.append(k + 1 < Math.min(ids.size(), i + 3) ? ", " : "");
        }
        return sb.append(']').toString();
    }
}
