package io.github.uuidkit.boot.it.app;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** Tickets, with a derived query sorted by id. */
public interface TicketRepository extends ListCrudRepository<Ticket, UUID> {

    /** Tickets whose title starts with a prefix, by ascending id (v7: creation order). */
    List<Ticket> findByTitleStartingWithOrderByIdAsc(String prefix);
}
