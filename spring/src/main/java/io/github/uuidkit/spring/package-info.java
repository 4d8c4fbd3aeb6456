/**
 * Spring Data JDBC (and, optionally, R2DBC) support for {@link java.util.UUID} keys and references.
 *
 * <ul>
 *   <li>{@link io.github.uuidkit.spring.UuidJdbcConverter}: a {@code JdbcConverter} that binds and reads every
 *       {@code UUID} property by its column kind ({@link io.github.uuidkit.jdbc.UuidColumnKind}): a default for the
 *       schema, and {@link io.github.uuidkit.spring.UuidColumn} on a property to override it, so PostgreSQL/MariaDB
 *       native {@code uuid} columns and {@code BINARY(16)} columns coexist in one mapping context. Reads are strict:
 *       a value of the wrong length or malformed text raises {@link org.springframework.dao.DataRetrievalFailureException}
 *       naming the property, the column and what was found.</li>
 *   <li>{@link io.github.uuidkit.spring.UuidV7IdCallback}: assigns {@code Uuids.v7()} to a null {@code @Id UUID}
 *       before an aggregate is converted for insert.</li>
 *   <li>{@link io.github.uuidkit.spring.UuidPersistable} and {@link io.github.uuidkit.spring.UuidPersistableCallbacks}:
 *       aggregates whose id the application assigns before {@code save} are inserted, not silently "updated".</li>
 *   <li>{@link io.github.uuidkit.spring.MysqlStartupCheck}: warns about, or refuses, a MySQL/MariaDB server whose
 *       {@code sql_mode} is not strict or whose native {@code UUID} type compares v7 wrongly.</li>
 *   <li>Spring Data R2DBC (optional): {@link io.github.uuidkit.spring.UuidR2dbcConverter} (the same kinds,
 *       {@link io.github.uuidkit.spring.UuidColumn} on the rows written and read, the default kind for ids and query
 *       parameters, strict reads naming the column), {@link io.github.uuidkit.spring.ReactiveUuidV7IdCallback} and
 *       {@link io.github.uuidkit.spring.ReactiveUuidPersistableCallbacks}.</li>
 * </ul>
 *
 * <p>Null arguments follow uuidkit's null convention (see the package {@code io.github.uuidkit}): a
 * {@code NullPointerException} naming the parameter, unless documented otherwise.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/spring-data.md">docs/spring-data.md</a> (Spring Data JDBC and R2DBC).
 */
package io.github.uuidkit.spring;
