package io.github.uuidkit.doctor;

/** How serious a {@link Finding} is, in increasing order; {@code --fail-on} compares against it. */
public enum Severity {
    /** A fact or a suggestion; never fails a check. */
    INFO,
    /** Works today but costs space, speed or order; fails {@code --fail-on warning}. */
    WARNING,
    /** Data that is wrong or lost, or a server that returns wrong rows; fails {@code --fail-on error}. */
    ERROR;

    /**
     * Tells whether this severity is at or above another one.
     *
     * @param threshold the threshold
     * @return true if {@code this >= threshold}
     */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
