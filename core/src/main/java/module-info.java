/**
 * uuidkit core: UUID v7/v4/v5 generation, byte layouts, strict text, database order and plain JDBC
 * binding. No dependencies beyond the JDK.
 *
 * <p>{@code java.sql} is needed only by {@link io.github.uuidkit.jdbc}: it is a static (optional)
 * dependency, so an image without {@code java.sql} can use everything else; code that calls
 * {@code UuidJdbc} passes JDBC objects and therefore has {@code java.sql} itself. The package
 * {@code io.github.uuidkit.internal} is exported only to the other uuidkit modules; the command line
 * ({@code io.github.uuidkit.cli}) is not exported.
 */
module io.github.uuidkit {
    requires static transitive java.sql;

    exports io.github.uuidkit;
    exports io.github.uuidkit.jdbc;
    exports io.github.uuidkit.internal to io.github.uuidkit.mysql, io.github.uuidkit.jooq;
}
