package io.github.uuidkit.fakecrac;

/** Stand-in for {@code jdk.crac.Resource}: what {@code org.crac} finds through {@code -Dorg.crac.Core.Compat}. */
public interface Resource {

    /**
     * Called before the snapshot.
     *
     * @param context the context
     * @throws Exception on failure
     */
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    /**
     * Called after each restore.
     *
     * @param context the context
     * @throws Exception on failure
     */
    void afterRestore(Context<? extends Resource> context) throws Exception;
}
