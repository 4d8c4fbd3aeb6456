/**
 * uuidkit's Spring Boot 4 auto-configuration: Spring Data JDBC and R2DBC, Hibernate/JPA and MyBatis configured from
 * {@code uuidkit.column-kind}, {@code uuidkit.v7-ids} and {@code uuidkit.mysql.strict-check}.
 *
 * <p>Spring Boot's jars are automatic modules ({@code spring.boot}, {@code spring.boot.autoconfigure}, and one per
 * technology since Boot 4: {@code spring.boot.jdbc}, {@code spring.boot.data.jdbc}, ...). Boot itself and uuidkit-spring
 * are required; every technology module is {@code static}: the auto-configuration of a technology is conditional on
 * its classes. The package is opened to Spring, which instantiates the auto-configuration classes reflectively.
 */
// "requires-transitive-automatic", "requires-automatic": Spring Boot and the frameworks ship no module-info.
@SuppressWarnings({"requires-transitive-automatic", "requires-automatic"})
module io.github.uuidkit.spring.boot {
    requires transitive io.github.uuidkit.spring;
    requires transitive spring.boot;
    requires transitive spring.boot.autoconfigure;
    requires spring.context;
    requires java.sql;

    // Spring Data JDBC
    requires static spring.boot.jdbc;
    requires static spring.boot.data.jdbc;
    // Spring Data R2DBC
    requires static spring.boot.r2dbc;
    requires static spring.boot.data.r2dbc;
    requires static spring.data.r2dbc;
    requires static spring.r2dbc;
    requires static r2dbc.spi;
    requires static reactor.core;
    requires static org.reactivestreams;
    // Hibernate/JPA
    requires static spring.boot.hibernate;
    requires static io.github.uuidkit.hibernate;
    // MyBatis
    requires static org.mybatis;
    requires static org.mybatis.spring.boot.autoconfigure;
    requires static io.github.uuidkit.mybatis;

    exports io.github.uuidkit.spring.boot;
    opens io.github.uuidkit.spring.boot to spring.core, spring.beans, spring.context;
}
