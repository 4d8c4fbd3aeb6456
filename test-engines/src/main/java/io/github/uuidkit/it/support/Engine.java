package io.github.uuidkit.it.support;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One database server the tests can use. The server is started lazily, on the first call that needs it
 * ({@link #connect()}, {@link #version()}, {@link #jdbcUrl()}, ...), at most once per JVM, and stopped by a JVM
 * shutdown hook. A server that fails to start fails every test that uses it, with the same cause; it is never
 * skipped.
 *
 * <p>{@link #toString()} names the engine without starting it, so it is safe as a parameterized test's display
 * name.
 */
public final class Engine {

    private final EngineKind kind;
    private final String name;
    private final Provisioning provisioning;
    private final Callable<RunningServer> starter;

    private RunningServer server;
    private RuntimeException failure;
    private String version;
    private int majorVersion;
    private int minorVersion;
    private java.util.Set<String> tablesAtFirstUse;

    Engine(EngineKind kind, String name, Provisioning provisioning, Callable<RunningServer> starter) {
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.provisioning = Objects.requireNonNull(provisioning);
        this.starter = Objects.requireNonNull(starter);
    }

    public EngineKind kind() {
        return kind;
    }

    /** Short name of the engine as configured, e.g. {@code postgres 18.6}, {@code mariadb 10.11.5} or an image. */
    public String name() {
        return name;
    }

    public Provisioning provisioning() {
        return provisioning;
    }

    public boolean isPostgres() {
        return kind == EngineKind.POSTGRES;
    }

    public boolean isMySql() {
        return kind == EngineKind.MYSQL;
    }

    public boolean isMariaDb() {
        return kind == EngineKind.MARIADB;
    }

    /** The server's own {@code SELECT version()}. Starts the server if needed. */
    public synchronized String version() {
        started();
        return version;
    }

    /**
     * The server's major version, e.g. 18, 8 or 10: PostgreSQL's as the driver reports it, MySQL's and MariaDB's from
     * {@code SELECT version()}.
     */
    public synchronized int majorVersion() {
        started();
        return majorVersion;
    }

    /** The server's minor version (from the same source as {@link #majorVersion()}), e.g. 11 for MariaDB 10.11. */
    public synchronized int minorVersion() {
        started();
        return minorVersion;
    }

    public synchronized String jdbcUrl() {
        return started().jdbcUrl;
    }

    /** May be null when the URL itself carries the user. */
    public synchronized String user() {
        return started().user;
    }

    /** May be null. */
    public synchronized String password() {
        return started().password;
    }

    /** How long provisioning took (zero for {@link Provisioning#URL}). */
    public synchronized Duration startupTime() {
        return started().startupTime;
    }

    /** A new connection (auto-commit on). The caller closes it. */
    public Connection connect() throws SQLException {
        RunningServer s;
        synchronized (this) {
            s = started();
        }
        return open(s);
    }

    /** A simple, non-pooling {@link DataSource} for this engine. */
    public DataSource dataSource() {
        RunningServer s;
        synchronized (this) {
            s = started();
        }
        if (kind == EngineKind.POSTGRES) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(s.jdbcUrl);
            if (s.user != null) {
                ds.setUser(s.user);
            }
            if (s.password != null) {
                ds.setPassword(s.password);
            }
            return ds;
        }
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(s.jdbcUrl);
        if (s.user != null) {
            ds.setUser(s.user);
        }
        if (s.password != null) {
            ds.setPassword(s.password);
        }
        return ds;
    }

    /** One line naming the engine, its server version and how it was provisioned. Starts the server. */
    public String describe() {
        return String.format("%s -> %s [%s, %s]", name, version(), provisioning, provisioningDetail());
    }

    private String provisioningDetail() {
        if (provisioning == Provisioning.URL) {
            return jdbcUrl().replaceAll("(?i)(password=)[^&;]*", "$1***");
        }
        return String.format("started in %.1f s", startupTime().toMillis() / 1000.0);
    }

    @Override
    public String toString() {
        return name + " [" + provisioning.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }

    /**
     * Stops this engine's server now if it runs (servers of {@link Engines#startEmbedded} are private to the caller;
     * the shared engines of {@link Engines#all()} are stopped at JVM exit and should not be stopped by a suite). Later
     * calls that need the server fail.
     */
    public void stop() {
        synchronized (this) {
            if (server == null) {
                return;
            }
            server = null;
            failure = new IllegalStateException(name + " was stopped");
        }
        Engines.stop(this);
    }

    /**
     * How the server's list of schemas and tables differs now from what it was when this JVM first used the server:
     * {@code + schema.table} for one added, {@code - schema.table} for one gone. Names with the tests' prefix
     * ({@link TestTables#PREFIX}) that this JVM did not give belong to another run on the same server and are left
     * out. Empty when a run left the server as it found it. Starts the server if needed (then nothing changed yet).
     *
     * @return the changes, added first, in name order
     * @throws SQLException when the list cannot be read
     */
    public List<String> tableChangesSinceFirstUse() throws SQLException {
        java.util.Set<String> before;
        synchronized (this) {
            started();
            before = tablesAtFirstUse;
        }
        try (Connection c = connect()) {
            return ServerTables.changes(before, ServerTables.list(c, kind));
        }
    }

    void markStopped() {
        synchronized (this) {
            server = null;
            failure = new IllegalStateException(name + " was stopped (JVM shutdown)");
        }
    }

    private RunningServer started() {
        if (server != null) {
            return server;
        }
        if (failure != null) {
            throw failure;
        }
        long t0 = System.nanoTime();
        try {
            RunningServer s = starter.call();
            if (provisioning != Provisioning.URL) {
                s.startupTime = Duration.ofNanos(System.nanoTime() - t0);
            }
            Engines.registerStarted(this, s);
            try (Connection c = open(s)) {
                DatabaseMetaData md = c.getMetaData();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version()")) {
                    rs.next();
                    version = rs.getString(1);
                }
                if (kind.isMySqlFamily()) {
                    // not the driver's metadata: Connector/J reports MariaDB below 11 as 5.5 (its handshake says
                    // 5.5.5-10.11.5-MariaDB); SELECT version() says 10.11.5-MariaDB
                    int[] mm = majorMinor(version);
                    majorVersion = mm[0];
                    minorVersion = mm[1];
                } else {
                    majorVersion = md.getDatabaseMajorVersion();
                    minorVersion = md.getDatabaseMinorVersion();
                }
                tablesAtFirstUse = ServerTables.list(c, kind);
            }
            server = s;
            return s;
        } catch (Exception | LinkageError e) {
            failure = new IllegalStateException("Could not provision " + this + " (no tests are skipped for a missing"
                    + " engine: fix the cause, give your own server with -Duuidkit.it." + kind.key() + ".url=...,"
                    + " or run with Docker): " + e, e);
            throw failure;
        }
    }

    /** Major and minor of a MySQL/MariaDB {@code version()}, e.g. {@code 10.11.5-MariaDB-log} -> 10, 11. */
    static int[] majorMinor(String version) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)").matcher(version);
        if (!m.find()) {
            throw new IllegalStateException("cannot read a version from '" + version + "'");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private Connection open(RunningServer s) throws SQLException {
        if (s.user == null) {
            return DriverManager.getConnection(s.jdbcUrl);
        }
        return DriverManager.getConnection(s.jdbcUrl, s.user, s.password == null ? "" : s.password);
    }
}
