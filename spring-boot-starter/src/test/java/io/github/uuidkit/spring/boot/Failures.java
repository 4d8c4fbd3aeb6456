package io.github.uuidkit.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Test helpers: the root cause of a startup failure; the auto-configuration package Boot's repositories scan. */
final class Failures {

    private Failures() {
    }

    /** The deepest cause of a startup failure (the failure itself if it has none). */
    static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Registers this test package as the auto-configuration package (as {@code @SpringBootApplication} would). */
    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage
    static class Packages {
    }
}
