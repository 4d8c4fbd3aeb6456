package io.github.uuidkit.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import io.github.uuidkit.testsupport.JdbcStubs;
import io.github.uuidkit.testsupport.JdbcStubs.Call;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandlerRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UuidTypeHandlerTest {

    /** RFC 9562, Appendix A.6 (example of a UUIDv7 value): fields big-endian, so the bytes are the hex digits. */
    private static final UUID RFC_V7 = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
    private static final byte[] RFC_V7_BYTES = HexFormat.of().parseHex("017F22E279B07CC398C4DC0C0C07398F");

    /** MySQL 8.0 manual, UUID_TO_BIN(): {@code HEX(UUID_TO_BIN('6ccd780c-baba-1026-9564-5b8c656024db', 1))}. */
    private static final UUID MYSQL_MANUAL = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");
    private static final byte[] MYSQL_MANUAL_TIME_SWAPPED = HexFormat.of().parseHex("1026BABA6CCD780C95645B8C656024DB");

    /** The SQL type of a NULL per kind, as the vocabulary fixes it (not read from UuidColumnKind). */
    private static final Map<UuidColumnKind, Integer> NULL_TYPES = Map.of(
            UuidColumnKind.POSTGRES_UUID, Types.OTHER,
            UuidColumnKind.MARIADB_UUID, Types.VARCHAR,
            UuidColumnKind.BINARY16, Types.BINARY,
            UuidColumnKind.BINARY16_TIME_SWAPPED, Types.BINARY,
            UuidColumnKind.CHAR36, Types.CHAR);

    private static final List<JdbcType> JDBC_TYPES = Arrays.asList(null, JdbcType.OTHER, JdbcType.BINARY,
            JdbcType.VARCHAR, JdbcType.CHAR);

    private static UuidTypeHandler handler(UuidColumnKind kind) {
        // the way MyBatis builds a handler named by typeHandler=: its public no-argument constructor
        return (UuidTypeHandler) new TypeHandlerRegistry().<UUID>getInstance(null, UuidTypeHandlers.of(kind).getClass());
    }

    /**
     * Seeded samples (core's Samples is not readable from this named module's tests): every pair of edge halves,
     * then random UUIDs whose halves are an edge value one time in eight.
     */
    private static List<UUID> samples() {
        long[] edges = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L, 0x8000_0000L};
        List<UUID> uuids = new java.util.ArrayList<>();
        for (long msb : edges) {
            for (long lsb : edges) {
                uuids.add(new UUID(msb, lsb));
            }
        }
        SplittableRandom random = new SplittableRandom(0x9562_2024L);
        while (uuids.size() < 300) {
            long msb = random.nextInt(8) == 0 ? edges[random.nextInt(edges.length)] : random.nextLong();
            long lsb = random.nextInt(8) == 0 ? edges[random.nextInt(edges.length)] : random.nextLong();
            uuids.add(new UUID(msb, lsb));
        }
        return uuids;
    }

    @ParameterizedTest
    @EnumSource(UuidColumnKind.class)
    void eachHandlerClassHasItsKind(UuidColumnKind kind) {
        UuidTypeHandler handler = handler(kind);
        assertThat(handler.kind()).isEqualTo(kind);
        assertThat(handler).isNotSameAs(UuidTypeHandlers.of(kind)).hasSameClassAs(UuidTypeHandlers.of(kind));
        assertThat(handler.toString()).isEqualTo(handler.getClass().getSimpleName() + "[" + kind + "]");
    }

    @Test
    void handlerClassesAreNamedAfterTheirKinds() {
        assertThat(new PostgresUuidTypeHandler().kind()).isEqualTo(UuidColumnKind.POSTGRES_UUID);
        assertThat(new MariaDbUuidTypeHandler().kind()).isEqualTo(UuidColumnKind.MARIADB_UUID);
        assertThat(new UuidBinaryTypeHandler().kind()).isEqualTo(UuidColumnKind.BINARY16);
        assertThat(new UuidTimeSwappedBinaryTypeHandler().kind()).isEqualTo(UuidColumnKind.BINARY16_TIME_SWAPPED);
        assertThat(new UuidStringTypeHandler().kind()).isEqualTo(UuidColumnKind.CHAR36);
        assertThat(new UuidBinaryTypeHandler()).hasToString("UuidBinaryTypeHandler[BINARY16]");
    }

    /** Property-style: every sample (and null), every JdbcType a mapping may name: exactly UuidJdbc.set's calls. */
    @ParameterizedTest
    @EnumSource(UuidColumnKind.class)
    void bindsWithTheCallsOfUuidJdbcWhateverTheJdbcType(UuidColumnKind kind) throws Exception {
        UuidTypeHandler handler = handler(kind);
        List<UUID> values = new ArrayList<>(samples());
        values.add(null);
        for (UUID value : values) {
            List<Call> expected = new ArrayList<>();
            UuidJdbc.set(JdbcStubs.recording(expected), 4, value, kind);
            for (JdbcType jdbcType : JDBC_TYPES) {
                List<Call> actual = new ArrayList<>();
                handler.setParameter(JdbcStubs.recording(actual), 4, value, jdbcType);
                assertThat(actual).as("%s %s jdbcType=%s", kind, value, jdbcType).isEqualTo(expected);
            }
        }
    }

    @Test
    void bindsKnownAnswers() throws Exception {
        assertThat(bind(UuidColumnKind.BINARY16, RFC_V7)).containsExactly(new Call("setBytes", List.of(1, RFC_V7_BYTES)));
        assertThat(bind(UuidColumnKind.BINARY16_TIME_SWAPPED, MYSQL_MANUAL))
                .containsExactly(new Call("setBytes", List.of(1, MYSQL_MANUAL_TIME_SWAPPED)));
        assertThat(bind(UuidColumnKind.POSTGRES_UUID, RFC_V7)).containsExactly(new Call("setObject", List.of(1, RFC_V7)));
        UUID upper = new UUID(0xABCDEF0123456789L, 0xFEDCBA9876543210L);
        assertThat(bind(UuidColumnKind.MARIADB_UUID, upper))
                .containsExactly(new Call("setString", List.of(1, "abcdef01-2345-6789-fedc-ba9876543210")));
        assertThat(bind(UuidColumnKind.CHAR36, upper))
                .containsExactly(new Call("setString", List.of(1, "abcdef01-2345-6789-fedc-ba9876543210")));
    }

    @ParameterizedTest
    @EnumSource(UuidColumnKind.class)
    void bindsNullAsTheKindsSqlTypeNotMyBatisJdbcTypeForNull(UuidColumnKind kind) throws Exception {
        for (JdbcType jdbcType : JDBC_TYPES) {
            List<Call> calls = new ArrayList<>();
            handler(kind).setParameter(JdbcStubs.recording(calls), 3, null, jdbcType);
            assertThat(calls).containsExactly(new Call("setNull", List.of(3, NULL_TYPES.get(kind))));
        }
    }

    private static List<Call> bind(UuidColumnKind kind, UUID value) throws Exception {
        List<Call> calls = new ArrayList<>();
        handler(kind).setParameter(JdbcStubs.recording(calls), 1, value, JdbcType.OTHER);
        return calls;
    }

    @Test
    void readsKnownAnswersByLabelIndexAndOutParameter() throws Exception {
        ResultSet rs = JdbcStubs.resultSet(List.of("n", "id"), 1, RFC_V7_BYTES.clone());
        assertThat(handler(UuidColumnKind.BINARY16).getResult(rs, "id")).isEqualTo(RFC_V7);
        assertThat(handler(UuidColumnKind.BINARY16).getResult(rs, 2)).isEqualTo(RFC_V7);
        assertThat(handler(UuidColumnKind.BINARY16).getResult(JdbcStubs.callable(null, RFC_V7_BYTES.clone()), 2))
                .isEqualTo(RFC_V7);
        ResultSet swapped = JdbcStubs.resultSet(List.of("id"), (Object) MYSQL_MANUAL_TIME_SWAPPED.clone());
        assertThat(handler(UuidColumnKind.BINARY16_TIME_SWAPPED).getResult(swapped, "id")).isEqualTo(MYSQL_MANUAL);
        assertThat(handler(UuidColumnKind.BINARY16_TIME_SWAPPED).getResult(swapped, 1)).isEqualTo(MYSQL_MANUAL);
        assertThat(handler(UuidColumnKind.POSTGRES_UUID).getResult(JdbcStubs.resultSet(List.of("id"), RFC_V7), "id"))
                .isEqualTo(RFC_V7);
        assertThat(handler(UuidColumnKind.MARIADB_UUID).getResult(
                JdbcStubs.resultSet(List.of("id"), "017F22E2-79B0-7CC3-98C4-DC0C0C07398F"), "id")).isEqualTo(RFC_V7);
        assertThat(handler(UuidColumnKind.CHAR36).getResult(
                JdbcStubs.callable("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"), 1)).isEqualTo(RFC_V7);
    }

    /** Property-style: what a handler binds, the same handler reads back, for every kind. */
    @ParameterizedTest
    @EnumSource(UuidColumnKind.class)
    void readsBackWhatItBinds(UuidColumnKind kind) throws Exception {
        UuidTypeHandler handler = handler(kind);
        for (UUID value : samples()) {
            List<Call> calls = new ArrayList<>();
            handler.setParameter(JdbcStubs.recording(calls), 1, value, null);
            Object bound = calls.get(0).args().get(1);
            assertThat(handler.getResult(JdbcStubs.resultSet(List.of("id"), bound), "id")).isEqualTo(value);
            assertThat(handler.getResult(JdbcStubs.resultSet(List.of("id"), bound), 1)).isEqualTo(value);
            assertThat(handler.getResult(JdbcStubs.callable(bound), 1)).isEqualTo(value);
        }
    }

    @ParameterizedTest
    @EnumSource(UuidColumnKind.class)
    void readsSqlNullAsNull(UuidColumnKind kind) throws Exception {
        UuidTypeHandler handler = handler(kind);
        assertThat(handler.getResult(JdbcStubs.resultSet(List.of("id"), (Object) null), "id")).isNull();
        assertThat(handler.getResult(JdbcStubs.resultSet(List.of("id"), (Object) null), 1)).isNull();
        assertThat(handler.getResult(JdbcStubs.callable((Object) null), 1)).isNull();
    }

    @Test
    void strictReadsNameTheColumnAndWhatWasFound() {
        ResultSet rs = JdbcStubs.resultSet(List.of("n", "id"), 7, new byte[15]);
        for (UuidColumnKind kind : List.of(UuidColumnKind.BINARY16, UuidColumnKind.BINARY16_TIME_SWAPPED)) {
            assertThatThrownBy(() -> handler(kind).getResult(rs, "id")).isInstanceOf(SQLDataException.class)
                    .hasMessage("Column 2 (id): expected 16 bytes for " + kind + ", got 15 bytes")
                    .extracting(e -> ((SQLDataException) e).getSQLState()).isEqualTo(UuidJdbc.INVALID_VALUE_STATE);
            assertThatThrownBy(() -> handler(kind).getResult(rs, 2)).isInstanceOf(SQLDataException.class)
                    .hasMessage("Column 2 (id): expected 16 bytes for " + kind + ", got 15 bytes");
        }
        assertThatThrownBy(() -> handler(UuidColumnKind.BINARY16).getResult(
                JdbcStubs.resultSet(List.of("id"), (Object) new byte[17]), "id"))
                .isInstanceOf(SQLDataException.class).hasMessageContaining("got 17 bytes");
        assertThatThrownBy(() -> handler(UuidColumnKind.CHAR36).getResult(
                JdbcStubs.resultSet(List.of("ref"), "017f22e2-79b0-7cc3-98c4-dc0c0c07398\n"), "ref"))
                .isInstanceOf(SQLDataException.class).hasMessageStartingWith("Column 1 (ref): ")
                .hasMessageContaining("\\n").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> handler(UuidColumnKind.MARIADB_UUID).getResult(
                JdbcStubs.resultSet(List.of("id"), "017f22e279b07cc398c4dc0c0c07398f"), "id"))
                .isInstanceOf(SQLDataException.class).hasMessageContaining("017f22e279b07cc398c4dc0c0c07398f");
        assertThatThrownBy(() -> handler(UuidColumnKind.POSTGRES_UUID).getResult(
                JdbcStubs.resultSet(List.of("id"), 42), "id"))
                .isInstanceOf(SQLDataException.class).hasMessageContaining("java.lang.Integer");
    }

    @Test
    void strictOutParametersAreNamedAsSuch() {
        assertThatThrownBy(() -> handler(UuidColumnKind.BINARY16).getResult(JdbcStubs.callable(null, new byte[17]), 2))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("OUT parameter 2: expected 16 bytes for BINARY16, got 17 bytes")
                .satisfies(e -> assertThat(((SQLDataException) e).getSQLState())
                        .isEqualTo(UuidJdbc.INVALID_VALUE_STATE));
        assertThatThrownBy(() -> handler(UuidColumnKind.CHAR36).getResult(JdbcStubs.callable("nope"), 1))
                .isInstanceOf(SQLDataException.class).hasMessageStartingWith("OUT parameter 1: expected canonical")
                .hasMessageContaining("'nope'");
    }
}
