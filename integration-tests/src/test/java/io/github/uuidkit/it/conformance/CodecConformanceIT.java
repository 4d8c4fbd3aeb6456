package io.github.uuidkit.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.hibernate.MariaDbUuidJdbcType;
import io.github.uuidkit.hibernate.PostgresUuidJdbcType;
import io.github.uuidkit.hibernate.UuidBinary16JdbcType;
import io.github.uuidkit.hibernate.UuidChar36JdbcType;
import io.github.uuidkit.hibernate.UuidTimeSwappedBinary16JdbcType;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import io.github.uuidkit.jooq.bindings.MariaDbUuidBinding;
import io.github.uuidkit.jooq.bindings.UuidBinaryBinding;
import io.github.uuidkit.jooq.bindings.UuidTimeSwappedBinaryBinding;
import io.github.uuidkit.jooq.converters.UuidBinaryConverter;
import io.github.uuidkit.jooq.converters.UuidStringConverter;
import io.github.uuidkit.jooq.converters.UuidTimeSwappedBinaryConverter;
import io.github.uuidkit.mybatis.UuidTypeHandlers;
import io.github.uuidkit.spring.UuidJdbcConverter;
import io.github.uuidkit.spring.UuidR2dbcConverter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.hibernate.type.descriptor.java.UUIDJavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.jooq.Binding;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.convert.JdbcTypeFactory;
import org.springframework.data.jdbc.core.convert.RelationResolver;
import org.springframework.data.jdbc.core.dialect.JdbcMySqlDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.relational.core.sql.IdentifierProcessing;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.dialect.MySqlDialect;
import org.springframework.data.r2dbc.dialect.PostgresDialect;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;

/**
 * One table of stored values per engine, read with every {@link UuidColumnKind} through every adapter: plain
 * {@link UuidJdbc}, the MyBatis handler, the Hibernate {@code JdbcType}, the jOOQ binding (through jOOQ's own
 * {@code SELECT}) and converter, the Spring Data JDBC converter and the Spring Data R2DBC converter. Each read must
 * give what the rule table below says, the same for every adapter: the UUID, or a refusal with SQLState 22018 whose
 * text after the column name is the same everywhere (and, where the adapter knows the column, names it).
 *
 * <p>The expected answers are written here from the rules (RFC 9562 byte order, MySQL's manual for
 * {@code UUID_TO_BIN(x, 1)}: time-high, time-mid, time-low), not computed by uuidkit: a 16-byte value is a UUID for
 * the binary and native kinds and never for {@code CHAR36}; text (either case, canonical {@code 8-4-4-4-12}) for the
 * text and native kinds and never for a binary kind; 36 bytes of canonical text for the text and native kinds;
 * everything else (15/17 bytes, 35/37 characters, braces, 32 digits) for none. Where an adapter cannot be asked (no
 * jOOQ binding for a kind, a Spring BINARY(16) kind on PostgreSQL, a converter whose database type is not what the
 * driver returned) the cell is skipped and counted.
 */
class CodecConformanceIT {

    private static final long SEED = 0x22_C0DECL;

    /** The shape of a stored value: what the rule table is written in. */
    enum Shape { BYTES16, BYTES_OTHER, TEXT_BYTES36, TEXT, TEXT_BAD, NATIVE, NULL }

    /** One stored value: the column it is in, what it is, and for good ones the UUID it stands for. */
    record Input(String name, String column, Object stored, Shape shape, UUID standard) {
    }

    /** Outcome of one read: a UUID (or null), or a refusal with its SQLState and message. */
    record Outcome(UUID uuid, String state, String message, String type) {
        static Outcome of(UUID uuid) {
            return new Outcome(uuid, null, null, null);
        }

        boolean refused() {
            return type != null;
        }

        /** The message after the column's name: what every adapter must say alike. */
        String problem() {
            int at = message == null ? -1 : message.indexOf("expected ");
            return at < 0 ? message : message.substring(at);
        }

        @Override
        public String toString() {
            return refused() ? "refused " + type + " [" + state + "] " + message : "read " + uuid;
        }
    }

