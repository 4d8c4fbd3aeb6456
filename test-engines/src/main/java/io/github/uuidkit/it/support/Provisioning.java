package io.github.uuidkit.it.support;

/** How an {@link Engine} was made available to the tests. */
public enum Provisioning {
    /** A server the user runs, given by {@code -Duuidkit.it.<engine>.url} or {@code UUIDKIT_IT_<ENGINE>_URL}. */
    URL,
    /** A container started by Testcontainers (a Docker daemon was reachable). */
    TESTCONTAINERS,
    /** Native binaries shipped inside Maven Central artifacts, started as a local process. */
    EMBEDDED
}
