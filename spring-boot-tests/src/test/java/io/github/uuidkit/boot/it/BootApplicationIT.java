package io.github.uuidkit.boot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.boot.it.app.Billing;
import io.github.uuidkit.boot.it.app.Invoice;
import io.github.uuidkit.boot.it.app.InvoiceRepository;
import io.github.uuidkit.boot.it.app.LooseRepository;
import io.github.uuidkit.boot.it.app.TicketRepository;
import io.github.uuidkit.boot.it.app.Ticket;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.UuidJdbcConverter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringVersion;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.jdbc.core.convert.JdbcConverter;

/**
 * A real Spring Boot application ({@link io.github.uuidkit.boot.it.app.BootApp}: repositories, a
 * {@code @Transactional} service, uuidkit-spring-boot-starter and no uuidkit configuration class) started with
 * {@code SpringApplication} on PostgreSQL (no property: the kind is detected), MySQL and MariaDB
 * ({@code uuidkit.column-kind=binary16}). Known answers come from the server: {@code id::text} on PostgreSQL,
 * {@code BIN_TO_UUID(id)} on MySQL (the MySQL 8.0 manual: the inverse of {@code UUID_TO_BIN(x)}), the hex digits of
 * {@code HEX(id)} dashed 8-4-4-4-12 on MariaDB (no {@code BIN_TO_UUID} there). Misconfigurations must stop the start with a message
 * naming the fix.
 */
class BootApplicationIT {

    static Stream<Engine> engines() {
        return Stream.of(Engines.postgres(), Engines.mysql(), Engines.mariadb());
    }

    private static String[] kindFor(Engine engine) {
        return engine.isPostgres() ? new String[0] : new String[] {"uuidkit.column-kind=binary16"};
    }

