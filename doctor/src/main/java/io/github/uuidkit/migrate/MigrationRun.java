package io.github.uuidkit.migrate;

import java.util.List;

/**
 * What one {@link Migrate#run} did: whether it executed, how many steps it ran, how many an earlier run had
 * finished, and how long each step took.
 */
public final class MigrationRun {

    private final boolean executed;
    private final int stepsRun;
    private final int stepsDoneBefore;
    private final List<Long> stepMillis;

    MigrationRun(boolean executed, int stepsRun, int stepsDoneBefore, List<Long> stepMillis) {
        this.executed = executed;
        this.stepsRun = stepsRun;
        this.stepsDoneBefore = stepsDoneBefore;
        this.stepMillis = List.copyOf(stepMillis);
    }

    /**
     * Tells whether the run changed anything (false for a dry run).
     *
     * @return true when executed
     */
    public boolean executed() {
        return executed;
    }

    /**
     * Returns the number of steps this run executed.
     *
     * @return steps run, 0 for a dry run
     */
    public int stepsRun() {
        return stepsRun;
    }

    /**
     * Returns the number of steps an earlier run had finished (skipped by this one).
     *
     * @return steps found done
     */
    public int stepsDoneBefore() {
        return stepsDoneBefore;
    }

    /**
     * Returns each step's duration in milliseconds, in plan order; 0 for a step skipped or not executed.
     *
     * @return durations in milliseconds
     */
    public List<Long> stepMillis() {
        return stepMillis;
    }
}
