package io.github.uuidkit;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * The {@code org.crac} resource that reseeds every generator after a restore (CRaC, AWS Lambda
 * SnapStart). Loaded only by {@link Reseeding} once it has seen {@code org.crac} on the class path:
 * {@code org.crac} is an optional dependency of uuidkit-core.
 */
final class CracHook implements Resource {

    /** Held here: {@code org.crac} keeps registered resources only weakly. */
    private static final CracHook INSTANCE = new CracHook();

    private CracHook() {
    }

    static void register() {
        Core.getGlobalContext().register(INSTANCE);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        // Nothing to release: the secrets are replaced after the restore.
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        Reseeding.reseedAll();
    }
}
