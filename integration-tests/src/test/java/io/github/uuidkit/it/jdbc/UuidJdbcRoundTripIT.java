package io.github.uuidkit.it.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edge set and 100,000 generated UUIDs round-trip through every column kind on every engine,
 * and what is stored equals what the server's own functions make of the same UUID's JDK text.
 */
class UuidJdbcRoundTripIT {

    private static final int ROWS = 100_000;
    private static final int BATCH = 10_000;

    static Stream<Arguments> cases() {
        return ItDb.enginesAndKinds(Engines.all());
    }

    private static void createTable(Connection c, Engine engine, String table, UuidColumnKind type) throws SQLException {
        ItDb.exec(c, "CREATE TABLE " + table + " (seq INT PRIMARY KEY, id " + ItDb.columnType(engine, type)
                        + " NULL, txt VARCHAR(36) NULL)");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void edgeSetRoundTripsOneRowAtATime(Engine engine, UuidColumnKind type) throws SQLException {
        Engines.announce(UuidJdbcRoundTripIT.class, engine);
        List<UUID> edge = ItDb.edgeSet();
        edge.add(null);
        try (Connection c = ItDb.connect(engine); TestTables tables = TestTables.on(c)) {
            String table = ItDb.table(tables, "rt1", type);
            createTable(c, engine, table, type);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (seq, id, txt) VALUES (?, ?, ?)")) {
                for (int i = 0; i < edge.size(); i++) {
                    UUID u = edge.get(i);
                    ps.setInt(1, i);
                    UuidJdbc.set(ps, 2, u, type);
                    ps.setString(3, u == null ? null : u.toString());
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
            }
            assertThat(readBack(c, table, type)).containsExactlyElementsOf(edge);
            assertThat(ItDb.count(c, "SELECT COUNT(*) FROM " + table + " WHERE " + ItDb.knownAnswer(engine, type)))
                    .as("rows whose stored value equals the server's own encoding of the text")
                    .isEqualTo(edge.size() - 1);
            assertThat(ItDb.count(c, "SELECT COUNT(*) FROM " + table + " WHERE id IS NULL")).isEqualTo(1);
            // and by label
            try (PreparedStatement ps = c.prepareStatement("SELECT id AS public_id FROM " + table + " WHERE seq = ?")) {
                ps.setInt(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(UuidJdbc.get(rs, "public_id", type)).isEqualTo(Uuids.MAX);
                }
            }
            // a UUID bound as a WHERE parameter finds its row
            try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM " + table + " WHERE id = ?")) {
                UuidJdbc.set(ps, 1, edge.get(12), type);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(12);
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void hundredThousandRowsRoundTripInBatches(Engine engine, UuidColumnKind type) throws SQLException {
        Engines.announce(UuidJdbcRoundTripIT.class, engine);
        List<UUID> ids = new ArrayList<>(ItDb.edgeSet());
        for (int i = ids.size(); i < ROWS; i++) {
            ids.add(i % 2 == 0 ? Uuids.v7() : Uuids.v4());
        }
        try (Connection c = ItDb.connect(engine); TestTables tables = TestTables.on(c)) {
            String table = ItDb.table(tables, "rtb", type);
            createTable(c, engine, table, type);
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (seq, id, txt) VALUES (?, ?, ?)")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setInt(1, i);
                    UuidJdbc.set(ps, 2, ids.get(i), type);
                    ps.setString(3, ids.get(i).toString());
                    ps.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            long inserted = System.nanoTime();
            List<UUID> read = readBack(c, table, type);
            long readDone = System.nanoTime();
            assertThat(read).hasSize(ROWS);
            assertThat(read).isEqualTo(ids);
            assertThat(ItDb.count(c, "SELECT COUNT(*) FROM " + table + " WHERE NOT (" + ItDb.knownAnswer(engine, type) + ")"))
                    .as("rows whose stored value differs from the server's own encoding of the text")
                    .isZero();
            long checked = System.nanoTime();
            c.commit();
            System.out.printf("[uuidkit-it] UuidJdbcRoundTripIT: %s %s: %,d rows inserted in %d ms, read in %d ms,"
                            + " server-checked in %d ms%n", engine, type, ROWS, (inserted - t0) / 1_000_000,
                    (readDone - inserted) / 1_000_000, (checked - readDone) / 1_000_000);
            c.setAutoCommit(true);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void batchHelpersInsertEveryUuid(Engine engine, UuidColumnKind type) throws SQLException {
        List<UUID> ids = new ArrayList<>(ItDb.edgeSet());
        for (int i = ids.size(); i < 5_000; i++) {
            ids.add(Uuids.v7());
        }
        try (Connection c = ItDb.connect(engine); TestTables tables = TestTables.on(c)) {
            String table = ItDb.table(tables, "rth", type);
            ItDb.exec(c, "CREATE TABLE " + table + " (id " + ItDb.columnType(engine, type) + " NOT NULL)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id) VALUES (?)")) {
                assertThat(UuidJdbc.executeBatches(ps, 1, ids.subList(0, 3_000), type, 1_000)).isEqualTo(3_000);
                assertThat(UuidJdbc.addBatch(ps, 1, ids.subList(3_000, ids.size()), type)).isEqualTo(2_000);
                ps.executeBatch();
            }
            List<UUID> read = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read.add(UuidJdbc.get(rs, 1, type));
                }
            }
            assertThat(read).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    private static List<UUID> readBack(Connection c, String table, UuidColumnKind type) throws SQLException {
        List<UUID> read = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                read.add(UuidJdbc.get(rs, 1, type));
            }
        }
        return read;
    }
}
