package io.github.uuidkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each PostgreSQL major version offers for UUIDs, asserted per version on PostgreSQL 14-18 (the PostgreSQL
 * release notes are the source; the values come from RFC 9562's examples):
 * <ul>
 *   <li>{@code gen_random_uuid()} (v4): every version (core since 13);</li>
 *   <li>{@code uuid_extract_timestamp()} and {@code uuid_extract_version()}: 17 and later. On 17,
 *       {@code uuid_extract_timestamp} knows only v1 and returns NULL for a v7; 18 returns the v7 time too;</li>
 *   <li>{@code uuidv7()} and {@code uuidv4()}: 18 and later; before, calling {@code uuidv7()} fails with SQLState
 *       42883 (undefined_function).</li>
 * </ul>
 */
class PostgresVersionFactsIT {

    /** RFC 9562 appendix A.1 (v1) and A.6 (v7): both created at 2022-02-22T19:22:22Z. */
    private static final UUID RFC_V1 = UUID.fromString("c232ab00-9414-11ec-b3c8-9f6bdeced846");
    private static final UUID RFC_V7 = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
    private static final Instant RFC_TIME = Instant.parse("2022-02-22T19:22:22Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#allPostgres")
    void uuidFunctionsOfThisVersion(Engine engine) throws SQLException {
        Engines.announce(PostgresVersionFactsIT.class, engine);
        int major = engine.majorVersion();
        try (Connection c = engine.connect()) {
            assertThat(functionExists(c, "gen_random_uuid")).as("%s gen_random_uuid()", engine).isTrue();
            assertThat(functionExists(c, "uuid_extract_timestamp")).as("%s uuid_extract_timestamp()", engine)
                    .isEqualTo(major >= 17);
            assertThat(functionExists(c, "uuid_extract_version")).as("%s uuid_extract_version()", engine)
                    .isEqualTo(major >= 17);
            assertThat(functionExists(c, "uuidv7")).as("%s uuidv7()", engine).isEqualTo(major >= 18);
            assertThat(functionExists(c, "uuidv4")).as("%s uuidv4()", engine).isEqualTo(major >= 18);
            if (major < 18) {
                try (Statement st = c.createStatement()) {
                    assertThatThrownBy(() -> st.executeQuery("SELECT uuidv7()"))
                            .isInstanceOfSatisfying(SQLException.class,
                                    e -> assertThat(e.getSQLState()).as("undefined_function").isEqualTo("42883"));
                }
            } else {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT uuidv7()")) {
                    rs.next();
                    assertThat(Uuids.isV7(rs.getObject(1, UUID.class))).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#allPostgres")
    void uuidExtractTimestampPerVersion(Engine engine) throws SQLException {
        int major = engine.majorVersion();
        try (Connection c = engine.connect()) {
            if (major < 17) {
                assertThat(functionExists(c, "uuid_extract_timestamp")).isFalse();
                return;
            }
            assertThat(extractTimestamp(c, RFC_V1)).as("%s: v1 (RFC 9562 A.1)", engine).isEqualTo(RFC_TIME);
            assertThat(extractTimestamp(c, Uuids.v4())).as("%s: v4 has no time", engine).isNull();
            if (major == 17) {
                assertThat(extractTimestamp(c, RFC_V7)).as("%s: v7 (RFC 9562 A.6) is NULL on 17", engine).isNull();
            } else {
                assertThat(extractTimestamp(c, RFC_V7)).as("%s: v7 (RFC 9562 A.6)", engine).isEqualTo(RFC_TIME)
                        .isEqualTo(Uuids.instant(RFC_V7));
            }
        }
    }

    private static Instant extractTimestamp(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT uuid_extract_timestamp(?)")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                return t == null ? null : t.toInstant();
            }
        }
    }

    private static boolean functionExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_proc WHERE proname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }
}
