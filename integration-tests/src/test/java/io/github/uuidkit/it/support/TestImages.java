package io.github.uuidkit.it.support;

import java.util.List;

/**
 * The Docker images of the Testcontainers matrix, pinned in one place. The first image of each list is the
 * "primary" engine of its kind ({@link Engines#postgres()} etc.).
 */
public final class TestImages {

    public static final String POSTGRES_18 = "postgres:18";
    public static final String POSTGRES_16 = "postgres:16";
    public static final String MYSQL_8_4 = "mysql:8.4";
    public static final String MYSQL_9 = "mysql:9";
    public static final String MARIADB_11_4 = "mariadb:11.4";

    static final List<String> POSTGRES = List.of(POSTGRES_18, POSTGRES_16);
    static final List<String> MYSQL = List.of(MYSQL_8_4, MYSQL_9);
    static final List<String> MARIADB = List.of(MARIADB_11_4);

    private TestImages() {
    }

    static List<String> of(EngineKind kind) {
        switch (kind) {
            case POSTGRES:
                return POSTGRES;
            case MYSQL:
                return MYSQL;
            case MARIADB:
                return MARIADB;
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }
}
