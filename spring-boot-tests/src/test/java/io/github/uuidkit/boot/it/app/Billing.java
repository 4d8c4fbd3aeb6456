package io.github.uuidkit.boot.it.app;

import io.github.uuidkit.Uuids;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application's transactional service. */
@Service
public class Billing {

    private final TicketRepository tickets;
    private final InvoiceRepository invoices;

    public Billing(TicketRepository tickets, InvoiceRepository invoices) {
        this.tickets = tickets;
        this.invoices = invoices;
    }

    /** Opens one ticket per title (null ids) and bills one invoice (a preset v7 id), in one transaction. */
    @Transactional
    public Invoice open(List<String> titles, List<Ticket> opened) {
        for (String title : titles) {
            opened.add(tickets.save(new Ticket(null, title)));
        }
        return invoices.save(new Invoice(Uuids.v7(), "invoice of " + titles.size()));
    }

    /** Saves like {@link #open} and then fails: nothing of it may remain. */
    @Transactional
    public void openThenFail(List<String> titles) {
        open(titles, new ArrayList<>());
        throw new IllegalStateException("rolled back on purpose");
    }
}
