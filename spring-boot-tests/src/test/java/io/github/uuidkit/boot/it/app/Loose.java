package io.github.uuidkit.boot.it.app;

import java.util.UUID;
import org.springframework.data.annotation.Id;

/** A row whose UUID column may hold what is not a UUID (written by hand): reading it must fail, naming the column. */
public class Loose {

    @Id
    private final Integer n;
    private final UUID ref;

    public Loose(Integer n, UUID ref) {
        this.n = n;
        this.ref = ref;
    }

    public UUID getRef() {
        return ref;
    }
}
