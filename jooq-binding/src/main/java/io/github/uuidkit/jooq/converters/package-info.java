/**
 * jOOQ converters between database values and {@link java.util.UUID}: {@code BINARY(16)} bytes in standard layout
 * ({@link io.github.uuidkit.jooq.converters.UuidBinaryConverter}) and in time-swapped layout
 * ({@link io.github.uuidkit.jooq.converters.UuidTimeSwappedBinaryConverter}), {@code CHAR(36)} text
 * ({@link io.github.uuidkit.jooq.converters.UuidStringConverter}), and typed ids
 * ({@link io.github.uuidkit.jooq.converters.TypedIdConverter}).
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/jooq.md">docs/jooq.md</a> (jOOQ).
 */
package io.github.uuidkit.jooq.converters;
