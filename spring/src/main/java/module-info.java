/**
 * uuidkit for Spring Data JDBC: strict UUID conversion per column kind, selectable per property, a UUID v7 id
 * callback, a {@code Persistable} base that makes application-assigned ids insert, and a MySQL/MariaDB startup check.
 *
 * <p>Spring Data JDBC and Spring Framework (automatic modules {@code spring.data.jdbc}, {@code spring.data.relational},
 * {@code spring.data.commons}, {@code spring.core}, {@code spring.beans}, {@code spring.jdbc}) are plain, transitive
 * dependencies: the API's types are Spring types. The Maven dependencies stay {@code provided}: the application chooses
 * its Spring versions. Spring Data R2DBC, Reactive Streams and Reactor are static (optional): only the R2DBC
 * twins ({@code ReactiveUuidV7IdCallback}, {@code ReactiveUuidPersistableCallbacks}, {@code UuidR2dbcConverter})
 * need them.
 */
// "requires-transitive-automatic": the Spring jars ship no module-info, only Automatic-Module-Name.
@SuppressWarnings("requires-transitive-automatic")
module io.github.uuidkit.spring {
    requires transitive io.github.uuidkit;
    requires transitive io.github.uuidkit.mysql;
    requires transitive spring.data.jdbc;
    requires transitive spring.data.relational;
    requires transitive spring.data.commons;
    requires transitive spring.core;
    requires transitive spring.beans;
    requires transitive spring.jdbc;
    requires transitive spring.tx;
    requires java.sql;
    // Spring Data R2DBC: only the Reactive* callbacks and UuidR2dbcConverter need it
    requires static spring.data.r2dbc;
    requires static spring.r2dbc;
    requires static org.reactivestreams;
    requires static reactor.core;

    exports io.github.uuidkit.spring;
}
