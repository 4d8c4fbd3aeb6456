package io.github.uuidkit.bench;

import io.github.uuidkit.doctor.IndexShape;

/**
 * What one round of a table load measured.
 *
 * @param round 1-based round number
 * @param rowsAfter rows in the table at the end of the round
 * @param rows rows inserted in the round
 * @param seconds wall-clock time of the round's inserts and commits
 * @param batchSeconds wall-clock time of each transaction of the round, in order
 * @param logBytes bytes of WAL (PostgreSQL, {@code pg_current_wal_lsn()} difference) or redo (InnoDB,
 *     {@code Innodb_os_log_written}) written during the round; -1 when unknown
 * @param bufferReads pages the engine read into its own buffer during the round: PostgreSQL
 *     {@code pg_statio_user_tables.idx_blks_read} of the table, InnoDB {@code Innodb_buffer_pool_reads}
 * @param index the primary-key index after the round
 */
record Round(int round, long rowsAfter, long rows, double seconds, double[] batchSeconds, long logBytes,
             long bufferReads, IndexShape index) {

    /**
     * The round's time estimated from its median transaction: median × transactions. On a machine shared with
     * other work, a burst of someone else's load inflates a few transactions; the median ignores them while a
     * change of the engine's own cost (every transaction slower) moves it fully.
     */
    double medianSeconds() {
        return QueryBench.percentile(batchSeconds, 50) * batchSeconds.length;
    }

    double rowsPerSecond() {
        return rows / seconds;
    }
}
