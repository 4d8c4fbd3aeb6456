package io.github.uuidkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.IdTable;
import io.github.uuidkit.it.support.Orders;
import io.github.uuidkit.it.support.TestUuids;
import io.github.uuidkit.it.support.UuidColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Suite 6: MariaDB's native {@code UUID} type (10.7+), bound and read as canonical text.
 *
 * <p>What MariaDB 11.4 does with it (observed on 11.4.5, asserted below):
 * <ul>
 *   <li>RFC 9562 values of versions 1-5 ({@code byte6} in 0x01-0x5f and the variant bit {@code byte8 & 0x80}) are
 *       stored with their fields swapped (node first, time-low last) so that v1 sorts by time; every other value
 *       (v6, v7, v8, NIL, MAX, non-RFC) is stored as is. So v7 ids sort by time, but {@code ORDER BY} on v4 ids is
 *       <em>not</em> unsigned byte order there.</li>
 *   <li>It rejects ("Incorrect uuid value") every value whose byte 6 is 0x80-0xff (version nibble 8-f) while byte 8
 *       is 0x01-0x80; everything else is accepted and reads back unchanged (measured over the whole byte 6 x byte 8
 *       plane on 10.11.5 and 11.4.5, with other bytes varied). So NIL, MAX and every RFC 9562 UUID of versions
 *       1-7 are accepted, but an RFC v8 value whose byte 8 is exactly 0x80 (the variant bits with all six
 *       clock-sequence bits zero: 1 in 64 random v8 values) is refused, while byte 8 = 0x00 (NCS variant) is
 *       accepted.</li>
 * </ul>
 */
class MariaDbUuidTypeIT {

