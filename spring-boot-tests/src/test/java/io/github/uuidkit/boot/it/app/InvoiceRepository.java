package io.github.uuidkit.boot.it.app;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** Invoices. */
public interface InvoiceRepository extends ListCrudRepository<Invoice, UUID> {
}
