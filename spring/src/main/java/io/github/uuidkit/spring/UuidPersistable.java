package io.github.uuidkit.spring;

import java.util.UUID;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A base class for aggregates whose {@code UUID} id the application assigns (for example {@code Uuids.v7()} in the
 * constructor): {@code save} inserts them. Without it, Spring Data JDBC takes an aggregate with a non-null id (and no
 * {@code @Version}) for an existing one and runs an {@code UPDATE}, which matches no row, raises nothing and stores
 * nothing: a silently lost write.
 *
 * <p>A new instance is new; {@link UuidPersistableCallbacks} (register it as a bean) marks it not new after it was
 * saved and when it was loaded, so the next {@code save} updates. The flag is {@code @Transient}: not a column.
 * Subclasses declare their own {@code @Id UUID} field and return it from {@link #getId()}.
 *
 * <p>Limits: a second instance made with the id of a stored row is new too, and its {@code save} fails on the
 * primary key (an exception, not a lost write); an instance kept after a failed transaction stays marked as saved.
 */
public abstract class UuidPersistable implements Persistable<UUID> {

    @Transient
    private boolean newAggregate = true;

    /** Creates a new aggregate, one that {@code save} inserts. */
    protected UuidPersistable() {
    }

    /**
     * Tells Spring Data whether {@code save} inserts (true) or updates (false).
     *
     * @return true until the aggregate was saved or when it was made by hand, false once loaded or saved
     */
    @Override
    public boolean isNew() {
        return newAggregate;
    }

    /** Marks the aggregate as stored: the next {@code save} updates it. Called by {@link UuidPersistableCallbacks}. */
    public void markNotNew() {
        newAggregate = false;
    }
}
