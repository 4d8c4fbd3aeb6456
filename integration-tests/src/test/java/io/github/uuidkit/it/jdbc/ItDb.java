package io.github.uuidkit.it.jdbc;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.it.support.TestUuids;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Shared SQL and data of the JDBC suites. */
final class ItDb {

    private ItDb() {
    }

    /**
     * NIL, MAX, values with the sign bit of either half set, and one UUID of each version 1-8 (the
     * RFC 9562 appendix examples where the RFC has one), then {@link TestUuids#edgeSet(long)}; no duplicates.
     */
    static List<UUID> edgeSet() {
        List<UUID> edge = new ArrayList<>();
        edge.add(Uuids.NIL);
        edge.add(Uuids.MAX);
        edge.add(UUID.fromString("80000000-0000-7000-8000-000000000000")); // msb sign bit
        edge.add(UUID.fromString("7fffffff-ffff-7fff-bfff-ffffffffffff")); // msb just below
        edge.add(UUID.fromString("00000000-0000-4000-ffff-ffffffffffff")); // lsb sign bit
        edge.add(UUID.fromString("ffffffff-ffff-4fff-0000-000000000000"));
        edge.add(UUID.fromString("c232ab00-9414-11ec-b3c8-9f6bdeced846")); // v1, RFC 9562 A.1
        edge.add(UUID.fromString("000003e8-5b09-21ed-8000-0242ac120002")); // v2 (DCE security), no RFC example
        edge.add(UUID.fromString("5df41881-3aed-3515-88a7-2f4a814cf09e")); // v3, RFC 9562 A.2
        edge.add(UUID.fromString("919108f7-52d1-4320-9bac-f847db4148a8")); // v4, RFC 9562 A.3
        edge.add(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2")); // v5, RFC 9562 A.4
        edge.add(UUID.fromString("1ec9414c-232a-6b00-b3c8-9f6bdeced846")); // v6, RFC 9562 A.5
        edge.add(UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f")); // v7, RFC 9562 A.6
        edge.add(UUID.fromString("2489e9ad-2ee2-8e00-8ec9-32d5f69181c0")); // v8, RFC 9562 B.1
        // plus the harness's shared edge set (two of every version, v7 at both ends of its range)
        return new ArrayList<>(new LinkedHashSet<>(concat(edge, TestUuids.edgeSet(20_240_301L))));
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Every (engine, column kind) pair the engine can store. */
    static Stream<Arguments> enginesAndKinds(Stream<Engine> engines) {
        return engines.flatMap(e -> Stream.of(UuidColumnKind.values())
                .filter(t -> columnType(e, t) != null)
                .map(t -> Arguments.of(e, t)));
    }

    /** The SQL column type for a kind on an engine, or null if the engine has none (MySQL has no UUID type). */
    static String columnType(Engine engine, UuidColumnKind type) {
        if (engine.isPostgres()) {
            switch (type) {
                case POSTGRES_UUID:
                    return "uuid";
                case MARIADB_UUID:
                    return null;
                case CHAR36:
                    return "char(36)";
                default:
                    return "bytea";
            }
        }
        switch (type) {
            case POSTGRES_UUID:
                return null;
            case MARIADB_UUID:
                return engine.isMariaDb() ? "UUID" : null;
            case CHAR36:
                return "CHAR(36)";
            default:
                return "BINARY(16)";
        }
    }

    /**
     * An SQL condition, true when column {@code id} holds exactly what the server itself makes of the
     * JDK text in column {@code txt} for that kind: PostgreSQL {@code uuid_send}, MySQL
     * {@code UUID_TO_BIN(txt[, 1])}, MariaDB (no UUID_TO_BIN) the hex digits of the text, reordered
     * for the swapped layout as the MySQL manual defines {@code UUID_TO_BIN(x, 1)}.
     */
    static String knownAnswer(Engine engine, UuidColumnKind type) {
        if (engine.isPostgres()) {
            String send = "uuid_send(txt::uuid)";
            switch (type) {
                case POSTGRES_UUID:
                    return "encode(uuid_send(id),'hex') = replace(txt,'-','')";
                case BINARY16:
                    return "id = " + send;
                case BINARY16_TIME_SWAPPED:
                    return "id = substring(" + send + " from 7 for 2) || substring(" + send + " from 5 for 2) || substring("
                            + send + " from 1 for 4) || substring(" + send + " from 9 for 8)";
                default:
                    return "id = txt";
            }
        }
        switch (type) {
            case MARIADB_UUID:
                return "HEX(CAST(id AS CHAR)) = HEX(txt)";
            case BINARY16:
                return engine.isMySql() ? "id = UUID_TO_BIN(txt)" : "HEX(id) = UPPER(REPLACE(txt,'-',''))";
            case BINARY16_TIME_SWAPPED:
                return engine.isMySql() ? "id = UUID_TO_BIN(txt, 1)"
                        : "HEX(id) = UPPER(CONCAT(SUBSTR(txt,15,4),SUBSTR(txt,10,4),SUBSTR(txt,1,8),SUBSTR(txt,20,4),"
                                + "SUBSTR(txt,25,12)))";
            default:
                return "HEX(id) = HEX(txt)";
        }
    }

    /** A connection; PostgreSQL with {@code reWriteBatchedInserts=true} (MySQL URLs already have rewriteBatchedStatements). */
    static Connection connect(Engine engine) throws SQLException {
        if (!engine.isPostgres()) {
            return engine.connect();
        }
        Properties props = new Properties();
        if (engine.user() != null) {
            props.setProperty("user", engine.user());
        }
        if (engine.password() != null) {
            props.setProperty("password", engine.password());
        }
        props.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(engine.jdbcUrl(), props);
    }

    static void exec(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static List<String> texts(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** A unique table name for a test of one column kind, dropped with {@code tables}. */
    static String table(TestTables tables, String prefix, UuidColumnKind type) {
        return tables.name(prefix + "_" + type.name().toLowerCase(java.util.Locale.ROOT));
    }
}
