package io.github.uuidkit.it.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.mybatis.UuidTypeHandlers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two MyBatis traps of issue 15, first reproduced without uuidkit on real engines, then shown gone with the
 * one-line default registration ({@code UuidTypeHandlers.register}):
 * <ol>
 *   <li>MyBatis 3.5 has no type handler for {@code java.util.UUID}: a mapper binding {@code #{id}} of a UUID
 *       property is rejected when it is added ("Type handler was null on parameter mapping for property 'id'"), the
 *       annotation mapper; an XML mapper fails on its result map first ("No typehandler found for property id");</li>
 *   <li>the usual workaround, {@code #{id,javaType=Object}}, registers and inserts (PostgreSQL {@code uuid},
 *       MariaDB {@code UUID} through MariaDB Connector/J, which bind UUID objects), but auto-mapping skips every
 *       column whose property type has no handler: the row comes back with its {@code id} silently null. On MySQL
 *       {@code BINARY(16)} the same workaround stores Java serialization ({@code setObject}): "Data too long" in
 *       strict mode.</li>
 * </ol>
 */
class MyBatisTrapsIT {

    static Stream<MyBatisTarget> targets() {
        return MyBatisTarget.all().filter(t -> t.name().equals("postgres uuid (pgjdbc)")
                || t.name().equals("mysql BINARY(16) (Connector/J)")
                || t.name().equals("mariadb UUID (MariaDB Connector/J)"));
    }

    private static Configuration configuration(MyBatisTarget target, String customers, boolean uuidkit) {
        Configuration configuration = new Configuration(
                new Environment("it", new JdbcTransactionFactory(), target.dataSource()));
        Properties variables = new Properties();
        variables.setProperty("customers", customers);
        variables.setProperty("purchases", customers + "_unused");
        variables.setProperty("bad", customers + "_unused");
        configuration.setVariables(variables);
        if (uuidkit) {
            UuidTypeHandlers.register(configuration, target.kind());
        }
        return configuration;
    }

    private static void close(Configuration configuration) {
        ((PooledDataSource) configuration.getEnvironment().getDataSource()).forceCloseAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void withoutADefaultHandlerMyBatisRejectsTheMappers(MyBatisTarget target) {
        Engines.announce(MyBatisTrapsIT.class, target.engine().get());
        Configuration plain = configuration(target, "customers", false);
        assertThatThrownBy(() -> plain.addMapper(CustomerMapper.class))
                .hasStackTraceContaining("Type handler was null on parameter mapping for property 'id'");
        Configuration plainXml = configuration(target, "customers", false);
        // the XML mapper fails one step earlier, on its <resultMap>'s <id property="id">
        assertThatThrownBy(() -> plainXml.addMapper(PurchaseMapper.class))
                .hasStackTraceContaining("No typehandler found for property id");

        Configuration withUuidkit = configuration(target, "customers", true);
        assertThatCode(() -> {
            withUuidkit.addMapper(CustomerMapper.class);
            withUuidkit.addMapper(PurchaseMapper.class);
        }).doesNotThrowAnyException();
        close(plain);
        close(plainXml);
        close(withUuidkit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void withoutADefaultHandlerTheObjectWorkaroundLosesTheId(MyBatisTarget target) throws SQLException {
        Engines.announce(MyBatisTrapsIT.class, target.engine().get());
        try (Connection admin = target.connect(); TestTables tables = TestTables.on(admin)) {
            String customers = createCustomers(admin, tables, target);
            Configuration configuration = configuration(target, customers, false);
            configuration.addMapper(ObjectWorkaroundMapper.class);
            UUID id = V7Generator.builder().build().next();
            try (SqlSession session = new SqlSessionFactoryBuilder().build(configuration).openSession(true)) {
                ObjectWorkaroundMapper mapper = session.getMapper(ObjectWorkaroundMapper.class);
                if (target.kind() == UuidColumnKind.BINARY16) {
                    if (strict(admin)) {
                        assertThatThrownBy(() -> mapper.insert(new Customer(id, "trap")))
                                .isInstanceOf(PersistenceException.class)
                                .hasStackTraceContaining("Data too long for column 'id'");
                    } else {
                        mapper.insert(new Customer(id, "trap"));
                        // Java serialization stream magic 0xACED 0005, then the start of "java.util.UUID"
                        assertThat(serverText(admin, "SELECT HEX(id) FROM " + customers))
                                .isEqualTo("ACED00057372000E6A6176612E757469");
                    }
                } else {
                    assertThat(mapper.insert(new Customer(id, "trap"))).isEqualTo(1);
                    String stored = serverText(admin, "SELECT " + (target.isPostgres() ? "CAST(id AS text)"
                            : "CAST(id AS CHAR)") + " FROM " + customers + " WHERE name = 'trap'");
                    assertThat(stored).as("the server has the id").isEqualTo(id.toString());
                    Customer read = mapper.findByName("trap");
                    assertThat(read.getName()).isEqualTo("trap");
                    assertThat(read.getId()).as("auto-mapping skipped the UUID property: silently null").isNull();
                }
            } finally {
                close(configuration);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void withTheDefaultHandlerIdsAreBoundAndRead(MyBatisTarget target) throws SQLException {
        Engines.announce(MyBatisTrapsIT.class, target.engine().get());
        try (Connection admin = target.connect(); TestTables tables = TestTables.on(admin)) {
            String customers = createCustomers(admin, tables, target);
            Configuration configuration = configuration(target, customers, true);
            configuration.addMapper(CustomerMapper.class);
            configuration.addMapper(ObjectWorkaroundMapper.class);
            V7Generator ids = V7Generator.builder().build();
            UUID plain = ids.next();
            try (SqlSession session = new SqlSessionFactoryBuilder().build(configuration).openSession(true)) {
                CustomerMapper mapper = session.getMapper(CustomerMapper.class);
                assertThat(mapper.insert(new Customer(plain, "plain"))).isEqualTo(1);
                assertThat(mapper.findByName("plain").getId()).isEqualTo(plain);
                // the old workaround's auto-mapped read is fixed too
                ObjectWorkaroundMapper workaround = session.getMapper(ObjectWorkaroundMapper.class);
                assertThat(workaround.findByName("plain").getId()).isEqualTo(plain);
                if (target.kind() != UuidColumnKind.BINARY16) {
                    UUID viaObject = ids.next();
                    workaround.insert(new Customer(viaObject, "object"));
                    assertThat(workaround.findByName("object").getId()).isEqualTo(viaObject);
                }
            } finally {
                close(configuration);
            }
        }
    }

    private static String createCustomers(Connection admin, TestTables tables, MyBatisTarget target)
            throws SQLException {
        String customers = tables.name("mb_trap");
        try (Statement st = admin.createStatement()) {
            st.execute("CREATE TABLE " + customers + " (id " + target.idType() + " NOT NULL PRIMARY KEY,"
                    + " name VARCHAR(160) NOT NULL)");
        }
        return customers;
    }

    private static boolean strict(Connection admin) throws SQLException {
        return serverText(admin, "SELECT @@GLOBAL.sql_mode").contains("STRICT_");
    }

    private static String serverText(Connection admin, String sql) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
