package io.github.uuidkit.it.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.JdbcDriver;
import io.github.uuidkit.it.support.TestTables;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What a new user of Spring Data JDBC 4.1 gets <em>without</em> uuidkit, for an aggregate with a {@code UUID} id
 * (issue 15's measurements, re-run here so that the README's account of them cannot drift): PostgreSQL {@code uuid}
 * and MariaDB {@code UUID} work; MySQL {@code BINARY(16)} refuses Java serialization in strict mode, stores it for
 * every id when {@code sql_mode = ''}, and cannot read the column back; MariaDB Connector/J stores the first 16
 * characters of the text into a non-strict {@code BINARY(16)}; a global {@code UUID -> byte[]} converter breaks
 * PostgreSQL {@code uuid}. Inserts go through {@code JdbcAggregateTemplate.insert}, which always inserts (the lost
 * write of {@code save} is {@code SpringDataJdbcIT}'s). Known answers: the server's own {@code HEX()} and
 * {@code UUID_TO_BIN()}, and the Java serialization stream header {@code ACED0005} (Java Object Serialization
 * Specification, 6.4.2: STREAM_MAGIC 0xACED, STREAM_VERSION 5) followed by {@code TC_OBJECT 0x73}.
 */
class SpringDataJdbcWithoutUuidkitIT {

    /** STREAM_MAGIC, STREAM_VERSION, TC_OBJECT, TC_CLASSDESC, then the class name's length (14) and "java.util". */
    private static final String SERIALIZED_UUID_PREFIX = "ACED00057372000E6A6176612E757469";

    @Test
    void postgresUuidWorksOutOfTheBox() throws SQLException {
        try (Setup s = new Setup(Engines.postgres(), JdbcDriver.PGJDBC, "uuid", false)) {
            UUID id = Uuids.v7();
            s.template().insert(new Plain(id, "pg"));
            assertThat(s.template().findById(id, Plain.class)).extracting(Plain::getName).isEqualTo("pg");
            assertThat(s.scalar("SELECT encode(uuid_send(id), 'hex') FROM " + s.table))
                    .isEqualToIgnoringCase(hex(id));
        }
    }

    @Test
    void aGlobalUuidToBytesConverterBreaksPostgresUuid() throws SQLException {
        try (Setup s = new Setup(Engines.postgres(), JdbcDriver.PGJDBC, "uuid", true)) {
            assertThatThrownBy(() -> s.template().insert(new Plain(Uuids.v7(), "pg")))
                    .hasStackTraceContaining("column \"id\" is of type uuid but expression is of type bytea");
            assertThat(s.scalar("SELECT COUNT(*) FROM " + s.table)).isEqualTo("0");
        }
    }

    @Test
    void mariaDbUuidWorksOutOfTheBox() throws SQLException {
        try (Setup s = new Setup(Engines.mariadb(), JdbcDriver.MARIADB_CONNECTOR_J, "UUID", false)) {
            UUID id = Uuids.v7();
            s.template().insert(new Plain(id, "mariadb"));
            assertThat(s.template().findById(id, Plain.class)).extracting(Plain::getName).isEqualTo("mariadb");
            assertThat(s.scalar("SELECT CAST(id AS CHAR) FROM " + s.table)).isEqualTo(id.toString());
        }
    }

    @Test
    void mysqlBinary16RefusesJavaSerializationInStrictMode() throws SQLException {
        try (Setup s = new Setup(Engines.mysql(), JdbcDriver.CONNECTOR_J, "BINARY(16)", false)) {
            assertThatThrownBy(() -> s.template().insert(new Plain(Uuids.v7(), "strict")))
                    .hasStackTraceContaining("Data too long for column 'id'");
            assertThat(s.scalar("SELECT COUNT(*) FROM " + s.table)).isEqualTo("0");
        }
    }

    @Test
    void mysqlBinary16StoresJavaSerializationForEveryIdWithoutStrictMode() throws SQLException {
        try (Setup s = new Setup(Engines.mysql(), JdbcDriver.CONNECTOR_J, "BINARY(16)", false)) {
            s.appSql("SET SESSION sql_mode = ''");
            s.template().insert(new Plain(Uuids.v7(), "first"));
            assertThat(s.scalar("SELECT HEX(id) FROM " + s.table)).isEqualTo(SERIALIZED_UUID_PREFIX);
            // another id, the same 16 bytes: the primary key refuses it
            assertThatThrownBy(() -> s.template().insert(new Plain(Uuids.v7(), "second")))
                    .hasStackTraceContaining("Duplicate entry");
            assertThat(s.scalar("SELECT COUNT(*) FROM " + s.table)).isEqualTo("1");
        }
    }

    @Test
    void mysqlBinary16CannotBeReadBack() throws SQLException {
        try (Setup s = new Setup(Engines.mysql(), JdbcDriver.CONNECTOR_J, "BINARY(16)", false)) {
            UUID id = Uuids.v7();
            s.adminSql("INSERT INTO " + s.table + " VALUES (UUID_TO_BIN('" + id + "'), 'server')");
            assertThatThrownBy(() -> s.template().findAll(Plain.class))
                    .hasStackTraceContaining("No converter found capable of converting from type [byte[]] to type"
                            + " [java.util.UUID]");
        }
    }

    @Test
    void mariaDbConnectorJStoresTheTextsFirst16CharactersIntoANonStrictBinary16() throws SQLException {
        try (Setup s = new Setup(Engines.mariadb(), JdbcDriver.MARIADB_CONNECTOR_J, "BINARY(16)", false)) {
            s.appSql("SET SESSION sql_mode = ''");
            UUID id = Uuids.v7();
            s.template().insert(new Plain(id, "truncated"));
            assertThat(s.scalar("SELECT HEX(id) FROM " + s.table))
                    .isEqualTo(HexFormat.of().withUpperCase().formatHex(id.toString().substring(0, 16).getBytes(StandardCharsets.US_ASCII)));
        }
    }

    private static String hex(UUID id) {
        return HexFormat.of().formatHex(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array());
    }

    /** The converter a user registers to make MySQL work, here registered for every {@code UUID}. */
    @WritingConverter
    enum UuidToBytes implements Converter<UUID, byte[]> {
        INSTANCE;

        @Override
        public byte[] convert(UUID source) {
            return ByteBuffer.allocate(16).putLong(source.getMostSignificantBits())
                    .putLong(source.getLeastSignificantBits()).array();
        }
    }

    /** Spring Data JDBC's own configuration, nothing of uuidkit; optionally the global converter. */
    @Configuration
    static class PlainJdbcConfig extends AbstractJdbcConfiguration {

        @Autowired(required = false)
        private UuidToBytes globalConverter;

        @Override
        protected Collection<String> getMappingBasePackages() {
            return List.of();
        }

        @Override
        protected List<?> userConverters() {
            return globalConverter == null ? List.of() : List.of(globalConverter);
        }

        @Bean
        NamedParameterJdbcOperations namedParameterJdbcOperations(DataSource dataSource) {
            return new NamedParameterJdbcTemplate(dataSource);
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }
    }

    /** A table for {@link Plain} with the given id type, an app connection and a plain Spring Data JDBC context. */
    private static final class Setup implements AutoCloseable {
        final Connection admin;
        final Connection app;
        final TestTables tables;
        final String table;
        final AnnotationConfigApplicationContext context;

        Setup(Engine engine, JdbcDriver driver, String idType, boolean globalConverter) throws SQLException {
            Engines.announce(SpringDataJdbcWithoutUuidkitIT.class, engine);
            admin = driver.connect(engine);
            tables = TestTables.on(admin);
            table = tables.name("sd_plain_bare");
            adminSql("CREATE TABLE " + table + " (id " + idType + " NOT NULL PRIMARY KEY, name VARCHAR(160) NOT NULL)");
            app = driver.connect(engine);
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(app, true);
            context = new AnnotationConfigApplicationContext();
            context.registerBean(DataSource.class, () -> dataSource);
            context.registerBean(NamingStrategy.class, () -> new NamingStrategy() {
                @Override
                public String getTableName(Class<?> type) {
                    return table;
                }
            });
            if (globalConverter) {
                context.registerBean(UuidToBytes.class, () -> UuidToBytes.INSTANCE);
            }
            context.register(PlainJdbcConfig.class);
            context.refresh();
        }

        JdbcAggregateTemplate template() {
            return context.getBean(JdbcAggregateTemplate.class);
        }

        void adminSql(String sql) throws SQLException {
            try (Statement st = admin.createStatement()) {
                st.execute(sql);
            }
        }

        void appSql(String sql) throws SQLException {
            try (Statement st = app.createStatement()) {
                st.execute(sql);
            }
        }

        String scalar(String sql) throws SQLException {
            try (PreparedStatement ps = admin.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(sql).isTrue();
                return rs.getString(1);
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                context.close();
                tables.close();
            } finally {
                try {
                    app.close();
                } finally {
                    admin.close();
                }
            }
        }
    }
}
