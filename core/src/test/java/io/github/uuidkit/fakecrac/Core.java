package io.github.uuidkit.fakecrac;

import java.util.ArrayList;
import java.util.List;

/**
 * A CRaC runtime stand-in for tests on any JDK: {@code org.crac.Core} delegates to it when the JVM runs
 * with {@code -Dorg.crac.Core.Compat=io.github.uuidkit.fakecrac} (set by {@link UseFakeCracRuntime}), and
 * {@link #checkpointRestore()} runs the hooks a real checkpoint and restore would run, in the same
 * order, without taking a snapshot.
 */
public final class Core {

    private static final List<Resource> RESOURCES = new ArrayList<>();

    private static final Context<Resource> GLOBAL = new Context<>() {
        @Override
        public synchronized void register(Resource resource) {
            RESOURCES.add(resource);
        }

        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
            List<Resource> resources;
            synchronized (this) {
                resources = new ArrayList<>(RESOURCES);
            }
            for (int i = resources.size() - 1; i >= 0; i--) {
                resources.get(i).beforeCheckpoint(this);
            }
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) throws Exception {
            List<Resource> resources;
            synchronized (this) {
                resources = new ArrayList<>(RESOURCES);
            }
            for (Resource resource : resources) {
                resource.afterRestore(this);
            }
        }
    };

    private Core() {
    }

    /**
     * The global context.
     *
     * @return the global context
     */
    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    /**
     * Runs every registered resource's checkpoint hook, then its restore hook.
     *
     * @throws CheckpointException never
     * @throws RestoreException if a restore hook fails
     */
    public static void checkpointRestore() throws CheckpointException, RestoreException {
        try {
            GLOBAL.beforeCheckpoint(null);
            GLOBAL.afterRestore(null);
        } catch (Exception e) {
            RestoreException restore = new RestoreException();
            restore.initCause(e);
            throw restore;
        }
    }

    /**
     * The number of registered resources.
     *
     * @return how many resources were registered
     */
    public static synchronized int registered() {
        return RESOURCES.size();
    }
}
