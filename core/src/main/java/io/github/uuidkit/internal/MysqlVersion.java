package io.github.uuidkit.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a MySQL or MariaDB server, parsed once from its version text, and the one rule for whether it has a
 * native {@code UUID} column type: used by core's {@code UuidJdbc.nativeUuidKind} and by the {@code mysql-binary16}
 * module's {@code MysqlServerInfo}, so the two never disagree.
 *
 * <p><b>Not API.</b> This package is internal to uuidkit (exported only to uuidkit's own modules) and may change in
 * any release.
 *
 * <p>Accepted text: {@code major.minor.patch}, optionally followed by {@code -} and any suffix, as servers report it
 * ({@code 8.0.36}, {@code 8.0.36-0ubuntu0.22.04.1}, {@code 11.4.5-MariaDB-log},
 * {@code 10.6.16-11-MariaDB-enterprise}); the handshake form {@code 5.5.5-10.11.6-MariaDB} (MariaDB below 11
 * through MySQL Connector/J's {@code getDatabaseProductVersion()}) is read as MariaDB 10.11.6. The server is MariaDB
 * if the text contains {@code MariaDB} (any case), and MariaDB Enterprise Server if it also contains
 * {@code enterprise}.
 */
public final class MysqlVersion {

    /** {@code major.minor.patch}, then nothing or {@code -suffix}; up to 5 digits per number, so each fits an int. */
    private static final Pattern VERSION = Pattern.compile("(\\d{1,5})\\.(\\d{1,5})\\.(\\d{1,5})(-.*)?");

    /** What MariaDB below 11 puts before its own version in the protocol handshake. */
    private static final String HANDSHAKE_PREFIX = "5.5.5-";

    private final boolean mariaDb;
    private final boolean enterprise;
    private final int major;
    private final int minor;
    private final int patch;

    private MysqlVersion(boolean mariaDb, boolean enterprise, int major, int minor, int patch) {
        this.mariaDb = mariaDb;
        this.enterprise = enterprise;
        this.major = major;
        this.minor = minor;
        this.patch = patch;
    }

    /**
     * Parses a server's version text.
     *
     * @param version the text, e.g. {@code 8.0.36}, {@code 11.4.5-MariaDB-log} or {@code 5.5.5-10.11.6-MariaDB}
     * @return the version
     * @throws IllegalArgumentException if the text is not of the accepted form; the message quotes it (escaped)
     */
    public static MysqlVersion parse(String version) {
        Objects.requireNonNull(version, "version");
        String lower = version.toLowerCase(Locale.ROOT);
        boolean mariaDb = lower.contains("mariadb");
        String own = version;
        if (mariaDb && version.startsWith(HANDSHAKE_PREFIX)
                && VERSION.matcher(version.substring(HANDSHAKE_PREFIX.length())).matches()) {
            own = version.substring(HANDSHAKE_PREFIX.length());
        }
        Matcher m = VERSION.matcher(own);
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot parse server version " + MessageText.quote(version) + ": expected"
                    + " major.minor.patch, optionally followed by '-' and a suffix, e.g. 8.0.36,"
                    + " 8.0.36-0ubuntu0.22.04.1, 11.4.5-MariaDB-log or 5.5.5-10.11.6-MariaDB");
        }
        return new MysqlVersion(mariaDb, mariaDb && lower.contains("enterprise"), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /**
     * Tells whether the server is MariaDB.
     *
     * @return true for MariaDB, false for MySQL
     */
    public boolean isMariaDb() {
        return mariaDb;
    }

    /**
     * Tells whether the server is MariaDB Enterprise Server.
     *
     * @return true if the version text names MariaDB and {@code enterprise}
     */
    public boolean isEnterprise() {
        return enterprise;
    }

    /**
     * Returns the major version.
     *
     * @return e.g. 8 or 11
     */
    public int major() {
        return major;
    }

    /**
     * Returns the minor version.
     *
     * @return the minor version
     */
    public int minor() {
        return minor;
    }

    /**
     * Returns the patch version.
     *
     * @return the patch version
     */
    public int patch() {
        return patch;
    }

    /**
     * Tells whether the version is at least {@code ma.mi.pa}.
     *
     * @param ma major
     * @param mi minor
     * @param pa patch
     * @return true if this version is the same or later
     */
    public boolean atLeast(int ma, int mi, int pa) {
        if (major != ma) {
            return major > ma;
        }
        if (minor != mi) {
            return minor > mi;
        }
        return patch >= pa;
    }

    /**
     * The one rule for a native {@code UUID} column type: MariaDB 10.7 and later (MDEV-4958), and MariaDB Enterprise
     * Server 10.6 from 10.6.9 (backported from 10.7, MENT-1459). MySQL has none.
     *
     * @return true if the server has a {@code UUID} column type
     */
    public boolean hasNativeUuidType() {
        return mariaDb && (atLeast(10, 7, 0) || (enterprise && major == 10 && minor == 6 && patch >= 9));
    }
}
