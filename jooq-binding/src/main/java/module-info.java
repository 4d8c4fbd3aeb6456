/**
 * uuidkit for jOOQ: converters and bindings for UUID columns, UUID v7 time-range and keyset conditions.
 *
 * <p>jOOQ ({@code org.jooq}, the module name of jOOQ 3.19 and 3.21) is a plain, transitive dependency, not a static
 * one: every type of this module's API is a jOOQ type, so the module cannot be used without jOOQ, and a missing jOOQ
 * then fails at start-up (module resolution) instead of at the first call. The Maven dependency stays
 * {@code provided}: the application chooses its jOOQ version and edition.
 */
module io.github.uuidkit.jooq {
    requires transitive io.github.uuidkit;
    requires transitive org.jooq;
    requires java.sql;

    exports io.github.uuidkit.jooq;
    exports io.github.uuidkit.jooq.bindings;
    exports io.github.uuidkit.jooq.converters;
}
