package io.github.uuidkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.IdTable;
import io.github.uuidkit.it.support.Orders;
import io.github.uuidkit.it.support.TestUuids;
import io.github.uuidkit.it.support.UuidColumn;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Suite 5: MySQL's swapped layout ({@code UUID_TO_BIN(x, 1)}, {@link io.github.uuidkit.UuidBinaryLayout#TIME_SWAPPED})
 * puts the v7 version nibble and {@code rand_a} first, so {@code ORDER BY id} of swapped v7 ids is not time order;
 * the same ids in the STANDARD layout are.
 */
class TimeSwappedIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#mySqlFamily")
    void timeSwappedV7LosesTimeOrderStandardKeepsIt(Engine engine) throws Exception {
        Engines.announce(TimeSwappedIT.class, engine);
        Random random = new Random(5);
        AtomicLong clock = new AtomicLong(Instant.parse("2026-03-01T00:00:00Z").toEpochMilli());
        V7Generator generator = V7Generator.builder().millis(clock::get).build();
        List<UUID> generated = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            clock.addAndGet(1 + random.nextInt(300_000)); // up to 5 minutes apart: ~3.5 days in all
            generated.add(generator.next());
        }
        long spanMillis = Uuids.unixMillis(generated.get(generated.size() - 1)) - Uuids.unixMillis(generated.get(0));
        assertThat(Duration.ofMillis(spanMillis)).isGreaterThan(Duration.ofHours(24));

        try (Connection c = engine.connect();
             IdTable standard = IdTable.create(c, UuidColumn.BINARY16_STANDARD, "v7_standard");
             IdTable swapped = IdTable.create(c, UuidColumn.BINARY16_TIME_SWAPPED, "v7_swapped")) {
            List<UUID> shuffled = TestUuids.shuffled(generated, 5);
            standard.insertAll(shuffled);
            swapped.insertAll(shuffled);

            Orders.assertSameOrder(standard.selectOrderedById(), generated, "STANDARD layout, ORDER BY id");

            List<UUID> swappedOrder = swapped.selectOrderedById();
            assertThat(swappedOrder).as("same ids").containsExactlyInAnyOrderElementsOf(generated);
            Orders.assertDifferentOrder(swappedOrder, generated, "TIME_SWAPPED layout, ORDER BY id vs creation order");
            int inversions = 0;
            for (int i = 1; i < swappedOrder.size(); i++) {
                if (Uuids.unixMillis(swappedOrder.get(i)) < Uuids.unixMillis(swappedOrder.get(i - 1))) {
                    inversions++;
                }
            }
            assertThat(inversions).as("adjacent rows going back in time").isGreaterThan(generated.size() / 4);
        }
    }
}
