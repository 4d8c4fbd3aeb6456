package io.github.uuidkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.IdTable;
import io.github.uuidkit.it.support.TestUuids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Suite 4: known-answer checks of {@link UuidBinaryLayout} against MySQL's and MariaDB's own view of the bytes:
 * {@code HEX(id)} of stored {@code BINARY(16)}, and (MySQL 8.0+ only) {@code UUID_TO_BIN} / {@code BIN_TO_UUID}
 * with and without the swap flag, for ids of every version 1-8.
 */
class MySqlBytesIT {

    private static List<UUID> idsOfEveryVersion(long seed) {
        Random random = new Random(seed);
        List<UUID> ids = new ArrayList<>();
        for (int version = 1; version <= 8; version++) {
            for (int i = 0; i < 25; i++) {
                ids.add(TestUuids.ofVersion(version, random));
            }
        }
        ids.add(Uuids.v7());
        ids.add(Uuids.v4());
        ids.add(Uuids.NIL);
        ids.add(Uuids.MAX);
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#mySqlFamily")
    void storedHexIsStandardBytes(Engine engine) throws Exception {
        Engines.announce(MySqlBytesIT.class, engine);
        List<UUID> ids = idsOfEveryVersion(4);
        String table = IdTable.uniqueName("mysql_hex");
        try (Connection c = engine.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + table + " (id BINARY(16) NOT NULL PRIMARY KEY, swapped BINARY(16) NOT NULL)");
            try {
                insert(c, table, ids);
                int rows = 0;
                try (ResultSet rs = st.executeQuery("SELECT id, HEX(id), HEX(swapped) FROM " + table)) {
                    while (rs.next()) {
                        UUID id = UuidBinaryLayout.STANDARD.fromBytes(rs.getBytes(1));
                        assertThat(rs.getString(2)).as("HEX(id) of %s", id)
                                .isEqualTo(HexFormat.of().withUpperCase()
                                        .formatHex(UuidBinaryLayout.STANDARD.toBytes(id)))
                                .isEqualToIgnoringCase(UuidStrings.formatCompact(id));
                        assertThat(rs.getString(3)).as("HEX(swapped) of %s", id).isEqualTo(
                                HexFormat.of().withUpperCase().formatHex(UuidBinaryLayout.TIME_SWAPPED.toBytes(id)));
                        rows++;
                    }
                }
                assertThat(rows).isEqualTo(ids.size());
            } finally {
                st.execute("DROP TABLE " + table);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#mySqlFamily")
    void serverUuidFunctionsMatchLayouts(Engine engine) throws Exception {
        Engines.announce(MySqlBytesIT.class, engine);
        if (engine.isMariaDb()) {
            // MariaDB has no UUID_TO_BIN()/BIN_TO_UUID() (it offers the native UUID type instead): a fact per version
            try (Connection c = engine.connect(); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeQuery("SELECT UUID_TO_BIN('" + Uuids.v7() + "')"))
                        .as("%s has no UUID_TO_BIN()", engine.version())
                        .isInstanceOf(SQLException.class).hasMessageContaining("UUID_TO_BIN does not exist");
            }
            return;
        }
        List<UUID> ids = idsOfEveryVersion(8);
        try (Connection c = engine.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT UUID_TO_BIN(?), UUID_TO_BIN(?, 1), BIN_TO_UUID(?), BIN_TO_UUID(?, 1)")) {
            for (UUID id : ids) {
                String text = UuidStrings.format(id);
                ps.setString(1, text);
                ps.setString(2, text);
                ps.setBytes(3, UuidBinaryLayout.STANDARD.toBytes(id));
                ps.setBytes(4, UuidBinaryLayout.TIME_SWAPPED.toBytes(id));
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBytes(1)).as("UUID_TO_BIN('%s')", text)
                            .isEqualTo(UuidBinaryLayout.STANDARD.toBytes(id));
                    assertThat(rs.getBytes(2)).as("UUID_TO_BIN('%s', 1)", text)
                            .isEqualTo(UuidBinaryLayout.TIME_SWAPPED.toBytes(id));
                    assertThat(rs.getString(3)).as("BIN_TO_UUID(STANDARD bytes of %s)", text).isEqualTo(text);
                    assertThat(rs.getString(4)).as("BIN_TO_UUID(TIME_SWAPPED bytes of %s, 1)", text).isEqualTo(text);
                    assertThat(UuidStrings.parse(rs.getString(3))).isEqualTo(id);
                }
            }
        }
        String table = IdTable.uniqueName("mysql_bin_to_uuid");
        try (Connection c = engine.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + table + " (id BINARY(16) NOT NULL PRIMARY KEY, swapped BINARY(16) NOT NULL)");
            try {
                insert(c, table, ids);
                int rows = 0;
                try (ResultSet rs = st.executeQuery("SELECT id, BIN_TO_UUID(id), BIN_TO_UUID(swapped, 1),"
                        + " UUID_TO_BIN(BIN_TO_UUID(id), 1) = swapped FROM " + table)) {
                    while (rs.next()) {
                        UUID id = UuidBinaryLayout.STANDARD.fromBytes(rs.getBytes(1));
                        assertThat(UuidStrings.parse(rs.getString(2))).as("BIN_TO_UUID(id)").isEqualTo(id);
                        assertThat(UuidStrings.parse(rs.getString(3))).as("BIN_TO_UUID(swapped, 1)").isEqualTo(id);
                        assertThat(rs.getBoolean(4)).as("UUID_TO_BIN(.., 1) = our TIME_SWAPPED bytes").isTrue();
                        rows++;
                    }
                }
                assertThat(rows).isEqualTo(ids.size());
            } finally {
                st.execute("DROP TABLE " + table);
            }
        }
    }

    private static void insert(Connection c, String table, List<UUID> ids) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, swapped) VALUES (?, ?)")) {
            for (UUID id : ids) {
                ps.setBytes(1, UuidBinaryLayout.STANDARD.toBytes(id));
                ps.setBytes(2, UuidBinaryLayout.TIME_SWAPPED.toBytes(id));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
