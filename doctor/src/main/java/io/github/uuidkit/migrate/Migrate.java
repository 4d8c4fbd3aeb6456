package io.github.uuidkit.migrate;

import io.github.uuidkit.internal.MessageText;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Plans and runs the online conversion of a text UUID primary key, with every foreign-key column that references
 * it, to native storage: MySQL / MariaDB {@code CHAR(36)} / {@code VARCHAR(36)} to {@code BINARY(16)} (RFC 9562 byte
 * order; {@code UUID_TO_BIN} on MySQL 8, {@code UNHEX(REPLACE(x, '-', ''))} on MariaDB, which has no
 * {@code UUID_TO_BIN}), PostgreSQL {@code text} / {@code varchar} to {@code uuid}.
 *
 * <pre>{@code
 * Migrate migrate = Migrate.defaults();
 * MigrationPlan plan = migrate.plan(connection, "orders", MigrationTarget.BINARY16);
 * System.out.print(plan.render());                             // review it
 * migrate.run(connection, plan, true, System.out::println);    // execute; run again to resume
 * }</pre>
 *
 * <p><b>Method.</b> Shadow columns, filled for every insert and update by triggers and for existing rows by a
 * backfill in primary-key batches; every row verified (old and new must agree, or the run stops before the swap);
 * new indexes built online; a swap that holds its locks for milliseconds; old columns dropped. Each step states
 * the lock it takes and for how long.
 *
 * <p><b>Resuming.</b> {@link #run} records each finished step, and the backfill's last key after each batch, in
 * the table {@value Runner#STATE_TABLE} of the migrated table's schema (created on the first executed run; drop it
 * when done). DDL steps also check the schema before each statement, so a run killed between a statement and its
 * record does not apply it twice. Run the same command again to resume.
 *
 * <p>Instances are immutable and thread-safe; one plan or run uses its connection from one thread.
 */
public final class Migrate {

    /** Rows updated per backfill batch (one transaction each) by default: {@value}. */
    public static final int DEFAULT_BATCH_ROWS = 5_000;

    private final String schema;
    private final int batchRows;

    private Migrate(String schema, int batchRows) {
        this.schema = schema;
        this.batchRows = batchRows;
    }

    /**
     * Returns a Migrate for the connection's current schema (MySQL / MariaDB: database) with
     * {@value #DEFAULT_BATCH_ROWS} rows per batch.
     *
     * @return the defaults
     */
    public static Migrate defaults() {
        return new Migrate(null, DEFAULT_BATCH_ROWS);
    }

    /**
     * Returns a copy that plans for tables of another schema (MySQL / MariaDB: database).
     *
     * @param schema the schema, or null for the connection's current one
     * @return the copy
     */
    public Migrate withSchema(String schema) {
        return new Migrate(schema, batchRows);
    }

    /**
     * Returns a copy that updates this many rows per backfill batch (each batch is one short transaction).
     *
     * @param rows rows per batch, 1 to 1,000,000
     * @return the copy
     * @throws IllegalArgumentException if {@code rows} is out of range
     */
    public Migrate withBatchRows(int rows) {
        if (rows < 1 || rows > 1_000_000) {
            throw new IllegalArgumentException("batch rows must be 1 to 1000000, got " + rows);
        }
        return new Migrate(schema, rows);
    }

    /**
     * Reads the live schema and plans the conversion of {@code table}'s primary key and every column referencing
     * it. Reads only: the catalog, and every value of the columns (each must be a canonical UUID).
     *
     * @param connection an open connection; left as it was
     * @param table the table whose single-column primary key is converted
     * @param target {@link MigrationTarget#BINARY16} on MySQL / MariaDB, {@link MigrationTarget#POSTGRES_UUID} on
     *     PostgreSQL
     * @return the plan
     * @throws MigrationException when the table cannot be planned (no primary key, a name with quotes or control
     *     characters, values that are not UUIDs, a user without ALTER rights, a shape not planned yet); the message
     *     says what, and nothing was changed
     * @throws SQLException when the catalog cannot be read
     */
    public MigrationPlan plan(Connection connection, String table, MigrationTarget target) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(target, "target");
        if (table == null) {
            throw new MigrationException("no table given");
        }
        return new Planner(connection, schema).plan(table, target);
    }

    /**
     * Runs a plan step by step, or with {@code execute} false only reports which steps are done and which would
     * run. Resumes where an earlier run of the same plan stopped.
     *
     * @param connection an open connection in auto-commit mode, to the server the plan was made on
     * @param plan the plan, from {@link #plan}
     * @param execute true to change the database; false for a dry run
     * @param progress receives one line per step start and end and per backfill batch; an exception it throws
     *     stops the run (the batch or step just reported stays committed)
     * @return what the run did
     * @throws MigrationException when a step fails (named, with the database's message) or verification finds
     *     mismatches; finished steps stay recorded, so running again resumes
     * @throws SQLException when the state table cannot be read or written
     */
    public MigrationRun run(Connection connection, MigrationPlan plan, boolean execute, Consumer<String> progress)
            throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(progress, "progress");
        Planner planner = new Planner(connection, plan.schema());
        if (!planner.postgres() && plan.target() != MigrationTarget.BINARY16
                || planner.postgres() && plan.target() != MigrationTarget.POSTGRES_UUID) {
            throw new MigrationException("plan " + MessageText.quote(plan.id()) + " was made for another engine");
        }
        return new Runner(connection, planner, plan, batchRows, progress).run(execute);
    }
}
