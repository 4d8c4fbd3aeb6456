package io.github.uuidkit.it.spring;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** The repositories of the Spring Data JDBC suites. */
final class Repositories {

    private Repositories() {
    }

    public interface Customers extends CrudRepository<Customer, UUID> {
        List<Customer> findByIdIn(Collection<UUID> ids);

        @Query("SELECT * FROM #{#tableName} WHERE id IN (:ids)")
        List<Customer> byIds(@Param("ids") Collection<UUID> ids);

        @Query("SELECT * FROM #{#tableName} WHERE id = :id")
        Customer byId(@Param("id") UUID id);

        List<Customer> findByNameStartingWith(String prefix, Sort sort);

        Customer findByName(String name);
    }

    public interface Plains extends CrudRepository<Plain, UUID> {
    }

    public interface Bads extends CrudRepository<Bad, Integer> {
    }

    public interface Mixeds extends CrudRepository<Mixed, UUID> {
    }

    public interface Notes extends CrudRepository<Note, UUID> {
        List<Note> findByCustomerId(UUID customerId);
    }

    public interface KindsRepository extends CrudRepository<Kinds, UUID> {
        Kinds findBySwapped(UUID swapped);

        Kinds findByCanonical(UUID canonical);
    }
}
