package io.github.uuidkit.spring.boot;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** Resolves {@code uuidkit.column-kind}: the configured kind, else POSTGRES_UUID on PostgreSQL, else an error. */
final class ColumnKinds {

    /** The property, as the messages name it. */
    static final String PROPERTY = "uuidkit.column-kind";

    private ColumnKinds() {
    }

    /**
     * The kind of the application's UUID columns.
     *
     * @param configured the value of {@value #PROPERTY}, or null
     * @param postgres whether the database is PostgreSQL
     * @param database the database, for the message (e.g. {@code MySQL 8.0.31})
     * @return the configured kind, else {@code POSTGRES_UUID} on PostgreSQL
     * @throws IllegalStateException if no kind is configured and the database is not PostgreSQL
     */
    static UuidColumnKind resolve(UuidColumnKind configured, boolean postgres, String database) {
        if (configured != null) {
            return configured;
        }
        if (postgres) {
            return UuidColumnKind.POSTGRES_UUID;
        }
        throw new IllegalStateException("uuidkit: set " + PROPERTY + " to the kind of the UUID columns on " + database
                + ", one of " + Arrays.toString(UuidColumnKind.values()) + " (e.g. " + PROPERTY + "=BINARY16 for"
                + " BINARY(16) columns written by UUID_TO_BIN(x), MARIADB_UUID for MariaDB's UUID type, CHAR36 for"
                + " CHAR(36)); it is detected on PostgreSQL only (POSTGRES_UUID), because a MySQL or MariaDB schema may"
                + " hold any of them");
    }

    /**
     * Resolves the kind for a JDBC data source, borrowing one connection only when no kind is configured
     * ({@link UuidJdbc#nativeUuidKind(Connection)} tells PostgreSQL).
     *
     * @param configured the configured kind, or null
     * @param dataSource the application's data source
     * @return the kind
     * @throws IllegalStateException if the kind cannot be resolved, or the database cannot be reached
     */
    static UuidColumnKind resolve(UuidColumnKind configured, DataSource dataSource) {
        if (configured != null) {
            return configured;
        }
        Objects.requireNonNull(dataSource, "dataSource");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData metaData = connection.getMetaData();
            String database = metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
            boolean postgres;
            try {
                postgres = UuidJdbc.nativeUuidKind(connection) == UuidColumnKind.POSTGRES_UUID;
            } catch (SQLFeatureNotSupportedException e) {
                postgres = false;
            }
            return resolve(null, postgres, database);
        } catch (SQLException e) {
            throw new IllegalStateException("uuidkit: cannot detect the database to choose " + PROPERTY
                    + " (set it to skip the detection): " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
