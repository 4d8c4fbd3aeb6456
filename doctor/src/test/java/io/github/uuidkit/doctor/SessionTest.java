package io.github.uuidkit.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.testsupport.JdbcStubs;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How an audit uses the caller's connection, on a recording stand-in: the statements it sends, the state it leaves
 * (engine tests: DoctorSafetyIT).
 */
class SessionTest {

    /** A connection that records what is done to it; session variables answer from {@link #variables}. */
    static final class Recorder {
        final List<String> log = new ArrayList<>();
        final Map<String, String> variables = new HashMap<>();
        boolean autoCommit = true;
        boolean readOnly;
        final Connection connection = JdbcStubs.proxy(Connection.class, (proxy, method, args) -> {
            switch (method.getName()) {
                case "getAutoCommit":
                    return autoCommit;
                case "setAutoCommit":
                    autoCommit = (Boolean) args[0];
                    log.add("autoCommit " + autoCommit);
                    return null;
                case "isReadOnly":
                    return readOnly;
                case "setReadOnly":
                    readOnly = (Boolean) args[0];
                    log.add("readOnly " + readOnly);
                    return null;
                case "rollback":
                    log.add(args == null ? "rollback" : "rollback to savepoint");
                    return null;
                case "setSavepoint":
                    log.add("savepoint");
                    return JdbcStubs.proxy(Savepoint.class, (p, m, a) -> null);
                case "releaseSavepoint":
                    log.add("release savepoint");
                    return null;
                case "createStatement":
                    return statement();
                default:
                    throw new UnsupportedOperationException(method.getName());
            }
        });

