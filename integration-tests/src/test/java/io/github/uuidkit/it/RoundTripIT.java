package io.github.uuidkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.EngineKind;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.IdTable;
import io.github.uuidkit.it.support.TestUuids;
import io.github.uuidkit.it.support.UuidColumn;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Suite 7: the edge set (NIL, MAX, sign-bit values, every version 1-8, v7 at millisecond 0 and 2^48-1) survives
 * every column kind byte for byte: PostgreSQL {@code uuid}; MySQL/MariaDB {@code BINARY(16)} in both layouts;
 * {@code CHAR(36)} everywhere; MariaDB {@code UUID}.
 */
class RoundTripIT {

    static Stream<Arguments> engineAndColumn() {
        return Engines.all().flatMap(engine -> Stream.of(UuidColumn.values())
                .filter(column -> applies(engine.kind(), column))
                .map(column -> Arguments.of(engine, column)));
    }

    /** By kind only, so that listing the cases starts no engine; versions are checked in the test. */
    private static boolean applies(EngineKind kind, UuidColumn column) {
        switch (column) {
            case PG_UUID:
                return kind == EngineKind.POSTGRES;
            case BINARY16_STANDARD:
            case BINARY16_TIME_SWAPPED:
                return kind.isMySqlFamily();
            case MARIADB_UUID:
                return kind == EngineKind.MARIADB;
            default:
                return true;
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("engineAndColumn")
    void edgeSetRoundTripsByteIdentical(Engine engine, UuidColumn column) throws Exception {
        Engines.announce(RoundTripIT.class, engine);
        assumeTrue(column.supportedBy(engine), () -> "not applicable: " + engine + " " + engine.version()
                + " has no " + column.sqlType() + " column type");
        List<UUID> edge = TestUuids.edgeSet(7);
        try (Connection c = engine.connect(); IdTable table = IdTable.create(c, column, "round_trip")) {
            for (UUID id : edge) {
                table.insert(id); // one by one: a rejection names the value
            }
            assertThat(table.select("SELECT id FROM " + table.name())).containsExactlyInAnyOrderElementsOf(edge);

            List<String> raw = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id FROM " + table.name())) {
                while (rs.next()) {
                    raw.add(column.layout() != null ? HexFormat.of().formatHex(rs.getBytes(1)) : rs.getString(1));
                }
            }
            for (UUID id : edge) {
                expected.add(column.layout() != null ? HexFormat.of().formatHex(column.layout().toBytes(id))
                        : UuidStrings.format(id));
            }
            assertThat(raw).as("raw column values").containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
