package io.github.uuidkit.it.spring;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.spring.UuidColumn;
import io.github.uuidkit.spring.UuidPersistable;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** MariaDB: a BINARY(16) key and a native UUID column in one aggregate, one mapping context. */
@Table // names from the suite's NamingStrategy; marks the aggregate as Spring Data JDBC's (R2DBC is on the class path too)
public class Mixed extends UuidPersistable {

    @Id
    @UuidColumn(UuidColumnKind.BINARY16)
    private UUID id;
    @UuidColumn(UuidColumnKind.MARIADB_UUID)
    private UUID ref;

    /** For Spring Data: this suite is compiled without {@code -parameters}. */
    protected Mixed() {
    }

    public Mixed(UUID id, UUID ref) {
        this.id = id;
        this.ref = ref;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getRef() {
        return ref;
    }
}
