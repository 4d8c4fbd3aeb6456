package io.github.uuidkit.spring;

import org.reactivestreams.Publisher;
import org.springframework.data.r2dbc.mapping.event.BeforeConvertCallback;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import reactor.core.publisher.Mono;

/**
 * The Spring Data R2DBC twin of {@link UuidV7IdCallback}: assigns {@code Uuids.v7()} to a null {@code @Id} of type
 * {@link java.util.UUID} before an aggregate is converted for saving. Register it as a bean. Spring Data R2DBC decides
 * insert versus update before this callback runs (a null id means new), so the aggregate is inserted with the v7 id.
 */
public class ReactiveUuidV7IdCallback implements BeforeConvertCallback<Object> {

    private final UuidV7IdCallback delegate;

    /**
     * Creates the callback.
     *
     * @param context the mapping context that describes the aggregates ({@code R2dbcMappingContext})
     */
    public ReactiveUuidV7IdCallback(RelationalMappingContext context) {
        this.delegate = new UuidV7IdCallback(context);
    }

    /**
     * Returns the aggregate with a v7 id if its {@code UUID} id was null.
     *
     * @param aggregate the aggregate about to be converted
     * @param table the table it is saved to
     * @return a publisher of the aggregate, or of a copy with the id set (immutable aggregates)
     */
    @Override
    public Publisher<Object> onBeforeConvert(Object aggregate, SqlIdentifier table) {
        return Mono.just(delegate.onBeforeConvert(aggregate));
    }
}