        Statement statement() {
            return JdbcStubs.proxy(Statement.class, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "execute":
                        String sql = (String) args[0];
                        log.add(sql);
                        if (sql.startsWith("SET SESSION ")) {
                            String[] nameValue = sql.substring("SET SESSION ".length()).split(" = ");
                            variables.put(nameValue[0], nameValue[1]);
                        }
                        return false;
                    case "executeQuery":
                        String query = (String) args[0];
                        String name = query.substring("SELECT @@SESSION.".length());
                        if (!variables.containsKey(name)) {
                            throw new SQLException("Unknown system variable '" + name + "'", "HY000", 1193);
                        }
                        return oneValue(variables.get(name));
                    case "close":
                        return null;
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });
        }
    }

    @Test
    void aConnectionInsideATransactionIsRefusedUntouched() {
        Recorder r = new Recorder();
        r.autoCommit = false;
        assertThatThrownBy(() -> Session.open(r.connection, false, false, Doctor.DEFAULT_TIMEOUT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("auto-commit mode")
                .hasMessageContaining("nothing was changed");
        assertThat(r.log).isEmpty();
    }

    @Test
    void mysqlTimeoutsAreSetForTheAuditAndRestored() throws SQLException {
        Recorder r = new Recorder();
        r.variables.put("max_execution_time", "0");
        r.variables.put("lock_wait_timeout", "31536000");
        try (Session s = Session.open(r.connection, false, false, Duration.ofMillis(1500))) {
            assertThat(r.variables).containsEntry("max_execution_time", "1500")
                    .containsEntry("lock_wait_timeout", "2"); // whole seconds, rounded up
            assertThat(r.readOnly).isTrue();
        }
        assertThat(r.variables).containsEntry("max_execution_time", "0").containsEntry("lock_wait_timeout", "31536000");
        assertThat(r.readOnly).isFalse();
        assertThat(r.autoCommit).isTrue();
    }

    @Test
    void mariadbUsesMaxStatementTimeInSeconds() throws SQLException {
        Recorder r = new Recorder();
        r.variables.put("max_statement_time", "12.500000");
        r.variables.put("lock_wait_timeout", "86400");
        r.readOnly = true;
        try (Session s = Session.open(r.connection, false, true, Duration.ofSeconds(10))) {
            assertThat(r.variables).containsEntry("max_statement_time", "10.000").containsEntry("lock_wait_timeout",
                    "10");
        }
        assertThat(r.variables).containsEntry("max_statement_time", "12.500000").containsEntry("lock_wait_timeout",
                "86400");
        assertThat(r.readOnly).as("read-only as the caller had it").isTrue();
    }

    @Test
    void aServerWithoutTheVariableAndTimeoutZeroSetNothing() throws SQLException {
        Recorder r = new Recorder(); // no max_execution_time: a MySQL before 5.7.8
        r.variables.put("lock_wait_timeout", "50");
        try (Session s = Session.open(r.connection, false, false, Duration.ofSeconds(3))) {
            assertThat(r.variables).doesNotContainKey("max_execution_time").containsEntry("lock_wait_timeout", "3");
        }
        Recorder none = new Recorder();
        try (Session s = Session.open(none.connection, false, false, Duration.ZERO)) {
            assertThat(none.log).containsExactly("readOnly true");
        }
        Recorder pg = new Recorder();
        try (Session s = Session.open(pg.connection, true, false, Duration.ofSeconds(3))) {
            assertThat(pg.log).containsExactly("readOnly true"); // PostgreSQL: per transaction, SET LOCAL
        }
    }

    @Test
    void postgresReadsInItsOwnTransactionWithLocalTimeouts() throws SQLException {
        Recorder r = new Recorder();
        List<Finding> notRead = new ArrayList<>();
        try (Session s = Session.open(r.connection, true, false, Duration.ofMillis(2500))) {
            r.log.clear();
            assertThat(s.read("app.t", "table app.t", () -> "rows", notRead)).isEqualTo("rows");
            assertThat(r.log).containsExactly("autoCommit false", "SET LOCAL lock_timeout = '2500ms'",
                    "SET LOCAL statement_timeout = '2500ms'", "rollback", "autoCommit true");
        }
        assertThat(notRead).isEmpty();
    }

    @Test
    void aTimeoutALockOrADenialIsAFindingOnceATable() throws SQLException {
        Recorder r = new Recorder();
        List<Finding> notRead = new ArrayList<>();
        try (Session s = Session.open(r.connection, true, false, Duration.ofSeconds(2))) {
            for (String state : List.of("55P03", "57014", "42501")) {
                assertThat(s.<String>read("app.locked", "table app.locked", () -> {
                    throw new SQLException("ERROR: canceling statement due to lock timeout\n  Where: line 2", state);
                }, notRead)).isNull();
            }
            assertThat(r.autoCommit).isTrue();
            assertThatThrownBy(() -> s.read("app.t", "table app.t", () -> {
                throw new SQLException("syntax error", "42601");
            }, notRead)).hasMessage("syntax error");
        }
        assertThat(notRead).hasSize(1);
        Finding f = notRead.get(0);
        assertThat(f.code()).isEqualTo("TABLE_NOT_READ");
        assertThat(f.severity()).isEqualTo(Severity.ERROR); // an incomplete audit fails the default gate
        assertThat(f.subject()).isEqualTo("app.locked");
        assertThat(f.message()).isEqualTo("Could not read table app.locked within the 2 s timeout: ERROR: canceling"
                + " statement due to lock timeout Its UUID columns are not in this report, so the audit is incomplete.");
        assertThat(f.advice()).contains("pg_locks").contains("--timeout");
    }

    @Test
    void mysqlErrorsThatMeanNotReadable() throws SQLException {
        Recorder r = new Recorder();
        try (Session s = Session.open(r.connection, false, false, Duration.ZERO)) {
            for (int code : new int[] {1205, 3024, 1969, 1317, 1142, 1143}) {
                assertThat(s.notReadable(new SQLException("x", "HY000", code))).as("%d", code).isTrue();
            }
            assertThat(s.notReadable(new SQLException("x", "42000", 1064))).isFalse();
            assertThat(s.notReadable(new SQLException("x", "55P03", 0))).as("a PostgreSQL state").isFalse();
            assertThat(s.notReadable(new SQLTimeoutException("x"))).isTrue();
            assertThat(s.notReadable(new SQLException("wrapped", new SQLException("x", "HY000", 1205)))).isTrue();
            List<Finding> notRead = new ArrayList<>();
            assertThat(s.attempt("db.t", "table db.t", () -> {
                throw new SQLException("Lock wait timeout exceeded", "HY000", 1205);
            }, Boolean.TRUE, notRead)).isTrue();
            assertThat(notRead).singleElement().satisfies(f -> {
                assertThat(f.message()).isEqualTo("Could not read table db.t: Lock wait timeout exceeded Its UUID"
                        + " columns are not in this report, so the audit is incomplete.");
                assertThat(f.advice()).contains("metadata_locks");
            });
        }
    }

    @Test
    void postgresIsolatesAFailingStatementBehindASavepoint() throws SQLException {
        Recorder r = new Recorder();
        try (Session s = Session.open(r.connection, true, false, Duration.ZERO)) {
            s.read("app.t", "table app.t", () -> {
                r.log.clear();
                assertThat(s.isolated(() -> 1)).isEqualTo(1);
                assertThatThrownBy(() -> s.isolated(() -> {
                    throw new SQLException("not a btree index", "42809");
                })).hasMessage("not a btree index");
                assertThat(r.log).containsExactly("savepoint", "release savepoint", "savepoint",
                        "rollback to savepoint");
                return null;
            }, new ArrayList<>());
        }
        Recorder mysql = new Recorder();
        try (Session s = Session.open(mysql.connection, false, false, Duration.ZERO)) {
            s.read("db.t", "table db.t", () -> s.isolated(() -> 1), new ArrayList<>());
            assertThat(mysql.log).doesNotContain("savepoint"); // Connector/J refuses SAVEPOINT when read-only
        }
    }

    @Test
    void theFirstLineOfAMessage() {
        assertThat(Session.firstLine(new SQLException("one\ntwo"))).isEqualTo("one");
        assertThat(Session.firstLine(new SQLException((String) null))).isEqualTo("java.sql.SQLException");
        assertThat(Session.firstLine(new SQLException("  "))).isEqualTo("java.sql.SQLException");
    }

    /** A one-row, one-column result: {@code next}, {@code getString(1)}, {@code close}. */
    static ResultSet oneValue(String value) {
        boolean[] read = {false};
        return JdbcStubs.proxy(ResultSet.class, (p, m, a) -> {
            switch (m.getName()) {
                case "next":
                    boolean first = !read[0];
                    read[0] = true;
                    return first;
                case "getString":
                    return value;
                case "close":
                    return null;
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
    }
}
