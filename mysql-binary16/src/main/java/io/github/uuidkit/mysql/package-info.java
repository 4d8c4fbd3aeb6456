/**
 * UUID keys on MySQL and MariaDB: server facts and warnings ({@link io.github.uuidkit.mysql.MysqlServerInfo}),
 * schema DDL ({@link io.github.uuidkit.mysql.MysqlSchema}) and a v7 backfill
 * ({@link io.github.uuidkit.mysql.MysqlBackfill}). Values are bound and read with core's
 * {@link io.github.uuidkit.jdbc.UuidJdbc} and a {@link io.github.uuidkit.jdbc.UuidColumnKind}
 * ({@code BINARY16}, {@code MARIADB_UUID}, {@code BINARY16_TIME_SWAPPED}, {@code CHAR36}). Null arguments follow the
 * convention of the {@linkplain io.github.uuidkit uuidkit package}: {@link java.lang.NullPointerException} naming the
 * parameter.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/mysql-mariadb.md">docs/mysql-mariadb.md</a> (MySQL and MariaDB),
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/migrating.md">docs/migrating.md</a> (Migrating existing keys).
 */
package io.github.uuidkit.mysql;
