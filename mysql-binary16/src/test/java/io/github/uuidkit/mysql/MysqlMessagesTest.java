package io.github.uuidkit.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import org.junit.jupiter.api.Test;

/** Messages quoting names and server strings escape control and non-ASCII characters (log forging). */
class MysqlMessagesTest {

    /** A newline that would start a forged log line, then an ANSI colour sequence (ESC [ 3 1 m). */
    private static final String FORGED = "x\nERROR forged\u001B[31m";
    private static final String FORGED_ESCAPED = "x\\nERROR forged\\u001B[31m";

    @Test
    void identifierMessagesEscapeTheName() {
        assertThatThrownBy(() -> MysqlIdentifiers.quote(FORGED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid identifier '" + FORGED_ESCAPED + "': only letters, digits, '_' and '$' are"
                        + " allowed, found U+000A at index 1");
        assertThatThrownBy(() -> MysqlIdentifiers.quote("größe\u00A0"))
                .hasMessage("Invalid identifier 'gr\\u00F6\\u00DFe\\u00A0': only letters, digits, '_' and '$' are"
                        + " allowed, found U+00A0 at index 5");
        String tooLong = "\u001B".repeat(70);
        assertThatThrownBy(() -> MysqlIdentifiers.quote(tooLong))
                .hasMessage("Invalid identifier '" + "\\u001B".repeat(64) + "'... (70 characters): expected 1 to 64"
                        + " characters, got 70");
    }

    @Test
    void serverInfoMessagesEscapeWhatTheServerReported() {
        assertThatThrownBy(() -> MysqlServerInfo.of("MariaDB" + FORGED, "", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot parse server version 'MariaDB" + FORGED_ESCAPED + "': expected major.minor.patch,"
                        + " optionally followed by '-' and a suffix, e.g. 8.0.36, 8.0.36-0ubuntu0.22.04.1,"
                        + " 11.4.5-MariaDB-log or 5.5.5-10.11.6-MariaDB");
        // the version parser refuses control characters, so only sql_mode can carry them into toString()
        assertThat(MysqlServerInfo.of("8.0.36", "STRICT_TRANS_TABLES," + FORGED, true))
                .hasToString("MYSQL 8.0.36 (sql_mode='STRICT_TRANS_TABLES," + FORGED_ESCAPED
                        + "', strict=true, rewriteBatchedStatements=true)");
    }

    @Test
    void backfillMessagesEscapeNonAsciiColumnNames() {
        // valid MySQL identifiers may hold any letter; the message shows them escaped like every quoted input
        ResultSetMetaData md = MysqlServerInfoTest.stub(ResultSetMetaData.class, (m, a) -> "DATETIME");
        ResultSet rs = MysqlServerInfoTest.stub(ResultSet.class, (m, a) -> "getMetaData".equals(m) ? md : null);
        PreparedStatement probe = MysqlServerInfoTest.stub(PreparedStatement.class,
                (m, a) -> "executeQuery".equals(m) ? rs : null);
        Connection connection = MysqlServerInfoTest.stub(Connection.class,
                (m, a) -> "prepareStatement".equals(m) ? probe : null);
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(connection, "t", "id", "cr\u00E9\u00E9", "pid", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Column cr\\u00E9\\u00E9 is DATETIME");
    }
}
