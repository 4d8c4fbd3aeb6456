package io.github.uuidkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.IdTable;
import io.github.uuidkit.it.support.Orders;
import io.github.uuidkit.it.support.TestUuids;
import io.github.uuidkit.it.support.UuidColumn;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Suite 3: {@link UuidOrder#UNSIGNED} is exactly each engine's {@code ORDER BY} on PostgreSQL {@code uuid} and
 * MySQL/MariaDB {@code BINARY(16)}, and {@link UUID#compareTo} (signed longs) is not.
 */
class UnsignedOrderIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void orderByIdIsUnsignedOrderNotUuidCompareTo(Engine engine) throws Exception {
        Engines.announce(UnsignedOrderIT.class, engine);
        Random random = new Random(3);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            ids.add(TestUuids.ofVersion(4, random));
        }
        for (String s : List.of("00000000-0000-4000-8000-000000000000", "7fffffff-ffff-4fff-bfff-ffffffffffff",
                "80000000-0000-4000-8000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff",
                "12345678-9abc-4def-8123-456789abcdef", "12345678-9abc-4def-b123-456789abcdef",
                "92345678-9abc-4def-8123-456789abcdef")) {
            ids.add(UuidStrings.parse(s));
        }
        assertThat(ids).as("ids with the sign bit set (first hex digit >= 8)")
                .anySatisfy(id -> assertThat(id.getMostSignificantBits()).isNegative())
                .anySatisfy(id -> assertThat(id.getMostSignificantBits()).isNotNegative());

        List<UUID> unsigned = new ArrayList<>(ids);
        unsigned.sort(UuidOrder.UNSIGNED);
        List<UUID> jdk = new ArrayList<>(ids);
        jdk.sort(Comparator.naturalOrder());

        try (Connection c = engine.connect();
             IdTable table = IdTable.create(c, UuidColumn.orderedKey(engine), "unsigned_order")) {
            table.insertAll(TestUuids.shuffled(ids, 3));
            List<UUID> ordered = table.selectOrderedById();
            Orders.assertSameOrder(ordered, unsigned, "ORDER BY id on " + engine + " vs UuidOrder.UNSIGNED");
            Orders.assertDifferentOrder(ordered, jdk, "UUID.compareTo is signed: it must not match ORDER BY id");
            assertThat(ordered.get(0).getMostSignificantBits()).isNotNegative();
            assertThat(ordered.get(ordered.size() - 1).getMostSignificantBits()).isNegative();
        }
    }
}
