package io.github.uuidkit.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Suite 2: uuidkit's v7 and PostgreSQL 18's own {@code uuidv7()} agree: interleaved ids sort by their millisecond,
 * and {@code uuid_extract_timestamp}, {@code uuid_extract_version} and {@code uuid_send} match {@link Uuids} and
 * {@link UuidBinaryLayout#STANDARD}. Runs on the PostgreSQL 18+ engines of the run; what 14-17 have instead is
 * asserted by {@code PostgresVersionFactsIT}.
 */
class PostgresV7InteropIT {

    private static final int STEPS = 60;

    /** The PostgreSQL engines of the run that have {@code uuidv7()}: 18 and later (see PostgresVersionFactsIT). */
    static Stream<Engine> postgres18AndLater() {
        return Engines.allPostgres().filter(e -> e.majorVersion() >= 18);
    }

    private static void requirePg18(Engine e) {
        Engines.announce(PostgresV7InteropIT.class, e);
    }

    /**
     * Client ids ({@code Uuids.v7()}) and server ids ({@code uuidv7()}) created alternately, 3 ms apart, come back
     * from {@code ORDER BY id} in creation order, with strictly increasing milliseconds. Assumes client and server
     * clocks agree to within a millisecond (same host for embedded and Docker on Linux).
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("postgres18AndLater")
    void appAndServerV7InterleavedSortByMillisecond(Engine e) throws Exception {
        requirePg18(e);
        String table = IdTable.uniqueName("pg_interop");
        try (Connection c = e.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + table + " (id uuid PRIMARY KEY, seq int NOT NULL, origin text NOT NULL)");
            try {
                try (PreparedStatement app = c.prepareStatement(
                             "INSERT INTO " + table + " (id, seq, origin) VALUES (?, ?, 'app')");
                     PreparedStatement server = c.prepareStatement(
                             "INSERT INTO " + table + " (id, seq, origin) VALUES (uuidv7(), ?, 'server')")) {
                    for (int seq = 0; seq < STEPS; seq++) {
                        if (seq % 2 == 0) {
                            app.setObject(1, Uuids.v7());
                            app.setInt(2, seq);
                            app.executeUpdate();
                        } else {
                            server.setInt(1, seq);
                            server.executeUpdate();
                        }
                        Thread.sleep(3);
                    }
                }
                List<Integer> seqs = new ArrayList<>();
                List<UUID> ids = new ArrayList<>();
                List<String> origins = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT id, seq, origin FROM " + table + " ORDER BY id")) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                        seqs.add(rs.getInt(2));
                        origins.add(rs.getString(3));
                    }
                }
                assertThat(origins).contains("app", "server");
                assertThat(ids).allSatisfy(id -> assertThat(Uuids.isV7(id)).as("%s is v7", id).isTrue());
                assertThat(seqs).as("creation order along ORDER BY id").isSorted().hasSize(STEPS);
                for (int i = 1; i < ids.size(); i++) {
                    assertThat(Uuids.unixMillis(ids.get(i))).as("ms of row %d vs %d", i, i - 1)
                            .isGreaterThan(Uuids.unixMillis(ids.get(i - 1)));
                }
                assertExtractFunctionsAgree(c, table);
            } finally {
                st.execute("DROP TABLE " + table);
            }
        }
    }

    /** {@code uuid_extract_version} equals {@link Uuids#version} for every version 1-8 and the v7 edge values. */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("postgres18AndLater")
    void extractVersionAndSendMatchForEveryVersion(Engine e) throws Exception {
        requirePg18(e);
        Random random = new Random(18);
        List<UUID> ids = new ArrayList<>();
        for (int version = 1; version <= 8; version++) {
            for (int i = 0; i < 10; i++) {
                ids.add(TestUuids.ofVersion(version, random));
            }
        }
        ids.add(Uuids.v4());
        ids.add(Uuids.v5(Uuids.NAMESPACE_URL, "https://example.com/uuidkit"));
        for (UUID id : TestUuids.edgeSet(18)) {
            if (Uuids.isV7(id)) {
                ids.add(id);
            }
        }
        String table = IdTable.uniqueName("pg_extract");
        try (Connection c = e.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + table + " (id uuid PRIMARY KEY)");
            try {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id) VALUES (?)")) {
                    for (UUID id : ids) {
                        ps.setObject(1, id);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                int rows = 0;
                try (ResultSet rs = st.executeQuery("SELECT id, uuid_extract_version(id), encode(uuid_send(id), 'hex'),"
                        + " uuid_send(id) FROM " + table)) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        assertThat(rs.getInt(2)).as("uuid_extract_version(%s)", id).isEqualTo(Uuids.version(id));
                        assertThat(rs.getString(3)).as("uuid_send(%s)", id)
                                .isEqualTo(HexFormat.of().formatHex(UuidBinaryLayout.STANDARD.toBytes(id)))
                                .isEqualTo(UuidStrings.formatCompact(id));
                        assertThat(rs.getBytes(4)).isEqualTo(UuidBinaryLayout.STANDARD.toBytes(id));
                        rows++;
                    }
                }
                assertThat(rows).isEqualTo(ids.size());
                assertExtractFunctionsAgree(c, table);
            } finally {
                st.execute("DROP TABLE " + table);
            }
        }
    }

    /** For every v7 row: {@code uuid_extract_timestamp} = {@link Uuids#instant}, version = 7, send = STANDARD. */
    private static void assertExtractFunctionsAgree(Connection c, String table) throws Exception {
        int v7Rows = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, uuid_extract_timestamp(id), uuid_extract_version(id),"
                     + " encode(uuid_send(id), 'hex') FROM " + table)) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                if (!Uuids.isV7(id)) {
                    continue;
                }
                v7Rows++;
                assertThat(rs.getObject(2, OffsetDateTime.class).toInstant()).as("uuid_extract_timestamp(%s)", id)
                        .isEqualTo(Uuids.instant(id));
                assertThat(rs.getInt(3)).as("uuid_extract_version(%s)", id).isEqualTo(7).isEqualTo(Uuids.version(id));
                assertThat(rs.getString(4)).as("uuid_send(%s)", id)
                        .isEqualTo(HexFormat.of().formatHex(UuidBinaryLayout.STANDARD.toBytes(id)));
            }
        }
        assertThat(v7Rows).isPositive();
    }
}
