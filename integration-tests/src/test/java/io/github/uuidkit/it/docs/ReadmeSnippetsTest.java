package io.github.uuidkit.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of the README and of every page under {@code docs/} compiles against the published
 * modules (core, mysql-binary16, jooq-binding, mybatis, hibernate, spring, cli), jOOQ's codegen API, MyBatis, Spring
 * Data JDBC and R2DBC and the engine harness, so the documentation cannot drift from the API; every MyBatis
 * configuration block marked {@code <!-- check: mybatis-config -->} is parsed by MyBatis.
 *
 * <p>Each block is preceded by an invisible marker {@code <!-- compile: CONTEXT -->} naming the context below that
 * declares what the snippet uses but does not show (a connection, a generated table); a block without a marker, or
 * with an unknown context, fails this test. {@code import} lines of a snippet are hoisted. A statement context
 * compiles the snippet as the body of a method; the {@code members} context as members of a jOOQ table class
 * (generated-code excerpts); the {@code spring-jdbc-members} context as members of a Spring Data JDBC configuration
 * class ({@code AbstractJdbcConfiguration}), with the imports such a class needs.
 */
class ReadmeSnippetsTest {

    private static final Pattern BLOCK = Pattern.compile(
            "(?:<!-- compile: ([a-z-]+) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);

    /** Imports every snippet may use without showing them. */
    private static final String IMPORTS = String.join("\n",
            "import io.github.uuidkit.*;",
            "import io.github.uuidkit.jdbc.*;",
            "import io.github.uuidkit.mysql.*;",
            "import io.github.uuidkit.jooq.*;",
            "import io.github.uuidkit.hibernate.*;",
            "import jakarta.persistence.criteria.CriteriaBuilder;",
            "import jakarta.persistence.criteria.CriteriaQuery;",
            "import jakarta.persistence.criteria.Root;",
            "import io.github.uuidkit.jooq.bindings.*;",
            "import io.github.uuidkit.jooq.converters.*;",
            "import io.github.uuidkit.doctor.Doctor;",
            "import io.github.uuidkit.doctor.DoctorReport;",
            "import io.github.uuidkit.doctor.ReportFormat;",
            "import io.github.uuidkit.doctor.Severity;",
            "import static org.assertj.core.api.Assertions.assertThat;",
            "import io.github.uuidkit.it.jooqsupport.OrderId;",
            "import io.github.uuidkit.it.support.*;",
            "import java.math.BigDecimal;",
            "import java.nio.ByteBuffer;",
            "import java.security.SecureRandom;",
            "import java.sql.*;",
            "import java.time.*;",
            "import java.util.*;",
            "import org.jooq.DSLContext;",
            "import org.jooq.Record;",
            "import org.jooq.TableField;",
            "import org.jooq.impl.DSL;",
            "import org.jooq.impl.SQLDataType;",
            "import org.jooq.impl.TableImpl;",
            "import org.jooq.codegen.GenerationTool;",
            "import org.jooq.meta.jaxb.*;",
            "");

    /** Tables standing in for jOOQ-generated code (the codegen suite compiles the real thing), and a JPA entity. */
    private static final String TABLES = String.join("\n",
            "static final class Orders extends TableImpl<Record> {",
            "    final TableField<Record, OrderId> ID = createField(DSL.name(\"id\"), SQLDataType.BINARY(16),",
            "            this, \"\", TypedIdConverter.of(OrderId.class, OrderId::new, OrderId::value),",
            "            new UuidBinaryBinding());",
            "    Orders() { super(DSL.name(\"orders\")); }",
            "}",
            "static final class Customers extends TableImpl<Record> {",
            "    final TableField<Record, UUID> ID = createField(DSL.name(\"id\"), SQLDataType.BINARY(16), this, \"\",",
            "            new UuidBinaryBinding());",
            "    Customers() { super(DSL.name(\"customers\")); }",
            "}",
            "static final class Events extends TableImpl<Record> {",
            "    final TableField<Record, UUID> ID = createField(DSL.name(\"id\"), SQLDataType.UUID, this);",
            "    final TableField<Record, String> LABEL = createField(DSL.name(\"label\"), SQLDataType.VARCHAR, this);",
            "    Events() { super(DSL.name(\"events\")); }",
            "}",
            "@jakarta.persistence.Entity static final class Customer { @jakarta.persistence.Id UUID id; }",
            "static final Orders ORDERS = new Orders();",
            "static final Customers CUSTOMERS = new Customers();",
            "static final Events EVENTS = new Events();",
            "");

    /**
     * Contexts compiled by another module's test, which has the class path they need, and the one page they may stand
     * in: {@code boot-app} by spring-boot-tests' {@code SpringBootPageSnippetsTest} (Spring Boot 4 and the starter).
     */
    private static final Map<String, String> COMPILED_ELSEWHERE = Map.of("boot-app", "docs/spring-boot.md");

    /** Context name -> local declarations (statement contexts) placed before the snippet. */
    private static final Map<String, String> CONTEXTS = pairs(
            "quickstart", "Instant createdAt = Instant.now();",
            "range", "Connection conn = null; PreparedStatement ps = null;",
            "jdbc", String.join("\n",
                    "Connection connection = null;",
                    "BigDecimal total = BigDecimal.ONE; UUID id = Uuids.v7(); List<UUID> ids = List.of(id);",
                    "interface Log { void warn(String message); }",
                    "Log log = message -> { };"),
            "values", String.join("\n",
                    "UUID id = Uuids.v7(); byte[] bytes = new byte[16]; ByteBuffer buffer = ByteBuffer.allocate(16);",
                    "List<UUID> list = new ArrayList<>(); String pathSegment = \"\"; String hexText = \"\";"),
            "jooq", String.join("\n",
                    "DSLContext ctx = null; Connection connection = null; Instant from = Instant.EPOCH;",
                    "Instant to = Instant.EPOCH; Instant since = Instant.EPOCH; Instant until = Instant.EPOCH;",
                    "OrderId lastId = null;",
                    "String url = \"\"; String user = \"\"; String password = \"\";"),
            "backfill", String.join("\n",
                    "Connection connection = null; MysqlSchema schema = null; ZoneId zone = ZoneOffset.UTC;"),
            "doctor", "Connection connection = null;",
            "hibernate", String.join("\n",
                    "jakarta.persistence.EntityManager em = null; jakarta.persistence.EntityManagerFactory emf = null;",
                    "Connection connection = null; Instant from = Instant.EPOCH; Instant to = Instant.EPOCH;",
                    "UUID lastId = null;"),
            "mybatis", String.join("\n",
                    "javax.sql.DataSource dataSource = null;",
                    "interface CustomerMapper { }",
                    "class Legacy { UUID id; UUID oldId; }"),
            "spring", "",
            "harness", "",
            "members", "",
            "spring-jdbc-members", "");

    /** Imports of the {@code spring-jdbc-members} context: what a Spring Data JDBC configuration class needs. */
    private static final String SPRING_JDBC_IMPORTS = String.join("\n",
            "import io.github.uuidkit.jdbc.UuidColumnKind;",
            "import io.github.uuidkit.spring.*;",
            "import org.springframework.context.annotation.Bean;",
            "import org.springframework.context.annotation.Lazy;",
            "import org.springframework.data.jdbc.core.convert.JdbcConverter;",
            "import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;",
            "import org.springframework.data.jdbc.core.convert.RelationResolver;",
            "import org.springframework.data.jdbc.core.dialect.JdbcDialect;",
            "import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;",
            "import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;",
            "import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;",
            "");

    /** A map from alternating keys and values (Map.of stops at ten pairs). */
    private static Map<String, String> pairs(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Map.copyOf(map);
    }

    /** README.md, then every {@code docs/*.md} page in name order: the files whose blocks are checked. */
    static List<Path> documentationFiles() throws IOException {
        Path root = repositoryRoot();
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (var pages = Files.list(root.resolve("docs"))) {
            pages.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    void everyJavaBlockOfTheDocumentationCompiles() throws IOException {
        Path root = repositoryRoot();
        List<JavaFileObject> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> perFile = new LinkedHashMap<>();
        int n = 0;
        for (Path file : documentationFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = root.relativize(file).toString().replace(File.separatorChar, '/');
            String prefix = name.replaceAll("[^A-Za-z0-9]+", "_");
            Matcher m = BLOCK.matcher(text);
            int inFile = 0;
            while (m.find()) {
                n++;
                inFile++;
                int line = text.substring(0, m.start(2)).split("\n", -1).length;
                String context = m.group(1);
                if (name.equals(COMPILED_ELSEWHERE.get(context))) {
                    continue; // compiled by the module that has the block's class path
                }
                if (context == null || !CONTEXTS.containsKey(context)) {
                    problems.add(name + " line " + line + ": a ```java block needs a <!-- compile: CONTEXT --> line"
                            + " before it, CONTEXT one of " + CONTEXTS.keySet()
                            + (context == null ? "" : ", got " + context));
                    continue;
                }
                sources.add(source(prefix + "_Snippet" + n + "Line" + line, context, m.group(2)));
            }
            perFile.put(name, inFile);
        }
        System.out.println("[uuidkit-docs] java blocks per file: " + perFile);
        assertThat(problems).isEmpty();
        assertThat(sources).as("java blocks found in README.md and docs/").hasSizeGreaterThanOrEqualTo(30);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Path classes = Files.createTempDirectory("readme-snippets");
            boolean ok = javac.getTask(out, files, diagnostics,
                    List.of("-classpath", testClassPath(), "-d", classes.toString(), "-proc:none",
                            "-Xlint:none", "--release", "17"),
                    null, sources).call();
            String report = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                    .collect(Collectors.joining("\n"));
            assertThat(ok).as("documentation snippets compile (class name = file, snippet number and line in that"
                    + " file; the line numbers of a compile error count from the class header):%n%s%n%s",
                    report, out).isTrue();
        }
    }

    private static final Pattern CHECKED_XML = Pattern.compile(
            "<!-- check: ([a-z-]+) -->\\n```xml\\n(.*?)```", Pattern.DOTALL);

    /**
     * Every {@code ```xml} block marked {@code <!-- check: mybatis-config -->} is a MyBatis configuration that MyBatis
     * parses (with its DTD) into a configuration whose {@code java.util.UUID} default is a uuidkit handler.
     */
    @Test
    void everyCheckedMyBatisConfigurationOfTheDocumentationParses() throws IOException {
        int checked = 0;
        for (Path file : documentationFiles()) {
            Matcher m = CHECKED_XML.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                assertThat(m.group(1)).as("check context in %s", file)
                        .isIn("mybatis-config", "jooq-codegen-mysql", "jooq-forced-type");
                if (!m.group(1).equals("mybatis-config")) {
                    continue;
                }
                org.apache.ibatis.session.Configuration configuration =
                        new org.apache.ibatis.session.SqlSessionFactoryBuilder()
                                .build(new java.io.StringReader(m.group(2))).getConfiguration();
                assertThat(configuration.getTypeHandlerRegistry().getTypeHandler(java.util.UUID.class))
                        .as("the UUID default handler configured in %s", file)
                        .isInstanceOf(io.github.uuidkit.mybatis.UuidTypeHandler.class);
                checked++;
            }
        }
        assertThat(checked).as("checked MyBatis configurations in README.md and docs/").isGreaterThanOrEqualTo(1);
    }

    private static final Pattern FORCED_TYPE = Pattern.compile("<forcedType>.*?</forcedType>", Pattern.DOTALL);

    /**
     * The jOOQ {@code <forcedTypes>} the documentation shows are the ones the build runs: a block marked
     * {@code <!-- check: jooq-codegen-mysql -->} lists exactly the forced types of
     * {@code integration-tests/src/test/resources/jooq/codegen-mysql.xml} (the MySQL codegen suite's configuration), in
     * its order; one marked {@code <!-- check: jooq-forced-type -->} shows only forced types of that file. Compared
     * element by element, with XML comments and the indentation removed.
     */
    @Test
    void theDocumentedJooqForcedTypesAreTheOnesTheCodegenSuiteRuns() throws IOException {
        String config = Files.readString(repositoryRoot().resolve(
                "integration-tests/src/test/resources/jooq/codegen-mysql.xml"), StandardCharsets.UTF_8);
        List<String> built = forcedTypes(config);
        assertThat(built).as("forced types of codegen-mysql.xml").hasSizeGreaterThanOrEqualTo(3);
        int whole = 0;
        int partial = 0;
        for (Path file : documentationFiles()) {
            Matcher m = CHECKED_XML.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                List<String> shown = forcedTypes(m.group(2));
                if (m.group(1).equals("jooq-codegen-mysql")) {
                    assertThat(shown).as("the <forcedTypes> of %s = those of codegen-mysql.xml", file)
                            .containsExactlyElementsOf(built);
                    whole++;
                } else if (m.group(1).equals("jooq-forced-type")) {
                    assertThat(shown).as("forced types shown in %s", file).isNotEmpty();
                    assertThat(built).as("codegen-mysql.xml runs the forced types shown in %s", file)
                            .containsAll(shown);
                    partial++;
                }
            }
        }
        assertThat(whole).as("blocks marked <!-- check: jooq-codegen-mysql -->").isGreaterThanOrEqualTo(1);
        assertThat(partial).as("blocks marked <!-- check: jooq-forced-type -->").isGreaterThanOrEqualTo(1);
    }

