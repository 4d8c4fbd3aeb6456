package io.github.uuidkit.it.support;

import java.time.Duration;

/** A started server: where to connect, and how to stop it. Internal to the harness. */
final class RunningServer {

    /** Stops a server; may throw anything. */
    @FunctionalInterface
    interface Stopper {
        void stop() throws Exception;
    }

    final String jdbcUrl;
    final String user;
    final String password;
    final Stopper stopper;
    Duration startupTime = Duration.ZERO;

    RunningServer(String jdbcUrl, String user, String password, Stopper stopper) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.stopper = stopper;
    }
}
