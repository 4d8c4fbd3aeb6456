package io.github.uuidkit.spring;

import io.github.uuidkit.Uuids;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;

/**
 * Assigns {@link Uuids#v7()} to a null {@code @Id} of type {@link UUID} before Spring Data JDBC converts an aggregate
 * for saving. Register it as a bean. Spring Data decides insert versus update before this callback runs, from the id
 * being null, so an aggregate saved with a null id is inserted with the new v7 id. Immutable aggregates get a copy
 * through their {@code with...} method, as Spring Data does for generated keys. An id that is already set is kept,
 * and aggregates whose id is not a {@code UUID} are returned unchanged.
 */
public class UuidV7IdCallback implements BeforeConvertCallback<Object> {

    private final RelationalMappingContext context;

    /**
     * Creates the callback.
     *
     * @param context the mapping context that describes the aggregates
     */
    public UuidV7IdCallback(RelationalMappingContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Returns the aggregate with a v7 id if its {@code UUID} id was null.
     *
     * @param aggregate the aggregate about to be converted
     * @return the aggregate, or a copy with the id set (immutable aggregates)
     */
    @Override
    public Object onBeforeConvert(Object aggregate) {
        RelationalPersistentEntity<?> entity = context.getPersistentEntity(aggregate.getClass());
        if (entity == null) {
            return aggregate;
        }
        RelationalPersistentProperty id = entity.getIdProperty();
        if (id == null || id.getType() != UUID.class) {
            return aggregate;
        }
        PersistentPropertyAccessor<Object> accessor = entity.getPropertyAccessor(aggregate);
        if (accessor.getProperty(id) != null) {
            return aggregate;
        }
        accessor.setProperty(id, Uuids.v7());
        return accessor.getBean();
    }
}
