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
 * Every {@code ```java} block of the README compiles against the published modules (core, mysql-binary16,
 * jooq-binding, mybatis, spring), jOOQ's codegen API, MyBatis, Spring Data JDBC and the engine harness, so the README cannot drift from the API;
 * every MyBatis configuration block marked {@code <!-- check: mybatis-config -->} is parsed by MyBatis.
 *
 * <p>Each block is preceded in the README by an invisible marker {@code <!-- compile: CONTEXT -->} naming the
 * context below that declares what the snippet uses but does not show (a connection, a generated table); a block
 * without a marker, or with an unknown context, fails this test. {@code import} lines of a snippet are hoisted. A
 * statement context compiles the snippet as the body of a method; the {@code members} context as members of a jOOQ
 * table class (generated-code excerpts).
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
            "members", "");

    /** A map from alternating keys and values (Map.of stops at ten pairs). */
    private static Map<String, String> pairs(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Map.copyOf(map);
    }

    @Test
    void everyJavaBlockOfTheReadmeCompiles() throws IOException {
        String readme = Files.readString(repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
        List<JavaFileObject> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        int n = 0;
        while (m.find()) {
            n++;
            int line = readme.substring(0, m.start(2)).split("\n", -1).length;
            String context = m.group(1);
            if (context == null || !CONTEXTS.containsKey(context)) {
                problems.add("README.md line " + line + ": a ```java block needs a <!-- compile: CONTEXT --> line"
                        + " before it, CONTEXT one of " + CONTEXTS.keySet() + (context == null ? "" : ", got " + context));
                continue;
            }
            sources.add(source("Snippet" + n + "Line" + line, context, m.group(2)));
        }
        assertThat(problems).isEmpty();
        assertThat(sources).as("java blocks found in the README").hasSizeGreaterThanOrEqualTo(15);

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
            assertThat(ok).as("README snippets compile (file name = snippet number and README line):%n%s%n%s",
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
    void everyCheckedMyBatisConfigurationOfTheReadmeParses() throws IOException {
        String readme = Files.readString(repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = CHECKED_XML.matcher(readme);
        int checked = 0;
        while (m.find()) {
            assertThat(m.group(1)).as("check context").isEqualTo("mybatis-config");
            org.apache.ibatis.session.Configuration configuration = new org.apache.ibatis.session.SqlSessionFactoryBuilder()
                    .build(new java.io.StringReader(m.group(2))).getConfiguration();
            assertThat(configuration.getTypeHandlerRegistry().getTypeHandler(java.util.UUID.class))
                    .isInstanceOf(io.github.uuidkit.mybatis.UuidTypeHandler.class);
            checked++;
        }
        assertThat(checked).as("checked MyBatis configurations in the README").isGreaterThanOrEqualTo(1);
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
        if (context.equals("members")) {
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

    private static Path repositoryRoot() {
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
