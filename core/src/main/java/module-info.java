/**
 * uuidkit core: UUID v7/v4/v5 generation, byte layouts, strict text, database order and plain JDBC
 * binding. No dependencies beyond the JDK.
 *
 * <p>{@code java.sql} is needed only by {@link io.github.uuidkit.jdbc}: it is a static (optional)
 * dependency, so an image without {@code java.sql} can use everything else; code that calls
 * {@code UuidJdbc} passes JDBC objects and therefore has {@code java.sql} itself. No module is
 * required for CRaC: when {@code io.github.crac:org-crac} is in the module graph (or on the class
 * path), generators reseed after a CRaC/SnapStart restore, found at run time because that jar has
 * no module name of its own to require. The package
 * {@code io.github.uuidkit.internal} is exported only to the other uuidkit modules that use it (the doctor and the
 * command line {@code uuidkit-cli}, automatic module {@code io.github.uuidkit.cli}, included).
 */
// "module": the qualified export names modules built after this one.
@SuppressWarnings("module")
module io.github.uuidkit {
    requires static transitive java.sql;

    exports io.github.uuidkit;
    exports io.github.uuidkit.jdbc;
    exports io.github.uuidkit.internal to io.github.uuidkit.mysql, io.github.uuidkit.jooq, io.github.uuidkit.cli,
            io.github.uuidkit.doctor,
            io.github.uuidkit.hibernate;
}
