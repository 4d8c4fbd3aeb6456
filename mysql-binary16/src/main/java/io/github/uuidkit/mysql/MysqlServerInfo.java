package io.github.uuidkit.mysql;

import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.jdbc.UuidColumnType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a MySQL or MariaDB session is, and the {@link MysqlWarning}s a user storing UUIDs there must
 * see.
 *
 * <pre>{@code
 * MysqlServerInfo server = MysqlServerInfo.detect(connection);
 * server.warningsFor(UuidColumnType.BINARY16, true).forEach(w -> log.warn(w.toString()));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MysqlServerInfo {

    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)");

    private final MysqlFlavor flavor;
    private final String version;
    private final int major;
    private final int minor;
    private final int patch;
    private final String sqlMode;
    private final Boolean rewriteBatchedStatements;

    private MysqlServerInfo(MysqlFlavor flavor, String version, int major, int minor, int patch, String sqlMode,
            Boolean rewriteBatchedStatements) {
        this.flavor = flavor;
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
     * @param connection an open MySQL or MariaDB connection; it is not closed
     * @return the server info
     * @throws SQLException if the query fails or the version is not {@code major.minor.patch...}
     * @throws IllegalArgumentException if {@code connection} is null
     */
    public static MysqlServerInfo detect(Connection connection) throws SQLException {
        if (connection == null) {
            throw new IllegalArgumentException("Connection is null");
        }
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
     * @param version the server's {@code VERSION()}, e.g. {@code 8.0.36} or {@code 10.11.4-MariaDB-log}
     * @param sqlMode the session's {@code sql_mode}, comma-separated; null is taken as empty
     * @param rewriteBatchedStatements Connector/J's {@code rewriteBatchedStatements}, or null if unknown
     * @return the server info
     * @throws IllegalArgumentException if {@code version} does not start with
     *     {@code major.minor.patch}
     */
    public static MysqlServerInfo of(String version, String sqlMode, Boolean rewriteBatchedStatements) {
        Matcher m = version == null ? null : VERSION.matcher(version);
        if (m == null || !m.find()) {
            throw new IllegalArgumentException("Cannot parse server version " + MessageText.quote(version)
                    + ": expected major.minor.patch, e.g. 8.0.36 or 10.11.5-MariaDB");
        }
        MysqlFlavor flavor = version.toLowerCase(Locale.ROOT).contains("mariadb") ? MysqlFlavor.MARIADB
                : MysqlFlavor.MYSQL;
        return new MysqlServerInfo(flavor, version, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), sqlMode == null ? "" : sqlMode, rewriteBatchedStatements);
    }

    /** @return MySQL or MariaDB */
    public MysqlFlavor flavor() {
        return flavor;
    }

    /** @return the server's {@code VERSION()} text */
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
     * Tells whether the server has a native {@code UUID} column type (MariaDB 10.7 and later).
     *
     * @return true on MariaDB 10.7+
     */
    public boolean hasNativeUuidType() {
        return flavor == MysqlFlavor.MARIADB && atLeast(10, 7, 0);
    }

    /**
     * Tells whether this MariaDB's {@code UUID} type stores and sorts UUID v7 (and other versions
     * {@code >= 6}) in their natural order. MariaDB 10.7 reordered the time fields of every UUID
     * (MDEV-26664), which scrambles v7; MDEV-29959 stopped it for versions 6 and up in 10.9.8,
     * 10.10.6, 10.11.5 and 11.0.3. Affected: 10.7.x, 10.8.x, 10.9.0-10.9.7, 10.10.0-10.10.5,
     * 10.11.0-10.11.4, 11.0.0-11.0.2.
     *
     * @return true if the server has a native {@code UUID} type that keeps v7 in time order
     */
    public boolean nativeUuidKeepsV7Order() {
        if (!hasNativeUuidType()) {
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
     * {@link MysqlWarning#NO_NATIVE_UUID_TYPE} for {@code NATIVE_UUID} without one,
     * {@link MysqlWarning#MARIADB_UUID_BREAKS_V7_ORDER} for {@code NATIVE_UUID} with v7 keys on an
     * affected MariaDB, {@link MysqlWarning#TIME_SWAPPED_BREAKS_V7_ORDER} for
     * {@code BINARY16_TIME_SWAPPED} with v7 keys, {@link MysqlWarning#CHAR36_WASTES_SPACE} for
     * {@code CHAR36}.
     *
     * @param type the column kind
     * @param v7Keys true if the column holds UUID v7 keys (whose time order should be kept)
     * @return the warnings, empty if none
     * @throws IllegalArgumentException if {@code type} is null
     */
    public List<MysqlWarning> warningsFor(UuidColumnType type, boolean v7Keys) {
        if (type == null) {
            throw new IllegalArgumentException("UuidColumnType is null");
        }
        List<MysqlWarning> warnings = new ArrayList<>(warnings());
        switch (type) {
            case NATIVE_UUID:
                if (!hasNativeUuidType()) {
                    warnings.add(MysqlWarning.NO_NATIVE_UUID_TYPE);
                } else if (v7Keys && !nativeUuidKeepsV7Order()) {
                    warnings.add(MysqlWarning.MARIADB_UUID_BREAKS_V7_ORDER);
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
        return Arrays.compare(new int[] {major, minor, patch}, new int[] {ma, mi, pa}) >= 0;
    }

    @Override
    public String toString() {
        return flavor + " " + MessageText.escape(version) + " (sql_mode=" + MessageText.quote(sqlMode)
                + ", strict=" + isStrict()
                + ", rewriteBatchedStatements=" + rewriteBatchedStatements + ")";
    }

    /** Connector/J specifics, isolated so the class loads without the driver on the class path. */
    static final class ConnectorJ {

        private ConnectorJ() {
        }

        static Boolean rewriteBatchedStatements(Connection connection) {
            try {
                return Reader.rewriteBatchedStatements(connection);
            } catch (LinkageError e) {
                return null; // Connector/J is not on the class path
            }
        }

        private static final class Reader {
            static Boolean rewriteBatchedStatements(Connection connection) {
                try {
                    if (!connection.isWrapperFor(com.mysql.cj.jdbc.JdbcConnection.class)) {
                        return null;
                    }
                    return connection.unwrap(com.mysql.cj.jdbc.JdbcConnection.class).getPropertySet()
                            .getBooleanProperty(com.mysql.cj.conf.PropertyKey.rewriteBatchedStatements).getValue();
                } catch (SQLException | RuntimeException e) {
                    return null;
                }
            }
        }
    }
}
