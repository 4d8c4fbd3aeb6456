/**
 * jOOQ support for UUID keys: v7 time-range and keyset conditions ({@link io.github.uuidkit.jooq.UuidConditions}) and
 * PostgreSQL functions ({@link io.github.uuidkit.jooq.PostgresUuidDSL}). Null arguments follow the convention of the
 * {@linkplain io.github.uuidkit uuidkit package}: {@link java.lang.NullPointerException} naming the parameter.
 */
package io.github.uuidkit.jooq;
