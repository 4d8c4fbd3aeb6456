package io.github.uuidkit.it.spring;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.UuidColumn;
import io.github.uuidkit.spring.UuidPersistable;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * MySQL: a {@code BINARY(16)} key of the default kind, a time-swapped {@code BINARY(16)} column and a {@code CHAR(36)}
 * column in one aggregate, each named by {@link UuidColumn}.
 */
@Table // names from the suite's NamingStrategy; marks the aggregate as Spring Data's (JDBC and R2DBC are on the class path)
public class Kinds extends UuidPersistable {

    @Id
    private UUID id;
    @UuidColumn(UuidColumnKind.BINARY16_TIME_SWAPPED)
    private UUID swapped;
    @UuidColumn(UuidColumnKind.CHAR36)
    private UUID canonical;

    /** For Spring Data: this suite is compiled without {@code -parameters}. */
    protected Kinds() {
    }

    public Kinds(UUID id, UUID swapped, UUID canonical) {
        this.id = id;
        this.swapped = swapped;
        this.canonical = canonical;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getSwapped() {
        return swapped;
    }

    public UUID getCanonical() {
        return canonical;
    }
}
