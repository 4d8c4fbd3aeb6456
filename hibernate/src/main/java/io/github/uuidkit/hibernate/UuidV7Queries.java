package io.github.uuidkit.hibernate;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.jdbc.NativeUuidComparison;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * Time ranges and keyset pages on a UUID v7 key, in HQL/JPQL and in the Criteria API. A v7 key starts with its
 * creation time in Unix milliseconds, so "created between" is a key range between {@link Uuids#minV7(Instant)} and
 * {@link Uuids#maxV7(Instant)}, served by the primary key index, and always bound as parameters.
 *
 * <pre>{@code
 * // HQL / JPQL: write the parameters minV7 and maxV7, bind them here
 * List<Order> day = UuidV7Queries.bindCreatedBetween(
 *         em.createQuery("from Order o where o.id between :minV7 and :maxV7 order by o.id", Order.class),
 *         from, to).getResultList();
 * // Criteria
 * cq.where(UuidV7Queries.createdBetween(cb, root.get("id"), from, to));
 * }</pre>
 *
 * <p>A query cannot see the column's layout or the server, so call {@link #checkTimeRanges} and
 * {@link #checkKeyset} once at startup per key attribute: they refuse an attribute stored in the time-swapped layout,
 * and a native UUID column on a server whose comparisons are wrong (MariaDB MDEV-29959 and MDEV-31926: pass
 * {@code MysqlServerInfo.detect(connection)} of {@code uuidkit-mysql-binary16}).
 */
public final class UuidV7Queries {

    /** The parameter holding the smallest UUID v7 of the range's first millisecond: {@value}. */
    public static final String MIN_V7 = "minV7";

    /** The parameter holding the largest UUID v7 of the range's last millisecond: {@value}. */
    public static final String MAX_V7 = "maxV7";

    private UuidV7Queries() {
    }

    // ------------------------------------------------------------------------------------ HQL / JPQL

    /**
     * Binds {@value #MIN_V7} and {@value #MAX_V7} for {@code id between :minV7 and :maxV7}: keys created from
     * {@code from} to {@code to}, both milliseconds included.
     *
     * @param query a query with both parameters
     * @param from the first instant, inclusive (millisecond precision)
     * @param to the last instant, inclusive
     * @param <Q> the query type
     * @return the query
     * @throws IllegalArgumentException if {@code to} is before {@code from}, or if the query lacks a parameter
     */
    public static <Q extends Query> Q bindCreatedBetween(Q query, Instant from, Instant to) {
        Objects.requireNonNull(query, "query");
        checkRange(from, to);
        query.setParameter(MIN_V7, Uuids.minV7(from));
        query.setParameter(MAX_V7, Uuids.maxV7(to));
        return query;
    }

    /**
     * Binds {@value #MAX_V7} for {@code id > :maxV7}: keys created after the millisecond of {@code instant}.
     *
     * @param query a query with the parameter {@value #MAX_V7}
     * @param instant the exclusive lower bound (its whole millisecond is excluded)
     * @param <Q> the query type
     * @return the query
     * @throws IllegalArgumentException if the query lacks the parameter
     */
    public static <Q extends Query> Q bindCreatedAfter(Q query, Instant instant) {
        Objects.requireNonNull(query, "query");
        query.setParameter(MAX_V7, Uuids.maxV7(Objects.requireNonNull(instant, "instant")));
        return query;
    }

    /**
     * Binds {@value #MIN_V7} for {@code id < :minV7}: keys created before the millisecond of {@code instant}.
     *
     * @param query a query with the parameter {@value #MIN_V7}
     * @param instant the exclusive upper bound (its whole millisecond is excluded)
     * @param <Q> the query type
     * @return the query
     * @throws IllegalArgumentException if the query lacks the parameter
     */
    public static <Q extends Query> Q bindCreatedBefore(Q query, Instant instant) {
        Objects.requireNonNull(query, "query");
        query.setParameter(MIN_V7, Uuids.minV7(Objects.requireNonNull(instant, "instant")));
        return query;
    }

    // ------------------------------------------------------------------------------------ Criteria

    /**
     * {@code id BETWEEN minV7(from) AND maxV7(to)}: keys created from {@code from} to {@code to}, both milliseconds
     * included. The bounds are values, which Hibernate binds as JDBC parameters through the attribute's type.
     *
     * @param cb the criteria builder
     * @param id the UUID v7 key, e.g. {@code root.get("id")}
     * @param from the first instant, inclusive
     * @param to the last instant, inclusive
     * @return the predicate
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static Predicate createdBetween(CriteriaBuilder cb, Expression<UUID> id, Instant from, Instant to) {
        Objects.requireNonNull(cb, "cb");
        Objects.requireNonNull(id, "id");
        checkRange(from, to);
        return cb.between(id, Uuids.minV7(from), Uuids.maxV7(to));
    }

    /**
     * {@code id > maxV7(instant)}: keys created after the millisecond of {@code instant}.
     *
     * @param cb the criteria builder
     * @param id the UUID v7 key
     * @param instant the exclusive lower bound
     * @return the predicate
     */
    public static Predicate createdAfter(CriteriaBuilder cb, Expression<UUID> id, Instant instant) {
        Objects.requireNonNull(cb, "cb");
        Objects.requireNonNull(id, "id");
        return cb.greaterThan(id, Uuids.maxV7(Objects.requireNonNull(instant, "instant")));
    }

    /**
     * {@code id < minV7(instant)}: keys created before the millisecond of {@code instant}.
     *
     * @param cb the criteria builder
     * @param id the UUID v7 key
     * @param instant the exclusive upper bound
     * @return the predicate
     */
    public static Predicate createdBefore(CriteriaBuilder cb, Expression<UUID> id, Instant instant) {
        Objects.requireNonNull(cb, "cb");
        Objects.requireNonNull(id, "id");
        return cb.lessThan(id, Uuids.minV7(Objects.requireNonNull(instant, "instant")));
    }

    /**
     * The keyset condition of the next page: {@code id > lastId}, or no condition for the first page. Order the query
     * by the same key ({@code cb.asc(id)}) and limit it with {@code setMaxResults}. In HQL write
     * {@code where o.id > :lastId order by o.id}.
     *
     * @param cb the criteria builder
     * @param id the key
     * @param lastId the last id of the previous page, or null for the first page
     * @return the predicate ({@code cb.conjunction()} for the first page)
     */
    public static Predicate seekAfter(CriteriaBuilder cb, Expression<UUID> id, UUID lastId) {
        Objects.requireNonNull(cb, "cb");
        Objects.requireNonNull(id, "id");
        return lastId == null ? cb.conjunction() : cb.greaterThan(id, lastId);
    }

    // ------------------------------------------------------------------------------------ startup checks

    /**
     * Checks, once at startup, that time ranges on an attribute select the right rows: refused for the time-swapped
     * layout, and for a native UUID column on a server that does not compare UUID v7 values in UUID order (MariaDB
     * MDEV-29959 before 10.9.8, 10.10.6, 10.11.5, 11.0.3; MDEV-31926 before 10.10.7, 10.11.6, 11.0.4, 11.1.3, 11.2.2;
     * the versions are {@code MysqlServerInfo}'s, not repeated here).
     *
     * @param emf the entity manager factory (a Hibernate one)
     * @param entity the entity class
     * @param attribute the key attribute, e.g. {@code "id"}
     * @param server the server's facts, e.g. {@code MysqlServerInfo.detect(connection)}
     * @throws IllegalStateException if time ranges on the attribute would select wrong rows
     * @throws IllegalArgumentException if the entity has no such attribute
     */
    public static void checkTimeRanges(EntityManagerFactory emf, Class<?> entity, String attribute,
            NativeUuidComparison server) {
        Objects.requireNonNull(server, "server");
        JdbcType jdbcType = checkLayout(emf, entity, attribute, "time ranges");
        if (isNative(jdbcType) && server.hasNativeUuidType() && !server.nativeUuidComparesV7Correctly()) {
            throw new IllegalStateException(name(entity, attribute) + " is a native UUID column, and server "
                    + MessageText.escape(server.version()) + " does not compare UUID v7 values in UUID order"
                    + " (MariaDB MDEV-29959, MDEV-31926): time ranges would select wrong rows. Upgrade MariaDB, or"
                    + " store the key in BINARY(16) (UuidBinary16JdbcType)");
        }
    }

    /**
     * Checks, once at startup, that time ranges on an attribute of a PostgreSQL or {@code BINARY(16)} column select
     * the right rows: refused for the time-swapped layout. For MySQL and MariaDB use
     * {@link #checkTimeRanges(EntityManagerFactory, Class, String, NativeUuidComparison)}.
     *
     * @param emf the entity manager factory (a Hibernate one)
     * @param entity the entity class
     * @param attribute the key attribute
     * @throws IllegalStateException if the attribute is stored in the time-swapped layout
     * @throws IllegalArgumentException if the entity has no such attribute
     */
    public static void checkTimeRanges(EntityManagerFactory emf, Class<?> entity, String attribute) {
        checkLayout(emf, entity, attribute, "time ranges");
    }

    /**
     * Checks, once at startup, that keyset pages ({@link #seekAfter}) on an attribute neither skip nor repeat rows in
     * creation order: refused for the time-swapped layout (pages would not follow creation order) and for a native
     * UUID column on a server whose comparisons disagree with its sort order (MariaDB MDEV-31926).
     *
     * @param emf the entity manager factory (a Hibernate one)
     * @param entity the entity class
     * @param attribute the key attribute
     * @param server the server's facts, e.g. {@code MysqlServerInfo.detect(connection)}
     * @throws IllegalStateException if keyset pages on the attribute would be wrong
     * @throws IllegalArgumentException if the entity has no such attribute
     */
    public static void checkKeyset(EntityManagerFactory emf, Class<?> entity, String attribute,
            NativeUuidComparison server) {
        Objects.requireNonNull(server, "server");
        JdbcType jdbcType = checkLayout(emf, entity, attribute, "keyset pages");
        if (isNative(jdbcType) && server.hasNativeUuidType() && !server.nativeUuidComparesAsItSorts()) {
            throw new IllegalStateException(name(entity, attribute) + " is a native UUID column, and server "
                    + MessageText.escape(server.version()) + " compares UUID v7 values in another order than ORDER BY"
                    + " returns them (MariaDB MDEV-31926): keyset pages would skip and repeat rows. Upgrade MariaDB,"
                    + " or store the key in BINARY(16) (UuidBinary16JdbcType)");
        }
    }

    private static JdbcType checkLayout(EntityManagerFactory emf, Class<?> entity, String attribute, String use) {
        JdbcType jdbcType = jdbcType(emf, entity, attribute);
        if (jdbcType instanceof UuidTimeSwappedBinary16JdbcType) {
            throw new IllegalStateException(name(entity, attribute) + " is stored in the BINARY16_TIME_SWAPPED"
                    + " layout (UUID_TO_BIN(x, 1)), which does not sort UUID v7 keys by creation time: " + use
                    + " on it would select wrong rows");
        }
        return jdbcType;
    }

    /** The JDBC type Hibernate uses for an entity's attribute (the id included). */
    static JdbcType jdbcType(EntityManagerFactory emf, Class<?> entity, String attribute) {
        Objects.requireNonNull(emf, "emf");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(attribute, "attribute");
        EntityPersister persister = emf.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(entity);
        ModelPart part = persister.findSubPart(attribute, null);
        if (part == null || part.getJdbcTypeCount() != 1) {
            throw new IllegalArgumentException("Entity " + entity.getName() + " has no single-column attribute "
                    + MessageText.quote(attribute));
        }
        return part.getJdbcMapping(0).getJdbcType();
    }

    /** A native UUID column: uuidkit's native kinds, or Hibernate's own type whose column is {@code uuid}. */
    private static boolean isNative(JdbcType jdbcType) {
        if (jdbcType instanceof AbstractUuidJdbcType) {
            return jdbcType instanceof MariaDbUuidJdbcType || jdbcType instanceof PostgresUuidJdbcType;
        }
        return jdbcType.getDdlTypeCode() == SqlTypes.UUID;
    }

    private static String name(Class<?> entity, String attribute) {
        return entity.getName() + "." + MessageText.escape(attribute);
    }

    private static void checkRange(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("createdBetween: to (" + to + ") is before from (" + from + ")");
        }
    }
}
