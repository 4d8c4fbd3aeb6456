package io.github.uuidkit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The {@code org.crac} resource that reseeds every generator after a restore (CRaC, AWS Lambda
 * SnapStart), registered by {@link Reseeding} when {@code io.github.crac:org-crac} is present.
 *
 * <p>Why a {@link Proxy} and not {@code implements org.crac.Resource}: that jar has no module name of
 * its own, so linking against it means {@code requires static org.crac} in core's module descriptor, a
 * name derived from the jar's file name (which the compiler warns must not be published: it breaks
 * the day the library names its module). Found by name at run time, the hook needs no module name at
 * all, on the class path or the module path (where {@code org.crac} must be in the module graph, as
 * with {@code requires static}). It runs once per class loader, when the first generator is made.
 */
final class CracHook implements InvocationHandler {

    /** Held here: {@code org.crac} keeps registered resources only weakly. */
    private static Object resource;

    private CracHook() {
    }

    /**
     * Registers the hook with {@code org.crac.Core.getGlobalContext()}.
     *
     * @param loader the loader that sees {@code org.crac}
     * @throws ReflectiveOperationException if {@code org.crac} is absent or not the API we know
     */
    static synchronized void register(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> resourceType = Class.forName("org.crac.Resource", false, loader);
        Class<?> contextType = Class.forName("org.crac.Context", false, loader);
        Class<?> core = Class.forName("org.crac.Core", true, loader);
        Object context = core.getMethod("getGlobalContext").invoke(null);
        Object hook = Proxy.newProxyInstance(resourceType.getClassLoader(), new Class<?>[] {resourceType},
                new CracHook());
        contextType.getMethod("register", resourceType).invoke(context, hook);
        resource = hook;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "afterRestore":
                Reseeding.reseedAll();
                return null;
            case "beforeCheckpoint":
                return null; // nothing to release: the secrets are replaced after the restore
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "uuidkit reseed-on-restore hook";
            default:
                throw new UnsupportedOperationException(method.toString());
        }
    }
}
