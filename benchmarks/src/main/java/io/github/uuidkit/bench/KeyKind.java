package io.github.uuidkit.bench;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A primary-key strategy loaded by {@link FragmentationReport}: its DDL per engine family, whether
 * the application binds the key, and how.
 */
enum KeyKind {

    /** {@code BIGINT} identity / {@code AUTO_INCREMENT}: the sequential baseline. */
    BIGINT("BIGINT identity", null, null, true, true),
    /** Random v4 minted in the application: the scatter case. */
    V4("uuid v4 (app)", Uuids::v4, UuidColumnKind.POSTGRES_UUID, true, false),
    /** uuidkit v7 minted in the application, bound through {@link io.github.uuidkit.jdbc.UuidJdbc}. */
    V7("uuidkit v7 (app)", Uuids::v7, UuidColumnKind.POSTGRES_UUID, true, false),
    /** PostgreSQL 18 {@code uuidv7()} as the column default. */
    V7_SERVER("uuidv7() (server)", null, null, true, false),
    /** MySQL/MariaDB {@code BINARY(16)}, random v4. */
    BINARY_V4("BINARY(16) v4", Uuids::v4, UuidColumnKind.BINARY16, false, true),
    /** MySQL/MariaDB {@code BINARY(16)}, uuidkit v7 in standard (RFC) layout. */
    BINARY_V7("BINARY(16) v7 standard", Uuids::v7, UuidColumnKind.BINARY16, false, true),
    /** MySQL/MariaDB {@code BINARY(16)}, uuidkit v7 in MySQL's swapped layout {@code UUID_TO_BIN(x,1)}. */
    BINARY_V7_SWAPPED("BINARY(16) v7 swapped", Uuids::v7, UuidColumnKind.BINARY16_TIME_SWAPPED, false, true);

    final String label;
    final Supplier<UUID> ids;
    final UuidColumnKind columnType;
    final boolean onPostgres;
    final boolean onMySqlFamily;

    KeyKind(String label, Supplier<UUID> ids, UuidColumnKind columnType, boolean onPostgres, boolean onMySqlFamily) {
        this.label = label;
        this.ids = ids;
        this.columnType = columnType;
        this.onPostgres = onPostgres;
        this.onMySqlFamily = onMySqlFamily;
    }

    /** True when the application mints and binds the key. */
    boolean appMinted() {
        return ids != null;
    }

    /** The CREATE TABLE statement for this key on PostgreSQL or on MySQL/MariaDB. */
    String ddl(String table, boolean postgres) {
        if (postgres) {
            switch (this) {
                case BIGINT:
                    return "CREATE TABLE " + table + " (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n bigint NOT NULL)";
                case V7_SERVER:
                    return "CREATE TABLE " + table + " (id uuid DEFAULT uuidv7() PRIMARY KEY, n bigint NOT NULL)";
                default:
                    return "CREATE TABLE " + table + " (id uuid PRIMARY KEY, n bigint NOT NULL)";
            }
        }
        if (this == BIGINT) {
            return "CREATE TABLE " + table + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, n BIGINT NOT NULL) ENGINE=InnoDB";
        }
        return "CREATE TABLE " + table + " (id BINARY(16) PRIMARY KEY, n BIGINT NOT NULL) ENGINE=InnoDB";
    }
}
