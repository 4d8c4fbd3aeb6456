package io.github.uuidkit.bench;

/**
 * The primary-key index as the engine describes it.
 *
 * @param bytes allocated size: PostgreSQL {@code pg_relation_size}, InnoDB {@code size} pages × page size
 *     of the clustered PRIMARY index (which holds the rows)
 * @param leafPages leaf pages: PostgreSQL {@code pgstatindex().leaf_pages}, InnoDB {@code n_leaf_pages}
 * @param leafDensity PostgreSQL {@code pgstatindex().avg_leaf_density} in percent; NaN on InnoDB (no
 *     engine-reported figure)
 */
record IndexShape(long bytes, long leafPages, double leafDensity) {
}
