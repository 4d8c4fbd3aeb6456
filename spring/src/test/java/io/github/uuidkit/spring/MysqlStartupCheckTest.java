package io.github.uuidkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.mysql.MysqlServerInfo;
import io.github.uuidkit.mysql.MysqlWarning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which server facts the startup check reports (version facts: MariaDB's Jira, as in MysqlServerInfo). */
class MysqlStartupCheckTest {

    private static final String STRICT = "STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION";

    @Test
    void strictMysqlWithBinary16IsClean() {
        assertThat(MysqlStartupCheck.findings(MysqlServerInfo.of("8.0.31", STRICT, false),
                List.of(UuidColumnKind.BINARY16, UuidColumnKind.BINARY16_TIME_SWAPPED))).isEmpty();
    }

    @Test
    void nonStrictSqlModeIsReported() {
        assertThat(MysqlStartupCheck.findings(MysqlServerInfo.of("8.0.31", "", true),
                List.of(UuidColumnKind.BINARY16))).containsExactly(MysqlWarning.NON_STRICT_SQL_MODE);
    }

    @Test
    void mariaDbVersionsWithWrongV7ComparisonsAreReportedForTheirUuidType() {
        // MDEV-31926: 10.11.5 compares v7 wrongly, fixed in 10.11.6
        assertThat(MysqlStartupCheck.findings(MysqlServerInfo.of("10.11.5-MariaDB", STRICT, null),
                List.of(UuidColumnKind.MARIADB_UUID))).containsExactly(MysqlWarning.MARIADB_UUID_MISCOMPARES_V7);
        assertThat(MysqlStartupCheck.findings(MysqlServerInfo.of("10.11.6-MariaDB", STRICT, null),
                List.of(UuidColumnKind.MARIADB_UUID))).isEmpty();
        // MDEV-29959: 10.8 reorders every UUID
        assertThat(MysqlStartupCheck.findings(MysqlServerInfo.of("10.8.3-MariaDB", "", null),
                List.of(UuidColumnKind.MARIADB_UUID, UuidColumnKind.BINARY16)))
                .containsExactly(MysqlWarning.NON_STRICT_SQL_MODE, MysqlWarning.MARIADB_UUID_BREAKS_V7_ORDER);
        // the same server with BINARY(16) keys only: nothing about the UUID type
        assertThat(MysqlStartupCheck.findings(MysqlServerInfo.of("10.11.5-MariaDB", STRICT, null),
                List.of(UuidColumnKind.BINARY16))).isEmpty();
        assertThat(MysqlStartupCheck.findings(MysqlServerInfo.of("10.6.12-MariaDB", STRICT, null),
                List.of(UuidColumnKind.MARIADB_UUID))).containsExactly(MysqlWarning.NO_NATIVE_UUID_TYPE);
    }
}