    interface Read {
        UUID read() throws Exception;
    }

    static List<UUID> goodValues() {
        Random random = new Random(SEED);
        System.out.printf("[uuidkit-it] CodecConformanceIT seed 0x%X%n", SEED);
        List<UUID> values = new ArrayList<>();
        for (int version = 1; version <= 8; version++) {
            long msb = (random.nextLong() & ~0xF000L) | ((long) version << 12);
            long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            values.add(new UUID(msb, lsb));
        }
        values.add(new UUID(0, 0));
        values.add(new UUID(-1, -1));
        return values;
    }

    /** RFC 9562 network order. */
    static byte[] standard(UUID u) {
        return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
    }

    /** MySQL manual, UUID_TO_BIN(x, 1): time-high (bytes 6-7), time-mid (4-5), time-low (0-3), then the rest. */
    static byte[] swapped(byte[] s) {
        byte[] w = new byte[16];
        System.arraycopy(s, 6, w, 0, 2);
        System.arraycopy(s, 4, w, 2, 2);
        System.arraycopy(s, 0, w, 4, 4);
        System.arraycopy(s, 8, w, 8, 8);
        return w;
    }

    /** The inverse of {@link #swapped}. */
    static byte[] unswapped(byte[] w) {
        byte[] s = new byte[16];
        System.arraycopy(w, 4, s, 0, 4);
        System.arraycopy(w, 2, s, 4, 2);
        System.arraycopy(w, 0, s, 6, 2);
        System.arraycopy(w, 8, s, 8, 8);
        return s;
    }

    static UUID fromStandard(byte[] s) {
        ByteBuffer b = ByteBuffer.wrap(s);
        return new UUID(b.getLong(), b.getLong());
    }

    static List<Input> inputs(boolean hasNative) {
        List<Input> inputs = new ArrayList<>();
        for (UUID u : goodValues()) {
            String v = "v" + u.version() + " " + u;
            inputs.add(new Input(v + " standard bytes", "b", standard(u), Shape.BYTES16, u));
            inputs.add(new Input(v + " swapped bytes", "b", swapped(standard(u)), Shape.BYTES16,
                    fromStandard(swapped(standard(u)))));
            inputs.add(new Input(v + " text", "t", u.toString(), Shape.TEXT, u));
            inputs.add(new Input(v + " upper-case text", "t", u.toString().toUpperCase(Locale.ROOT), Shape.TEXT, u));
            inputs.add(new Input(v + " 36 bytes of text", "b", u.toString().getBytes(StandardCharsets.US_ASCII),
                    Shape.TEXT_BYTES36, u));
            if (hasNative) {
                inputs.add(new Input(v + " native", "u", u.toString(), Shape.NATIVE, u));
            }
        }
        String good = "017f22e2-79b0-7cc3-98c4-dc0c0c07398f"; // RFC 9562 A.6
        inputs.add(new Input("15 bytes", "b", new byte[15], Shape.BYTES_OTHER, null));
        inputs.add(new Input("17 bytes", "b", new byte[17], Shape.BYTES_OTHER, null));
        inputs.add(new Input("0 bytes", "b", new byte[0], Shape.BYTES_OTHER, null));
        inputs.add(new Input("35-char text", "t", good.substring(1), Shape.TEXT_BAD, null));
        inputs.add(new Input("37-char text", "t", good + "0", Shape.TEXT_BAD, null));
        inputs.add(new Input("braced text", "t", "{" + good + "}", Shape.TEXT_BAD, null));
        inputs.add(new Input("32 hex digits", "t", good.replace("-", ""), Shape.TEXT_BAD, null));
        inputs.add(new Input("non-hex text", "t", good.replace('f', 'g'), Shape.TEXT_BAD, null));
        inputs.add(new Input("36 bytes, not text", "b", new byte[36], Shape.BYTES_OTHER, null));
        inputs.add(new Input("null bytes", "b", null, Shape.NULL, null));
        inputs.add(new Input("null text", "t", null, Shape.NULL, null));
        return inputs;
    }

