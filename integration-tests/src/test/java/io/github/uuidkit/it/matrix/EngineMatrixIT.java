package io.github.uuidkit.it.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.IdTable;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.it.support.TestUuids;
import io.github.uuidkit.it.support.UuidColumn;
import io.github.uuidkit.mysql.MysqlServerInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The UUID compatibility matrix (docs/engine-matrix.md): on every engine of the run, for every column kind it has,
 * the facts users rely on, each measured on the server and asserted against an independent expectation:
 * <ul>
 *   <li>ORDER BY, {@code =}, {@code <}, {@code >}, {@code BETWEEN} (with a primary key, forced, and without an index)
 *       against UUID order: RFC 9562's order of the 16 bytes, unsigned, which core's {@link UuidOrder#UNSIGNED}
 *       implements and which is checked here against an independent computation (the JDK's canonical lower-case
 *       text, compared as strings). Sets of v7, v1 and v6 ids ({@link MatrixIds}), and a v1+v6+v7 mix on which the
 *       comparisons must agree with the server's own {@code ORDER BY} (MariaDB's MDEV-31926 and MDEV-35468);</li>
 *   <li>the stored bytes ({@code uuid_send}, {@code HEX()}, the text) against the RFC layout computed from the text,
 *       and the server's own encoding;</li>
 *   <li>what the default {@code sql_mode} of the server rejects: 15 and 17 bytes into {@code BINARY(16)}, 35 and 37
 *       characters and non-hex text into the text kinds;</li>
 *   <li>the server's UUID functions, called on every engine (absent is a measured fact): what they return, and what
 *       they make of a v7 made here.</li>
 * </ul>
 * Each cell records the engine's {@code SELECT version()}. The last test writes {@code target/engine-matrix.json} and
 * {@code .md}, and fails when the committed {@code docs/engine-matrix.json} disagrees with a cell measured on an
 * engine of this run. The MySQL-family rows also check {@link MysqlServerInfo}'s version table against what the
 * server did.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineMatrixIT {

    /** The seed of every value set (printed; fixed so the committed page is reproducible). */
    static final long SEED = Long.getLong("uuidkit.it.matrix.seed", 27L);

    static final String COMMAND = "./mvnw -B -ntp -pl integration-tests -am verify -Dtest=none"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=EngineMatrixIT -Dfailsafe.failIfNoSpecifiedTests=false"
            + " -Djooq.codegen.skip=true";

    private static final Matrix MATRIX = new Matrix();

    /** Column facts: key, Markdown header. */
    static final List<String[]> COLUMN_FACTS = List.of(
            new String[] {"orderBy.v7", "ORDER BY = UUID order, v7"},
            new String[] {"orderBy.v1", "ORDER BY = UUID order, v1"},
            new String[] {"orderBy.v6", "ORDER BY = UUID order, v6"},
            new String[] {"compare.v7", "`= < > BETWEEN` = UUID order, v7"},
            new String[] {"compare.v1", "`= < > BETWEEN` = UUID order, v1"},
            new String[] {"compare.v6", "`= < > BETWEEN` = UUID order, v6"},
            new String[] {"mix.consistent", "v1+v6+v7 mix: comparisons agree with its ORDER BY"},
            new String[] {"storedBytes", "stored = uuidkit's bytes"},
            new String[] {"rejects.short", "rejects 15 bytes / 35 chars"},
            new String[] {"rejects.long", "rejects 17 bytes / 37 chars"},
            new String[] {"rejects.badText", "rejects non-hex text"});

    /** Server facts: key, Markdown header. */
    static final List<String[]> SERVER_FACTS = List.of(
            new String[] {"type.UUID", "`CREATE TABLE (id UUID)`"},
            new String[] {"fn.UUID()", "`UUID()`"},
            new String[] {"fn.gen_random_uuid()", "`gen_random_uuid()`"},
            new String[] {"fn.uuidv7()", "`uuidv7()`"},
            new String[] {"fn.UUID_v4()", "`UUID_v4()`"},
            new String[] {"fn.UUID_v7()", "`UUID_v7()`"},
            new String[] {"fn.uuid_extract_timestamp(v7)", "`uuid_extract_timestamp(v7)`"},
            new String[] {"fn.uuid_extract_version(v7)", "`uuid_extract_version(v7)`"},
            new String[] {"fn.UUID_TO_BIN(v7)", "`UUID_TO_BIN(v7)`"},
            new String[] {"fn.UUID_TO_BIN(v7, 1)", "`UUID_TO_BIN(v7, 1)`"},
            new String[] {"fn.BIN_TO_UUID(b)", "`BIN_TO_UUID(b)`"},
            new String[] {"fn.BIN_TO_UUID(b, 1)", "`BIN_TO_UUID(b, 1)`"});

    static final String YES = "yes";
    static final String NO = "no";
    static final String ABSENT = "absent";
    static final String NOT_APPLICABLE = "n/a";

    static Stream<Arguments> rows() {
        return Engines.all().flatMap(e -> Stream.of(UuidColumn.values()).filter(k -> k.supportedBy(e))
                .map(k -> Arguments.of(e, k)));
    }

    /** The page's label of a column kind. */
    static String label(UuidColumn kind) {
        switch (kind) {
            case PG_UUID:
                return "uuid";
            case BINARY16_STANDARD:
                return "BINARY(16) RFC";
            case BINARY16_TIME_SWAPPED:
                return "BINARY(16) swapped";
            case MARIADB_UUID:
                return "MariaDB UUID";
            case CHAR36:
                return "CHAR(36)";
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    // ==================================================================== column kinds

    @Order(1)
    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("rows")
    void columnKind(Engine engine, UuidColumn kind) throws Exception {
        Engines.announce(EngineMatrixIT.class, engine);
        System.out.printf("[uuidkit-it] EngineMatrixIT: %s, %s, seed %d%n", engine, kind, SEED);
        Map<String, String[]> measured = new LinkedHashMap<>(); // fact -> value, note
        Map<MatrixIds.Set, Truth[]> truths = new EnumMap<>(MatrixIds.Set.class);
        try (Connection c = engine.connect()) {
            for (MatrixIds.Set set : MatrixIds.Set.values()) {
                List<UUID> ids = MatrixIds.of(set, SEED);
                truths.put(set, new Truth[] {measure(c, engine, kind, ids, true), measure(c, engine, kind, ids, false)});
            }
            for (MatrixIds.Set set : new MatrixIds.Set[] {MatrixIds.Set.V7, MatrixIds.Set.V1, MatrixIds.Set.V6}) {
                String v = set.name().toLowerCase(Locale.ROOT);
                Truth[] t = truths.get(set);
                measured.put("orderBy." + v, both(t[0].orderRight, t[1].orderRight, t[0].orderNote, t[1].orderNote));
                measured.put("compare." + v, both(t[0].uuidOrderWrong.isEmpty(), t[1].uuidOrderWrong.isEmpty(),
                        String.join("; ", t[0].uuidOrderWrong), String.join("; ", t[1].uuidOrderWrong)));
            }
            Truth[] mix = truths.get(MatrixIds.Set.MIX_V1_V6_V7);
            measured.put("mix.consistent", both(mix[0].selfWrong.isEmpty(), mix[1].selfWrong.isEmpty(),
                    String.join("; ", mix[0].selfWrong), String.join("; ", mix[1].selfWrong)));
            measured.put("storedBytes", storedBytes(c, engine, kind));
            measured.putAll(rejections(c, engine, kind));
        }

        Map<String, Matrix.Cell> cells = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : measured.entrySet()) {
            cells.put(e.getKey(), MATRIX.put(engine.name(), engine.provisioning().name().toLowerCase(Locale.ROOT),
                    engine.version(), label(kind), e.getKey(), e.getValue()[0], e.getValue()[1]));
        }

        SoftAssertions soft = new SoftAssertions();
        boolean strict = strict(engine);
        for (Map.Entry<String, String[]> e : measured.entrySet()) {
            soft.assertThat(e.getValue()[0]).as("%s (%s), %s: %s (%s)", engine, engine.version(), label(kind),
                    e.getKey(), e.getValue()[1]).isEqualTo(Expected.column(engine, kind, e.getKey(), strict));
        }
        if (engine.kind().isMySqlFamily()) {
            try (Connection c = engine.connect()) {
                MysqlServerInfo info = MysqlServerInfo.detect(c);
                if (kind == UuidColumn.BINARY16_STANDARD) {
                    soft.assertThat(info.isStrict()).as("MysqlServerInfo(%s).isStrict() vs 17 bytes rejected",
                            info.version()).isEqualTo(measured.get("rejects.long")[0].equals(YES));
                }
                if (kind == UuidColumn.MARIADB_UUID) {
                    Truth[] v7 = truths.get(MatrixIds.Set.V7);
                    Truth[] mix = truths.get(MatrixIds.Set.MIX_V1_V6_V7);
                    soft.assertThat(info.nativeUuidKeepsV7Order()).as("MysqlServerInfo(%s).nativeUuidKeepsV7Order()"
                            + " vs ORDER BY", info.version()).isEqualTo(measured.get("orderBy.v7")[0].equals(YES));
                    soft.assertThat(info.nativeUuidComparesV7Correctly()).as("MysqlServerInfo(%s)"
                            + ".nativeUuidComparesV7Correctly() vs = < > BETWEEN", info.version())
                            .isEqualTo(measured.get("compare.v7")[0].equals(YES));
                    soft.assertThat(info.nativeUuidComparesAsItSorts()).as("MysqlServerInfo(%s)"
                            + ".nativeUuidComparesAsItSorts() vs v7 comparisons against its own ORDER BY",
                            info.version()).isEqualTo(v7[0].selfWrong.isEmpty() && v7[1].selfWrong.isEmpty());
                    soft.assertThat(info.nativeUuidComparesMixedVersionsAsItSorts()).as("MysqlServerInfo(%s)"
                            + ".nativeUuidComparesMixedVersionsAsItSorts() vs the v1+v6+v7 mix (MDEV-35468)",
                            info.version()).isEqualTo(mix[0].selfWrong.isEmpty() && mix[1].selfWrong.isEmpty());
                }
            }
        }
        soft.assertAll();
        cells.values().forEach(cell -> cell.checked = true);
    }

    /** "yes", "no", or "key: yes, no index: no" when the two tables differ; with the notes. */
    private static String[] both(boolean key, boolean heap, String keyNote, String heapNote) {
        String value = key == heap ? (key ? YES : NO) : "key " + (key ? YES : NO) + ", no index " + (heap ? YES : NO);
        String note = (keyNote.isEmpty() ? "" : "key: " + keyNote) + (heapNote.isEmpty() ? ""
                : (keyNote.isEmpty() ? "" : " | ") + "no index: " + heapNote);
        return new String[] {value, note};
    }

    /** The measured truth of one value set in one table. */
    static final class Truth {
        boolean orderRight;
        String orderNote = "";
        final List<String> uuidOrderWrong = new ArrayList<>();
        final List<String> selfWrong = new ArrayList<>();
    }

    private static Truth measure(Connection c, Engine engine, UuidColumn kind, List<UUID> ids, boolean key)
            throws SQLException {
        List<UUID> unsigned = new ArrayList<>(ids);
        unsigned.sort(UuidOrder.UNSIGNED);
        List<UUID> byText = new ArrayList<>(ids);
        byText.sort(Comparator.comparing(UUID::toString)); // independent: the JDK's lower-case text, as strings
        assertThat(unsigned).as("UuidOrder.UNSIGNED = the order of the canonical text").isEqualTo(byText);

        Truth truth = new Truth();
        try (IdTable table = IdTable.create(c, kind, "matrix_" + (key ? "key" : "heap"), key)) {
            table.insertAll(TestUuids.shuffled(ids, SEED));
            List<UUID> server = table.selectOrderedById();
            assertThat(server).as("%s: every row comes back", engine).hasSize(ids.size())
                    .containsExactlyInAnyOrderElementsOf(ids);
            truth.orderRight = server.equals(unsigned);
            if (!truth.orderRight) {
                int first = 0;
                while (server.get(first).equals(unsigned.get(first))) {
                    first++;
                }
                truth.orderNote = "first difference at row " + first;
            }
            String from = table.name() + (key && engine.kind().isMySqlFamily() ? " FORCE INDEX (PRIMARY)" : "");
            if (key && engine.isPostgres()) {
                exec(c, "SET enable_seqscan = off");
            }
            try {
                check(c, kind, from, unsigned, truth.uuidOrderWrong);
                check(c, kind, from, server, truth.selfWrong);
            } finally {
                if (key && engine.isPostgres()) {
                    exec(c, "RESET enable_seqscan");
                }
            }
        }
        return truth;
    }

    /** {@code =}, {@code <}, {@code >}, {@code BETWEEN} against positions in {@code order}; what disagrees. */
    private static void check(Connection c, UuidColumn kind, String from, List<UUID> order, List<String> wrong)
            throws SQLException {
        int n = order.size();
        int equalWrong = 0;
        for (int i = 0; i < n; i += 29) {
            if (count(c, kind, from, "id = ?", order.get(i)) != 1) {
                equalWrong++;
            }
        }
        if (equalWrong > 0) {
            wrong.add("= missed " + equalWrong + " of " + ((n + 28) / 29));
        }
        for (int i : new int[] {n / 8, n / 4, n / 2, 3 * n / 4, 7 * n / 8}) {
            long gt = count(c, kind, from, "id > ?", order.get(i));
            if (gt != n - 1 - i) {
                wrong.add("> #" + i + ": " + gt + " rows, not " + (n - 1 - i));
            }
            long lt = count(c, kind, from, "id < ?", order.get(i));
            if (lt != i) {
                wrong.add("< #" + i + ": " + lt + " rows, not " + i);
            }
        }
        int lo = n / 4;
        int hi = 3 * n / 4;
        long between = count(c, kind, from, "id BETWEEN ? AND ?", order.get(lo), order.get(hi));
        if (between != hi - lo + 1) {
            wrong.add("BETWEEN #" + lo + " AND #" + hi + ": " + between + " rows, not " + (hi - lo + 1));
        }
    }

    private static long count(Connection c, UuidColumn kind, String from, String where, UUID... args)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + from + " WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                kind.bind(ps, i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The stored form of a v7, a v1 and a v6 against the RFC layout computed from the text, and the server's own. */
    private static String[] storedBytes(Connection c, Engine engine, UuidColumn kind) throws SQLException {
        Random random = new Random(SEED);
        List<String> wrong = new ArrayList<>();
        try (IdTable table = IdTable.create(c, kind, "matrix_bytes", true)) {
            for (int version : new int[] {7, 1, 6}) {
                UUID id = MatrixIds.at(version, MatrixIds.BASE.toEpochMilli(), random);
                table.insert(id);
                String stored;
                try (PreparedStatement ps = c.prepareStatement("SELECT " + kind.serverShown("id") + " FROM "
                        + table.name() + " WHERE id = ?")) {
                    kind.bind(ps, 1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).as("%s: the row of %s", engine, id).isTrue();
                        stored = rs.getString(1).trim();
                    }
                }
                String ours = oursShown(kind, id);
                if (!stored.equalsIgnoreCase(ours)) {
                    wrong.add("v" + version + " stored " + stored + ", uuidkit's " + ours);
                }
                // uuidkit's own layout agrees with the text-derived one (an independent computation)
                if (kind.layout() != null) {
                    assertThat(HexFormat.of().formatHex(kind.layout().toBytes(id))).as("%s layout of %s", kind, id)
                            .isEqualToIgnoringCase(ours);
                }
                String server = serverEncoded(c, engine, kind, id);
                if (server != null && !stored.equalsIgnoreCase(server)) {
                    wrong.add("v" + version + " stored " + stored + ", the server's own encoding " + server);
                }
            }
        }
        return new String[] {wrong.isEmpty() ? YES : NO, String.join("; ", wrong)};
    }

    /**
     * The stored form computed from the JDK's canonical text alone: the 32 hex digits (RFC 9562 byte order), for
     * MySQL's swap flag the groups reordered as the MySQL manual defines {@code UUID_TO_BIN(x, 1)} (time-high,
     * time-mid, time-low, then the rest), for text the canonical text.
     */
    static String oursShown(UuidColumn kind, UUID id) {
        String text = id.toString();
        String hex = text.replace("-", "");
        switch (kind) {
            case CHAR36:
            case MARIADB_UUID:
                return text;
            case BINARY16_TIME_SWAPPED:
                return hex.substring(12, 16) + hex.substring(8, 12) + hex.substring(0, 8) + hex.substring(16);
            default:
                return hex;
        }
    }

    /** The server's own encoding of the text, shown as the column is; null where the server has none. */
    private static String serverEncoded(Connection c, Engine engine, UuidColumn kind, UUID id) throws SQLException {
        if (kind == UuidColumn.BINARY16_TIME_SWAPPED && engine.isMariaDb()) {
            return null; // MariaDB has no UUID_TO_BIN
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + kind.serverShown(kind.serverEncoding(engine)))) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1).trim();
            }
        }
    }

    /** What the session rejects: too short, too long, not hex; each attempt leaves no row behind. */
    private static Map<String, String[]> rejections(Connection c, Engine engine, UuidColumn kind)
            throws SQLException {
        Map<String, String[]> out = new LinkedHashMap<>();
        String good = "0194c1a0-8000-7abc-8def-0123456789ab";
        boolean binary = kind.layout() != null;
        try (TestTables tables = TestTables.on(c)) {
            String t = tables.name("matrix_reject");
            exec(c, "CREATE TABLE " + t + " (id " + kind.sqlType() + " NOT NULL)");
            if (binary) {
                // 0x5A bytes, so that padding with 0x00 shows in the note
                out.put("rejects.short", attempt(c, t, "?", ps -> ps.setBytes(1, filled(15)), kind));
                out.put("rejects.long", attempt(c, t, "?", ps -> ps.setBytes(1, filled(17)), kind));
                out.put("rejects.badText", new String[] {NOT_APPLICABLE, "binary column"});
            } else {
                String param = kind == UuidColumn.PG_UUID ? "CAST(? AS uuid)" : "?";
                out.put("rejects.short", attempt(c, t, param, ps -> ps.setString(1, good.substring(0, 35)), kind));
                out.put("rejects.long", attempt(c, t, param, ps -> ps.setString(1, good + "0"), kind));
                out.put("rejects.badText", attempt(c, t, param,
                        ps -> ps.setString(1, "zzzzzzzz-zzzz-7zzz-8zzz-zzzzzzzzzzzz"), kind));
            }
        }
        return out;
    }

    private static byte[] filled(int length) {
        byte[] b = new byte[length];
        java.util.Arrays.fill(b, (byte) 0x5A);
        return b;
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static String[] attempt(Connection c, String table, String param, Binder binder, UuidColumn kind)
            throws SQLException {
        String outcome;
        String note;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id) VALUES (" + param + ")")) {
            binder.bind(ps);
            ps.executeUpdate();
            String shown;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + kind.serverShown("id") + " FROM " + table)) {
                rs.next();
                shown = rs.getString(1);
            }
            outcome = NO;
            note = "stored as " + shown;
        } catch (SQLException e) {
            outcome = YES;
            // the table's random name out, so that the note is the same on every run
            note = "SQLState " + e.getSQLState() + ": " + firstLine(e.getMessage()).replace(table, "<table>");
        }
        long rows;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            rows = rs.getLong(1);
        }
        assertThat(rows).as("rows after an attempt that was %s", outcome.equals(YES) ? "rejected" : "accepted")
                .isEqualTo(outcome.equals(YES) ? 0 : 1);
        exec(c, "DELETE FROM " + table);
        return new String[] {outcome, note};
    }

    // ==================================================================== server functions

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void serverFunctions(Engine engine) throws Exception {
        Engines.announce(EngineMatrixIT.class, engine);
        UUID v7 = MatrixIds.at(7, MatrixIds.BASE.toEpochMilli() + 123_456, new Random(SEED));
        String text = v7.toString();
        String hex = text.replace("-", "");
        String swapped = oursShown(UuidColumn.BINARY16_TIME_SWAPPED, v7);
        boolean pg = engine.isPostgres();
        String arg = pg ? "CAST(? AS uuid)" : "?";
        Map<String, String[]> measured = new LinkedHashMap<>();
        try (Connection c = engine.connect()) {
            measured.put("type.UUID", createUuidColumn(c));
            measured.put("fn.UUID()", version(c, "SELECT UUID()"));
            measured.put("fn.gen_random_uuid()", version(c, "SELECT gen_random_uuid()"));
            measured.put("fn.uuidv7()", version(c, "SELECT uuidv7()"));
            measured.put("fn.UUID_v4()", version(c, "SELECT UUID_v4()"));
            measured.put("fn.UUID_v7()", version(c, "SELECT UUID_v7()"));
            measured.put("fn.uuid_extract_timestamp(v7)", equalsOurs(c, pg
                    ? "SELECT CAST(EXTRACT(EPOCH FROM uuid_extract_timestamp(" + arg + ")) * 1000 AS bigint)"
                    : "SELECT uuid_extract_timestamp(?)", text, Long.toString(MatrixIds.BASE.toEpochMilli() + 123_456),
                    "= the v7's Unix ms"));
            measured.put("fn.uuid_extract_version(v7)", equalsOurs(c, "SELECT uuid_extract_version(" + arg + ")",
                    text, "7", "7"));
            measured.put("fn.UUID_TO_BIN(v7)", equalsOurs(c, "SELECT HEX(UUID_TO_BIN(?))", text, hex,
                    "= uuidkit's RFC bytes"));
            measured.put("fn.UUID_TO_BIN(v7, 1)", equalsOurs(c, "SELECT HEX(UUID_TO_BIN(?, 1))", text, swapped,
                    "= uuidkit's swapped bytes"));
            measured.put("fn.BIN_TO_UUID(b)", equalsOurs(c, "SELECT BIN_TO_UUID(UNHEX(?))", hex, text,
                    "= the v7's text"));
            measured.put("fn.BIN_TO_UUID(b, 1)", equalsOurs(c, "SELECT BIN_TO_UUID(UNHEX(?), 1)", swapped, text,
                    "= the v7's text"));
        }
        List<Matrix.Cell> cells = new ArrayList<>();
        for (Map.Entry<String, String[]> e : measured.entrySet()) {
            cells.add(MATRIX.put(engine.name(), engine.provisioning().name().toLowerCase(Locale.ROOT),
                    engine.version(), Matrix.SERVER, e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, String[]> e : measured.entrySet()) {
            soft.assertThat(e.getValue()[0]).as("%s (%s): %s (%s)", engine, engine.version(), e.getKey(),
                    e.getValue()[1]).isEqualTo(Expected.server(engine, e.getKey()));
        }
        if (engine.kind().isMySqlFamily()) {
            try (Connection c = engine.connect()) {
                MysqlServerInfo info = MysqlServerInfo.detect(c);
                soft.assertThat(info.hasNativeUuidType()).as("MysqlServerInfo(%s).hasNativeUuidType() vs CREATE"
                        + " TABLE (id UUID)", info.version()).isEqualTo(measured.get("type.UUID")[0].equals(YES));
                soft.assertThat(info.hasUuidToBin()).as("MysqlServerInfo(%s).hasUuidToBin() vs UUID_TO_BIN",
                        info.version()).isEqualTo(!measured.get("fn.UUID_TO_BIN(v7)")[0].equals(ABSENT));
            }
        }
        soft.assertAll();
        cells.forEach(cell -> cell.checked = true);
    }

    private static String[] createUuidColumn(Connection c) throws SQLException {
        String t = TestTables.uniqueName("matrix_type");
        try {
            exec(c, "CREATE TABLE " + t + " (id UUID)");
        } catch (SQLException e) {
            return new String[] {ABSENT, firstLine(e.getMessage()).replace(t, "<table>")};
        }
        exec(c, "DROP TABLE " + t);
        return new String[] {YES, ""};
    }

    /** "v4" for a function returning a version-4 UUID (its text's version digit), or absent. */
    private static String[] version(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            String value = rs.getString(1);
            UUID parsed = UUID.fromString(value);
            return new String[] {"v" + parsed.version(), "e.g. " + value};
        } catch (SQLException e) {
            if (absent(e)) {
                return new String[] {ABSENT, firstLine(e.getMessage())};
            }
            throw e;
        }
    }

    private static String[] equalsOurs(Connection c, String sql, String param, String ours, String label)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String value = rs.getString(1);
                return value != null && value.trim().equalsIgnoreCase(ours) ? new String[] {label, value}
                        : new String[] {"returns " + value, "uuidkit's: " + ours};
            }
        } catch (SQLException e) {
            if (absent(e)) {
                return new String[] {ABSENT, firstLine(e.getMessage())};
            }
            throw e;
        }
    }

    /** PostgreSQL's undefined_function (42883); MySQL's and MariaDB's ER_SP_DOES_NOT_EXIST (1305). */
    private static boolean absent(SQLException e) {
        return "42883".equals(e.getSQLState()) || e.getErrorCode() == 1305;
    }

    // ==================================================================== the page

    @Order(3)
    @Test
    void writeTheMatrixAndCompareWithTheCommittedPage() throws Exception {
        assertThat(MATRIX.cells()).as("cells measured in this JVM (run the whole class)").isNotEmpty();
        String date = LocalDate.now(ZoneOffset.UTC).toString();
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("engine-matrix.json"), MATRIX.toJson(COMMAND, date, SEED),
                StandardCharsets.UTF_8);
        List<String> kinds = new ArrayList<>();
        for (UuidColumn k : new UuidColumn[] {UuidColumn.PG_UUID, UuidColumn.BINARY16_STANDARD,
                UuidColumn.BINARY16_TIME_SWAPPED, UuidColumn.MARIADB_UUID, UuidColumn.CHAR36}) {
            kinds.add(label(k));
        }
        String markdown = MATRIX.toMarkdown(COMMAND, date, SEED, COLUMN_FACTS, SERVER_FACTS, kinds, Expected.LEGEND);
        Files.writeString(target.resolve("engine-matrix.md"), markdown, StandardCharsets.UTF_8);
        System.out.printf("[uuidkit-it] EngineMatrixIT: %d cells on %d engines written to %s%n",
                MATRIX.cells().size(), MATRIX.engines().size(), target.toAbsolutePath().resolve("engine-matrix.md"));

        Path committed = repositoryRoot().resolve("docs/engine-matrix.json");
        assertThat(committed).as("the committed matrix").exists();
        Map<String, String> page = Matrix.readCells(committed);
        List<String> drift = new ArrayList<>();
        List<String> enginesOnPage = new ArrayList<>();
        page.keySet().forEach(k -> {
            String engine = k.substring(0, k.indexOf('|'));
            if (!enginesOnPage.contains(engine)) {
                enginesOnPage.add(engine);
            }
        });
        for (Matrix.Cell cell : MATRIX.cells()) {
            if (!enginesOnPage.contains(cell.engine)) {
                continue;
            }
            String onPage = page.get(cell.key());
            if (!cell.value.equals(onPage)) {
                drift.add(cell.engine + ", " + cell.kind + ", " + cell.fact + ": measured '" + cell.value
                        + "', docs/engine-matrix.json says '" + onPage + "'");
            }
        }
        for (String engine : MATRIX.engines()) {
            if (!enginesOnPage.contains(engine)) {
                System.out.printf("[uuidkit-it] EngineMatrixIT: %s is not on docs/engine-matrix.md (not compared;"
                        + " regenerate the page to add it)%n", engine);
            }
        }
        // the page too: every table row this run wrote for an engine on the page is on the committed page as it is
        String committedPage = Files.readString(repositoryRoot().resolve("docs/engine-matrix.md"),
                StandardCharsets.UTF_8);
        for (String line : markdown.split("\n")) {
            for (String engine : enginesOnPage) {
                if (line.startsWith("| " + engine + " |") && !committedPage.contains(line + "\n")) {
                    drift.add("docs/engine-matrix.md lacks the row: " + line);
                }
            }
        }
        assertThat(drift).as("cells of docs/engine-matrix.json that disagree with this run (regenerate: %s, then copy"
                + " integration-tests/target/engine-matrix.{json,md} to docs/)", COMMAND).isEmpty();
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("bom/pom.xml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a directory above the module with bom/pom.xml").isNotNull();
        return dir;
    }

    // ==================================================================== helpers

    private static boolean strict(Engine engine) throws SQLException {
        if (engine.isPostgres()) {
            return true;
        }
        try (Connection c = engine.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT @@SESSION.sql_mode")) {
            rs.next();
            String mode = rs.getString(1).toUpperCase(Locale.ROOT);
            return mode.contains("STRICT_TRANS_TABLES") || mode.contains("STRICT_ALL_TABLES");
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
