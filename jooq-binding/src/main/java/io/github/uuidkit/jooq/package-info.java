/**
 * jOOQ support for UUID keys: v7 time-range and keyset conditions ({@link io.github.uuidkit.jooq.UuidConditions}) and
 * PostgreSQL functions ({@link io.github.uuidkit.jooq.PostgresUuidDSL}). Null arguments follow the convention of the
 * {@linkplain io.github.uuidkit uuidkit package}: {@link java.lang.NullPointerException} naming the parameter.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/jooq.md">docs/jooq.md</a> (jOOQ).
 */
package io.github.uuidkit.jooq;
