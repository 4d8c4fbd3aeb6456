package io.github.uuidkit.fakecrac;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Points {@code org.crac} at this package's stand-in CRaC runtime before any test runs, in every JUnit
 * launcher (Maven Surefire, PIT, an IDE): {@code org.crac.Core} reads {@code org.crac.Core.Compat} once,
 * when the first test that generates an id initializes it. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public final class UseFakeCracRuntime implements LauncherSessionListener {

    /** The package {@code org.crac} delegates to. */
    static final String COMPAT = "io.github.uuidkit.fakecrac";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("org.crac.Core.Compat", COMPAT);
    }
}
