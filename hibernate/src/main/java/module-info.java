/**
 * uuidkit for Hibernate ORM 6.6 and 7.x: UUID v7 id generation ({@code @UuidV7}), strict {@code JdbcType}s for
 * every uuidkit column kind, a {@code TypeContributor} that a persistence unit switches on with one property, and v7
 * time-range and keyset query helpers for HQL/JPQL and the Criteria API.
 *
 * <p>Hibernate ORM ({@code org.hibernate.orm.core}, an automatic module in 6.6 and 7.x) is provided by the
 * application; {@code jakarta.persistence} comes with it.
 */
// "requires-transitive-automatic", "requires-automatic": Hibernate ORM has no module descriptor, only an
// Automatic-Module-Name.
@SuppressWarnings({"requires-transitive-automatic", "requires-automatic"})
module io.github.uuidkit.hibernate {
    requires transitive io.github.uuidkit;
    requires transitive java.sql;
    // Hibernate's SessionFactory is a javax.naming.Referenceable
    requires java.naming;
    requires transitive org.hibernate.orm.core;
    requires transitive jakarta.persistence;

    exports io.github.uuidkit.hibernate;

    provides org.hibernate.boot.model.TypeContributor with io.github.uuidkit.hibernate.UuidTypeContributor;
}
