package io.github.uuidkit.it.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine's own database servers, found by probing and added to the run's engines alongside the embedded ones
 * (see {@link Engines}): a system PostgreSQL (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}, else {@code root}, trust authentication) and a system MariaDB or MySQL (default
 * {@code jdbc:mysql://127.0.0.1:3306/test}, user {@code root}, empty password). They are reached exactly as a user's
 * own server is ({@link Provisioning#URL}): their grants, their default {@code sql_mode}, their character sets.
 *
 * <p>Configuration ({@link ItConfig}):
 * <ul>
 *   <li>{@code uuidkit.it.systemServers}: {@code auto} (default: use a server that answers within
 *       {@value #TIMEOUT_MILLIS} ms, else print one line and go on), {@code on} (a server that does not answer is an
 *       engine that fails every test using it) or {@code off} (no probing);</li>
 *   <li>{@code uuidkit.it.systemServers.postgres.url} / {@code .user} / {@code .password} and
 *       {@code uuidkit.it.systemServers.mariadb.url} / {@code .user} / {@code .password}: where to look instead.</li>
 * </ul>
 * A slot is not probed when its kind already has a URL ({@code uuidkit.it.postgres.url},
 * {@code uuidkit.it.mariadb.url}): that server is then the only one of the kind. The MySQL-protocol slot becomes a
 * MariaDB or a MySQL engine by what its {@code SELECT version()} says.
 */
final class SystemServers {

    /** TCP and login timeout of the probe. */
    static final int TIMEOUT_MILLIS = 1500;

    /** The engine name's suffix: {@code postgres 15.20 system}. */
    static final String NAME_SUFFIX = " system";

    private SystemServers() {
    }

    /** The answering system servers as engines (not yet started), printing one line per slot. */
    static List<Engine> probe(ItConfig config) {
        String mode = config.get("systemServers").orElse("auto").toLowerCase(Locale.ROOT);
        if (!List.of("auto", "on", "off").contains(mode)) {
            throw new IllegalArgumentException("uuidkit.it.systemServers must be auto, on or off, not " + mode);
        }
        List<Engine> result = new ArrayList<>();
        if (mode.equals("off")) {
            System.out.println("[uuidkit-it] system servers: not probed (uuidkit.it.systemServers=off)");
            return result;
        }
        boolean required = mode.equals("on");
        slot(config, "postgres", "jdbc:postgresql://127.0.0.1:5432/test", List.of("postgres", "root"), required)
                .ifPresent(result::add);
        slot(config, "mariadb", "jdbc:mysql://127.0.0.1:3306/test", List.of("root"), required)
                .ifPresent(result::add);
        return result;
    }

    private static Optional<Engine> slot(ItConfig config, String slot, String defaultUrl, List<String> defaultUsers,
            boolean required) {
        String label = slot.equals("postgres") ? "system PostgreSQL" : "system MariaDB/MySQL";
        if (config.get(slot + ".url").isPresent()) {
            System.out.printf("[uuidkit-it] %s: not probed, uuidkit.it.%s.url is set%n", label, slot);
            return Optional.empty();
        }
        String url = config.get("systemServers." + slot + ".url").orElse(defaultUrl);
        List<String> users = config.get("systemServers." + slot + ".user").map(List::of).orElse(defaultUsers);
        String password = config.get("systemServers." + slot + ".password").orElse("");
        boolean postgres = slot.equals("postgres");
        EngineKind expected = postgres ? EngineKind.POSTGRES : EngineKind.MARIADB;
        String engineUrl = postgres ? url : Urls.withDefaults(url, "rewriteBatchedStatements=true");
        String failure = reachable(url);
        if (failure == null) {
            String lastError = null;
            for (String user : users) {
                try (Connection c = DriverManager.getConnection(probeUrl(url, postgres), user, password);
                     Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version()")) {
                    rs.next();
                    String version = rs.getString(1);
                    EngineKind kind = postgres ? EngineKind.POSTGRES
                            : version.toLowerCase(Locale.ROOT).contains("mariadb") ? EngineKind.MARIADB
                                    : EngineKind.MYSQL;
                    String name = kind.key() + " " + shortVersion(kind, version) + NAME_SUFFIX;
                    System.out.printf("[uuidkit-it] %s at %s answers as %s: engine '%s' (user %s)%n", label, url,
                            version, name, user);
                    return Optional.of(new Engine(kind, name, Provisioning.URL,
                            () -> new RunningServer(engineUrl, user, password, () -> { })));
                } catch (SQLException e) {
                    lastError = "user " + user + ": " + e.getMessage();
                }
            }
            failure = lastError;
        }
        if (!required) {
            System.out.printf("[uuidkit-it] %s at %s does not answer (%s): running the embedded engines without it"
                    + " (uuidkit.it.systemServers=off silences this line; =on makes it a failing engine)%n",
                    label, url, failure);
            return Optional.empty();
        }
        String why = failure;
        System.out.printf("[uuidkit-it] %s at %s does not answer (%s), and uuidkit.it.systemServers=on: every test of"
                + " it fails%n", label, url, why);
        return Optional.of(new Engine(expected, expected.key() + NAME_SUFFIX, Provisioning.URL, () -> {
            throw new IllegalStateException(label + " at " + url + " does not answer: " + why);
        }));
    }

    /** Null when a TCP connection to the URL's host and port opens within the timeout, else why not. */
    static String reachable(String jdbcUrl) {
        URI uri;
        try {
            uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return "not a JDBC URL with host and port: " + jdbcUrl;
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() > 0 ? uri.getPort() : jdbcUrl.startsWith("jdbc:postgresql:") ? 5432 : 3306;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return null;
        } catch (java.io.IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String probeUrl(String url, boolean postgres) {
        int seconds = Math.max(1, TIMEOUT_MILLIS / 1000);
        return postgres
                ? Urls.withDefaults(url, "connectTimeout=" + seconds, "loginTimeout=" + seconds,
                        "socketTimeout=" + (seconds + 1))
                : Urls.withDefaults(url, "connectTimeout=" + TIMEOUT_MILLIS, "socketTimeout=" + (TIMEOUT_MILLIS * 2));
    }

    /** {@code 15.20} of {@code PostgreSQL 15.20 (Debian ...)}, {@code 10.11.19} of {@code 10.11.19-MariaDB-0+deb12u1}. */
    static String shortVersion(EngineKind kind, String version) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+\\.\\d+(?:\\.\\d+)?)").matcher(
                kind == EngineKind.POSTGRES ? version : version.replaceFirst("^5\\.5\\.5-", ""));
        return m.find() ? m.group(1) : version;
    }
}
