package io.github.uuidkit.hibernate.it;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.JdbcDriver;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * One engine reached through one JDBC driver: PostgreSQL (the run's newest) with pgjdbc, MySQL with Connector/J, and
 * each MariaDB with MariaDB Connector/J and with MySQL Connector/J.
 */
final class Target {


    final Engine engine;
    final JdbcDriver driver;

    private Target(Engine engine, JdbcDriver driver) {
        this.engine = engine;
        this.driver = driver;
    }

    /** JUnit source: every target of the run. */
    static Stream<Target> all() {
        return Stream.of(
                Stream.of(new Target(Engines.postgres(), JdbcDriver.PGJDBC)),
                Engines.allMySql().map(e -> new Target(e, JdbcDriver.CONNECTOR_J)),
                Engines.allMariaDb().flatMap(e -> Stream.of(new Target(e, JdbcDriver.MARIADB_CONNECTOR_J),
                        new Target(e, JdbcDriver.CONNECTOR_J))))
                .flatMap(s -> s);
    }

    /** JUnit source: the MySQL and MariaDB targets. */
    static Stream<Target> mySqlFamily() {
        return all().filter(t -> !t.engine.isPostgres());
    }

    String url() {
        return driver.url(engine);
    }

    /**
     * A session factory over the given entities with Hibernate's schema generation ({@code create-drop}); settings are
     * added last (objects allowed, e.g. a V7Generator).
     */
    SessionFactory sessionFactory(Map<String, Object> settings, Class<?>... entities) {
        Configuration configuration = new Configuration();
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        Properties properties = new Properties();
        properties.put("hibernate.connection.driver_class", driver.className());
        properties.put("hibernate.connection.url", url());
        if (engine.user() != null) {
            properties.put("hibernate.connection.username", engine.user());
        }
        if (engine.password() != null) {
            properties.put("hibernate.connection.password", engine.password());
        }
        properties.put("hibernate.connection.pool_size", "2");
        properties.put("hibernate.hbm2ddl.auto", "create-drop");
        properties.put("hibernate.jdbc.batch_size", "500");
        properties.put("hibernate.order_inserts", "true");
        if (engine.isMariaDb() && driver == JdbcDriver.CONNECTOR_J) {
            // Hibernate cannot read MariaDB's metadata through MySQL Connector/J 9 ("Unknown column 'RESERVED'"),
            // so the dialect and server version are given, as an application on this driver has to, and the
            // metadata is not read at boot.
            properties.put("hibernate.boot.allow_jdbc_metadata_access", "false");
            properties.put("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect");
            properties.put("jakarta.persistence.database-product-name", "MariaDB");
            properties.put("jakarta.persistence.database-product-version", engine.version());
            properties.put("jakarta.persistence.database-major-version", String.valueOf(engine.majorVersion()));
            properties.put("jakarta.persistence.database-minor-version", String.valueOf(engine.minorVersion()));
        }
        properties.putAll(new HashMap<>(settings));
        configuration.addProperties(properties);
        return configuration.buildSessionFactory();
    }

    @Override
    public String toString() {
        return engine + " via " + driver;
    }
}
