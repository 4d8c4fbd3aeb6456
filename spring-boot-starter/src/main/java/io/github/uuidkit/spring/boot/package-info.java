/**
 * Spring Boot 4 auto-configuration of uuidkit: add {@code uuidkit-spring-boot-starter} and, on MySQL or MariaDB, set
 * {@code uuidkit.column-kind}.
 *
 * <ul>
 *   <li>{@link io.github.uuidkit.spring.boot.UuidkitDataJdbcAutoConfiguration}: Spring Data JDBC.</li>
 *   <li>{@link io.github.uuidkit.spring.boot.UuidkitDataR2dbcAutoConfiguration}: Spring Data R2DBC.</li>
 *   <li>{@link io.github.uuidkit.spring.boot.UuidkitHibernateAutoConfiguration}: Hibernate/JPA.</li>
 *   <li>{@link io.github.uuidkit.spring.boot.UuidkitMybatisAutoConfiguration}: MyBatis.</li>
 * </ul>
 *
 * <p>The properties: {@link io.github.uuidkit.spring.boot.UuidkitProperties}.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/spring-boot.md">docs/spring-boot.md</a> (Spring Boot).
 */
package io.github.uuidkit.spring.boot;
