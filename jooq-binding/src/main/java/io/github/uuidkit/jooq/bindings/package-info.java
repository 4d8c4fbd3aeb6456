/**
 * jOOQ bindings for UUID columns, one per column kind: {@code BINARY(16)} in standard layout
 * ({@link io.github.uuidkit.jooq.bindings.UuidBinaryBinding}) and in time-swapped layout
 * ({@link io.github.uuidkit.jooq.bindings.UuidTimeSwappedBinaryBinding}), and MariaDB's {@code UUID}
 * ({@link io.github.uuidkit.jooq.bindings.MariaDbUuidBinding}).
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/jooq.md">docs/jooq.md</a> (jOOQ).
 */
package io.github.uuidkit.jooq.bindings;
