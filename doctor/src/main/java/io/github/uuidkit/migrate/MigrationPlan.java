package io.github.uuidkit.migrate;

import java.util.List;

/**
 * A reviewable, executable plan that converts one text UUID primary key, and every foreign-key column referencing
 * it, to {@link MigrationTarget native storage}, online: shadow columns, triggers for concurrent writes, a batched
 * backfill in key order, verification of every row, new indexes built without blocking writes, a short swap, then
 * the old columns dropped. Generated from the live schema by {@link Migrate#plan}; {@link #render()} prints it as
 * SQL with comments; {@link Migrate#run} executes it.
 *
 * <p>Immutable.
 */
public final class MigrationPlan {

    private final String id;
    private final String engine;
    private final String schema;
    private final String table;
    private final String column;
    private final MigrationTarget target;
    private final List<String> notes;
    private final List<MigrationStep> steps;
    private final List<String> header;

    MigrationPlan(String id, String engine, String schema, String table, String column, MigrationTarget target,
                  List<String> notes, List<String> header, List<MigrationStep> steps) {
        this.id = id;
        this.engine = engine;
        this.schema = schema;
        this.table = table;
        this.column = column;
        this.target = target;
        this.notes = List.copyOf(notes);
        this.header = List.copyOf(header);
        this.steps = List.copyOf(steps);
    }

    /**
     * Returns the plan's identity, under which {@link Migrate#run} records its progress: target, schema, table and
     * column, e.g. {@code BINARY16:shop.orders.id}.
     *
     * @return the identity
     */
    public String id() {
        return id;
    }

    /**
     * Returns the engine the plan was generated for, with its version (e.g. {@code MySQL 8.0.31}).
     *
     * @return the engine
     */
    public String engine() {
        return engine;
    }

    /**
     * Returns the schema (MySQL / MariaDB: database) of the table.
     *
     * @return the schema
     */
    public String schema() {
        return schema;
    }

    /**
     * Returns the table whose key is converted.
     *
     * @return the table name
     */
    public String table() {
        return table;
    }

    /**
     * Returns the key column converted (the table's primary key).
     *
     * @return the column name
     */
    public String column() {
        return column;
    }

    /**
     * Returns the storage the key is converted to.
     *
     * @return the target
     */
    public MigrationTarget target() {
        return target;
    }

    /**
     * Returns what the reviewer should know: the referencing columns converted too, rows per table, values that
     * will read back differently (upper case text becomes lower case), the application change at the swap.
     *
     * @return the notes, one sentence each
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Returns the steps, in execution order; empty when the key is already in the target storage (a finished
     * migration, or none needed), which {@link #notes()} then says.
     *
     * @return the steps
     */
    public List<MigrationStep> steps() {
        return steps;
    }

    List<String> header() {
        return header;
    }

    /**
     * Renders the plan as SQL with comments: the notes, then per step its title, lock and statements. The text can
     * be reviewed and, except for the batched backfill (shown once with its bounds), run by hand in order.
     *
     * @return the plan, lines separated by {@code \n}
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("-- uuidkit migrate plan ").append(id).append(" (").append(engine).append(")\n");
        for (String note : notes) {
            out.append("-- * ").append(note).append('\n');
        }
        out.append('\n');
        for (String h : header) {
            out.append(h).append(";\n");
        }
        for (MigrationStep step : steps) {
            out.append("\n-- step ").append(step.number()).append('/').append(steps.size()).append(": ")
                    .append(step.title()).append('\n');
            out.append("-- lock: ").append(step.lock()).append('\n');
            for (String sql : step.sql()) {
                out.append(sql).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "MigrationPlan[" + id + ", " + steps.size() + " steps]";
    }
}
