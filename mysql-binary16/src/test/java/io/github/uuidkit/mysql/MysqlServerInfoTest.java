package io.github.uuidkit.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.jdbc.UuidColumnType;
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

    @Test
    void rejectsUnparsableVersions() {
        assertThatThrownBy(() -> MysqlServerInfo.of("MariaDB", "", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot parse server version 'MariaDB': expected major.minor.patch, e.g. 8.0.36 or 10.11.5-MariaDB");
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

    /** Affected and fixed versions from MariaDB's tracker, MDEV-29959 (fix versions 10.9.8, 10.10.6, 10.11.5, 11.0.3). */
    @ParameterizedTest
    @CsvSource({
        "10.6.16-MariaDB,false", // no UUID type at all
        "10.7.0-MariaDB,false", "10.7.8-MariaDB,false", "10.8.8-MariaDB,false",
        "10.9.7-MariaDB,false", "10.9.8-MariaDB,true",
        "10.10.5-MariaDB,false", "10.10.6-MariaDB,true",
        "10.11.0-MariaDB,false", "10.11.4-MariaDB,false", "10.11.5-MariaDB,true", "10.11.10-MariaDB,true",
        "11.0.2-MariaDB,false", "11.0.3-MariaDB,true", "11.1.0-MariaDB,true", "11.4.5-MariaDB,true",
        "12.0.1-MariaDB,true",
        "8.0.36,false"}) // MySQL: no UUID type
    void knowsWhichMariadbUuidTypesKeepV7Order(String version, boolean keepsOrder) {
        MysqlServerInfo info = MysqlServerInfo.of(version, "STRICT_TRANS_TABLES", true);
        assertThat(info.nativeUuidKeepsV7Order()).isEqualTo(keepsOrder);
        if (info.hasNativeUuidType()) {
            assertThat(info.warningsFor(UuidColumnType.NATIVE_UUID, true)
                    .contains(MysqlWarning.MARIADB_UUID_BREAKS_V7_ORDER)).isEqualTo(!keepsOrder);
            assertThat(info.warningsFor(UuidColumnType.NATIVE_UUID, false)).isEmpty();
        } else {
            assertThat(info.warningsFor(UuidColumnType.NATIVE_UUID, true)).containsExactly(MysqlWarning.NO_NATIVE_UUID_TYPE);
        }
    }

    @Test
    void warnsPerColumnKind() {
        MysqlServerInfo strict = MysqlServerInfo.of("8.0.36", MYSQL8_DEFAULT, true);
        assertThat(strict.warningsFor(UuidColumnType.BINARY16, true)).isEmpty();
        assertThat(strict.warningsFor(UuidColumnType.BINARY16_TIME_SWAPPED, true))
                .containsExactly(MysqlWarning.TIME_SWAPPED_BREAKS_V7_ORDER);
        assertThat(strict.warningsFor(UuidColumnType.BINARY16_TIME_SWAPPED, false)).isEmpty();
        assertThat(strict.warningsFor(UuidColumnType.CHAR36, false)).containsExactly(MysqlWarning.CHAR36_WASTES_SPACE);

        MysqlServerInfo lax = MysqlServerInfo.of("8.0.36", "", false);
        assertThat(lax.warningsFor(UuidColumnType.BINARY16, true)).containsExactly(
                MysqlWarning.NON_STRICT_SQL_MODE, MysqlWarning.REWRITE_BATCHED_STATEMENTS_OFF);
        assertThat(MysqlWarning.NON_STRICT_SQL_MODE.message()).contains("ACED0005").contains("STRICT_TRANS_TABLES");
        assertThatThrownBy(() -> lax.warningsFor(null, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("UuidColumnType is null");
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
        assertThat(info.warningsFor(UuidColumnType.NATIVE_UUID, true)).containsExactly(
                MysqlWarning.NON_STRICT_SQL_MODE, MysqlWarning.MARIADB_UUID_BREAKS_V7_ORDER);
    }

    interface Handler {
        Object handle(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> handler.handle(m.getName(), a == null ? new Object[0] : a));
    }
}
