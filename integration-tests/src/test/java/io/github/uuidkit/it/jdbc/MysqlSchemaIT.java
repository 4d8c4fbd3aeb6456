package io.github.uuidkit.it.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import io.github.uuidkit.mysql.MysqlBackfill;
import io.github.uuidkit.mysql.MysqlSchema;
import io.github.uuidkit.mysql.MysqlServerInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The DDL and expressions of {@link MysqlSchema} and the v7 backfill run as intended on MySQL and MariaDB. */
class MysqlSchemaIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#mySqlFamily")
    void virtualTextColumnsShowTheCanonicalText(Engine engine) throws SQLException {
        Engines.announce(MysqlSchemaIT.class, engine);
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            MysqlSchema schema = MysqlSchema.forServer(MysqlServerInfo.detect(c));
            MysqlSchema swapped = schema.withLayout(UuidBinaryLayout.TIME_SWAPPED);
            String orders = tables.name("orders");
            String legacy = tables.name("legacy");
            ItDb.exec(c, schema.createUuidTable(orders, "id", "id_text"),
                    swapped.createUuidTable(legacy, "id", "id_text"));
            List<UUID> ids = ItDb.edgeSet();
            try (PreparedStatement a = c.prepareStatement("INSERT INTO " + orders + " (id) VALUES (?)");
                 PreparedStatement b = c.prepareStatement("INSERT INTO " + legacy + " (id) VALUES (?)")) {
                for (UUID id : ids) {
                    UuidJdbc.set(a, 1, id, UuidColumnKind.BINARY16);
                    a.executeUpdate();
                    UuidJdbc.set(b, 1, id, UuidColumnKind.BINARY16_TIME_SWAPPED);
                    b.executeUpdate();
                }
            }
            for (String table : List.of(orders, legacy)) {
                List<String> texts = ItDb.texts(c, "SELECT id_text FROM " + table);
                assertThat(texts).as(table).containsExactlyInAnyOrderElementsOf(ids.stream().map(UUID::toString).toList());
            }
            // textToBinary is the inverse, in the same layout
            assertThat(ItDb.count(c, "SELECT COUNT(*) FROM " + orders + " WHERE " + schema.textToBinary("id_text") + " = id"))
                    .isEqualTo(ids.size());
            assertThat(ItDb.count(c, "SELECT COUNT(*) FROM " + legacy + " WHERE " + swapped.textToBinary("id_text") + " = id"))
                    .isEqualTo(ids.size());
            if (engine.isMySql()) {
                assertThat(ItDb.count(c, "SELECT COUNT(*) FROM " + legacy + " WHERE id = UUID_TO_BIN(id_text, 1)"))
                        .isEqualTo(ids.size());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#mySqlFamily")
    void hybridTableHasAnAutoIncrementKeyAndAUniquePublicId(Engine engine) throws SQLException {
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            MysqlSchema schema = MysqlSchema.forServer(MysqlServerInfo.detect(c));
            String customers = tables.name("customers");
            ItDb.exec(c, schema.createHybridTable(customers, "id", "public_id", "public_id_text"));
            UUID first = Uuids.v7();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + customers + " (public_id) VALUES (?)")) {
                UuidJdbc.set(ps, 1, first, UuidColumnKind.BINARY16);
                ps.executeUpdate();
                UuidJdbc.set(ps, 1, Uuids.v7(), UuidColumnKind.BINARY16);
                ps.executeUpdate();
                UuidJdbc.set(ps, 1, first, UuidColumnKind.BINARY16);
                assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLIntegrityConstraintViolationException.class);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, public_id, public_id_text FROM " + customers
                    + " WHERE public_id = ?")) {
                UuidJdbc.set(ps, 1, first, UuidColumnKind.BINARY16);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(1L);
                    assertThat(UuidJdbc.get(rs, "public_id", UuidColumnKind.BINARY16)).isEqualTo(first);
                    assertThat(rs.getString(3)).isEqualTo(first.toString());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#mySqlFamily")
    void backfillDerivesV7KeysFromCreatedAtInBatches(Engine engine) throws SQLException {
        int rows = 20_000;
        LocalDateTime base = LocalDateTime.of(2024, 3, 1, 12, 0);
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            MysqlSchema schema = MysqlSchema.forServer(MysqlServerInfo.detect(c));
            String accounts = tables.name("accounts");
            ItDb.exec(c, "CREATE TABLE " + accounts + " (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, created_at DATETIME(3) NULL)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + accounts + " (created_at) VALUES (?)")) {
                for (int i = 0; i < rows; i++) {
                    // inserted out of time order, so key order is not time order; two rows without a timestamp
                    LocalDateTime t = base.plusNanos((i * 7919L) % rows * 3_000_000L);
                    // as text: Connector/J drops the fraction of a bound Timestamp on MariaDB below 11, whose
                    // handshake version (5.5.5-10.11.5-MariaDB) it reads as 5.5, without fractional seconds
                    ps.setString(1, i == 10 || i == 15_000 ? null : t.toString().replace('T', ' '));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            ItDb.exec(c, schema.addNullableUuidColumn(accounts, "public_id"));
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            MysqlBackfill.Result result = MysqlBackfill.v7FromTimestamps(c, accounts, "id", "created_at", "public_id",
                    ZoneOffset.UTC, 1_000);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            c.setAutoCommit(true);
            System.out.printf("[uuidkit-it] MysqlSchemaIT: %s backfill of %,d rows: %s in %d ms%n", engine, rows, result,
                    millis);
            assertThat(result.updated()).isEqualTo(rows - 2);
            assertThat(result.withoutTimestamp()).isEqualTo(2);
            assertThat(result.batches()).isEqualTo(rows / 1_000);

            List<UUID> byKey = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT public_id, created_at FROM " + accounts + " WHERE created_at IS NOT NULL ORDER BY created_at");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = UuidJdbc.get(rs, 1, UuidColumnKind.BINARY16);
                    LocalDateTime created = rs.getObject(2, LocalDateTime.class);
                    assertThat(Uuids.isV7(id)).isTrue();
                    assertThat(Uuids.unixMillis(id)).isEqualTo(created.toInstant(ZoneOffset.UTC).toEpochMilli());
                    byKey.add(id);
                }
            }
            List<UUID> sorted = new ArrayList<>(byKey);
            sorted.sort(UuidOrder.UNSIGNED);
            assertThat(byKey).as("created_at order is public_id order").isEqualTo(sorted);
            // the server agrees: ORDER BY public_id is ORDER BY created_at
            assertThat(ItDb.texts(c, "SELECT id FROM " + accounts + " WHERE public_id IS NOT NULL ORDER BY public_id"))
                    .isEqualTo(ItDb.texts(c, "SELECT id FROM " + accounts + " WHERE public_id IS NOT NULL ORDER BY created_at"));
            // a rerun finds nothing more to do
            assertThat(MysqlBackfill.v7FromTimestamps(c, accounts, "id", "created_at", "public_id", ZoneOffset.UTC, 1_000)
                    .updated()).isZero();
            ItDb.exec(c, "SET SESSION sql_mode = 'STRICT_TRANS_TABLES'");
            assertThatThrownBy(() -> ItDb.exec(c, schema.requireUniqueUuidColumn(accounts, "public_id")))
                    .as("two rows are still NULL").isInstanceOf(SQLException.class);
            ItDb.exec(c, "DELETE FROM " + accounts + " WHERE public_id IS NULL",
                    schema.requireUniqueUuidColumn(accounts, "public_id"));
            assertThat(ItDb.count(c, "SELECT COUNT(DISTINCT public_id) FROM " + accounts)).isEqualTo(rows - 2);
        }
    }
}