    @Test
    void runsOnTheBootLineOfThisExecution() {
        String expected = System.getProperty("uuidkit.it.boot.version");
        System.out.println("[boot] Spring Boot " + SpringBootVersion.getVersion() + ", Spring Framework "
                + SpringVersion.getVersion() + ", Spring Data JDBC "
                + JdbcConverter.class.getPackage().getImplementationVersion());
        assertThat(expected).as("uuidkit.it.boot.version (set by the failsafe execution)").isNotNull();
        assertThat(SpringBootVersion.getVersion()).isEqualTo(expected);
        assertThat(JdbcConverter.class.getPackage().getImplementationVersion())
                .isEqualTo(System.getProperty("uuidkit.it.spring-data.version"));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void savesEveryWriteReadsStrictlyAndSortsByCreation(Engine engine) throws SQLException {
        Engines.announce(BootApplicationIT.class, engine);
        try (BootApps apps = new BootApps(engine); ConfigurableApplicationContext app = apps.start(kindFor(engine))) {
            UuidJdbcConverter converter = app.getBean(UuidJdbcConverter.class);
            assertThat(converter.defaultKind())
                    .isEqualTo(engine.isPostgres() ? UuidColumnKind.POSTGRES_UUID : UuidColumnKind.BINARY16);

            Billing billing = app.getBean(Billing.class);
            TicketRepository tickets = app.getBean(TicketRepository.class);
            InvoiceRepository invoices = app.getBean(InvoiceRepository.class);

            // null ids: the v7 callback assigns them; a preset id: UuidPersistable makes save insert
            List<String> titles = IntStream.range(0, 40).mapToObj(i -> "t-" + i).toList();
            List<Ticket> opened = new ArrayList<>();
            Invoice invoice = billing.open(titles, opened);
            assertThat(opened).allSatisfy(t -> assertThat(t.getId()).isNotNull().extracting(UUID::version)
                    .isEqualTo(7));
            assertThat(count(apps, apps.tickets)).isEqualTo(40);
            assertThat(count(apps, apps.invoices)).as("a preset id is inserted, not lost in an UPDATE").isEqualTo(1);

            // the server's own text of each stored id
            for (Ticket t : opened) {
                assertThat(serverText(apps, apps.tickets, t.getTitle())).isEqualTo(t.getId().toString());
            }
            assertThat(serverText(apps, apps.invoices, invoice.getTitle())).isEqualTo(invoice.getId().toString());

            // read back (findById binds the id by kind) and update the loaded invoice: UPDATE, not a second insert
            Invoice loaded = invoices.findById(invoice.getId()).orElseThrow();
            assertThat(loaded.isNew()).isFalse();
            loaded.setTitle("paid");
            invoices.save(loaded);
            assertThat(count(apps, apps.invoices)).isEqualTo(1);
            assertThat(invoices.findById(invoice.getId()).orElseThrow().getTitle()).isEqualTo("paid");

            // sorted by id in the database = the order of creation
            assertThat(tickets.findByTitleStartingWithOrderByIdAsc("t-")).extracting(Ticket::getTitle)
                    .containsExactlyElementsOf(titles);

            // a failed transaction leaves nothing
            assertThatThrownBy(() -> billing.openThenFail(List.of("x-1", "x-2")))
                    .hasMessage("rolled back on purpose");
            assertThat(count(apps, apps.tickets)).isEqualTo(40);
            assertThat(count(apps, apps.invoices)).isEqualTo(1);

            // strict reads: 15 bytes (MySQL) or text that is not canonical (PostgreSQL) in a UUID column
            try (PreparedStatement ps = apps.admin.prepareStatement("INSERT INTO " + apps.looses + " VALUES (1, ?)")) {
                if (engine.isPostgres()) {
                    ps.setString(1, "017f22e2-79b0-7cc3-98c4-dc0c0c07398");
                } else {
                    ps.setBytes(1, new byte[15]);
                }
                ps.executeUpdate();
            }
            LooseRepository looses = app.getBean(LooseRepository.class);
            assertThatThrownBy(() -> looses.findById(1)).isInstanceOf(DataRetrievalFailureException.class)
                    .hasMessageContaining("column ref (Loose.ref)");
        }
    }

    @Test
    void aBinaryKindOnPostgresStopsTheStart() throws SQLException {
        try (BootApps apps = new BootApps(Engines.postgres())) {
            assertThatThrownBy(() -> apps.start("uuidkit.column-kind=BINARY16").close())
                    .rootCause().isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("BINARY16 (a BINARY(16) column) for the default kind with a PostgreSQL"
                            + " dialect")
                    .hasMessageContaining("use UuidColumnKind.POSTGRES_UUID");
        }
    }

    /**
     * A session {@code sql_mode} without {@code STRICT_TRANS_TABLES}: Connector/J's {@code sessionVariables}, and
     * {@code jdbcCompliantTruncation=false}, without which Connector/J adds {@code STRICT_TRANS_TABLES} to the session's
     * {@code sql_mode} itself (seen here: the session stayed strict without it).
     */
    @Test
    void aNonStrictMysqlConnectionStopsTheStart() throws SQLException {
        Engine mysql = Engines.mysql();
        try (BootApps apps = new BootApps(mysql)) {
            String url = mysql.jdbcUrl() + (mysql.jdbcUrl().contains("?") ? "&" : "?")
                    + "sessionVariables=sql_mode='NO_ENGINE_SUBSTITUTION'&jdbcCompliantTruncation=false";
            assertThatThrownBy(() -> apps.start("uuidkit.column-kind=binary16", "spring.datasource.url=" + url).close())
                    .rootCause().isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not safe for [BINARY16] keys")
                    .hasMessageContaining("NON_STRICT_SQL_MODE");
        }
    }

    @Test
    void mysqlWithoutAKindStopsTheStartListingTheKinds() throws SQLException {
        try (BootApps apps = new BootApps(Engines.mysql())) {
            assertThatThrownBy(() -> apps.start().close())
                    .rootCause().isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("set uuidkit.column-kind")
                    .hasMessageContaining("[POSTGRES_UUID, MARIADB_UUID, BINARY16, BINARY16_TIME_SWAPPED, CHAR36]");
        }
    }

    private static int count(BootApps apps, String table) throws SQLException {
        try (PreparedStatement ps = apps.admin.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String serverText(BootApps apps, String table, String title) throws SQLException {
        // MariaDB has no BIN_TO_UUID: the dashed lower-case hex of the 16 bytes, which is what BIN_TO_UUID(x) returns
        String expr = apps.engine.isPostgres() ? "id::text" : apps.engine.isMariaDb()
                ? "INSERT(INSERT(INSERT(INSERT(LOWER(HEX(id)), 9, 0, '-'), 14, 0, '-'), 19, 0, '-'), 24, 0, '-')"
                : "BIN_TO_UUID(id)";
        try (PreparedStatement ps = apps.admin.prepareStatement("SELECT " + expr + " FROM " + table
                + " WHERE title = ?")) {
            ps.setString(1, title);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(title).isTrue();
                return rs.getString(1);
            }
        }
    }
}
