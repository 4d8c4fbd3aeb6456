/**
 * The Migrate API: turns a UUID key stored as text ({@code CHAR(36)} / {@code VARCHAR(36)} on MySQL and MariaDB,
 * {@code text} / {@code varchar} on PostgreSQL) into its native form ({@code BINARY(16)} in RFC 9562 byte order,
 * {@code uuid}), with every foreign-key column that references it, online: {@link io.github.uuidkit.migrate.Migrate#plan}
 * reads the live schema and returns a reviewable {@link io.github.uuidkit.migrate.MigrationPlan};
 * {@link io.github.uuidkit.migrate.Migrate#run} executes it step by step, resumably.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/migrating-keys.md">docs/migrating-keys.md</a>
 * (Migrating existing keys).
 */
package io.github.uuidkit.migrate;
