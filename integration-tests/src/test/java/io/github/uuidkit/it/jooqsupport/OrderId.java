package io.github.uuidkit.it.jooqsupport;

import java.util.UUID;

/** A typed id, as users write them; the generated code exposes {@code orders.id} and {@code *.order_id} as this. */
public record OrderId(UUID value) {
}
