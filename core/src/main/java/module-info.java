/**
 * uuidkit core: UUID v7/v4/v5 generation, byte layouts, strict text, database order and plain JDBC
 * binding. No dependencies beyond the JDK.
 *
 * <p>{@code java.sql} is needed only by {@link io.github.uuidkit.jdbc}: it is a static (optional)
 * dependency, so an image without {@code java.sql} can use everything else; code that calls
 * {@code UuidJdbc} passes JDBC objects and therefore has {@code java.sql} itself. {@code org.crac}
 * ({@code io.github.crac:org-crac}, whose jar has no module name of its own: {@code org.crac} comes
 * from its file name) is optional too: when present, generators reseed after a CRaC/SnapStart
 * restore. The package
 * {@code io.github.uuidkit.internal} is exported only to the other uuidkit modules (the command line
 * {@code uuidkit-cli}, automatic module {@code io.github.uuidkit.cli}, included).
 */
// "module": the qualified export names modules built after this one; "requires-automatic": org.crac.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.uuidkit {
    requires static transitive java.sql;
    requires static org.crac;

    exports io.github.uuidkit;
    exports io.github.uuidkit.jdbc;
    exports io.github.uuidkit.internal to io.github.uuidkit.mysql, io.github.uuidkit.jooq, io.github.uuidkit.cli,
            io.github.uuidkit.hibernate;
}
