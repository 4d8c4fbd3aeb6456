package io.github.uuidkit.doctor;

import io.github.uuidkit.internal.MessageText;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one audit uses the caller's connection, so that it leaves nothing behind and never waits unbounded.
 *
 * <ul>
 *   <li><b>Not the caller's transaction.</b> The connection must be in auto-commit mode; one that is not (a caller
 *       inside its own transaction) is refused with an {@link IllegalStateException} before anything is changed, so
 *       the caller's uncommitted work is never committed, rolled back or made read-only.</li>
 *   <li><b>Its own short transactions.</b> The catalog is read in one transaction and each column in one of its
 *       own, always ended by a rollback: a table's locks (PostgreSQL {@code ACCESS SHARE}, MySQL metadata locks) are
 *       held while that table is read, not for the whole audit, so a migration waiting for one is not held up.</li>
 *   <li><b>Timeouts.</b> PostgreSQL: {@code SET LOCAL lock_timeout} and {@code statement_timeout} at the start of
 *       each of its transactions (gone at its rollback). MySQL: {@code max_execution_time} (milliseconds, SELECT
 *       only, MySQL 5.7.8+) and {@code lock_wait_timeout} (seconds, metadata locks); MariaDB:
 *       {@code max_statement_time} (seconds) and {@code lock_wait_timeout}: session variables set for the audit and
 *       set back to the session's values after it. A read that times out, waits too long for a lock, or is denied,
 *       becomes a {@code TABLE_NOT_READ} finding naming the table; the audit goes on.</li>
 *   <li><b>Restored.</b> The read-only flag (set for the audit), auto-commit, and the session variables above.</li>
 * </ul>
 */
final class Session implements AutoCloseable {

    /** A piece of the audit that reads. */
    interface Work<T> {
        T run() throws SQLException;
    }

    /** PostgreSQL states: lock_not_available (lock_timeout), query_canceled (statement_timeout), no privilege. */
    private static final Set<String> PG_NOT_READ = Set.of("55P03", "57014", "42501");

    /**
     * MySQL/MariaDB error codes: 1205 lock wait timeout (also metadata locks), 3024 max_execution_time exceeded,
     * 1969 MariaDB max_statement_time exceeded, 1317 query interrupted, 1142/1143 table/column access denied.
     */
    private static final Set<Integer> MYSQL_NOT_READ = Set.of(1205, 3024, 1969, 1317, 1142, 1143);

    private final Connection c;
    private final boolean pg;
    private final boolean mariadb;
    private final long timeoutMillis;
    private final boolean readOnly;
    private final Map<String, String> restore = new LinkedHashMap<>();

    private Session(Connection c, boolean pg, boolean mariadb, Duration timeout) throws SQLException {
        this.c = c;
        this.pg = pg;
        this.mariadb = mariadb;
        this.timeoutMillis = timeout.toMillis();
        this.readOnly = c.isReadOnly();
    }

