package io.github.uuidkit.it.spring;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of planted bad values: {@code bin} a byte string of the wrong length, {@code txt} malformed text. */
@Table // names from the suite's NamingStrategy; marks the aggregate as Spring Data JDBC's (R2DBC is on the class path too)
public class Bad {

    @Id
    private Integer n;
    private UUID bin;
    private UUID txt;

    /** For Spring Data: this suite is compiled without {@code -parameters}. */
    protected Bad() {
    }

    public Bad(Integer n, UUID bin, UUID txt) {
        this.n = n;
        this.bin = bin;
        this.txt = txt;
    }

    public UUID getBin() {
        return bin;
    }

    public UUID getTxt() {
        return txt;
    }
}
