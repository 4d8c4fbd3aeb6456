/**
 * uuidkit for Hibernate ORM 6.6 and 7.x.
 *
 * <ul>
 *   <li>Ids: {@link io.github.uuidkit.hibernate.UuidV7} ({@code @Id @UuidV7}), or Hibernate's own
 *       {@code @UuidGenerator(algorithm = UuidV7Algorithm.class)}; the {@link io.github.uuidkit.V7Generator} behind
 *       them can be set per persistence unit ({@link io.github.uuidkit.hibernate.UuidV7Generator#GENERATOR}).
 *   <li>Columns: one strict {@code JdbcType} per {@link io.github.uuidkit.jdbc.UuidColumnKind}, per attribute with
 *       {@code @JdbcType}/{@code @JdbcTypeCode(UuidSqlTypes.X)}, or for a whole persistence unit with
 *       {@link io.github.uuidkit.hibernate.UuidTypeContributor#COLUMN_KIND}.
 *   <li>Queries: {@link io.github.uuidkit.hibernate.UuidV7Queries}.
 * </ul>
 *
 * <p>Null arguments follow the {@linkplain io.github.uuidkit uuidkit convention}.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/hibernate.md">docs/hibernate.md</a> (Hibernate).
 */
package io.github.uuidkit.hibernate;