    /**
     * Refuses a connection inside a transaction; without changing anything.
     *
     * @throws IllegalStateException if the connection is not in auto-commit mode
     */
    static void requireAutoCommit(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            throw new IllegalStateException("the doctor runs its own short read-only transactions, never inside the"
                    + " caller's: pass a connection in auto-commit mode (this one has auto-commit off, so a"
                    + " transaction may be open; nothing was changed)");
        }
    }

    /** Starts the audit's use of a connection: read-only, session timeouts (MySQL/MariaDB). */
    static Session open(Connection c, boolean pg, boolean mariadb, Duration timeout) throws SQLException {
        requireAutoCommit(c);
        Session s = new Session(c, pg, mariadb, timeout);
        c.setReadOnly(true);
        try {
            if (!pg && s.timeoutMillis > 0) {
                long seconds = Math.max(1, (s.timeoutMillis + 999) / 1000);
                if (mariadb) {
                    s.setSessionVariable("max_statement_time", String.format(Locale.ROOT, "%.3f",
                            s.timeoutMillis / 1000.0));
                } else {
                    s.setSessionVariable("max_execution_time", Long.toString(s.timeoutMillis));
                }
                s.setSessionVariable("lock_wait_timeout", Long.toString(seconds));
            }
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** Sets a session variable that exists on this server, remembering its value; one that does not is skipped. */
    private void setSessionVariable(String name, String value) throws SQLException {
        String old;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT @@SESSION." + name)) {
            rs.next();
            old = rs.getString(1);
        } catch (SQLException e) {
            return; // e.g. max_execution_time before MySQL 5.7.8: that bound is not available
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET SESSION " + name + " = " + value);
        }
        restore.put(name, old);
    }

    /**
     * Runs a read in a transaction of its own, ended by a rollback.
     *
     * @param subject the table (or schema) read, {@code schema.table}, named by the finding if it cannot be read
     * @param what what is read, for the finding's message
     * @param work the read
     * @param notRead receives a {@code TABLE_NOT_READ} finding (once per subject) when the read times out, waits
     *     too long for a lock or is denied
     * @return the read's result, or null when it could not be read
     * @throws SQLException any other failure
     */
    <T> T read(String subject, String what, Work<T> work, List<Finding> notRead) throws SQLException {
        c.setAutoCommit(false);
        try {
            if (pg && timeoutMillis > 0) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET LOCAL lock_timeout = '" + timeoutMillis + "ms'");
                    st.execute("SET LOCAL statement_timeout = '" + timeoutMillis + "ms'");
                }
            }
            return work.run();
        } catch (SQLException e) {
            if (!notReadable(e)) {
                throw e;
            }
            notRead(subject, what, e, notRead);
            return null;
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /**
     * Runs a read inside the current transaction behind a savepoint, so that its failure (which aborts a
     * PostgreSQL transaction) leaves the transaction usable.
     *
     * @param subject the table read, for the finding
     * @param what what is read, for the finding's message
     * @param work the read
     * @param fallback the result when it could not be read
     * @param notRead receives a {@code TABLE_NOT_READ} finding when it times out, waits too long or is denied
     * @return the read's result, or {@code fallback}
     * @throws SQLException any other failure (after rolling back to the savepoint)
     */
    <T> T attempt(String subject, String what, Work<T> work, T fallback, List<Finding> notRead)
            throws SQLException {
        try {
            return isolated(work);
        } catch (SQLException e) {
            if (!notReadable(e)) {
                throw e;
            }
            notRead(subject, what, e, notRead);
            return fallback;
        }
    }

    /**
     * PostgreSQL: runs a statement inside the current transaction behind a savepoint, so that on failure the
     * transaction is rolled back to it (usable again) and the failure rethrown. MySQL/MariaDB: runs it as is.
     */
    <T> T isolated(Work<T> work) throws SQLException {
        if (!pg || c.getAutoCommit()) {
            return work.run(); // MySQL/MariaDB: a failed statement leaves the transaction usable (and Connector/J
                               // refuses SAVEPOINT on a read-only connection)
        }
        Savepoint sp = c.setSavepoint();
        try {
            T result = work.run();
            c.releaseSavepoint(sp);
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback(sp);
            throw e;
        }
    }

    private void notRead(String subject, String what, SQLException e, List<Finding> notRead) {
        if (notRead.stream().anyMatch(f -> f.code().equals("TABLE_NOT_READ") && f.subject().equals(subject))) {
            return;
        }
        String limit = timeoutMillis > 0 ? " within the " + seconds() + " timeout" : "";
        notRead.add(new Finding("TABLE_NOT_READ", Severity.ERROR, subject, 0, List.of(),
                "Could not read " + what + limit + ": " + MessageText.escapeLine(firstLine(e))
                        + " Its UUID columns are not in this report, so the audit is incomplete.",
                pg ? "Run the doctor again when nothing holds a conflicting lock on it (see pg_locks), raise"
                        + " --timeout (Doctor.withTimeout), or grant SELECT on it to the doctor's user."
                        : "Run the doctor again when nothing holds a lock on it (see"
                        + " performance_schema.metadata_locks or SHOW PROCESSLIST), raise --timeout"
                        + " (Doctor.withTimeout), or grant SELECT on it to the doctor's user."));
    }

    private String seconds() {
        return timeoutMillis % 1000 == 0 ? timeoutMillis / 1000 + " s" : timeoutMillis + " ms";
    }

    /** A read that timed out, waited too long for a lock or was denied: reported, not fatal. */
    boolean notReadable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof SQLException) {
                SQLException s = (SQLException) t;
                if (pg ? PG_NOT_READ.contains(s.getSQLState()) : MYSQL_NOT_READ.contains(s.getErrorCode())) {
                    return true;
                }
            }
        }
        return false;
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getName();
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Ends the audit: rolls back anything open, auto-commit on, session variables and read-only flag restored. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            failure = e;
        }
        for (Map.Entry<String, String> e : restore.entrySet()) {
            try (Statement st = c.createStatement()) {
                String old = e.getValue();
                st.execute("SET SESSION " + e.getKey() + " = " + (old.matches("[0-9.]+") ? old : "DEFAULT"));
            } catch (SQLException x) {
                failure = failure == null ? x : failure;
            }
        }
        try {
            c.setReadOnly(readOnly);
        } catch (SQLException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