    private static final Pattern CHECKED_SQL = Pattern.compile(
            "<!-- check: ([a-z0-9-]+) -->\\n```sql\\n(.*?)```", Pattern.DOTALL);

    /**
     * The SQL the MySQL/MariaDB page shows is what {@code MysqlSchema} writes: a block marked
     * {@code <!-- check: mysql8-ddl -->} is {@code createUuidTable("orders", "id", "id_text")} then
     * {@code createHybridTable("customers", "id", "public_id", "public_id_text")} for a MySQL 8.0.31 server, one
     * marked {@code <!-- check: mariadb-binary-to-text -->} is {@code binaryToText("id")} for a MariaDB 11.4.5 server.
     */
    @Test
    void theDocumentedMysqlSqlIsWhatMysqlSchemaWrites() throws IOException {
        io.github.uuidkit.mysql.MysqlSchema mysql = io.github.uuidkit.mysql.MysqlSchema.forServer(
                io.github.uuidkit.mysql.MysqlServerInfo.of("8.0.31", "STRICT_TRANS_TABLES", true));
        io.github.uuidkit.mysql.MysqlSchema mariadb = io.github.uuidkit.mysql.MysqlSchema.forServer(
                io.github.uuidkit.mysql.MysqlServerInfo.of("11.4.5-MariaDB", "STRICT_TRANS_TABLES", true));
        Map<String, String> expected = Map.of(
                "mysql8-ddl", mysql.createUuidTable("orders", "id", "id_text") + "\n"
                        + mysql.createHybridTable("customers", "id", "public_id", "public_id_text"),
                "mariadb-binary-to-text", mariadb.binaryToText("id"));
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (Path file : documentationFiles()) {
            Matcher m = CHECKED_SQL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                assertThat(expected).as("check context in %s", file).containsKey(m.group(1));
                assertThat(m.group(2).strip()).as("the %s block of %s", m.group(1), file)
                        .isEqualTo(expected.get(m.group(1)).strip());
                checked.merge(m.group(1), 1, Integer::sum);
            }
        }
        assertThat(checked).as("checked SQL blocks").containsOnlyKeys(expected.keySet());
    }

    private static final Pattern CHECKED_PROPERTIES = Pattern.compile(
            "<!-- check: hibernate-properties -->\\n```properties\\n(.*?)```", Pattern.DOTALL);

    /**
     * Every property of a block marked {@code <!-- check: hibernate-properties -->} is uuidkit-hibernate's column-kind
     * setting ({@code UuidTypeContributor.COLUMN_KIND}, alone or under Spring Boot's {@code spring.jpa.properties.}
     * prefix) naming a {@code UuidColumnKind}.
     */
    @Test
    void theDocumentedHibernatePropertiesAreTheModulesOwn() throws IOException {
        int checked = 0;
        for (Path file : documentationFiles()) {
            Matcher m = CHECKED_PROPERTIES.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                java.util.Properties properties = new java.util.Properties();
                properties.load(new java.io.StringReader(m.group(1)));
                assertThat(properties).as("properties of the block in %s", file).isNotEmpty();
                for (String key : properties.stringPropertyNames()) {
                    assertThat(key).as("a property key in %s", file).isIn(
                            io.github.uuidkit.hibernate.UuidTypeContributor.COLUMN_KIND,
                            "spring.jpa.properties." + io.github.uuidkit.hibernate.UuidTypeContributor.COLUMN_KIND);
                    assertThat(io.github.uuidkit.jdbc.UuidColumnKind.valueOf(properties.getProperty(key))).isNotNull();
                    checked++;
                }
            }
        }
        assertThat(checked).as("checked Hibernate properties").isGreaterThanOrEqualTo(2);
    }

    /** The {@code <forcedType>} elements of an XML text, comments removed, each line stripped and joined. */
    private static List<String> forcedTypes(String xml) {
        String bare = xml.replaceAll("(?s)<!--.*?-->", "");
        List<String> types = new ArrayList<>();
        Matcher m = FORCED_TYPE.matcher(bare);
        while (m.find()) {
            types.add(m.group().lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining()));
        }
        return types;
    }

    private static JavaFileObject source(String className, String context, String snippet) {
        StringBuilder imports = new StringBuilder(IMPORTS);
        StringBuilder body = new StringBuilder();
        for (String l : snippet.split("\n", -1)) {
            if (l.startsWith("import ")) {
                imports.append(l).append('\n');
            } else {
                body.append(l).append('\n');
            }
        }
        String code;
        if (context.equals("spring-jdbc-members")) {
            code = SPRING_JDBC_IMPORTS + imports + "@SuppressWarnings(\"all\") class " + className
                    + " extends AbstractJdbcConfiguration {\n" + body + "}\n";
        } else if (context.equals("members")) {
            code = imports + "final class " + className + " extends TableImpl<" + className + ".OrdersRecord> {\n"
                    + "static final class OrdersRecord extends org.jooq.impl.TableRecordImpl<OrdersRecord> {\n"
                    + "    OrdersRecord() { super(null); }\n}\n"
                    + "private " + className + "() { super(DSL.name(\"orders\")); }\n"
                    + body + "}\n";
        } else {
            code = imports + "@SuppressWarnings(\"all\") final class " + className + " {\n" + TABLES
                    + "void run() throws Exception {\n" + CONTEXTS.get(context) + "\n" + body + "}\n}\n";
        }
        return new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    /** The real test class path (surefire puts a manifest-only jar on java.class.path). */
    private static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a directory above %s with README.md", Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    @SuppressWarnings("unused")
    private static final String PATH_SEPARATOR = File.pathSeparator;
}
