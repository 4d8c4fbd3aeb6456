/**
 * Plain JDBC binding and reading of UUIDs for every column kind
 * ({@link io.github.uuidkit.jdbc.UuidJdbc}, {@link io.github.uuidkit.jdbc.UuidColumnKind}).
 * Null arguments follow the convention of the {@linkplain io.github.uuidkit uuidkit package}.
 */
package io.github.uuidkit.jdbc;
