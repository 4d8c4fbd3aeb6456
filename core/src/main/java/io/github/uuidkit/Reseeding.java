package io.github.uuidkit;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Every live {@link V7Generator} and {@link RandomBits} of this class loader, held weakly, so that a
 * process restored from a snapshot (CRaC, AWS Lambda SnapStart) or cloned can draw fresh secrets for
 * all of them: {@link Uuids#reseed()}, and the {@code org.crac} hook when that API is on the class
 * path. Registered objects that are no longer referenced elsewhere are garbage-collected as usual.
 */
final class Reseeding {

    /** The live generators and random buffers (weak keys, compared by identity); guarded by itself. */
    private static final Map<Object, Boolean> LIVE = new WeakHashMap<>();

    /** Whether {@code org.crac} was found and our restore hook is registered with it. */
    static final boolean CRAC_HOOK = registerCracHook();

    private Reseeding() {
    }

    /** Adds a generator or random buffer to the set {@link #reseedAll()} reaches; returns it. */
    static <T> T register(T reseedable) {
        synchronized (LIVE) {
            LIVE.put(reseedable, Boolean.TRUE);
        }
        return reseedable;
    }

    /** Whether {@code reseedable} is registered (for tests). */
    static boolean isRegistered(Object reseedable) {
        synchronized (LIVE) {
            return LIVE.containsKey(reseedable);
        }
    }

    /**
     * Gives every registered generator and random buffer a new secret drawn from a new
     * {@link SecureRandom}, which seeds itself from the operating system: a source of the cloned
     * process, seeded before the snapshot, would hand every clone the same "fresh" secret.
     */
    static void reseedAll() {
        List<Object> live;
        synchronized (LIVE) {
            live = new ArrayList<>(LIVE.keySet());
        }
        SecureRandom fresh = new SecureRandom();
        for (Object reseedable : live) {
            if (reseedable instanceof V7Generator) {
                ((V7Generator) reseedable).reseed(fresh);
            } else {
                ((RandomBits) reseedable).reseed(fresh);
            }
        }
    }

    /**
     * Registers {@link CracHook} with {@code org.crac} if that optional library is present; without it
     * nothing fails and no hook is registered.
     */
    private static boolean registerCracHook() {
        try {
            CracHook.register(Reseeding.class.getClassLoader());
            return true;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException absentOrUnusable) {
            return false;
        }
    }
}
