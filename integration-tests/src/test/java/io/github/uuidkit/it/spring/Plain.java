package io.github.uuidkit.it.spring;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** What a new user writes: a {@code UUID} id, no {@code Persistable}, no {@code @Version}. */
@Table // names from the suite's NamingStrategy; marks the aggregate as Spring Data JDBC's (R2DBC is on the class path too)
public class Plain {

    @Id
    private UUID id;
    private String name;

    /** For Spring Data: this suite is compiled without {@code -parameters}. */
    protected Plain() {
    }

    public Plain(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
