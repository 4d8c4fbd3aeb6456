package io.github.uuidkit.it.support;

/** The database engine families the integration tests run against. */
public enum EngineKind {
    POSTGRES("postgres"),
    MYSQL("mysql"),
    MARIADB("mariadb");

    private final String key;

    EngineKind(String key) {
        this.key = key;
    }

    /** Lower-case key used in configuration names, e.g. {@code uuidkit.it.postgres.url}. */
    public String key() {
        return key;
    }

    /** True for MySQL and MariaDB, which both speak the MySQL protocol and use Connector/J here. */
    public boolean isMySqlFamily() {
        return this != POSTGRES;
    }
}
