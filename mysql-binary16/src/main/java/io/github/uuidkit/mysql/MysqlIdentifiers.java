package io.github.uuidkit.mysql;

import io.github.uuidkit.internal.MessageText;
import java.util.Objects;

/**
 * Validates and quotes MySQL/MariaDB identifiers (table and column names) for the DDL and SQL this
 * module generates, so that no name can inject SQL.
 *
 * <p>Accepted names are 1 to 64 characters, each a letter, a digit, {@code _} or {@code $} (Unicode
 * letters and digits included); anything else, including spaces, quotes, backticks, dots and
 * control characters, is rejected rather than escaped. A schema-qualified name is built from two
 * validated parts: {@code quote("shop") + "." + quote("orders")}.
 */
public final class MysqlIdentifiers {

    /** The longest identifier MySQL and MariaDB accept for tables and columns: 64 characters. */
    public static final int MAX_LENGTH = 64;

    private MysqlIdentifiers() {
    }

    /**
     * Validates a table or column name and returns it in backticks.
     *
     * @param name the identifier, unquoted
     * @return {@code `name`}
     * @throws IllegalArgumentException if {@code name} is empty, longer than 64 characters or
     *     contains a character other than a letter, a digit, {@code _} or {@code $}; the message
     *     quotes the name (control and non-ASCII characters escaped) and names the first offending
     *     index and character
     */
    public static String quote(String name) {
        return "`" + validate(name) + "`";
    }

    /**
     * Validates a table or column name.
     *
     * @param name the identifier, unquoted
     * @return {@code name}
     * @throws IllegalArgumentException as {@link #quote(String)} does
     */
    public static String validate(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Invalid identifier " + MessageText.quote(name) + ": expected 1 to "
                    + MAX_LENGTH + " characters, got " + name.length());
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == '_' || ch == '$')) {
                throw new IllegalArgumentException("Invalid identifier " + MessageText.quote(name)
                        + ": only letters, digits, '_' and '$' are allowed, found " + MessageText.describe(ch)
                        + " at index " + i);
            }
        }
        return name;
    }
}
