package io.github.uuidkit.migrate;

import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.migrate.MigrationStep.Backfill;
import io.github.uuidkit.migrate.MigrationStep.Kind;
import io.github.uuidkit.migrate.MigrationStep.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Executes a plan step by step, recording progress in {@value #STATE_TABLE} of the table's schema. */
final class Runner {

    /** The table where runs record finished steps and the backfill's last key. */
    static final String STATE_TABLE = "uuidkit_migration_state";

    private static final int ATTEMPTS = 20;
    private static final Set<String> RETRY_STATES = Set.of("40001", "40P01", "55P03");
    private static final Set<Integer> RETRY_CODES = Set.of(1205, 1213);

    private final Connection c;
    private final Planner p;
    private final MigrationPlan plan;
    private final int batchRows;
    private final Consumer<String> progress;

    Runner(Connection c, Planner p, MigrationPlan plan, int batchRows, Consumer<String> progress) {
        this.c = c;
        this.p = p;
        this.plan = plan;
        this.batchRows = batchRows;
        this.progress = progress;
    }

    private String state() {
        return p.qt(STATE_TABLE);
    }

    MigrationRun run(boolean execute) throws SQLException {
        if (!c.getAutoCommit()) {
            throw new MigrationException("Migrate.run needs a connection in auto-commit mode (it commits each step"
                    + " and each batch itself)");
        }
        boolean stateExists = p.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND"
                + " table_name = ?", plan.schema(), STATE_TABLE) > 0;
        if (execute && !stateExists) {
            exec("CREATE TABLE IF NOT EXISTS " + state() + " (plan_id VARCHAR(200) NOT NULL, step INT NOT NULL,"
                    + " done INT NOT NULL, last_key VARCHAR(255), rows_done BIGINT NOT NULL,"
                    + " PRIMARY KEY (plan_id, step))");
            stateExists = true;
        }
        if (execute) {
            for (String h : plan.header()) {
                exec(h);
            }
        }
        List<Long> millis = new ArrayList<>();
        int run = 0;
        int before = 0;
        int total = plan.steps().size();
        for (MigrationStep step : plan.steps()) {
            String head = "step " + step.number() + "/" + total + " " + step.title();
            Object[] st = stateExists ? readState(step) : null;
            if (st != null && (Integer) st[0] == 1) {
                progress.accept(head + ": done before");
                before++;
                millis.add(0L);
                continue;
            }
            if (!execute) {
                progress.accept(head + ": would run (" + step.lock() + ")"
                        + (st != null && st[1] != null ? "; backfill resumes after key "
                        + MessageText.quote((String) st[1]) : ""));
                millis.add(0L);
                continue;
            }
            progress.accept(head + ": running (" + step.lock() + ")");
            long t0 = System.nanoTime();
            switch (step.kind()) {
                case BACKFILL:
                    backfill(step, st);
                    break;
                case VERIFY:
                    verify(step);
                    break;
                default:
                    ddl(step);
                    break;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            millis.add(ms);
            run++;
            progress.accept(head + ": done in " + ms + " ms");
        }
        return new MigrationRun(execute, run, before, millis);
    }

    private Object[] readState(MigrationStep step) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT done, last_key, rows_done FROM " + state()
                + " WHERE plan_id = ? AND step = ?")) {
            ps.setString(1, plan.id());
            ps.setInt(2, step.number());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Object[] {rs.getInt(1), rs.getString(2), rs.getLong(3)} : null;
            }
        }
    }

    private void writeState(MigrationStep step, boolean done, String lastKey, long rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + state() + " SET done = ?, last_key = ?,"
                + " rows_done = ? WHERE plan_id = ? AND step = ?")) {
            ps.setInt(1, done ? 1 : 0);
            ps.setString(2, lastKey);
            ps.setLong(3, rows);
            ps.setString(4, plan.id());
            ps.setInt(5, step.number());
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + state()
                + " (plan_id, step, done, last_key, rows_done) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, plan.id());
            ps.setInt(2, step.number());
            ps.setInt(3, done ? 1 : 0);
            ps.setString(4, lastKey);
            ps.setLong(5, rows);
            ps.executeUpdate();
        }
    }

    private void exec(String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private boolean applied(Statement s) throws SQLException {
        return s.appliedProbe() != null && p.count(s.appliedProbe(), s.probeArgs().toArray(new String[0])) > 0;
    }

    private static boolean retryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (RETRY_STATES.contains(s.getSQLState())
                    || RETRY_CODES.contains(s.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2000, 50L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("interrupted; run again to resume");
        }
    }

    private MigrationException failed(MigrationStep step, String sql, SQLException e) {
        return new MigrationException("step " + step.number() + " (" + step.title() + ") failed at "
                + MessageText.quote(sql) + ": " + MessageText.escape(String.valueOf(e.getMessage()))
                + (step.transactional() ? " (the step was rolled back)" : "") + "; fix the cause and run again to"
                + " resume", e);
    }

    private void ddl(MigrationStep step) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            String current = null;
            try {
                if (step.transactional()) {
                    List<Statement> todo = new ArrayList<>();
                    for (Statement s : step.statements()) {
                        if (!applied(s)) {
                            todo.add(s);
                        }
                    }
                    c.setAutoCommit(false);
                    try {
                        for (Statement s : todo) {
                            current = s.sql();
                            exec(s.sql());
                        }
                        writeState(step, true, null, 0);
                        c.commit();
                    } catch (SQLException | RuntimeException e) {
                        c.rollback();
                        throw e;
                    } finally {
                        c.setAutoCommit(true);
                    }
                } else {
                    try {
                        for (Statement s : step.statements()) {
                            current = s.sql();
                            if (!applied(s)) {
                                exec(s.sql());
                            }
                        }
                    } catch (SQLException | RuntimeException e) {
                        if (!p.postgres()) {
                            cleanUpMysqlSession();
                        }
                        throw e;
                    }
                    writeState(step, true, null, 0);
                }
                return;
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && retryable(e)) {
                    progress.accept("  lock wait or deadlock at " + MessageText.quote(current) + ", retrying ("
                            + attempt + ")");
                    pause(attempt);
                    continue;
                }
                throw failed(step, current, e);
            }
        }
    }

    private void cleanUpMysqlSession() {
        try {
            exec("UNLOCK TABLES");
            exec("SET foreign_key_checks = 1");
        } catch (SQLException ignored) {
            // the connection is gone; the server released its locks
        }
    }

    private void verify(MigrationStep step) throws SQLException {
        for (Statement s : step.statements()) {
            long bad;
            try {
                bad = p.count(s.sql());
            } catch (SQLException e) {
                throw failed(step, s.sql(), e);
            }
            progress.accept("  " + bad + " mismatching rows: " + s.sql());
            if (bad > 0) {
                throw new MigrationException("verification found " + bad + " mismatching rows ("
                        + MessageText.quote(s.sql()) + "): not going on. Nothing after step " + (step.number() - 1)
                        + " was done; the backfill can be re-run by deleting its rows from " + STATE_TABLE + ".");
            }
        }
        writeState(step, true, null, 0);
    }

    private void backfill(MigrationStep step, Object[] st) throws SQLException {
        Backfill b = step.backfill();
        String lastKey = st == null ? null : (String) st[1];
        long rows = st == null ? 0 : (Long) st[2];
        long total = p.count("SELECT COUNT(*) FROM " + b.table());
        String bound = b.keyCast() == null ? "?" : "CAST(? AS " + b.keyCast() + ")";
        String next = "SELECT " + b.key() + " FROM " + b.table() + " WHERE " + b.key() + " > " + bound
                + " ORDER BY " + b.key() + " LIMIT 1 OFFSET " + (batchRows - 1);
        String first = "SELECT " + b.key() + " FROM " + b.table() + " ORDER BY " + b.key() + " LIMIT 1 OFFSET "
                + (batchRows - 1);
        while (true) {
            for (int attempt = 1; ; attempt++) {
                String current = null;
                try {
                    String upper;
                    current = lastKey == null ? first : next;
                    try (PreparedStatement ps = c.prepareStatement(current)) {
                        if (lastKey != null) {
                            ps.setString(1, lastKey);
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            upper = rs.next() ? rs.getString(1) : null;
                        }
                    }
                    current = Planner.backfillUpdate(b, lastKey != null, upper != null);
                    c.setAutoCommit(false);
                    int n;
                    try (PreparedStatement ps = c.prepareStatement(current)) {
                        int i = 1;
                        if (lastKey != null) {
                            ps.setString(i++, lastKey);
                        }
                        if (upper != null) {
                            ps.setString(i, upper);
                        }
                        n = ps.executeUpdate();
                        writeState(step, upper == null, upper == null ? lastKey : upper, rows + n);
                        c.commit();
                    } catch (SQLException | RuntimeException e) {
                        c.rollback();
                        throw e;
                    } finally {
                        c.setAutoCommit(true);
                    }
                    rows += n;
                    if (upper == null) {
                        progress.accept("  " + rows + " rows of " + total + " (100 %)");
                        return;
                    }
                    lastKey = upper;
                    progress.accept("  " + rows + " rows of " + total + " (" + (total == 0 ? 100
                            : Math.min(100, rows * 100 / total)) + " %)");
                    break;
                } catch (SQLException e) {
                    if (attempt < ATTEMPTS && retryable(e)) {
                        pause(attempt);
                        continue;
                    }
                    throw failed(step, current, e);
                }
            }
        }
    }
}
