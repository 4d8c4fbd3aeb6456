package io.github.uuidkit.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Puts the test's display name, which names the engine and version (e.g. {@code mariadb 10.11.5 [embedded]}), in
 * front of every failure message, so the one-line summary of a failed run says where it failed. Registered for all
 * suites by extension auto-detection ({@code junit-platform.properties}, {@code META-INF/services}).
 */
public final class EngineNameOnFailure implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        String where = "[" + context.getDisplayName() + "] ";
        if (thrown instanceof TestAbortedException || String.valueOf(thrown.getMessage()).startsWith(where)) {
            throw thrown;
        }
        Throwable named = thrown instanceof AssertionError
                ? new AssertionError(where + thrown.getMessage(), thrown)
                : new IllegalStateException(where + thrown, thrown);
        named.setStackTrace(thrown.getStackTrace());
        throw named;
    }
}
