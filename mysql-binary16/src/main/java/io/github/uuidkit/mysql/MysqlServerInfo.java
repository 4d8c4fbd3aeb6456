package io.github.uuidkit.mysql;

import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.internal.MysqlVersion;
import io.github.uuidkit.jdbc.NativeUuidComparison;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a MySQL or MariaDB session is, and the {@link MysqlWarning}s a user storing UUIDs there must
 * see.
 *
 * <pre>{@code
 * MysqlServerInfo server = MysqlServerInfo.detect(connection);
 * server.warningsFor(UuidColumnKind.BINARY16, true).forEach(w -> log.warn(w.toString()));
 * }</pre>
 *
 * <p>It is also the {@link NativeUuidComparison} the jOOQ module's {@code UuidConditions.checkTimeRanges} and
 * {@code checkKeyset} take, to refuse conditions that would return wrong rows on an affected MariaDB.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MysqlServerInfo implements NativeUuidComparison {

    private final MysqlFlavor flavor;
    private final boolean enterprise;
    private final String version;
    private final int major;
    private final int minor;
    private final int patch;
    private final String sqlMode;
    private final Boolean rewriteBatchedStatements;
    private final MysqlVersion parsed;

    private MysqlServerInfo(MysqlVersion parsed, MysqlFlavor flavor, boolean enterprise, String version, int major,
            int minor, int patch, String sqlMode, Boolean rewriteBatchedStatements) {
        this.parsed = parsed;
        this.flavor = flavor;
        this.enterprise = enterprise;
        this.version = version;
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.sqlMode = sqlMode;
        this.rewriteBatchedStatements = rewriteBatchedStatements;
    }

    /**
     * Inspects the session: runs {@code SELECT VERSION(), @@SESSION.sql_mode} and, when the
     * connection is MySQL Connector/J, reads its {@code rewriteBatchedStatements} property.
     *
     * <p>The flavor and version come from the server's {@code VERSION()}, never from
     * {@link java.sql.DatabaseMetaData}: through MySQL Connector/J a MariaDB reports product name
     * {@code MySQL} and, below MariaDB 11, product version {@code 5.5.5-10.11.6-MariaDB} (its
     * handshake version), while {@code VERSION()} is {@code 10.11.6-MariaDB...} on every driver.
     *
     * @param connection an open MySQL or MariaDB connection; it is not closed
     * @return the server info
     * @throws SQLException if the query fails or the version is not {@code major.minor.patch...}
     */
    public static MysqlServerInfo detect(Connection connection) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        String version;
        String sqlMode;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT VERSION(), @@SESSION.sql_mode")) {
            if (!rs.next()) {
                throw new SQLException("SELECT VERSION(), @@SESSION.sql_mode returned no row");
            }
            version = rs.getString(1);
            sqlMode = rs.getString(2);
        }
        try {
            return of(version, sqlMode, ConnectorJ.rewriteBatchedStatements(connection));
        } catch (IllegalArgumentException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    /**
     * Builds the info from known values, e.g. from configuration or for tests.
     *
     * <p>Accepted: {@code major.minor.patch}, optionally followed by {@code -} and any suffix, as
     * servers report it: {@code 8.0.36}, {@code 8.0.36-0ubuntu0.22.04.1}, {@code 8.4.3-commercial},
     * {@code 11.4.5-MariaDB-log}, {@code 10.6.16-11-MariaDB-enterprise}. The handshake form
     * {@code 5.5.5-10.11.6-MariaDB} (MariaDB below 11 through Connector/J's
     * {@code getDatabaseProductVersion()}) is read as MariaDB 10.11.6. The server is MariaDB if the
     * text contains {@code MariaDB} (any case), MySQL otherwise.
     *
     * @param version the server's {@code VERSION()}, e.g. {@code 8.0.36} or {@code 10.11.4-MariaDB-log}
     * @param sqlMode the session's {@code sql_mode}, comma-separated; null is taken as empty
     * @param rewriteBatchedStatements Connector/J's {@code rewriteBatchedStatements}, or null if unknown
     * @return the server info
     * @throws IllegalArgumentException if {@code version} is not of that form (the message
     *     quotes it)
     */
    public static MysqlServerInfo of(String version, String sqlMode, Boolean rewriteBatchedStatements) {
        MysqlVersion parsed = MysqlVersion.parse(version);
        return new MysqlServerInfo(parsed, parsed.isMariaDb() ? MysqlFlavor.MARIADB : MysqlFlavor.MYSQL,
                parsed.isEnterprise(), version, parsed.major(), parsed.minor(), parsed.patch(),
                sqlMode == null ? "" : sqlMode, rewriteBatchedStatements);
    }

    /** @return MySQL or MariaDB */
    public MysqlFlavor flavor() {
        return flavor;
    }

    /** @return the server's {@code VERSION()} text */
    @Override
    public String version() {
        return version;
    }

    /** @return the major version, e.g. 8 or 11 */
    public int majorVersion() {
        return major;
    }

    /** @return the minor version */
    public int minorVersion() {
        return minor;
    }

    /** @return the patch version */
    public int patchVersion() {
        return patch;
    }

    /** @return the session's {@code sql_mode} as the server reported it (possibly empty) */
    public String sqlMode() {
        return sqlMode;
    }

    /**
     * Tells whether the session rejects bad data instead of truncating it.
     *
     * @return true if {@code sql_mode} contains {@code STRICT_TRANS_TABLES} or
     *     {@code STRICT_ALL_TABLES}
     */
    public boolean isStrict() {
        for (String mode : sqlMode.split(",")) {
            String m = mode.trim().toUpperCase(Locale.ROOT);
            if (m.equals("STRICT_TRANS_TABLES") || m.equals("STRICT_ALL_TABLES")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns Connector/J's {@code rewriteBatchedStatements} property of the inspected connection.
     *
     * @return the property, or null if unknown (not Connector/J, or built with {@link #of})
     */
    public Boolean rewriteBatchedStatements() {
        return rewriteBatchedStatements;
    }

    /**
     * Tells whether the server has a native {@code UUID} column type: MariaDB 10.7 and later, and
     * MariaDB Enterprise Server 10.6 from 10.6.9-5 (backported from 10.7, MENT-1459).
     *
     * @return true on MariaDB 10.7+ and MariaDB Enterprise Server 10.6.9+
     */
    @Override
    public boolean hasNativeUuidType() {
        // the one rule, in core: UuidJdbc.nativeUuidKind applies the same
        return parsed.hasNativeUuidType();
    }

    /**
     * Tells whether this MariaDB's {@code UUID} type stores and sorts UUID v7 (and other versions
     * {@code >= 6}) in their natural order. MariaDB 10.7 reordered the time fields of every UUID
     * (MDEV-26664), which scrambles v7; MDEV-29959 ("UUID Sorting") stopped it for versions 6 and up,
     * fix versions in MariaDB's Jira 10.9.8, 10.10.6, 10.11.5 and 11.0.3. Affected: 10.7.x, 10.8.x,
     * 10.9.0-10.9.7, 10.10.0-10.10.5, 10.11.0-10.11.4, 11.0.0-11.0.2, and MariaDB Enterprise Server
     * 10.6 (its backported type has no documented fix). Keeping the order does not make comparisons
     * right: see {@link #nativeUuidComparesV7Correctly()}.
     *
     * @return true if the server has a native {@code UUID} type that keeps v7 in time order
     */
    public boolean nativeUuidKeepsV7Order() {
        if (!hasNativeUuidType() || enterprise && major == 10 && minor == 6) {
            return false;
        }
        if (major == 10) {
            switch (minor) {
                case 7:
                case 8:
                    return false;
                case 9:
                    return patch >= 8;
                case 10:
                    return patch >= 6;
                case 11:
                    return patch >= 5;
                default:
                    return true;
            }
        }
        if (major == 11 && minor == 0) {
            return patch >= 3;
        }
        return true;
    }

    /**
     * Tells whether this MariaDB's {@code UUID} type compares UUID v7 values ({@code =}, {@code <},
     * {@code >}, {@code BETWEEN}, with or without an index) in UUID order, the order of their bytes,
     * which for v7 is creation order. Only then do time-range conditions such as
     * {@code WHERE id > ?} select the rows created in that time range.
     *
     * <p>False where the type does not keep v7 order ({@link #nativeUuidKeepsV7Order()}, MDEV-29959),
     * and where it keeps the order but compares v7 with the old reordering (MDEV-31926, "UUID v7 are
     * compared incorrectly"; affects 10.9.8, 10.10.6, 10.11.5, 11.0.3 and 11.1/11.2 before their fix;
     * fix versions in MariaDB's Jira 10.10.7, 10.11.6, 11.0.4, 11.1.3, 11.2.2; the 10.9 series ended
     * with 10.9.8, unfixed). On those versions {@code ORDER BY id} is in creation order while
     * {@code WHERE id > ?} returns other rows: on 10.11.5 with 2,000 v7 ids, {@code id > } the median
     * matched 643 rows through the primary key and 1,301 without an index, instead of 999.
     *
     * @return true if the server has a native {@code UUID} type that compares v7 in UUID order
     */
    @Override
    public boolean nativeUuidComparesV7Correctly() {
        return nativeUuidKeepsV7Order() && !miscomparesV7(); // MDEV-29959, then MDEV-31926
    }

    /**
     * Tells whether this MariaDB's {@code UUID} type compares values in the order {@code ORDER BY}
     * returns them, which keyset pagination ({@code WHERE id > :lastId ORDER BY id LIMIT n}) needs:
     * true on every version with the type except those affected by MDEV-31926 (see
     * {@link #nativeUuidComparesV7Correctly()}) and MariaDB Enterprise Server 10.6 (unknown, so
     * treated as affected). On MDEV-29959 versions the reordered order is still one total order
     * used by both, so pages are complete, though not in creation order.
     *
     * @return true if keyset pagination over a native {@code UUID} column is consistent
     */
    @Override
    public boolean nativeUuidComparesAsItSorts() {
        return hasNativeUuidType() && !(enterprise && major == 10 && minor == 6) && !miscomparesV7();
    }

    /**
     * Tells whether this MariaDB's {@code UUID} type compares a column that mixes UUID versions 1-5 (stored with
     * their groups reversed, as {@code UUID()} makes them) with versions 6 and up (stored as they are, such as v7)
     * in the order {@code ORDER BY} returns: what keyset pagination and range conditions over such a column need.
     * False on the versions {@link #nativeUuidComparesAsItSorts()} is false, and on those affected by MDEV-35468
     * ("UUID primary key filtering return incorrect results"; MariaDB's release notes: "Comparison of UUID v1 and V6
     * could return incorrect results"): after the MDEV-31926 fix, before 10.11.11, 11.4.5, 11.7.2 and 11.8.1, the
     * fix versions in MariaDB's Jira and release notes, so every 10.9.8+, 10.10, 11.0.4+, 11.1-11.3, 11.5 and 11.6
     * release too (those series ended before it). Before MDEV-29959 (10.7.0-10.11.4 and the like) every version is
     * reversed alike and compares consistently. The engine matrix of the integration tests measured it: on 10.11.5 a
     * v1+v6+v7 mix compared inconsistently, on 10.11.19 and 11.4.5 consistently.
     *
     * @return true if comparisons over a mix of v1-v5 and v6+ values agree with {@code ORDER BY}
     */
    public boolean nativeUuidComparesMixedVersionsAsItSorts() {
        if (!nativeUuidComparesAsItSorts()) {
            return false;
        }
        if (!nativeUuidKeepsV7Order()) {
            return true; // before MDEV-29959: every version reversed alike
        }
        if (major == 10) {
            return minor == 11 && patch >= 11 || minor > 11;
        }
        if (major == 11) {
            return minor == 4 && patch >= 5 || minor == 7 && patch >= 2 || minor >= 8;
        }
        return major > 11;
    }

    /** True on the versions MDEV-31926 affects: with the MDEV-29959 fix, before their own fix. */
    private boolean miscomparesV7() {
        if (major == 10) {
            switch (minor) {
                case 9:
                    return patch >= 8;
                case 10:
                    return patch >= 6 && patch < 7;
                case 11:
                    return patch >= 5 && patch < 6;
                default:
                    return false;
            }
        }
        if (major == 11) {
            switch (minor) {
                case 0:
                    return patch >= 3 && patch < 4;
                case 1:
                    return patch < 3;
                case 2:
                    return patch < 2;
                default:
                    return false;
            }
        }
        return false;
    }

    /**
     * Tells whether MySQL's {@code UUID_TO_BIN} and {@code BIN_TO_UUID} functions exist (MySQL 8.0+;
     * MariaDB has neither).
     *
     * @return true on MySQL 8.0 and later
     */
    public boolean hasUuidToBin() {
        return flavor == MysqlFlavor.MYSQL && major >= 8;
    }

    /**
     * Returns the warnings about the session itself: {@link MysqlWarning#NON_STRICT_SQL_MODE} and
     * {@link MysqlWarning#REWRITE_BATCHED_STATEMENTS_OFF}.
     *
     * @return the warnings, empty if none
     */
    public List<MysqlWarning> warnings() {
        List<MysqlWarning> warnings = new ArrayList<>();
        if (!isStrict()) {
            warnings.add(MysqlWarning.NON_STRICT_SQL_MODE);
        }
        if (Boolean.FALSE.equals(rewriteBatchedStatements)) {
            warnings.add(MysqlWarning.REWRITE_BATCHED_STATEMENTS_OFF);
        }
        return Collections.unmodifiableList(warnings);
    }

    /**
     * Returns the session {@link #warnings()} plus those about storing UUID keys in the given column
     * kind on this server:
     * {@link MysqlWarning#NO_NATIVE_UUID_TYPE} for {@code MARIADB_UUID} without one,
     * {@link MysqlWarning#MARIADB_UUID_BREAKS_V7_ORDER} for {@code MARIADB_UUID} with v7 keys on a
     * MariaDB affected by MDEV-29959, {@link MysqlWarning#MARIADB_UUID_MISCOMPARES_V7} for
     * {@code MARIADB_UUID} with v7 keys on one affected by MDEV-31926 (only),
     * {@link MysqlWarning#TIME_SWAPPED_BREAKS_V7_ORDER} for
     * {@code BINARY16_TIME_SWAPPED} with v7 keys, {@link MysqlWarning#CHAR36_WASTES_SPACE} for
     * {@code CHAR36}.
     *
     * @param kind the column kind
     * @param v7Keys true if the column holds UUID v7 keys (whose time order should be kept)
     * @return the warnings, empty if none
     * @throws IllegalArgumentException if {@code kind} is {@code POSTGRES_UUID}, which is not a
     *     MySQL or MariaDB column kind
     */
    public List<MysqlWarning> warningsFor(UuidColumnKind kind, boolean v7Keys) {
        Objects.requireNonNull(kind, "kind");
        List<MysqlWarning> warnings = new ArrayList<>(warnings());
        switch (kind) {
            case POSTGRES_UUID:
                throw new IllegalArgumentException("POSTGRES_UUID is a PostgreSQL column kind: on " + flavor
                        + " use BINARY16 or, on MariaDB, MARIADB_UUID");
            case MARIADB_UUID:
                if (!hasNativeUuidType()) {
                    warnings.add(MysqlWarning.NO_NATIVE_UUID_TYPE);
                } else if (v7Keys && !nativeUuidKeepsV7Order()) {
                    warnings.add(MysqlWarning.MARIADB_UUID_BREAKS_V7_ORDER);
                } else if (v7Keys && !nativeUuidComparesV7Correctly()) {
                    warnings.add(MysqlWarning.MARIADB_UUID_MISCOMPARES_V7);
                }
                break;
            case BINARY16_TIME_SWAPPED:
                if (v7Keys) {
                    warnings.add(MysqlWarning.TIME_SWAPPED_BREAKS_V7_ORDER);
                }
                break;
            case CHAR36:
                warnings.add(MysqlWarning.CHAR36_WASTES_SPACE);
                break;
            default:
                break;
        }
        return Collections.unmodifiableList(warnings);
    }

    private boolean atLeast(int ma, int mi, int pa) {
        return parsed.atLeast(ma, mi, pa);
    }

    @Override
    public String toString() {
        return flavor + " " + MessageText.escape(version) + " (sql_mode=" + MessageText.quote(sqlMode)
                + ", strict=" + isStrict()
                + ", rewriteBatchedStatements=" + rewriteBatchedStatements + ")";
    }

    /**
     * Connector/J specifics, read reflectively through Connector/J's public interfaces: this module has no
     * compile-time or module dependency on the driver (Connector/J has no module name of its own), and works with the
     * driver on the class path, on the module path, or absent.
     */
    static final class ConnectorJ {

        private ConnectorJ() {
        }

        static Boolean rewriteBatchedStatements(Connection connection) {
            try {
                ClassLoader loader = connection.getClass().getClassLoader();
                Class<?> jdbcConnection = load("com.mysql.cj.jdbc.JdbcConnection", loader);
                if (!connection.isWrapperFor(jdbcConnection)) {
                    return null;
                }
                Class<?> propertySet = load("com.mysql.cj.conf.PropertySet", loader);
                Class<?> propertyKey = load("com.mysql.cj.conf.PropertyKey", loader);
                Class<?> runtimeProperty = load("com.mysql.cj.conf.RuntimeProperty", loader);
                Object cj = connection.unwrap(jdbcConnection);
                Object properties = jdbcConnection.getMethod("getPropertySet").invoke(cj);
                Object key = propertyKey.getField("rewriteBatchedStatements").get(null);
                Object property = propertySet.getMethod("getBooleanProperty", propertyKey).invoke(properties, key);
                Object value = runtimeProperty.getMethod("getValue").invoke(property);
                return value instanceof Boolean ? (Boolean) value : null;
            } catch (SQLException | ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null; // not Connector/J, another version of it, or a closed connection
            }
        }

        /** Loads a Connector/J class through the connection's loader, else uuidkit's own. */
        private static Class<?> load(String name, ClassLoader loader) throws ClassNotFoundException {
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                return Class.forName(name, false, ConnectorJ.class.getClassLoader());
            }
        }
    }
}
