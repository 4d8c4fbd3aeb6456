package io.github.uuidkit.migrate;

/**
 * A migration that cannot be planned or run as asked: a table without a single-column primary key, a name with
 * quotes or control characters, values that are not UUIDs, a user without the rights to alter the table, a
 * verification that found mismatches. The message names what was wrong (text from the database escaped); when
 * thrown by {@link Migrate#plan} nothing was changed.
 */
public final class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, printable ASCII
     */
    public MigrationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what was wrong, printable ASCII
     * @param cause the database error behind it
     */
    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
