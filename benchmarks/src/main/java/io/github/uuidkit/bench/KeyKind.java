package io.github.uuidkit.bench;

import io.github.uuidkit.jdbc.UuidColumnKind;

/**
 * A primary-key strategy loaded by {@link FragmentationReport}: its DDL per engine family, whether
 * the application binds the key, and how.
 */
enum KeyKind {

    /** {@code BIGINT} identity / {@code AUTO_INCREMENT}: the sequential baseline. */
    BIGINT("BIGINT identity", Ids.SERVER, null, true, true),
    /** Random v4 minted in the application: the scatter case. */
    V4("uuid v4 (app)", Ids.V4, UuidColumnKind.POSTGRES_UUID, true, false),
    /** uuidkit v7 minted in the application, bound through {@link io.github.uuidkit.jdbc.UuidJdbc}. */
    V7("uuidkit v7 (app)", Ids.V7, UuidColumnKind.POSTGRES_UUID, true, false),
    /** PostgreSQL 18 {@code uuidv7()} as the column default. */
    V7_SERVER("uuidv7() (server)", Ids.SERVER, null, true, false),
    /** MySQL/MariaDB {@code BINARY(16)}, random v4. */
    BINARY_V4("BINARY(16) v4", Ids.V4, UuidColumnKind.BINARY16, false, true),
    /** MySQL/MariaDB {@code BINARY(16)}, uuidkit v7 in standard (RFC) layout. */
    BINARY_V7("BINARY(16) v7 standard", Ids.V7, UuidColumnKind.BINARY16, false, true),
    /** MySQL/MariaDB {@code BINARY(16)}, uuidkit v7 in MySQL's swapped layout {@code UUID_TO_BIN(x,1)}. */
    BINARY_V7_SWAPPED("BINARY(16) v7 swapped", Ids.V7, UuidColumnKind.BINARY16_TIME_SWAPPED, false, true);

    /** Where a key comes from. */
    enum Ids {
        /** The server assigns it (identity, AUTO_INCREMENT, {@code uuidv7()} default). */
        SERVER,
        /** {@link io.github.uuidkit.Uuids#v4()} in the application. */
        V4,
        /** A {@link io.github.uuidkit.V7Generator} on the load's simulated clock, in the application. */
        V7
    }

    final String label;
    final Ids ids;
    final UuidColumnKind columnType;
    final boolean onPostgres;
    final boolean onMySqlFamily;

    KeyKind(String label, Ids ids, UuidColumnKind columnType, boolean onPostgres, boolean onMySqlFamily) {
        this.label = label;
        this.ids = ids;
        this.columnType = columnType;
        this.onPostgres = onPostgres;
        this.onMySqlFamily = onMySqlFamily;
    }

    /** True when the application mints and binds the key. */
    boolean appMinted() {
        return ids != Ids.SERVER;
    }

    /** True for the random-key kinds (v4 in any column). */
    boolean random() {
        return ids == Ids.V4;
    }

    /** True for the app-minted v7 kinds in standard byte order (the ones whose key order is time order). */
    boolean timeOrdered() {
        return ids == Ids.V7 && columnType != UuidColumnKind.BINARY16_TIME_SWAPPED;
    }

    /** The CREATE TABLE statement for this key on PostgreSQL or on MySQL/MariaDB. */
    String ddl(String table, boolean postgres) {
        if (postgres) {
            // autovacuum off: a vacuum of the previous table would write WAL and compete during this load;
            // the report runs VACUUM (ANALYZE) itself after each load, outside the measurement
            String rest = ", created_at timestamptz NOT NULL, n bigint NOT NULL) WITH (autovacuum_enabled = off)";
            switch (this) {
                case BIGINT:
                    return "CREATE TABLE " + table + " (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY" + rest;
                case V7_SERVER:
                    return "CREATE TABLE " + table + " (id uuid DEFAULT uuidv7() PRIMARY KEY" + rest;
                default:
                    return "CREATE TABLE " + table + " (id uuid PRIMARY KEY" + rest;
            }
        }
        String rest = ", created_at DATETIME(3) NOT NULL, n BIGINT NOT NULL) ENGINE=InnoDB";
        if (this == BIGINT) {
            return "CREATE TABLE " + table + " (id BIGINT AUTO_INCREMENT PRIMARY KEY" + rest;
        }
        return "CREATE TABLE " + table + " (id BINARY(16) PRIMARY KEY" + rest;
    }
}
