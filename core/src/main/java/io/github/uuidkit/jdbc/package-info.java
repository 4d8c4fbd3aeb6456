/**
 * Plain JDBC binding and reading of UUIDs for every column kind
 * ({@link io.github.uuidkit.jdbc.UuidJdbc}, {@link io.github.uuidkit.jdbc.UuidColumnKind}).
 * Null arguments follow the convention of the {@linkplain io.github.uuidkit uuidkit package}.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/jdbc.md">docs/jdbc.md</a> (Plain JDBC),
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/postgresql.md">docs/postgresql.md</a> (PostgreSQL),
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/mysql-mariadb.md">docs/mysql-mariadb.md</a> (MySQL and MariaDB).
 */
package io.github.uuidkit.jdbc;
