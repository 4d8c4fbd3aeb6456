package io.github.uuidkit.it.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import io.github.uuidkit.mysql.MysqlServerInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PostgreSQL {@code uuid[]} and MariaDB's native {@code UUID} type. */
class EngineSpecificsIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void nativeUuidKindNamesEachServersNativeTypeOnce(Engine engine) throws SQLException {
        Engines.announce(EngineSpecificsIT.class, engine);
        try (Connection c = engine.connect()) {
            if (engine.isPostgres()) {
                assertThat(UuidJdbc.nativeUuidKind(c)).isEqualTo(UuidColumnKind.POSTGRES_UUID);
            } else if (engine.isMariaDb()) {
                // Through MySQL Connector/J: product "MySQL", version "...-MariaDB".
                assertThat(UuidJdbc.nativeUuidKind(c)).isEqualTo(UuidColumnKind.MARIADB_UUID);
            } else {
                assertThatThrownBy(() -> UuidJdbc.nativeUuidKind(c))
                        .isInstanceOf(java.sql.SQLFeatureNotSupportedException.class)
                        .hasMessageStartingWith("No native UUID column kind for database 'MySQL' version '8.0");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#allPostgres")
    void postgresUuidArrayFindsExactlyTheGivenKeys(Engine engine) throws SQLException {
        Engines.announce(EngineSpecificsIT.class, engine);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(Uuids.v7());
        }
        try (Connection c = ItDb.connect(engine); TestTables tables = TestTables.on(c)) {
            String arr = tables.name("arr");
            ItDb.exec(c, "CREATE TABLE " + arr + " (seq int PRIMARY KEY, id uuid NOT NULL)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + arr + " (seq, id) VALUES (?, ?)")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setInt(1, i);
                    UuidJdbc.set(ps, 2, ids.get(i), UuidColumnKind.POSTGRES_UUID);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<UUID> wanted = new ArrayList<>(ids.subList(100, 200));
            wanted.add(Uuids.v4()); // absent
            List<UUID> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + arr + " WHERE id = ANY(?) ORDER BY id")) {
                UuidJdbc.setUuidArray(ps, 1, wanted);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(UuidJdbc.get(rs, 1, UuidColumnKind.POSTGRES_UUID));
                    }
                }
            }
            assertThat(found).containsExactlyElementsOf(ids.subList(100, 200));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT array_agg(id ORDER BY seq) FROM " + arr + " WHERE seq < 5");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(UuidJdbc.getUuidArray(rs, 1)).containsExactlyElementsOf(ids.subList(0, 5));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#allMariaDb")
    void mariadbNativeUuidKeepsV7OrderOnThisVersion(Engine engine) throws SQLException {
        Engines.announce(EngineSpecificsIT.class, engine);
        List<UUID> ids = new ArrayList<>(ItDb.edgeSet());
        for (int i = 0; i < 2_000; i++) {
            ids.add(Uuids.v7());
        }
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            String table = tables.name("native_uuid");
            ItDb.exec(c, "CREATE TABLE " + table + " (id UUID PRIMARY KEY)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id) VALUES (?)")) {
                for (UUID id : ids) {
                    UuidJdbc.set(ps, 1, id, UuidColumnKind.MARIADB_UUID);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<UUID> ordered = new ArrayList<>();
            Object sample;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                sample = rs.getObject(1);
                ordered.add(UuidJdbc.get(rs, 1, UuidColumnKind.MARIADB_UUID));
                while (rs.next()) {
                    ordered.add(UuidJdbc.get(rs, 1, UuidColumnKind.MARIADB_UUID));
                }
            }
            MysqlServerInfo info = MysqlServerInfo.detect(c);
            System.out.printf("[uuidkit-it] EngineSpecificsIT: %s UUID column: getObject returns %s; %s%n", engine,
                    sample.getClass().getName(), info);
            List<UUID> v7 = ordered.stream().filter(Uuids::isV7).toList();
            List<UUID> v7Sorted = new ArrayList<>(v7);
            v7Sorted.sort(UuidOrder.UNSIGNED);
            assertThat(info.nativeUuidKeepsV7Order()).isTrue();
            assertThat(v7).as("ORDER BY of a MariaDB %s UUID column", info.version()).isEqualTo(v7Sorted);
            assertThat(ordered).containsExactlyInAnyOrderElementsOf(ids);
        }
    }
}
