/**
 * UUID keys for PostgreSQL and MySQL/MariaDB: generation ({@link io.github.uuidkit.Uuids},
 * {@link io.github.uuidkit.V7Generator}), byte layouts ({@link io.github.uuidkit.UuidBinaryLayout}),
 * strict text ({@link io.github.uuidkit.UuidStrings}) and the database order
 * ({@link io.github.uuidkit.UuidOrder}).
 *
 * <h2>Null arguments</h2>
 * One convention in every uuidkit module (core, {@code uuidkit-mysql-binary16},
 * {@code uuidkit-jooq}), the JDK's: a method throws {@link java.lang.NullPointerException} when an
 * argument is null, with the parameter's name as the message (through
 * {@link java.util.Objects#requireNonNull(Object, String)}), unless the parameter's documentation
 * says it accepts null (for example a UUID bound as SQL NULL, or the text given to
 * {@link io.github.uuidkit.UuidStrings#tryParse(CharSequence)}). Methods do not repeat this in their
 * own documentation. {@link java.lang.IllegalArgumentException} is kept for non-null values that are
 * wrong (a length, a range, malformed text), and its message says what was wrong.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/generating-ids.md">docs/generating-ids.md</a> (Generating ids),
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/jdbc.md">docs/jdbc.md</a> (Plain JDBC: bytes, text and order).
 */
package io.github.uuidkit;
