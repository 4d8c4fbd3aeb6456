/**
 * uuidkit doctor: audits the UUID columns of an existing PostgreSQL, MySQL or MariaDB database over a JDBC
 * {@link java.sql.Connection} the caller opens (read only), and renders the report as text, Markdown or JSON.
 *
 * <p>No JDBC driver is required: the caller brings its own. The runnable command line ({@code uuidkit-cli}) is built
 * on this module.
 */
module io.github.uuidkit.doctor {
    requires transitive io.github.uuidkit;
    requires transitive io.github.uuidkit.mysql;
    requires transitive java.sql;

    exports io.github.uuidkit.doctor;
    exports io.github.uuidkit.migrate;
}
