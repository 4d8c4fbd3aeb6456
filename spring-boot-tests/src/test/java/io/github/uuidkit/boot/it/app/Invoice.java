package io.github.uuidkit.boot.it.app;

import io.github.uuidkit.spring.UuidPersistable;
import java.util.UUID;
import org.springframework.data.annotation.Id;

/** An aggregate whose id the application assigns before save: UuidPersistable makes the first save insert. */
public class Invoice extends UuidPersistable {

    @Id
    private final UUID id;
    private String title;

    public Invoice(UUID id, String title) {
        this.id = id;
        this.title = title;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
