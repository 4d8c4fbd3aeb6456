package io.github.uuidkit.it.spring;

import io.github.uuidkit.spring.UuidPersistable;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row referencing a {@link Customer} through a foreign key ({@code customer_id}). */
@Table // names from the suite's NamingStrategy; marks the aggregate as Spring Data's (JDBC and R2DBC are on the class path)
public class Note extends UuidPersistable {

    @Id
    private UUID id;
    private UUID customerId;
    private String text;

    /** For Spring Data: this suite is compiled without {@code -parameters}. */
    protected Note() {
    }

    public Note(UUID id, UUID customerId, String text) {
        this.id = id;
        this.customerId = customerId;
        this.text = text;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public String getText() {
        return text;
    }
}
