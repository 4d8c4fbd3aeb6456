/**
 * MyBatis type handlers for {@link java.util.UUID} columns, one per
 * {@link io.github.uuidkit.jdbc.UuidColumnKind}, and {@link io.github.uuidkit.mybatis.UuidTypeHandlers}, which
 * registers one of them as the default for {@code java.util.UUID} in a MyBatis {@code Configuration}.
 *
 * <p>Binding and reading are {@link io.github.uuidkit.jdbc.UuidJdbc}'s: the same JDBC calls, byte layouts, strict
 * reads and error messages as plain JDBC. Null arguments follow the convention of the
 * {@linkplain io.github.uuidkit uuidkit package}.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/mybatis.md">docs/mybatis.md</a> (MyBatis).
 */
package io.github.uuidkit.mybatis;
