package io.github.uuidkit.doctor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads the shape of a B-tree index from the engine's own statistics. The one implementation of index
 * introspection in uuidkit: the doctor's index health and the benchmarks' fragmentation report both use it. Every
 * method only reads (no {@code ANALYZE}, no {@code CREATE EXTENSION}): a caller that owns the table and wants fresh
 * InnoDB statistics runs {@code ANALYZE TABLE} first.
 */
public final class IndexIntrospection {

    private IndexIntrospection() {
    }

    /**
     * Tells whether PostgreSQL's {@code pgstattuple} extension (which provides {@code pgstatindex}) is installed in
     * the connected database.
     *
     * @param connection a PostgreSQL connection
     * @return true if {@code pg_extension} lists {@code pgstattuple}
     * @throws SQLException if the catalog cannot be read
     */
    public static boolean pgstattupleInstalled(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM pg_extension WHERE extname = 'pgstattuple'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * PostgreSQL: size, leaf pages, average leaf density and leaf fragmentation of one index, from
     * {@code pg_relation_size} and {@code pgstatindex} (which reads the whole index through a small ring buffer).
     * Needs {@code pgstattuple} and the right to execute {@code pgstatindex} (superuser or
     * {@code pg_stat_scan_tables}).
     *
     * @param connection a PostgreSQL connection
     * @param schema the index's schema
     * @param index the index name (unquoted, as in {@code pg_class.relname})
     * @return the index shape
     * @throws SQLException if the extension is missing, the index does not exist or the user may not read it
     */
    public static IndexShape postgres(Connection connection, String schema, String index) throws SQLException {
        String regclass = pgQuote(schema) + "." + pgQuote(index);
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_relation_size(?::regclass), leaf_pages,"
                + " avg_leaf_density, leaf_fragmentation FROM pgstatindex(?::regclass)")) {
            ps.setString(1, regclass);
            ps.setString(2, regclass);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new IndexShape(index, rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4));
            }
        }
    }

    /**
     * InnoDB (MySQL, MariaDB): size and leaf pages of one index from the persistent statistics
     * {@code mysql.innodb_index_stats} (as of the table's last {@code ANALYZE TABLE} or automatic recalculation),
     * size in bytes with {@code @@innodb_page_size}.
     *
     * @param connection a MySQL or MariaDB connection
     * @param schema the table's schema (database)
     * @param table the table name
     * @param index the index name, {@code PRIMARY} for the clustered primary key (which holds the rows)
     * @return the index shape, or empty when the statistics have no row for it (statistics not persistent, or not
     *     visible to this user)
     * @throws SQLException if the statistics table cannot be read (a user without SELECT on {@code mysql})
     */
    public static Optional<IndexShape> innodb(Connection connection, String schema, String table, String index)
            throws SQLException {
        long pageSize = innodbPageSize(connection);
        long pages = -1;
        long leafPages = -1;
        try (PreparedStatement ps = connection.prepareStatement("SELECT stat_name, stat_value FROM"
                + " mysql.innodb_index_stats WHERE database_name = ? AND table_name = ? AND index_name = ?"
                + " AND stat_name IN ('size', 'n_leaf_pages')")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            ps.setString(3, index);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("size".equals(rs.getString(1))) {
                        pages = rs.getLong(2);
                    } else {
                        leafPages = rs.getLong(2);
                    }
                }
            }
        }
        if (pages < 0) {
            return Optional.empty();
        }
        return Optional.of(new IndexShape(index, pages * pageSize, leafPages, Double.NaN, Double.NaN));
    }

    /**
     * InnoDB's page size in bytes ({@code @@innodb_page_size}, 16384 by default).
     *
     * @param connection a MySQL or MariaDB connection
     * @return the page size in bytes
     * @throws SQLException if the variable cannot be read
     */
    public static long innodbPageSize(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT @@innodb_page_size");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String pgQuote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