    private static void requireUuidType(Engine engine) {
        Engines.announce(MariaDbUuidTypeIT.class, engine);
        assumeTrue(UuidColumn.MARIADB_UUID.supportedBy(engine),
                () -> "not applicable: the UUID type needs MariaDB 10.7+, " + engine + " is " + engine.version());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#allMariaDb")
    void v7SortsInTimeOrderInNativeUuidColumn(Engine engine) throws Exception {
        requireUuidType(engine);
        Random random = new Random(6);
        AtomicLong clock = new AtomicLong(Instant.parse("1999-12-31T23:59:59Z").toEpochMilli());
        V7Generator generator = V7Generator.builder().millis(clock::get).build();
        List<UUID> generated = new ArrayList<>();
        for (int step = 0; step < 2_000; step++) {
            clock.addAndGet(step % 100 == 0 ? 1 + random.nextInt(1_000_000_000) : 1 + random.nextInt(50));
            int count = step == 1_000 ? 10_000 : 1 + random.nextInt(3); // one burst inside a single millisecond
            for (int i = 0; i < count; i++) {
                generated.add(generator.next());
            }
        }
        try (Connection c = engine.connect();
             IdTable table = IdTable.create(c, UuidColumn.MARIADB_UUID, "mariadb_uuid_v7")) {
            table.insertAll(TestUuids.shuffled(generated, 6));
            List<UUID> ordered = table.selectOrderedById();
            Orders.assertSameOrder(ordered, generated, "ORDER BY id on MariaDB UUID");
            assertThat(ordered).isSortedAccordingTo(UuidOrder.UNSIGNED);
        }
    }

    /** Documents a trap: v1-v5 are stored swapped, so v4 ids in a UUID column do not sort like BINARY(16). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#allMariaDb")
    void v4InNativeUuidColumnIsNotUnsignedOrder(Engine engine) throws Exception {
        requireUuidType(engine);
        Random random = new Random(64);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ids.add(TestUuids.ofVersion(4, random));
        }
        List<UUID> unsigned = new ArrayList<>(ids);
        unsigned.sort(UuidOrder.UNSIGNED);
        try (Connection c = engine.connect();
             IdTable table = IdTable.create(c, UuidColumn.MARIADB_UUID, "mariadb_uuid_v4")) {
            table.insertAll(ids);
            List<UUID> ordered = table.selectOrderedById();
            assertThat(ordered).containsExactlyInAnyOrderElementsOf(ids);
            Orders.assertDifferentOrder(ordered, unsigned,
                    "MariaDB stores RFC v1-v5 swapped: its order is not unsigned byte order");
        }
    }

    /** Which values the UUID type accepts, over every version nibble x variant nibble; accepted ones read back. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#allMariaDb")
    void acceptsEverythingButHighVersionWithNcsVariant(Engine engine) throws Exception {
        requireUuidType(engine);
        List<UUID> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<String> expectedRejected = new ArrayList<>();
        try (Connection c = engine.connect();
             IdTable table = IdTable.create(c, UuidColumn.MARIADB_UUID, "mariadb_uuid_accept")) {
            for (int version = 0; version < 16; version++) {
                for (int variant = 0; variant < 16; variant++) {
                    String text = String.format("12345678-9abc-%x123-%x456-0123456789ab", version, variant);
                    if (version >= 8 && variant < 8) { // byte 8 = 0xV4: inside 0x01-0x80 exactly when V < 8
                        expectedRejected.add(text);
                    }
                    UUID id = UuidStrings.parse(text);
                    try {
                        table.insert(id);
                        accepted.add(id);
                    } catch (SQLException e) {
                        assertThat(e.getMessage()).contains("Incorrect uuid value");
                        rejected.add(text);
                    }
                }
            }
            assertThat(rejected).as("rejected by %s", engine.version()).isEqualTo(expectedRejected);
            assertThat(table.select("SELECT id FROM " + table.name())).containsExactlyInAnyOrderElementsOf(accepted);
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table.name() + " WHERE id = ?")) {
                for (UUID id : accepted) {
                    UuidColumn.MARIADB_UUID.bind(ps, 1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertThat(rs.getInt(1)).as("lookup of %s", id).isEqualTo(1);
                    }
                }
            }
        }
        assertThat(accepted).contains(UuidStrings.parse("12345678-9abc-7123-8456-0123456789ab"));
        assertThat(Uuids.version(accepted.get(0))).isZero();
    }

    /**
     * The exact refusal boundary, over all 65,536 values of byte 6 x byte 8 (the version and variant bytes) with the
     * other bytes fixed to three different fillers: the server's own {@code CAST(text AS UUID)} decides (NULL =
     * refused), then the four values on the edges of the refused rectangle go through a real {@code UUID} column.
     * The expected rectangle (byte 6 in 0x80-0xff, byte 8 in 0x01-0x80) was measured on 10.11.5 and 11.4.5 with the
     * {@code mariadb} client before this test was written.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#allMariaDb")
    void refusesExactlyHighVersionsWithByte8From01To80(Engine engine) throws Exception {
        requireUuidType(engine);
        String[][] fillers = {
                {"12345678-9abc-", "23-", "56-0123456789ab"},
                {"00000000-0000-", "00-", "00-000000000000"},
                {"ffffffff-ffff-", "ff-", "ff-ffffffffffff"}};
        try (Connection c = engine.connect()) {
            for (String[] f : fillers) {
                String sql = "SELECT MIN(a.seq), MAX(a.seq), MIN(b.seq), MAX(b.seq), COUNT(*)"
                        + " FROM seq_0_to_255 a, seq_0_to_255 b WHERE CAST(CONCAT('" + f[0]
                        + "', LPAD(HEX(a.seq), 2, '0'), '" + f[1] + "', LPAD(HEX(b.seq), 2, '0'), '" + f[2]
                        + "') AS UUID) IS NULL";
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    assertThat(new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)})
                            .as("refused rectangle (byte 6 min/max, byte 8 min/max, count) on %s with filler %s",
                                    engine.version(), f[0])
                            .containsExactly(0x80, 0xff, 0x01, 0x80, 128 * 128);
                }
            }
            try (IdTable table = IdTable.create(c, UuidColumn.MARIADB_UUID, "mariadb_uuid_edge")) {
                for (String accepted : List.of("06743a02-97b3-8f0a-0096-656c9920a527",
                        "06743a02-97b3-8f0a-8196-656c9920a527", "06743a02-97b3-7f0a-8096-656c9920a527")) {
                    table.insert(UuidStrings.parse(accepted));
                }
                for (String refused : List.of("06743a02-97b3-8f0a-8096-656c9920a527",
                        "06743a02-97b3-ff0a-0196-656c9920a527")) {
                    assertThatThrownBy(() -> table.insert(UuidStrings.parse(refused)))
                            .as("%s into a UUID column on %s", refused, engine.version())
                            .hasMessageContaining("Incorrect uuid value");
                }
                assertThat(table.select("SELECT id FROM " + table.name())).hasSize(3);
            }
        }
    }
}
