package io.github.uuidkit.it.jooqsupport;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.nio.file.Paths;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.meta.jaxb.Target;

/**
 * Build step (exec-maven-plugin, phase {@code process-test-classes}): provisions PostgreSQL, MySQL and MariaDB
 * through the harness (the primary engine of each kind, each started once in this JVM), creates a uniquely named
 * {@link JooqSchemas} schema, runs jOOQ's {@link GenerationTool} on it into {@code args[0]}, packages
 * {@code io.github.uuidkit.it.jooq.db.<kind>}, with {@code outputSchemaToDefault} (the code names no schema), and
 * drops the schema:
 * <ul>
 *   <li>MySQL: the forced types of {@code src/test/resources/jooq/codegen-mysql.xml} (the README's Maven block);</li>
 *   <li>MariaDB: the same forced types built in Java (the README's programmatic block), plus MariaDB's {@code UUID};</li>
 *   <li>PostgreSQL: no forced types at all ({@code uuid} and {@code uuid[]} are native to jOOQ).</li>
 * </ul>
 * Further arguments {@code uuidkit.it.<key>=<value>} become system properties when the value is not blank, so that
 * {@code -Duuidkit.it.mysql.url=...} on the Maven command line reaches this JVM too.
 */
public final class JooqCodegen {

    private static final String PACKAGE = "io.github.uuidkit.it.jooq.db.";

    private JooqCodegen() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        // the embedded servers keep non-daemon threads: exit explicitly, the harness's shutdown hook stops them
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        Path out = Paths.get(args[0]);
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq > 0 && !args[i].substring(eq + 1).isBlank()) {
                System.setProperty(args[i].substring(0, eq), args[i].substring(eq + 1).trim());
            }
        }
        long t0 = System.nanoTime();
        generate(Engines.mysql(), mysqlFromXml(), out, "mysql");
        generate(Engines.mariadb(), mariadbInJava(), out, "mariadb");
        generate(Engines.postgres(), new Database().withName("org.jooq.meta.postgres.PostgresDatabase"), out,
                "postgres");
        System.out.printf("[uuidkit-it] jOOQ code generated into %s in %.1f s%n", out,
                (System.nanoTime() - t0) / 1e9);
    }

    private static void generate(Engine engine, Database database, Path out, String kind) throws Exception {
        Engines.announce(JooqCodegen.class, engine);
        try (Connection c = engine.connect()) {
            String schema = JooqSchemas.create(c, engine.kind());
            try {
                Configuration configuration = new Configuration()
                        .withGenerator(new Generator()
                                .withDatabase(database.withSchemata(new SchemaMappingType()
                                        .withInputSchema(schema)
                                        .withOutputSchemaToDefault(true)))
                                .withGenerate(new Generate().withPojos(false).withDaos(false))
                                .withTarget(new Target()
                                        .withPackageName(PACKAGE + kind)
                                        .withDirectory(out.toString())
                                        .withClean(true)));
                GenerationTool tool = new GenerationTool();
                tool.setConnection(c);
                tool.run(configuration);
            } finally {
                JooqSchemas.drop(c, engine.kind(), schema);
            }
        }
    }

    /** The {@code <database>} of {@code codegen-mysql.xml}, exactly as the README shows it for Maven. */
    private static Database mysqlFromXml() throws Exception {
        try (InputStream in = JooqCodegen.class.getResourceAsStream("/jooq/codegen-mysql.xml")) {
            return GenerationTool.load(in).getGenerator().getDatabase();
        }
    }

    /** The README's programmatic equivalent, on MariaDB, plus MariaDB's native {@code UUID} type. */
    private static Database mariadbInJava() {
        return new Database()
                .withName("org.jooq.meta.mariadb.MariaDBDatabase")
                .withForcedTypes(
                        new ForcedType()
                                .withUserType("java.util.UUID")
                                .withBinding("io.github.uuidkit.jooq.bindings.UuidTimeSwappedBinaryBinding")
                                .withIncludeTypes("BINARY\\(16\\)")
                                .withIncludeExpression(".*\\.legacy_uuid"),
                        new ForcedType()
                                .withUserType("io.github.uuidkit.it.jooqsupport.OrderId")
                                .withBinding("io.github.uuidkit.jooq.bindings.UuidBinaryBinding")
                                .withConverter("io.github.uuidkit.jooq.converters.TypedIdConverter.of("
                                        + "io.github.uuidkit.it.jooqsupport.OrderId.class,"
                                        + " io.github.uuidkit.it.jooqsupport.OrderId::new,"
                                        + " io.github.uuidkit.it.jooqsupport.OrderId::value)")
                                .withIncludeTypes("BINARY\\(16\\)")
                                .withIncludeExpression(".*\\.orders\\.id|.*\\.order_id"),
                        new ForcedType()
                                .withUserType("java.util.UUID")
                                .withBinding("io.github.uuidkit.jooq.bindings.UuidBinaryBinding")
                                .withIncludeTypes("BINARY\\(16\\)")
                                .withIncludeExpression(".*\\.id|.*_id"),
                        new ForcedType()
                                .withUserType("java.util.UUID")
                                .withBinding("io.github.uuidkit.jooq.bindings.MariaDbUuidBinding")
                                .withIncludeTypes("UUID"));
    }
}
