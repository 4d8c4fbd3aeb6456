package io.github.uuidkit.bench;

import io.github.uuidkit.doctor.IndexIntrospection;
import io.github.uuidkit.doctor.IndexShape;
import io.github.uuidkit.it.support.Engine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the report asks an engine about a table: the engine's own counters (WAL or redo, buffer reads) and the
 * primary-key index's shape (read by uuidkit-doctor's {@link IndexIntrospection}, the one implementation the doctor
 * uses too). Reads leave the connection in auto-commit mode as they found it.
 */
abstract class Introspection {

    /**
     * Engine counters at one moment.
     *
     * @param logBytes WAL (PostgreSQL) or redo (InnoDB) position in bytes, -1 when unknown
     * @param reads pages read into the engine's buffer (for PostgreSQL: of this table's heap and indexes)
     * @param indexReads of those, index pages (PostgreSQL); InnoDB does not split them and repeats {@code reads}
     */
    record Counters(long logBytes, long reads, long indexReads) {
        Counters minus(Counters before) {
            return new Counters(logBytes < 0 || before.logBytes < 0 ? -1 : logBytes - before.logBytes,
                    reads - before.reads, indexReads - before.indexReads);
        }
    }

    static Introspection of(Engine engine) {
        return engine.isPostgres() ? new Postgres() : new InnoDb();
    }

    /**
     * Prepares a fresh table's load: the previous load's dirty pages are written first (PostgreSQL: the pgstattuple
     * extension, then a {@code CHECKPOINT}; InnoDB: a flush of the buffer pool's dirty pages).
     */
    abstract void beforeLoad(Connection c) throws SQLException;

    /** The engine's counters now; {@code table} selects PostgreSQL's per-table statistics. */
    abstract Counters counters(Connection c, String table) throws SQLException;

    /** The primary-key index of {@code table} now. */
    abstract IndexShape index(Connection c, String table) throws SQLException;

    /** PostgreSQL: {@code pg_current_wal_lsn}, {@code pg_statio_user_tables}, {@code pgstatindex}. */
    static final class Postgres extends Introspection {

        @Override
        void beforeLoad(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple");
                s.execute("CHECKPOINT");
            }
        }

        @Override
        Counters counters(Connection c, String table) throws SQLException {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                // This backend's statistics reach the shared counters when it goes idle; make that flush
                // unconditional (PostgreSQL 15+), then read in the next transaction.
                if (c.getMetaData().getDatabaseMajorVersion() >= 15) {
                    s.execute("SELECT pg_stat_force_next_flush()"); // before 15 the statistics lag by ~0.5 s
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint,"
                        + " coalesce(heap_blks_read, 0) + coalesce(idx_blks_read, 0), coalesce(idx_blks_read, 0)"
                        + " FROM pg_statio_user_tables WHERE relname = ?")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new SQLException("no pg_statio_user_tables row for " + table);
                        }
                        return new Counters(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                    }
                }
            } finally {
                c.setAutoCommit(auto);
            }
        }

        @Override
        IndexShape index(Connection c, String table) throws SQLException {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            // pgstatindex reads through a small ring buffer (bulk-read strategy): it does not evict the cache.
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                rs.next();
                return IndexIntrospection.postgres(c, rs.getString(1), table + "_pkey");
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /** InnoDB (MySQL, MariaDB): global status counters and {@code mysql.innodb_index_stats}. */
    static final class InnoDb extends Introspection {

        /** Dirty pages left when a settle stops waiting: background work keeps a few pages dirty. */
        static final long SETTLED_DIRTY_PAGES = 16;

        /**
         * InnoDB's counterpart of PostgreSQL's {@code CHECKPOINT}: writes the dirty pages the previous load left in
         * the buffer pool ({@code innodb_max_dirty_pages_pct = 0} until {@code Innodb_buffer_pool_pages_dirty} is at
         * most {@link #SETTLED_DIRTY_PAGES}, 30 s at most, then the setting is restored), so that this table's first
         * rounds do not pay for the previous table's flushing.
         */
        @Override
        void beforeLoad(Connection c) throws SQLException {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                String pct;
                try (ResultSet rs = s.executeQuery("SELECT @@global.innodb_max_dirty_pages_pct")) {
                    rs.next();
                    pct = rs.getString(1);
                }
                s.execute("SET GLOBAL innodb_max_dirty_pages_pct = 0");
                try {
                    long deadline = System.nanoTime() + 30_000_000_000L;
                    while (dirtyPages(s) > SETTLED_DIRTY_PAGES && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    s.execute("SET GLOBAL innodb_max_dirty_pages_pct = " + Double.parseDouble(pct));
                }
            } finally {
                c.setAutoCommit(auto);
            }
        }

        private static long dirtyPages(Statement s) throws SQLException {
            try (ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'")) {
                if (!rs.next()) {
                    throw new SQLException("no Innodb_buffer_pool_pages_dirty in SHOW GLOBAL STATUS");
                }
                return rs.getLong(2);
            }
        }

        @Override
        Counters counters(Connection c, String table) throws SQLException {
            long reads = -1;
            long log = -1;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE"
                    + " Variable_name IN ('Innodb_buffer_pool_reads', 'Innodb_os_log_written')")) {
                while (rs.next()) {
                    if (rs.getString(1).equalsIgnoreCase("Innodb_buffer_pool_reads")) {
                        reads = rs.getLong(2);
                    } else {
                        log = rs.getLong(2);
                    }
                }
            }
            if (reads < 0) {
                throw new SQLException("no Innodb_buffer_pool_reads in SHOW GLOBAL STATUS");
            }
            return new Counters(log, reads, reads);
        }

        @Override
        IndexShape index(Connection c, String table) throws SQLException {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("ANALYZE TABLE " + table)) {
                    while (rs.next()) {
                        // drain: ANALYZE returns a status row
                    }
                }
                String database;
                try (ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
                    rs.next();
                    database = rs.getString(1);
                }
                return IndexIntrospection.innodb(c, database, table, "PRIMARY").orElseThrow(() -> new SQLException(
                        "No InnoDB index statistics for " + table + " after ANALYZE TABLE"));
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
