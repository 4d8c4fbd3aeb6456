package io.github.uuidkit.spring.boot;

import io.github.uuidkit.jdbc.UuidColumnKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code uuidkit.*} properties of the auto-configuration.
 *
 * <pre>{@code
 * uuidkit.column-kind=binary16          # the kind of the UUID columns; PostgreSQL: detected (POSTGRES_UUID)
 * uuidkit.v7-ids=true                   # assign a v7 id to a null @Id UUID on save (Spring Data JDBC and R2DBC)
 * uuidkit.mysql.strict-check=fail       # fail | warn | off: the MySQL/MariaDB startup check
 * }</pre>
 */
@ConfigurationProperties("uuidkit")
public class UuidkitProperties {

    /**
     * The kind of the application's UUID columns (the default kind of the Spring Data converters, of MyBatis's UUID
     * type handler, and Hibernate's uuidkit.hibernate.uuid_column_kind): POSTGRES_UUID, MARIADB_UUID,
     * BINARY16, BINARY16_TIME_SWAPPED or CHAR36. Unset: POSTGRES_UUID on PostgreSQL, detected once at startup; on
     * MySQL, MariaDB and any other database the application fails to start until it is set.
     */
    private UuidColumnKind columnKind;

    /**
     * Whether Spring Data JDBC and R2DBC assign a UUID v7 (Uuids.v7()) to a null @Id of type UUID before saving.
     */
    private boolean v7Ids = true;

    /** The MySQL/MariaDB settings. */
    private final Mysql mysql = new Mysql();

    /** Creates the properties with their defaults. */
    public UuidkitProperties() {
    }

    /**
     * Returns the configured column kind.
     *
     * @return the kind, or null when unset (then detected on PostgreSQL)
     */
    public UuidColumnKind getColumnKind() {
        return columnKind;
    }

    /**
     * Sets the column kind.
     *
     * @param columnKind the kind, or null to detect it
     */
    public void setColumnKind(UuidColumnKind columnKind) {
        this.columnKind = columnKind;
    }

    /**
     * Returns whether null {@code UUID} ids get a v7 id on save.
     *
     * @return true by default
     */
    public boolean isV7Ids() {
        return v7Ids;
    }

    /**
     * Sets whether null {@code UUID} ids get a v7 id on save.
     *
     * @param v7Ids false to leave null ids to the application (or the database)
     */
    public void setV7Ids(boolean v7Ids) {
        this.v7Ids = v7Ids;
    }

    /**
     * Returns the MySQL/MariaDB settings.
     *
     * @return the settings, never null
     */
    public Mysql getMysql() {
        return mysql;
    }

    /** The {@code uuidkit.mysql.*} properties. */
    public static class Mysql {

        /**
         * What the startup check does on a MySQL or MariaDB server whose sql_mode is not strict or whose native UUID
         * type breaks v7 keys: FAIL refuses to start, WARN logs each finding, OFF does not check.
         */
        private StrictCheck strictCheck = StrictCheck.FAIL;

        /** Creates the settings with their defaults. */
        public Mysql() {
        }

        /**
         * Returns what the startup check does.
         *
         * @return {@link StrictCheck#FAIL} by default
         */
        public StrictCheck getStrictCheck() {
            return strictCheck;
        }

        /**
         * Sets what the startup check does.
         *
         * @param strictCheck fail, warn or off
         */
        public void setStrictCheck(StrictCheck strictCheck) {
            this.strictCheck = strictCheck;
        }
    }

    /** What the MySQL/MariaDB startup check does with its findings. */
    public enum StrictCheck {
        /** Refuse to start, with a message listing the findings. */
        FAIL,
        /** Log each finding as a warning and start. */
        WARN,
        /** Do not check. */
        OFF
    }
}
