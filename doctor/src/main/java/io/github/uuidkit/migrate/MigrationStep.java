package io.github.uuidkit.migrate;

import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link MigrationPlan}: a title, the lock it takes and for how long, and its SQL. Steps run in order;
 * {@link Migrate#run} records each finished step (and, inside a backfill, the last key written), so an interrupted
 * run resumes at the step, or the batch, where it stopped.
 */
public final class MigrationStep {

    /** What a step does, which decides how {@link Migrate#run} executes it. */
    public enum Kind {
        /** Schema statements, run one by one; each is skipped when the schema shows it already applied. */
        DDL,
        /** Copies converted values into the new column in batches of rows, in primary-key order. */
        BACKFILL,
        /** Counts rows where old and new disagree (or foreign keys that point nowhere); refuses to go on on any. */
        VERIFY
    }

    /** One statement, with the query that tells it already ran (a count above zero), or null. */
    record Statement(String sql, String appliedProbe, List<String> probeArgs) {
    }

    /** The batched update of one table: keyset on {@code key}, whose SQL type for a cast is {@code keyCast}. */
    record Backfill(String table, String key, String keyCast, String newColumn, String conversion) {
    }

    private final int number;
    private final String title;
    private final String lock;
    private final Kind kind;
    private final List<Statement> statements;
    private final Backfill backfill;
    private final boolean transactional;

    MigrationStep(int number, String title, String lock, Kind kind, List<Statement> statements, Backfill backfill,
                  boolean transactional) {
        this.number = number;
        this.title = Objects.requireNonNull(title);
        this.lock = Objects.requireNonNull(lock);
        this.kind = Objects.requireNonNull(kind);
        this.statements = List.copyOf(statements);
        this.backfill = backfill;
        this.transactional = transactional;
    }

    /**
     * Returns the step's position in the plan.
     *
     * @return 1 for the first step
     */
    public int number() {
        return number;
    }

    /**
     * Returns what the step does, one line.
     *
     * @return the title, printable ASCII
     */
    public String title() {
        return title;
    }

    /**
     * Returns the lock the step takes, on which tables, and for how long it is held (e.g. "ACCESS EXCLUSIVE on
     * orders for milliseconds (catalog change only)").
     *
     * @return the lock description
     */
    public String lock() {
        return lock;
    }

    /**
     * Returns the kind of step.
     *
     * @return DDL, BACKFILL or VERIFY
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the step's SQL as it is printed in the plan: the statements, or for a backfill the batched update
     * with its {@code ?} bounds (the last key of the previous batch, the last key of this one).
     *
     * @return the statements, in order
     */
    public List<String> sql() {
        if (backfill != null) {
            return List.of(Planner.backfillUpdate(backfill, true, true) + ";  -- repeated per batch");
        }
        return statements.stream().map(s -> s.sql() + ";").toList();
    }

    List<Statement> statements() {
        return statements;
    }

    Backfill backfill() {
        return backfill;
    }

    boolean transactional() {
        return transactional;
    }
}
