package io.github.uuidkit.boot.it.app;

import java.util.UUID;
import org.springframework.data.annotation.Id;

/** An aggregate saved with a null id: the starter's v7 id callback assigns it. */
public class Ticket {

    @Id
    private UUID id;
    private String title;

    public Ticket(UUID id, String title) {
        this.id = id;
        this.title = title;
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
