package io.github.uuidkit.doctor;

/**
 * A B-tree index as the engine describes it (see {@link IndexIntrospection}).
 *
 * @param name the index name ({@code PRIMARY} for an InnoDB primary key)
 * @param bytes allocated size in bytes: PostgreSQL {@code pg_relation_size}; InnoDB {@code size} pages of
 *     {@code mysql.innodb_index_stats} times {@code innodb_page_size}; -1 when unknown
 * @param leafPages leaf pages: PostgreSQL {@code pgstatindex().leaf_pages}, InnoDB {@code n_leaf_pages}; -1 when unknown
 * @param leafDensity PostgreSQL {@code pgstatindex().avg_leaf_density} in percent; NaN on InnoDB (no such figure)
 * @param leafFragmentation PostgreSQL {@code pgstatindex().leaf_fragmentation} in percent; NaN on InnoDB
 */
public record IndexShape(String name, long bytes, long leafPages, double leafDensity, double leafFragmentation) {
}
