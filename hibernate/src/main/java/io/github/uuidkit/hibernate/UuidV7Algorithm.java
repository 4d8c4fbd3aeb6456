package io.github.uuidkit.hibernate;

import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.uuid.UuidValueGenerator;

/**
 * uuidkit's UUID v7 as an algorithm for Hibernate's own {@code @UuidGenerator} (Hibernate 6.6 and 7.x, whose
 * {@code @UuidGenerator} has an {@code algorithm} member):
 *
 * <pre>{@code
 * @Id @UuidGenerator(algorithm = UuidV7Algorithm.class)
 * private UUID id;
 * }</pre>
 *
 * <p>Same ids as {@link UuidV7}: {@link io.github.uuidkit.Uuids#v7()}, or the {@link io.github.uuidkit.V7Generator}
 * in the setting {@value UuidV7Generator#GENERATOR}. Unlike {@link UuidV7}, Hibernate does not pass the entity to an
 * algorithm, so this route cannot refuse the time-swapped layout: prefer {@link UuidV7}.
 */
public final class UuidV7Algorithm implements UuidValueGenerator {

    private volatile Supplier<UUID> source;

    /** Creates the algorithm (instantiated by Hibernate through this public constructor). */
    public UuidV7Algorithm() {
    }

    /**
     * Returns a new UUID v7.
     *
     * @param session the session, whose factory's settings may hold {@value UuidV7Generator#GENERATOR}
     * @return the UUID
     * @throws IllegalStateException if the setting holds something else than a {@link io.github.uuidkit.V7Generator}
     */
    @Override
    public UUID generateUuid(SharedSessionContractImplementor session) {
        Supplier<UUID> s = source;
        if (s == null) {
            s = UuidV7Generator.source(session.getFactory().getProperties());
            source = s;
        }
        return s.get();
    }
}
