package io.github.uuidkit.fakecrac;

/**
 * Stand-in for {@code jdk.crac.Context}.
 *
 * @param <R> the resources it holds
 */
public abstract class Context<R extends Resource> implements Resource {

    /**
     * Registers a resource.
     *
     * @param resource the resource
     */
    public abstract void register(R resource);
}
