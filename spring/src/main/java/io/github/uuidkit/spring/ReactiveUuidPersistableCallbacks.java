package io.github.uuidkit.spring;

import org.reactivestreams.Publisher;
import org.springframework.data.r2dbc.mapping.OutboundRow;
import org.springframework.data.r2dbc.mapping.event.AfterConvertCallback;
import org.springframework.data.r2dbc.mapping.event.AfterSaveCallback;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import reactor.core.publisher.Mono;

/**
 * The Spring Data R2DBC twin of {@link UuidPersistableCallbacks}: marks {@link UuidPersistable} aggregates as not new
 * after they were saved and after they were loaded. Register one instance as a bean.
 */
public class ReactiveUuidPersistableCallbacks
        implements AfterSaveCallback<UuidPersistable>, AfterConvertCallback<UuidPersistable> {

    /** Creates the callbacks. */
    public ReactiveUuidPersistableCallbacks() {
    }

    /**
     * Marks a saved aggregate as stored.
     *
     * @param aggregate the aggregate just saved
     * @param row the row written
     * @param table the table written to
     * @return a publisher of the same aggregate
     */
    @Override
    public Publisher<UuidPersistable> onAfterSave(UuidPersistable aggregate, OutboundRow row, SqlIdentifier table) {
        aggregate.markNotNew();
        return Mono.just(aggregate);
    }

    /**
     * Marks a loaded aggregate as stored.
     *
     * @param aggregate the aggregate just read
     * @param table the table read from
     * @return a publisher of the same aggregate
     */
    @Override
    public Publisher<UuidPersistable> onAfterConvert(UuidPersistable aggregate, SqlIdentifier table) {
        aggregate.markNotNew();
        return Mono.just(aggregate);
    }
}