    /** The rule table: what reading {@code input} with {@code kind} gives; null UUID with refused=true is a refusal. */
    static Outcome expected(Input input, UuidColumnKind kind) {
        boolean binary = kind == UuidColumnKind.BINARY16 || kind == UuidColumnKind.BINARY16_TIME_SWAPPED;
        boolean nativeKind = kind == UuidColumnKind.POSTGRES_UUID || kind == UuidColumnKind.MARIADB_UUID;
        Outcome refused = new Outcome(null, "22018", null, "refusal");
        switch (input.shape()) {
            case NULL:
                return Outcome.of(null);
            case BYTES16:
                if (kind == UuidColumnKind.CHAR36) {
                    return refused;
                }
                byte[] stored = (byte[]) input.stored();
                return Outcome.of(kind == UuidColumnKind.BINARY16_TIME_SWAPPED ? fromStandard(unswapped(stored))
                        : fromStandard(stored));
            case TEXT_BYTES36:
            case TEXT:
            case NATIVE:
                return binary ? refused : Outcome.of(input.standard());
            default:
                return refused;
        }
    }

    static Outcome outcome(Read read) {
        try {
            return Outcome.of(read.read());
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException && ((SQLException) t).getSQLState() != null) {
                    return new Outcome(null, ((SQLException) t).getSQLState(), t.getMessage(),
                            e.getClass().getSimpleName());
                }
            }
            return new Outcome(null, null, String.valueOf(e.getMessage()), e.getClass().getSimpleName());
        }
    }

    private static final RelationResolver NO_RELATIONS = (identifier, path) -> List.of();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void everyAdapterReadsEveryStoredValueAsTheRuleTableSays(Engine engine) throws Exception {
        Engines.announce(CodecConformanceIT.class, engine);
        boolean pg = engine.isPostgres();
        boolean hasNative = pg || engine.isMariaDb();
        List<Input> inputs = inputs(hasNative);
        List<UuidColumnKind> kinds = new ArrayList<>(List.of(UuidColumnKind.BINARY16,
                UuidColumnKind.BINARY16_TIME_SWAPPED, UuidColumnKind.CHAR36));
        if (pg) {
            kinds.add(0, UuidColumnKind.POSTGRES_UUID);
        } else if (engine.isMariaDb()) {
            kinds.add(0, UuidColumnKind.MARIADB_UUID);
        }
        List<String> failures = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            String table = tables.name("conformance");
            String u = pg ? ", u uuid" : hasNative ? ", u UUID" : "";
            exec(c, "CREATE TABLE " + table + " (seq INT PRIMARY KEY, b " + (pg ? "bytea" : "VARBINARY(40)")
                    + ", t " + (pg ? "text" : "VARCHAR(64)") + u + ")");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (seq, b, t" + (hasNative ? ", u"
                    : "") + ") VALUES (?, ?, ?" + (hasNative ? pg ? ", CAST(? AS uuid)" : ", ?" : "") + ")")) {
                for (int i = 0; i < inputs.size(); i++) {
                    Input in = inputs.get(i);
                    ps.setInt(1, i);
                    ps.setBytes(2, "b".equals(in.column()) ? (byte[]) in.stored() : null);
                    ps.setString(3, "t".equals(in.column()) ? (String) in.stored() : null);
                    if (hasNative) {
                        ps.setString(4, "u".equals(in.column()) ? (String) in.stored() : null);
                    }
                    ps.executeUpdate();
                }
            }
            DSLContext jooq = DSL.using(c, pg ? SQLDialect.POSTGRES : engine.isMariaDb() ? SQLDialect.MARIADB
                    : SQLDialect.MYSQL);
            JdbcMappingContext jdbcContext = new JdbcMappingContext();
            R2dbcMappingContext r2dbcContext = new R2dbcMappingContext();
            R2dbcCustomConversions r2dbcConversions = R2dbcCustomConversions.of(
                    pg ? PostgresDialect.INSTANCE : MySqlDialect.INSTANCE, List.of());
            r2dbcContext.setSimpleTypeHolder(r2dbcConversions.getSimpleTypeHolder());
            for (UuidColumnKind kind : kinds) {
                boolean binary = kind.name().startsWith("BINARY");
                // Spring refuses a BINARY(16) kind with a PostgreSQL dialect (PostgreSQL has no BINARY(16)).
                UuidJdbcConverter springJdbc = pg && binary ? null : new UuidJdbcConverter(jdbcContext, NO_RELATIONS,
                        new JdbcCustomConversions(), JdbcTypeFactory.unsupported(),
                        pg ? JdbcPostgresDialect.INSTANCE : new JdbcMySqlDialect(IdentifierProcessing.NONE), kind);
                UuidR2dbcConverter springR2dbc = pg && binary ? null : new UuidR2dbcConverter(r2dbcContext,
                        r2dbcConversions, pg ? PostgresDialect.INSTANCE : MySqlDialect.INSTANCE, kind);
                JdbcType hibernate = hibernateType(kind);
                Binding<?, UUID> binding = jooqBinding(kind);
                Converter<?, UUID> converter = jooqConverter(kind);
                for (int i = 0; i < inputs.size(); i++) {
                    Input in = inputs.get(i);
                    Outcome want = expected(in, kind);
                    String cell = engine + " " + kind + " <- " + in.name() + " (column " + in.column() + ")";
                    int seq = i;
                    try (PreparedStatement ps = c.prepareStatement("SELECT " + in.column() + " FROM " + table
                            + " WHERE seq = ?")) {
                        ps.setInt(1, seq);
                        try (ResultSet rs = ps.executeQuery()) {
                            assertThat(rs.next()).isTrue();
                            Object raw = rs.getObject(1);
                            Map<String, Outcome> got = new LinkedHashMap<>();
                            got.put("UuidJdbc", outcome(() -> UuidJdbc.get(rs, 1, kind)));
                            got.put("MyBatis", outcome(() -> UuidTypeHandlers.of(kind).getResult(rs, in.column())));
                            got.put("Hibernate", outcome(() -> hibernate.getExtractor(UUIDJavaType.INSTANCE)
                                    .extract(rs, 1, null)));
                            if (springJdbc != null) {
                                got.put("Spring JDBC", outcome(() -> (UUID) springJdbc.readValue(raw,
                                        TypeInformation.of(UUID.class))));
                            }
                            if (springR2dbc != null) {
                                Object r2dbcRaw = raw instanceof byte[] ? ByteBuffer.wrap((byte[]) raw) : raw;
                                got.put("Spring R2DBC", outcome(() -> (UUID) springR2dbc.readValue(r2dbcRaw,
                                        TypeInformation.of(UUID.class))));
                            }
                            if (converter != null && (raw == null || converter.fromType().isInstance(raw))) {
                                got.put("jOOQ converter", outcome(() -> convert(converter, raw)));
                            }
                            if (binding != null) {
                                got.put("jOOQ binding", outcome(() -> jooqRead(jooq, table, in.column(), seq,
                                        binding)));
                            }
                            check(cell, in.column(), want, got, failures, counts);
                        }
                    }
                }
            }
        }
        System.out.printf("[uuidkit-it] CodecConformanceIT %s: %d inputs x %d kinds, reads per adapter %s, %d"
                + " disagreements%n", engine, inputs.size(), kinds.size(), counts, failures.size());
        Map<String, Integer> categories = new java.util.TreeMap<>();
        for (String f : failures) {
            int via = f.indexOf(" via ");
            int colon = f.indexOf(": ", via);
            String before = f.substring(0, f.indexOf(" <- "));
            String kind = before.substring(before.lastIndexOf(' ') + 1);
            String category = f.substring(colon + 2, f.indexOf(']', colon) + 1);
            categories.merge(f.substring(via + 5, colon) + " " + kind + " " + category, 1, Integer::sum);
        }
        categories.forEach((k, n) -> System.out.printf("[uuidkit-it] CodecConformanceIT %s: %s x%d%n", engine, k, n));
        failures.stream().limit(60).forEach(f -> System.out.println("[uuidkit-it] CodecConformanceIT " + f));
        assertThat(failures).as("cells where an adapter disagrees with the rule table or the others").isEmpty();
    }

    /**
     * The same table through stored-procedure OUT parameters (PostgreSQL: a function with OUT parameters; MySQL and
     * MariaDB: a procedure), read by plain {@link UuidJdbc#get(java.sql.CallableStatement, int, UuidColumnKind)}, the
     * MyBatis handler and the Hibernate {@code JdbcType}: the same answers, refusals naming the OUT parameter.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void outParametersAreReadAsTheRuleTableSays(Engine engine) throws Exception {
        boolean pg = engine.isPostgres();
        List<Input> inputs = new ArrayList<>();
        for (Input in : inputs(false)) {
            inputs.add(in);
        }
        List<UuidColumnKind> kinds = new ArrayList<>(List.of(UuidColumnKind.BINARY16,
                UuidColumnKind.BINARY16_TIME_SWAPPED, UuidColumnKind.CHAR36,
                pg ? UuidColumnKind.POSTGRES_UUID : UuidColumnKind.MARIADB_UUID));
        List<String> failures = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = engine.connect(); TestTables tables = TestTables.on(c)) {
            String table = tables.name("conformance_out");
            String routine = TestTables.uniqueName("out");
            exec(c, "CREATE TABLE " + table + " (seq INT PRIMARY KEY, b " + (pg ? "bytea" : "VARBINARY(40)")
                    + ", t " + (pg ? "text" : "VARCHAR(64)") + ")");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (seq, b, t) VALUES (?, ?, ?)")) {
                for (int i = 0; i < inputs.size(); i++) {
                    Input in = inputs.get(i);
                    ps.setInt(1, i);
                    ps.setBytes(2, "b".equals(in.column()) ? (byte[]) in.stored() : null);
                    ps.setString(3, "t".equals(in.column()) ? (String) in.stored() : null);
                    ps.executeUpdate();
                }
            }
            exec(c, pg ? "CREATE FUNCTION " + routine + "(s int, OUT ob bytea, OUT ot text) AS $$ SELECT b, t FROM "
                    + table + " WHERE seq = s $$ LANGUAGE sql"
                    : "CREATE PROCEDURE " + routine + "(IN s INT, OUT ob VARBINARY(40), OUT ot VARCHAR(64))"
                    + " SELECT b, t INTO ob, ot FROM " + table + " WHERE seq = s");
            try {
                for (UuidColumnKind kind : kinds) {
                    JdbcType hibernate = hibernateType(kind);
                    for (int i = 0; i < inputs.size(); i++) {
                        Input in = inputs.get(i);
                        int index = "b".equals(in.column()) ? 2 : 3;
                        try (java.sql.CallableStatement call = c.prepareCall("{call " + routine + "(?, ?, ?)}")) {
                            call.setInt(1, i);
                            call.registerOutParameter(2, pg ? java.sql.Types.BINARY : java.sql.Types.VARBINARY);
                            call.registerOutParameter(3, java.sql.Types.VARCHAR);
                            call.execute();
                            Map<String, Outcome> got = new LinkedHashMap<>();
                            got.put("UuidJdbc", outcome(() -> UuidJdbc.get(call, index, kind)));
                            got.put("MyBatis", outcome(() -> UuidTypeHandlers.of(kind).getResult(call, index)));
                            got.put("Hibernate", outcome(() -> hibernate.getExtractor(UUIDJavaType.INSTANCE)
                                    .extract(call, index, null)));
                            check(engine + " OUT " + kind + " <- " + in.name() + " (column " + in.column() + ")",
                                    "OUT parameter " + index, expected(in, kind), got, failures, counts);
                        }
                    }
                }
            } finally {
                exec(c, pg ? "DROP FUNCTION IF EXISTS " + routine + "(int)" : "DROP PROCEDURE IF EXISTS " + routine);
            }
        }
        System.out.printf("[uuidkit-it] CodecConformanceIT %s OUT parameters: %d inputs x %d kinds, reads per adapter"
                + " %s, %d disagreements%n", engine, inputs.size(), kinds.size(), counts, failures.size());
        failures.stream().limit(40).forEach(f -> System.out.println("[uuidkit-it] CodecConformanceIT " + f));
        assertThat(failures).as("OUT parameters where an adapter disagrees with the rule table or the others").isEmpty();
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void check(String cell, String column, Outcome want, Map<String, Outcome> got,
            List<String> failures, Map<String, Integer> counts) {
        String problem = null;
        for (Map.Entry<String, Outcome> e : got.entrySet()) {
            counts.merge(e.getKey(), 1, Integer::sum);
            Outcome o = e.getValue();
            String who = cell + " via " + e.getKey() + ": ";
            if (!want.refused()) {
                if (o.refused() || !Objects.equals(o.uuid(), want.uuid())) {
                    failures.add(who + (o.refused() ? "[refused a good value] " : "[wrong UUID] ")
                            + "expected read " + want.uuid() + ", got " + o);
                }
                continue;
            }
            if (!o.refused()) {
                failures.add(who + "[accepted a bad value] expected a refusal (22018), got " + o);
            } else if (!"22018".equals(o.state())) {
                failures.add(who + "[no SQLState 22018] got " + o);
            } else {
                if (problem == null) {
                    problem = o.problem();
                } else if (!problem.equals(o.problem())) {
                    failures.add(who + "[another text] " + o.problem() + " vs " + problem);
                }
                boolean knowsColumn = !e.getKey().startsWith("Spring") && !e.getKey().equals("jOOQ converter");
                if (knowsColumn && !o.message().contains(column)) {
                    failures.add(who + "[column not named] " + o.message());
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static UUID convert(Converter<?, UUID> converter, Object raw) {
        return ((Converter<Object, UUID>) converter).from(raw);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static UUID jooqRead(DSLContext jooq, String table, String column, int seq, Binding<?, UUID> binding) {
        DataType<?> base = binding instanceof MariaDbUuidBinding ? SQLDataType.UUID : SQLDataType.VARBINARY;
        Field<UUID> field = DSL.field(DSL.name(column), ((DataType) base).asConvertedDataType((Binding) binding));
        return jooq.select(field).from(DSL.table(DSL.name(table))).where(DSL.field(DSL.name("seq")).eq(seq))
                .fetchOne(field);
    }

    private static JdbcType hibernateType(UuidColumnKind kind) {
        for (JdbcType type : List.of(PostgresUuidJdbcType.INSTANCE, MariaDbUuidJdbcType.INSTANCE,
                UuidBinary16JdbcType.INSTANCE, UuidTimeSwappedBinary16JdbcType.INSTANCE, UuidChar36JdbcType.INSTANCE)) {
            if (type.getFriendlyName().equals("uuidkit " + kind)) {
                return type;
            }
        }
        throw new AssertionError(kind);
    }

    /** The jOOQ binding uuidkit has for a kind (PostgreSQL {@code uuid} is jOOQ's own, CHAR36 has a converter). */
    private static Binding<?, UUID> jooqBinding(UuidColumnKind kind) {
        if (kind == UuidColumnKind.BINARY16) {
            return new UuidBinaryBinding();
        }
        if (kind == UuidColumnKind.BINARY16_TIME_SWAPPED) {
            return new UuidTimeSwappedBinaryBinding();
        }
        return kind == UuidColumnKind.MARIADB_UUID ? new MariaDbUuidBinding() : null;
    }

    private static Converter<?, UUID> jooqConverter(UuidColumnKind kind) {
        if (kind == UuidColumnKind.BINARY16) {
            return new UuidBinaryConverter();
        }
        if (kind == UuidColumnKind.BINARY16_TIME_SWAPPED) {
            return new UuidTimeSwappedBinaryConverter();
        }
        return kind == UuidColumnKind.CHAR36 ? new UuidStringConverter() : null;
    }
}
