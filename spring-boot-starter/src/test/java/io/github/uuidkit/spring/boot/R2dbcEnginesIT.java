package io.github.uuidkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.asyncer.r2dbc.mysql.MySqlConnectionConfiguration;
import io.asyncer.r2dbc.mysql.MySqlConnectionFactory;
import io.asyncer.r2dbc.mysql.constant.SslMode;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.UuidR2dbcConverter;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.annotation.Id;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * {@link UuidkitDataR2dbcAutoConfiguration} on real servers through real R2DBC drivers (r2dbc-postgresql, r2dbc-mysql),
 * with Boot's {@code DataR2dbcAutoConfiguration}: the kind detected on PostgreSQL, a null id saved with a v7 and read
 * back, the server's own text of it ({@code id::text}, {@code BIN_TO_UUID(id)}: the MySQL 8.0 manual's inverse of
 * {@code UUID_TO_BIN(x)}); and {@link R2dbcMysqlStartupCheck}'s query on MySQL: a strict session passes, a session whose
 * {@code sql_mode} is not strict stops the start.
 */
class R2dbcEnginesIT {

    /** The aggregate; its table is made and dropped by each test. */
    static class Note {
        @Id
        UUID id;
        String text;

        Note() { // Spring Data reads through it (this module compiles without -parameters)
        }

        Note(UUID id, String text) {
            this.id = id;
            this.text = text;
        }
    }

    private static ConnectionFactory connectionFactory(Engine engine, String... sessionVariables) {
        URI uri = URI.create(engine.jdbcUrl().substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        String password = engine.password() == null || engine.password().isEmpty() ? null : engine.password();
        if (engine.isPostgres()) {
            PostgresqlConnectionConfiguration.Builder b = PostgresqlConnectionConfiguration.builder()
                    .host(uri.getHost()).port(uri.getPort()).database(database)
                    .username(engine.user() == null ? "postgres" : engine.user());
            if (password != null) {
                b.password(password);
            }
            return new PostgresqlConnectionFactory(b.build());
        }
        MySqlConnectionConfiguration.Builder b = MySqlConnectionConfiguration.builder().host(uri.getHost())
                .port(uri.getPort()).database(database).user(engine.user()).sslMode(SslMode.DISABLED)
                .sessionVariables(sessionVariables);
        if (password != null) {
            b.password(password);
        }
        return MySqlConnectionFactory.from(b.build());
    }

    private static ApplicationContextRunner runner(ConnectionFactory factory) {
        return runner(factory, TestTables.uniqueName("boot_r2dbc_note"));
    }

    /** The runner, with {@link Note} mapped to {@code table}. */
    private static ApplicationContextRunner runner(ConnectionFactory factory, String table) {
        return new ApplicationContextRunner()
                .withBean(NamingStrategy.class, () -> new DefaultNamingStrategy() {
                    @Override
                    public String getTableName(Class<?> type) {
                        return table;
                    }
                })
                .withConfiguration(AutoConfigurations.of(DataR2dbcAutoConfiguration.class,
                        UuidkitDataR2dbcAutoConfiguration.class))
                .withUserConfiguration(Failures.Packages.class)
                .withBean(DatabaseClient.class, () -> DatabaseClient.create(factory));
    }

    @Test
    void postgresDetectedSavedAndReadBack() throws SQLException {
        roundTrip(Engines.postgres(), "uuid", UuidColumnKind.POSTGRES_UUID, "id::text");
    }

    @Test
    void mysqlBinary16SavedAndReadBackOnAStrictSession() throws SQLException {
        roundTrip(Engines.mysql(), "BINARY(16)", UuidColumnKind.BINARY16, "BIN_TO_UUID(id)",
                "uuidkit.column-kind=binary16");
    }

    private void roundTrip(Engine engine, String idType, UuidColumnKind kind, String serverText, String... properties)
            throws SQLException {
        Engines.announce(R2dbcEnginesIT.class, engine);
        try (Connection admin = engine.connect(); TestTables tables = TestTables.on(admin);
             Statement st = admin.createStatement()) {
            String table = tables.name("boot_r2dbc_note");
            st.execute("CREATE TABLE " + table + " (id " + idType + " NOT NULL PRIMARY KEY, text VARCHAR(40) NOT NULL)");
            runner(connectionFactory(engine), table).withPropertyValues(properties).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(UuidR2dbcConverter.class).defaultKind()).isEqualTo(kind);
                assertThat(context.getBean(R2dbcMysqlStartupCheck.class).check()).isEmpty();
                R2dbcEntityTemplate template = context.getBean(R2dbcEntityTemplate.class);
                Note saved = template.insert(new Note(null, "r2dbc")).block(Duration.ofSeconds(30));
                assertThat(saved.id).isNotNull().extracting(UUID::version).isEqualTo(7);
                Note read = template.select(Note.class).matching(
                        org.springframework.data.relational.core.query.Query.query(
                                org.springframework.data.relational.core.query.Criteria.where("id").is(saved.id)))
                        .one().block(Duration.ofSeconds(30));
                assertThat(read.id).isEqualTo(saved.id);
                try (PreparedStatement ps = admin.prepareStatement("SELECT " + serverText + " FROM " + table)) {
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo(saved.id.toString());
                    }
                }
            });
        }
    }

    @Test
    void aNonStrictMysqlSessionStopsTheStart() {
        Engine mysql = Engines.mysql();
        Engines.announce(R2dbcEnginesIT.class, mysql);
        runner(connectionFactory(mysql, "sql_mode='NO_ENGINE_SUBSTITUTION'"))
                .withPropertyValues("uuidkit.column-kind=binary16").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(Failures.root(context.getStartupFailure())).isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("not safe for [BINARY16] keys")
                            .hasMessageContaining("NON_STRICT_SQL_MODE");
                });
    }
}
