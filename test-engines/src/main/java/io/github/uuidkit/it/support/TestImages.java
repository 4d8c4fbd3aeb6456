package io.github.uuidkit.it.support;

import java.util.List;

/**
 * The Docker images of the Testcontainers matrix, pinned to exact versions in one place. The first image of each list is the
 * "primary" engine of its kind ({@link Engines#postgres()} etc.).
 */
public final class TestImages {

    public static final String POSTGRES_18 = "postgres:18.1";
    public static final String POSTGRES_17 = "postgres:17.7";
    public static final String POSTGRES_16 = "postgres:16.11";
    public static final String POSTGRES_15 = "postgres:15.15";
    public static final String POSTGRES_14 = "postgres:14.20";
    public static final String MYSQL_8_0 = "mysql:8.0.31";
    public static final String MYSQL_8_4 = "mysql:8.4.7";
    public static final String MYSQL_9 = "mysql:9.5.0";
    public static final String MARIADB_11_4 = "mariadb:11.4.5";
    public static final String MARIADB_10_11 = "mariadb:10.11.5";

    static final List<String> POSTGRES = List.of(POSTGRES_18, POSTGRES_17, POSTGRES_16, POSTGRES_15, POSTGRES_14);
    static final List<String> MYSQL = List.of(MYSQL_8_4, MYSQL_9, MYSQL_8_0);
    static final List<String> MARIADB = List.of(MARIADB_11_4, MARIADB_10_11);

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
