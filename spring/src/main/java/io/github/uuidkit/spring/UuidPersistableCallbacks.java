package io.github.uuidkit.spring;

import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;

/**
 * Marks {@link UuidPersistable} aggregates as not new after Spring Data JDBC saved them and after it loaded them, so
 * that their next {@code save} is an {@code UPDATE}. Register one instance as a bean.
 */
public class UuidPersistableCallbacks
        implements AfterSaveCallback<UuidPersistable>, AfterConvertCallback<UuidPersistable> {

    /** Creates the callbacks. */
    public UuidPersistableCallbacks() {
    }

    /**
     * Marks a saved aggregate as stored.
     *
     * @param aggregate the aggregate just saved
     * @return the same aggregate
     */
    @Override
    public UuidPersistable onAfterSave(UuidPersistable aggregate) {
        aggregate.markNotNew();
        return aggregate;
    }

    /**
     * Marks a loaded aggregate as stored.
     *
     * @param aggregate the aggregate just read
     * @return the same aggregate
     */
    @Override
    public UuidPersistable onAfterConvert(UuidPersistable aggregate) {
        aggregate.markNotNew();
        return aggregate;
    }
}
