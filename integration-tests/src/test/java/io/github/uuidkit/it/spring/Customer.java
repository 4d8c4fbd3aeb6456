package io.github.uuidkit.it.spring;

import io.github.uuidkit.spring.UuidPersistable;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An aggregate whose id the application assigns before {@code save}: {@link UuidPersistable} makes it insert. */
@Table // names from the suite's NamingStrategy; marks the aggregate as Spring Data JDBC's (R2DBC is on the class path too)
public class Customer extends UuidPersistable {

    @Id
    private UUID id;
    private String name;

    /** For Spring Data: this suite is compiled without {@code -parameters}. */
    protected Customer() {
    }

    public Customer(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
