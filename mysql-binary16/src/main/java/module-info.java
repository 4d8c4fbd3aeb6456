/**
 * uuidkit for MySQL and MariaDB: server facts and warnings, schema DDL and a UUID v7 backfill, over
 * any JDBC driver.
 *
 * <p>No driver is required: MySQL Connector/J 9 has no module descriptor and no
 * {@code Automatic-Module-Name} (its module name would come from the jar's file name), so
 * {@code MysqlServerInfo.detect} reads Connector/J's {@code rewriteBatchedStatements} reflectively
 * when the connection is a Connector/J one, with the driver on the class path or the module path.
 */
module io.github.uuidkit.mysql {
    requires transitive io.github.uuidkit;
    requires transitive java.sql;

    exports io.github.uuidkit.mysql;
}
