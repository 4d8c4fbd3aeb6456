package io.github.uuidkit.it.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** Provisioning through Testcontainers 2.x. Only touched when a Docker daemon is reachable (or forced). */
final class Containers {

    private static final String MYSQL_PARAMS_1 = "sslMode=DISABLED";
    private static final String MYSQL_PARAMS_2 = "allowPublicKeyRetrieval=true";
    private static final String MYSQL_PARAMS_3 = "rewriteBatchedStatements=true";

    private Containers() {
    }

    /** Testcontainers' own detection; any failure counts as "no Docker". */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    static RunningServer start(EngineKind kind, String image) {
        DockerImageName name = DockerImageName.parse(image);
        switch (kind) {
            case POSTGRES:
                return started(new PostgreSQLContainer(name));
            case MYSQL:
                return started(new MySQLContainer(name));
            case MARIADB:
                return started(new ConnectorJMariaDbContainer(name));
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    private static RunningServer started(JdbcDatabaseContainer<?> c) {
        c.start();
        String url = c.getJdbcUrl();
        if (url.startsWith("jdbc:mysql:")) {
            url = Urls.withDefaults(url, MYSQL_PARAMS_1, MYSQL_PARAMS_2, MYSQL_PARAMS_3);
        }
        return new RunningServer(url, c.getUsername(), c.getPassword(), c::stop);
    }

    /**
     * The MariaDB module waits for readiness through {@code org.mariadb.jdbc.Driver}; this project talks to
     * MariaDB with Connector/J only, so point the container at it.
     */
    static final class ConnectorJMariaDbContainer extends MariaDBContainer {

        ConnectorJMariaDbContainer(DockerImageName image) {
            super(image);
        }

        @Override
        public String getDriverClassName() {
            return "com.mysql.cj.jdbc.Driver";
        }

        @Override
        public String getJdbcUrl() {
            return "jdbc:mysql://" + getHost() + ":" + getMappedPort(3306) + "/" + getDatabaseName() + "?"
                    + MYSQL_PARAMS_1 + "&" + MYSQL_PARAMS_2 + "&" + MYSQL_PARAMS_3;
        }
    }
}
