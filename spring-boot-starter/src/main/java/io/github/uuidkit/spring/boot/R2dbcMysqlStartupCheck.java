package io.github.uuidkit.spring.boot;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.mysql.MysqlServerInfo;
import io.github.uuidkit.mysql.MysqlWarning;
import io.github.uuidkit.spring.MysqlStartupCheck;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The R2DBC twin of {@link MysqlStartupCheck}: when the bean is initialised, reads {@code VERSION()} and the session's
 * {@code sql_mode} over one R2DBC connection of a MySQL or MariaDB server (waiting at most 30 seconds), finds what
 * {@link MysqlStartupCheck#findings(MysqlServerInfo, java.util.Collection)} finds for the column kind, and either
 * refuses to start or logs each finding as a warning ({@code System.Logger} {@code io.github.uuidkit.spring.boot}).
 * Does nothing on any other database.
 */
public class R2dbcMysqlStartupCheck implements InitializingBean {

    private static final System.Logger LOG = System.getLogger("io.github.uuidkit.spring.boot");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final DatabaseClient client;
    private final boolean fail;
    private final UuidColumnKind kind;

    /**
     * Creates the check.
     *
     * @param client the application's database client
     * @param fail true to refuse to start on a finding, false to log it as a warning
     * @param kind the column kind of the application's UUID keys
     */
    public R2dbcMysqlStartupCheck(DatabaseClient client, boolean fail, UuidColumnKind kind) {
        this.client = Objects.requireNonNull(client, "client");
        this.fail = fail;
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Checks the server once the bean is initialised.
     *
     * @throws IllegalStateException if made with {@code fail = true} and the server has a finding
     */
    @Override
    public void afterPropertiesSet() {
        List<MysqlWarning> findings = check();
        if (findings.isEmpty()) {
            return;
        }
        if (fail) {
            throw new IllegalStateException("uuidkit: the MySQL/MariaDB server is not safe for [" + kind + "] keys:\n"
                    + findings.stream().map(MysqlWarning::toString).collect(Collectors.joining("\n")));
        }
        for (MysqlWarning finding : findings) {
            LOG.log(System.Logger.Level.WARNING, "uuidkit: " + finding);
        }
    }

    /**
     * Checks the server now.
     *
     * @return the findings, empty if none or if the database is neither MySQL nor MariaDB
     */
    public List<MysqlWarning> check() {
        String product = client.getConnectionFactory().getMetadata().getName().toLowerCase(Locale.ROOT);
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            return List.of();
        }
        MysqlServerInfo server = client.sql("SELECT VERSION(), @@SESSION.sql_mode")
                .map((row, metadata) -> MysqlServerInfo.of(row.get(0, String.class), row.get(1, String.class), null))
                .one()
                .block(TIMEOUT);
        if (server == null) {
            throw new IllegalStateException("uuidkit: SELECT VERSION(), @@SESSION.sql_mode returned no row");
        }
        return MysqlStartupCheck.findings(server, List.of(kind));
    }
}
