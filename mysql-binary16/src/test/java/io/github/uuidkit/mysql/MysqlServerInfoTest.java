package io.github.uuidkit.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.jdbc.NativeUuidComparison;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MysqlServerInfoTest {

    /** What MySQL 8.0 reports for its default sql_mode (MySQL 8.0 manual, "Server SQL Modes"). */
    private static final String MYSQL8_DEFAULT =
            "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    @Test
    void parsesMysqlVersions() {
        MysqlServerInfo info = MysqlServerInfo.of("8.0.15", MYSQL8_DEFAULT, null);
        assertThat(info.flavor()).isEqualTo(MysqlFlavor.MYSQL);
        assertThat(info.majorVersion()).isEqualTo(8);
        assertThat(info.minorVersion()).isEqualTo(0);
        assertThat(info.patchVersion()).isEqualTo(15);
        assertThat(info.hasUuidToBin()).isTrue();
        assertThat(info.hasNativeUuidType()).isFalse();
        assertThat(MysqlServerInfo.of("5.7.44-log", "", null).hasUuidToBin()).isFalse();
    }

    @Test
    void parsesMariadbVersions() {
        MysqlServerInfo info = MysqlServerInfo.of("10.11.5-MariaDB-1:10.11.5+maria~ubu2204-log", "STRICT_TRANS_TABLES", null);
        assertThat(info.flavor()).isEqualTo(MysqlFlavor.MARIADB);
        assertThat(info.majorVersion()).isEqualTo(10);
        assertThat(info.minorVersion()).isEqualTo(11);
        assertThat(info.patchVersion()).isEqualTo(5);
        assertThat(info.hasUuidToBin()).isFalse();
        assertThat(info.hasNativeUuidType()).isTrue();
        assertThat(MysqlServerInfo.of("10.6.16-MariaDB", "", null).hasNativeUuidType()).isFalse();
    }

    /**
     * What servers really report. {@code 5.5.5-} is the prefix MariaDB below 11 sends in its handshake (so that
     * old MySQL clients accept a major version above 5), which Connector/J returns from
     * {@code getDatabaseProductVersion()}; MariaDB Enterprise Server reports {@code -MariaDB-enterprise}; Ubuntu
     * packages append {@code -0ubuntu...}; Oracle's commercial builds {@code -commercial}.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5.5.5-10.11.6-MariaDB|MARIADB|10|11|6",
        "5.5.5-10.11.6-MariaDB-1:10.11.6+maria~ubu2204-log|MARIADB|10|11|6",
        "10.6.16-MariaDB-enterprise|MARIADB|10|6|16",
        "10.6.16-11-MariaDB-enterprise-log|MARIADB|10|6|16",
        "11.4.5-MariaDB-log|MARIADB|11|4|5",
        "11.4.5-MariaDB-ubu2404|MARIADB|11|4|5",
        "8.0.36-0ubuntu0.22.04.1|MYSQL|8|0|36",
        "8.4.3-commercial|MYSQL|8|4|3",
        "9.1.0|MYSQL|9|1|0",
        "5.5.5|MYSQL|5|5|5",          // a real MySQL 5.5.5: no second version follows, nothing to strip
        "5.5.5-log|MYSQL|5|5|5",
        "8.0.36-28|MYSQL|8|0|36",     // Percona Server
        "5.5.5-10.11.6|MYSQL|5|5|5",  // the prefix is MariaDB's: without MariaDB in the text it is not one
        "11.4.5-3-MariaDB-enterprise|MARIADB|11|4|5"})
    void parsesWhatServersReport(String version, MysqlFlavor flavor, int major, int minor, int patch) {
        MysqlServerInfo info = MysqlServerInfo.of(version, "STRICT_TRANS_TABLES", null);
        assertThat(info.flavor()).isEqualTo(flavor);
        assertThat(info.majorVersion()).isEqualTo(major);
        assertThat(info.minorVersion()).isEqualTo(minor);
        assertThat(info.patchVersion()).isEqualTo(patch);
        assertThat(info.version()).isEqualTo(version);
    }

    @Test
    void theHandshakePrefixIsNoLongerReadAsMariadb55() {
        MysqlServerInfo info = MysqlServerInfo.of("5.5.5-10.11.6-MariaDB", "STRICT_TRANS_TABLES", true);
        assertThat(info.hasNativeUuidType()).isTrue();
        assertThat(info.warningsFor(UuidColumnKind.MARIADB_UUID, true)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MariaDB",
        "''",
        "8.0",
        "8",
        "v8.0.36",
        "' 8.0.36'",
        "8.0.36abc",
        "8.0.36.",
        "8..36",
        "99999999999.0.0"})
    void rejectsGarbageQuotingIt(String version) {
        assertThatThrownBy(() -> MysqlServerInfo.of(version, "", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot parse server version '" + version + "': expected major.minor.patch, optionally"
                        + " followed by '-' and a suffix, e.g. 8.0.36, 8.0.36-0ubuntu0.22.04.1, 11.4.5-MariaDB-log"
                        + " or 5.5.5-10.11.6-MariaDB");
    }

    @Test
    void rejectsALineBreakInTheVersion() {
        // the exact quoting of control characters belongs to the shared message escaping, so only the start
        assertThatThrownBy(() -> MysqlServerInfo.of("10.11.6\n-MariaDB", "", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Cannot parse server version '10.11.6");
    }

    @Test
    void rejectsANullVersion() {
        assertThatThrownBy(() -> MysqlServerInfo.of(null, "", null))
                .isInstanceOf(NullPointerException.class).hasMessage("version");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "STRICT_TRANS_TABLES|true",
        "STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION|true",
        "NO_ENGINE_SUBSTITUTION,strict_trans_tables|true",
        "''|false",
        "NO_ENGINE_SUBSTITUTION|false",
        "ONLY_FULL_GROUP_BY,NO_STRICT_TRANS_TABLES_X|false"})
    void detectsStrictMode(String sqlMode, boolean strict) {
        MysqlServerInfo info = MysqlServerInfo.of("8.0.36", sqlMode, null);
        assertThat(info.isStrict()).isEqualTo(strict);
        assertThat(info.warnings().contains(MysqlWarning.NON_STRICT_SQL_MODE)).isEqualTo(!strict);
    }

    /**
     * Known answers from MariaDB's Jira. MDEV-29959 ("UUID Sorting": the UUID type of 10.7 reorders the time
     * fields of every UUID, scrambling v7) lists fix versions 10.9.8, 10.10.6, 10.11.5, 11.0.3. MDEV-31926 ("UUID
     * v7 are compared incorrectly", affects 10.9.8, 10.10.6, 10.11.5, 11.0.3) lists fix versions 10.10.7, 10.11.6,
     * 11.0.4, 11.1.3, 11.2.2; 10.9 got no later release. MariaDB Enterprise Server 10.6 has the UUID type from
     * 10.6.9-5 (MENT-1459, a backport of 10.7's) and no documented fix for either bug, so it counts as affected.
     * Columns: the version, keeps v7 order (storage and ORDER BY), compares v7 in UUID order (WHERE id &gt; ?,
     * BETWEEN), compares as it sorts (keyset pagination is consistent).
     */
    @ParameterizedTest
    @CsvSource({
        "10.6.16-MariaDB,false,false,false", // community 10.6: no UUID type at all
        "10.6.8-4-MariaDB-enterprise,false,false,false",
        "10.6.9-5-MariaDB-enterprise,false,false,false",
        "10.6.16-MariaDB-enterprise,false,false,false",
        "10.7.0-MariaDB,false,false,true", "10.7.8-MariaDB,false,false,true", "10.8.8-MariaDB,false,false,true",
        "10.9.7-MariaDB,false,false,true", "10.9.8-MariaDB,true,false,false",
        "10.10.5-MariaDB,false,false,true", "10.10.6-MariaDB,true,false,false", "10.10.7-MariaDB,true,true,true",
        "10.11.0-MariaDB,false,false,true", "10.11.4-MariaDB,false,false,true",
        "10.11.5-MariaDB,true,false,false", "10.11.6-MariaDB,true,true,true", "10.11.10-MariaDB,true,true,true",
        "11.0.2-MariaDB,false,false,true", "11.0.3-MariaDB,true,false,false", "11.0.4-MariaDB,true,true,true",
        "11.1.2-MariaDB,true,false,false", "11.1.3-MariaDB,true,true,true",
        "11.2.1-MariaDB,true,false,false", "11.2.2-MariaDB,true,true,true",
        "11.3.0-MariaDB,true,true,true", "11.4.5-MariaDB,true,true,true", "12.0.1-MariaDB,true,true,true",
        "11.4.5-3-MariaDB-enterprise,true,true,true", "10.11.6-4-MariaDB-enterprise,true,true,true",
        "8.0.36,false,false,false"}) // MySQL: no UUID type
    void knowsWhichMariadbUuidTypesKeepAndCompareV7Order(String version, boolean keepsOrder, boolean comparesRight,
            boolean comparesAsItSorts) {
        MysqlServerInfo info = MysqlServerInfo.of(version, "STRICT_TRANS_TABLES", true);
        assertThat(info.nativeUuidKeepsV7Order()).as("keeps v7 order").isEqualTo(keepsOrder);
        assertThat(info.nativeUuidComparesV7Correctly()).as("compares v7 correctly").isEqualTo(comparesRight);
        assertThat(info.nativeUuidComparesAsItSorts()).as("compares as it sorts").isEqualTo(comparesAsItSorts);
        if (!info.hasNativeUuidType()) {
            assertThat(info.warningsFor(UuidColumnKind.MARIADB_UUID, true)).containsExactly(MysqlWarning.NO_NATIVE_UUID_TYPE);
        } else if (!keepsOrder) {
            assertThat(info.warningsFor(UuidColumnKind.MARIADB_UUID, true))
                    .containsExactly(MysqlWarning.MARIADB_UUID_BREAKS_V7_ORDER);
        } else if (!comparesRight) {
            assertThat(info.warningsFor(UuidColumnKind.MARIADB_UUID, true))
                    .containsExactly(MysqlWarning.MARIADB_UUID_MISCOMPARES_V7);
        } else {
            assertThat(info.warningsFor(UuidColumnKind.MARIADB_UUID, true)).isEmpty();
        }
        if (info.hasNativeUuidType()) {
            assertThat(info.warningsFor(UuidColumnKind.MARIADB_UUID, false)).isEmpty();
        }
        // the bugs are in the UUID type only: BINARY(16) compares bytes on every version
        assertThat(info.warningsFor(UuidColumnKind.BINARY16, true)).isEmpty();
    }

    /**
     * Known answers from MariaDB's Jira and release notes: MDEV-35468 ("UUID primary key filtering return incorrect
     * results"; the 11.8.1 release notes: "Comparison of UUID v1 and V6 could return incorrect results"), fixed in
     * 10.11.11, 11.4.5, 11.7.2 and 11.8.1. It exists from MDEV-31926's fix on (v1-v5 compared reversed only against
     * each other, v6+ as bytes); before MDEV-29959's fix every version was reversed alike (consistent), between the
     * two MDEV-31926 already makes comparisons disagree with ORDER BY. Measured by the integration tests' engine
     * matrix on 10.11.5 (inconsistent), 10.11.19 and 11.4.5 (consistent).
     */
    @ParameterizedTest
    @CsvSource({
        "10.6.16-MariaDB,false", "10.7.8-MariaDB,true", "10.11.4-MariaDB,true", "10.11.5-MariaDB,false",
        "10.9.8-MariaDB,false", "10.10.7-MariaDB,false", "10.11.6-MariaDB,false", "10.11.10-MariaDB,false",
        "10.11.11-MariaDB,true", "10.11.19-MariaDB-0+deb12u1,true", "11.0.4-MariaDB,false", "11.3.2-MariaDB,false",
        "11.4.4-MariaDB,false", "11.4.5-MariaDB,true", "11.5.2-MariaDB,false", "11.6.2-MariaDB,false",
        "11.7.1-MariaDB,false", "11.7.2-MariaDB,true", "11.8.1-MariaDB,true", "12.0.1-MariaDB,true",
        "10.6.16-MariaDB-enterprise,false", "8.0.36,false"})
    void knowsWhichMariadbUuidTypesCompareMixedVersionsAsTheySort(String version, boolean consistent) {
        assertThat(MysqlServerInfo.of(version, "STRICT_TRANS_TABLES", true).nativeUuidComparesMixedVersionsAsItSorts())
                .as(version).isEqualTo(consistent);
    }

    @Test
    void isTheEngineFactsTypeOtherModulesTake() {
        NativeUuidComparison facts = MysqlServerInfo.of("10.11.5-MariaDB", "", null);
        assertThat(facts.version()).isEqualTo("10.11.5-MariaDB");
        assertThat(facts.hasNativeUuidType()).isTrue();
        assertThat(facts.nativeUuidComparesV7Correctly()).isFalse();
        assertThat(facts.nativeUuidComparesAsItSorts()).isFalse();
    }

    /** Connector/J's own property objects, as a Connector/J connection (or a pool wrapping one) exposes them. */
    @ParameterizedTest
    @CsvSource({"true", "false"})
    void readsRewriteBatchedStatementsFromConnectorJ(boolean rewrite) {
        com.mysql.cj.conf.RuntimeProperty<?> property = stub(com.mysql.cj.conf.RuntimeProperty.class,
                (m, a) -> "getValue".equals(m) ? rewrite : null);
        com.mysql.cj.jdbc.JdbcPropertySet properties = stub(com.mysql.cj.jdbc.JdbcPropertySet.class, (m, a) -> {
            assertThat(a[0]).isEqualTo(com.mysql.cj.conf.PropertyKey.rewriteBatchedStatements);
            return property;
        });
        com.mysql.cj.jdbc.JdbcConnection cj = stub(com.mysql.cj.jdbc.JdbcConnection.class,
                (m, a) -> "getPropertySet".equals(m) ? properties : null);
        Connection pooled = stub(Connection.class, (m, a) -> switch (m) {
            case "isWrapperFor" -> a[0] == com.mysql.cj.jdbc.JdbcConnection.class;
            case "unwrap" -> cj;
            default -> throw new UnsupportedOperationException(m);
        });
        assertThat(MysqlServerInfo.ConnectorJ.rewriteBatchedStatements(pooled)).isEqualTo(rewrite);
        Connection other = stub(Connection.class, (m, a) -> false);
        assertThat(MysqlServerInfo.ConnectorJ.rewriteBatchedStatements(other)).isNull();
        Connection failing = stub(Connection.class, (m, a) -> {
            throw new SQLException("closed");
        });
        assertThat(MysqlServerInfo.ConnectorJ.rewriteBatchedStatements(failing)).isNull();
    }

    @Test
    void keepsTheSqlModeAsReported() {
        assertThat(MysqlServerInfo.of("8.0.36", "STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION", null).sqlMode())
                .isEqualTo("STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION");
        assertThat(MysqlServerInfo.of("8.0.36", null, null).sqlMode()).isEmpty();
    }

    @Test
    void describesItself() {
        assertThat(MysqlServerInfo.of("10.11.5-MariaDB", "STRICT_TRANS_TABLES", true)).hasToString(
                "MARIADB 10.11.5-MariaDB (sql_mode='STRICT_TRANS_TABLES', strict=true, rewriteBatchedStatements=true)");
        assertThat(MysqlWarning.MARIADB_UUID_MISCOMPARES_V7.toString())
                .isEqualTo("MARIADB_UUID_MISCOMPARES_V7: " + MysqlWarning.MARIADB_UUID_MISCOMPARES_V7.message());
    }

    @Test
    void enterpriseServer106HasTheBackportedUuidType() {
        assertThat(MysqlServerInfo.of("10.6.16-MariaDB-enterprise", "", null).hasNativeUuidType()).isTrue();
        assertThat(MysqlServerInfo.of("10.6.9-5-MariaDB-enterprise-log", "", null).hasNativeUuidType()).isTrue();
        assertThat(MysqlServerInfo.of("10.6.8-4-MariaDB-enterprise", "", null).hasNativeUuidType()).isFalse();
        assertThat(MysqlServerInfo.of("10.5.23-17-MariaDB-enterprise", "", null).hasNativeUuidType()).isFalse();
        assertThat(MysqlServerInfo.of("10.6.20-MariaDB", "", null).hasNativeUuidType()).isFalse();
    }

    @Test
    void theComparisonWarningNamesTheBugTheRangeAndTheFixes() {
        assertThat(MysqlWarning.MARIADB_UUID_MISCOMPARES_V7.message())
                .contains("MDEV-31926", "ORDER BY", "WHERE id > ?", "10.9.8", "10.10.6", "10.11.5", "11.0.3",
                        "10.10.7", "10.11.6", "11.0.4", "11.1.3", "11.2.2", "BINARY(16)");
        assertThat(MysqlWarning.MARIADB_UUID_BREAKS_V7_ORDER.message())
                .contains("MDEV-29959", "10.9.8", "10.10.6", "10.11.5", "11.0.3", "MDEV-31926");
    }

    @Test
    void warnsPerColumnKind() {
        MysqlServerInfo strict = MysqlServerInfo.of("8.0.36", MYSQL8_DEFAULT, true);
        assertThat(strict.warningsFor(UuidColumnKind.BINARY16, true)).isEmpty();
        assertThat(strict.warningsFor(UuidColumnKind.BINARY16_TIME_SWAPPED, true))
                .containsExactly(MysqlWarning.TIME_SWAPPED_BREAKS_V7_ORDER);
        assertThat(strict.warningsFor(UuidColumnKind.BINARY16_TIME_SWAPPED, false)).isEmpty();
        assertThat(strict.warningsFor(UuidColumnKind.CHAR36, false)).containsExactly(MysqlWarning.CHAR36_WASTES_SPACE);

        MysqlServerInfo lax = MysqlServerInfo.of("8.0.36", "", false);
        assertThat(lax.warningsFor(UuidColumnKind.BINARY16, true)).containsExactly(
                MysqlWarning.NON_STRICT_SQL_MODE, MysqlWarning.REWRITE_BATCHED_STATEMENTS_OFF);
        assertThat(MysqlWarning.NON_STRICT_SQL_MODE.message()).contains("ACED0005").contains("STRICT_TRANS_TABLES");
        assertThatThrownBy(() -> lax.warningsFor(null, true))
                .isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> lax.warningsFor(UuidColumnKind.POSTGRES_UUID, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("POSTGRES_UUID is a PostgreSQL column kind: on MYSQL use BINARY16 or, on MariaDB, MARIADB_UUID");
    }

    @Test
    void detectReadsVersionAndSqlModeFromTheSession() throws SQLException {
        ResultSet rs = stub(ResultSet.class, (m, a) -> switch (m) {
            case "next" -> true;
            case "getString" -> (Integer) a[0] == 1 ? "10.11.4-MariaDB" : "NO_ENGINE_SUBSTITUTION";
            case "close" -> null;
            default -> throw new UnsupportedOperationException(m);
        });
        Statement st = stub(Statement.class, (m, a) -> switch (m) {
            case "executeQuery" -> {
                assertThat(a[0]).isEqualTo("SELECT VERSION(), @@SESSION.sql_mode");
                yield rs;
            }
            case "close" -> null;
            default -> throw new UnsupportedOperationException(m);
        });
        Connection c = stub(Connection.class, (m, a) -> switch (m) {
            case "createStatement" -> st;
            case "isWrapperFor" -> false;
            default -> throw new UnsupportedOperationException(m);
        });
        MysqlServerInfo info = MysqlServerInfo.detect(c);
        assertThat(info.flavor()).isEqualTo(MysqlFlavor.MARIADB);
        assertThat(info.isStrict()).isFalse();
        assertThat(info.rewriteBatchedStatements()).isNull();
        assertThat(info.warningsFor(UuidColumnKind.MARIADB_UUID, true)).containsExactly(
                MysqlWarning.NON_STRICT_SQL_MODE, MysqlWarning.MARIADB_UUID_BREAKS_V7_ORDER);
    }

    /**
     * Connector/J reports a MariaDB as product "MySQL", version "5.5.5-10.11.6-MariaDB" (MariaDB below 11 sends that
     * handshake version); {@code VERSION()} on the server is the real one. detect() must ask the server and never the
     * driver's metadata.
     */
    @Test
    void detectAsksTheServerNotTheDriverMetadata() throws SQLException {
        ResultSet rs = stub(ResultSet.class, (m, a) -> switch (m) {
            case "next" -> true;
            case "getString" -> (Integer) a[0] == 1 ? "10.11.6-MariaDB-log" : "STRICT_TRANS_TABLES";
            case "close" -> null;
            default -> throw new UnsupportedOperationException(m);
        });
        Statement st = stub(Statement.class, (m, a) -> switch (m) {
            case "executeQuery" -> rs;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(m);
        });
        Connection c = stub(Connection.class, (m, a) -> switch (m) {
            case "createStatement" -> st;
            case "isWrapperFor" -> false;
            case "getMetaData" -> throw new AssertionError("detect must not read DatabaseMetaData");
            default -> throw new UnsupportedOperationException(m);
        });
        MysqlServerInfo info = MysqlServerInfo.detect(c);
        assertThat(info.flavor()).isEqualTo(MysqlFlavor.MARIADB);
        assertThat(info.version()).isEqualTo("10.11.6-MariaDB-log");
        assertThat(info.nativeUuidComparesV7Correctly()).isTrue();
    }

    @Test
    void detectTurnsAnUnparsableVersionIntoAnSqlException() {
        ResultSet rs = stub(ResultSet.class, (m, a) -> switch (m) {
            case "next" -> true;
            case "getString" -> (Integer) a[0] == 1 ? "garbage" : "";
            case "close" -> null;
            default -> throw new UnsupportedOperationException(m);
        });
        Statement st = stub(Statement.class, (m, a) -> "close".equals(m) ? null : rs);
        Connection c = stub(Connection.class, (m, a) -> "createStatement".equals(m) ? st : false);
        assertThatThrownBy(() -> MysqlServerInfo.detect(c)).isInstanceOf(SQLException.class)
                .hasMessageStartingWith("Cannot parse server version 'garbage'")
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MysqlServerInfo.detect(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("connection");
    }

    @Test
    void detectFailsOnAnEmptyResult() {
        ResultSet rs = stub(ResultSet.class, (m, a) -> "next".equals(m) ? false : null);
        Statement st = stub(Statement.class, (m, a) -> "close".equals(m) ? null : rs);
        Connection c = stub(Connection.class, (m, a) -> st);
        assertThatThrownBy(() -> MysqlServerInfo.detect(c)).isInstanceOf(SQLException.class)
                .hasMessage("SELECT VERSION(), @@SESSION.sql_mode returned no row");
    }

    interface Handler {
        Object handle(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> handler.handle(m.getName(), a == null ? new Object[0] : a));
    }

    /** A connection whose metadata reports MySQL Connector/J's product name and this version, nothing else. */
    private static Connection reporting(String version) {
        java.sql.DatabaseMetaData md = (java.sql.DatabaseMetaData) Proxy.newProxyInstance(
                MysqlServerInfoTest.class.getClassLoader(), new Class<?>[] {java.sql.DatabaseMetaData.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getDatabaseProductName" -> "MySQL";
                    case "getDatabaseProductVersion" -> version;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return (Connection) Proxy.newProxyInstance(MysqlServerInfoTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (p, m, a) -> {
                    if (m.getName().equals("getMetaData")) {
                        return md;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    /**
     * One rule for "has a native UUID type": core's UuidJdbc.nativeUuidKind answers MARIADB_UUID exactly where
     * hasNativeUuidType is true, over every major 5/8/10/11/12, minor 0..11, patch 0..12, plain, handshake
     * ({@code 5.5.5-}) and Enterprise forms.
     */
    @Test
    void nativeUuidKindAndHasNativeUuidTypeAreOneRule() throws SQLException {
        int checked = 0;
        for (int major : new int[] {5, 8, 10, 11, 12}) {
            for (int minor = 0; minor <= 11; minor++) {
                for (int patch = 0; patch <= 12; patch++) {
                    String v = major + "." + minor + "." + patch;
                    for (String version : new String[] {v, v + "-MariaDB", "5.5.5-" + v + "-MariaDB-log",
                            v + "-5-MariaDB-enterprise", "5.5.5-" + v + "-3-MariaDB-enterprise-log"}) {
                        boolean has = MysqlServerInfo.of(version, "", null).hasNativeUuidType();
                        UuidColumnKind kind;
                        try {
                            kind = io.github.uuidkit.jdbc.UuidJdbc.nativeUuidKind(reporting(version));
                        } catch (java.sql.SQLFeatureNotSupportedException e) {
                            assertThat(e.getSQLState()).isEqualTo("0A000");
                            kind = null;
                        }
                        assertThat(kind == UuidColumnKind.MARIADB_UUID).as(version).isEqualTo(has);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(5 * 12 * 13 * 5);
        // known answers: MariaDB's UUID type page (10.7+), MENT-1459 (Enterprise 10.6.9)
        assertThat(MysqlServerInfo.of("10.7.0-MariaDB", "", null).hasNativeUuidType()).isTrue();
        assertThat(MysqlServerInfo.of("10.6.9-5-MariaDB-enterprise", "", null).hasNativeUuidType()).isTrue();
        assertThat(MysqlServerInfo.of("10.6.8-4-MariaDB-enterprise", "", null).hasNativeUuidType()).isFalse();
        assertThat(MysqlServerInfo.of("8.4.3", "", null).hasNativeUuidType()).isFalse();
    }
}
