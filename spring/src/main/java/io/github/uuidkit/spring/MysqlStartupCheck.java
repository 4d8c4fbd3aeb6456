package io.github.uuidkit.spring;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.mysql.MysqlServerInfo;
import io.github.uuidkit.mysql.MysqlWarning;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;

/**
 * A startup check of a MySQL or MariaDB server for the UUID column kinds an application uses, over
 * {@link MysqlServerInfo}: a {@code sql_mode} that is not strict (the server then truncates or pads a wrongly sized
 * value instead of refusing it), a MariaDB without a native {@code UUID} type for {@code MARIADB_UUID}, and MariaDB
 * versions whose {@code UUID} type breaks the order of v7 keys (MDEV-29959) or compares them wrongly (MDEV-31926).
 * Register it as a bean: it checks one connection when the bean is initialised, then either logs each finding as a
 * warning ({@code System.Logger} {@code io.github.uuidkit.spring}) or, if made with {@code fail = true}, refuses to
 * start. On any other database (PostgreSQL) it does nothing.
 *
 * <p>Not reported: the time-swapped layout's and {@code CHAR(36)}'s costs (chosen explicitly), and Connector/J's
 * {@code rewriteBatchedStatements}.
 */
public class MysqlStartupCheck implements InitializingBean {

    /** The findings this check reports, in {@link MysqlWarning} order. */
    static final Set<MysqlWarning> REPORTED = EnumSet.of(MysqlWarning.NON_STRICT_SQL_MODE,
            MysqlWarning.NO_NATIVE_UUID_TYPE, MysqlWarning.MARIADB_UUID_BREAKS_V7_ORDER,
            MysqlWarning.MARIADB_UUID_MISCOMPARES_V7);

    private static final System.Logger LOG = System.getLogger("io.github.uuidkit.spring");

    private final DataSource dataSource;
    private final boolean fail;
    private final Set<UuidColumnKind> kinds;

    /**
     * Creates the check.
     *
     * @param dataSource the application's data source; one connection is borrowed and returned
     * @param fail true to refuse to start on a finding, false to log it as a warning
     * @param kinds the column kinds of the application's UUID keys (those of its {@link UuidJdbcConverter})
     * @throws IllegalArgumentException if {@code kinds} is empty
     */
    public MysqlStartupCheck(DataSource dataSource, boolean fail, UuidColumnKind... kinds) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.fail = fail;
        Objects.requireNonNull(kinds, "kinds");
        if (kinds.length == 0) {
            throw new IllegalArgumentException("kinds is empty: name the column kinds of the UUID keys");
        }
        this.kinds = new LinkedHashSet<>(List.of(kinds));
    }

    /**
     * Checks the server once the bean is initialised.
     *
     * @throws IllegalStateException if made with {@code fail = true} and the server has a finding
     * @throws SQLException if the connection or the check's query fails
     */
    @Override
    public void afterPropertiesSet() throws SQLException {
        List<MysqlWarning> findings = check();
        if (findings.isEmpty()) {
            return;
        }
        if (fail) {
            throw new IllegalStateException("uuidkit: the MySQL/MariaDB server is not safe for " + kinds + " keys:\n"
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
     * @throws SQLException if the connection or the check's query fails
     */
    public List<MysqlWarning> check() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                return List.of();
            }
            return findings(MysqlServerInfo.detect(connection), kinds);
        }
    }

    /**
     * The findings for a server and the column kinds of the application's keys (v7 keys assumed).
     *
     * @param server the server facts
     * @param kinds the column kinds ({@code POSTGRES_UUID} is skipped)
     * @return the findings among {@link MysqlWarning#NON_STRICT_SQL_MODE}, {@link MysqlWarning#NO_NATIVE_UUID_TYPE},
     *     {@link MysqlWarning#MARIADB_UUID_BREAKS_V7_ORDER} and {@link MysqlWarning#MARIADB_UUID_MISCOMPARES_V7},
     *     each once, empty if none
     */
    public static List<MysqlWarning> findings(MysqlServerInfo server, Collection<UuidColumnKind> kinds) {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(kinds, "kinds");
        Set<MysqlWarning> found = EnumSet.noneOf(MysqlWarning.class);
        if (!server.isStrict()) {
            found.add(MysqlWarning.NON_STRICT_SQL_MODE);
        }
        for (UuidColumnKind kind : kinds) {
            if (kind != UuidColumnKind.POSTGRES_UUID) {
                found.addAll(server.warningsFor(kind, true));
            }
        }
        found.retainAll(REPORTED);
        return List.copyOf(new ArrayList<>(found));
    }
}
