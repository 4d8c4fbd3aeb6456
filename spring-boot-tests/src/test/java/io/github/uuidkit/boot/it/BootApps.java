package io.github.uuidkit.boot.it;

import io.github.uuidkit.boot.it.app.BootApp;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.TestTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The suite's schema on an engine (uniquely named tables, dropped on close) and the application started on it. */
final class BootApps implements AutoCloseable {

    final Engine engine;
    final Connection admin;
    final TestTables tables;
    final Map<String, Object> properties = new LinkedHashMap<>();
    final String tickets;
    final String invoices;
    final String looses;

    BootApps(Engine engine) throws SQLException {
        this.engine = engine;
        this.admin = engine.connect();
        this.tables = TestTables.on(admin);
        tickets = tables.name("boot_ticket");
        invoices = tables.name("boot_invoice");
        looses = tables.name("boot_loose");
        String id = engine.isPostgres() ? "uuid" : "BINARY(16)";
        exec("CREATE TABLE " + tickets + " (id " + id + " NOT NULL PRIMARY KEY, title VARCHAR(80) NOT NULL)");
        exec("CREATE TABLE " + invoices + " (id " + id + " NOT NULL PRIMARY KEY, title VARCHAR(80) NOT NULL)");
        // a column that can hold what is not a UUID: text on PostgreSQL, 20 bytes on MySQL
        exec("CREATE TABLE " + looses + " (n INT NOT NULL PRIMARY KEY, ref "
                + (engine.isPostgres() ? "text" : "VARBINARY(20)") + ")");
        properties.put("spring.datasource.url", engine.jdbcUrl());
        if (engine.user() != null) {
            properties.put("spring.datasource.username", engine.user());
        }
        if (engine.password() != null) {
            properties.put("spring.datasource.password", engine.password());
        }
        properties.put("spring.datasource.type", "org.springframework.jdbc.datasource.SimpleDriverDataSource");
        properties.put("spring.main.banner-mode", "off");
        properties.put("boottest.table.ticket", tickets);
        properties.put("boottest.table.invoice", invoices);
        properties.put("boottest.table.loose", looses);
    }

    void exec(String sql) throws SQLException {
        try (Statement st = admin.createStatement()) {
            st.execute(sql);
        }
    }

    /** Starts the application with the suite's properties and more ({@code name=value}). */
    ConfigurableApplicationContext start(String... more) {
        return start(null, more);
    }

    /** Like {@link #start(String...)}, recording the start's steps in {@code startup} if not null. */
    ConfigurableApplicationContext start(org.springframework.core.metrics.ApplicationStartup startup, String... more) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        for (String each : more) {
            int eq = each.indexOf('=');
            all.put(each.substring(0, eq), each.substring(eq + 1));
        }
        SpringApplication app = new SpringApplicationBuilder(BootApp.class).web(WebApplicationType.NONE)
                .properties(all).logStartupInfo(false).build();
        if (startup != null) {
            app.setApplicationStartup(startup);
        }
        return app.run();
    }

    @Override
    public void close() throws SQLException {
        try {
            tables.close();
        } finally {
            admin.close();
        }
    }
}
