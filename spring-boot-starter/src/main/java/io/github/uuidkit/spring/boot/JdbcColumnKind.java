package io.github.uuidkit.spring.boot;

import io.github.uuidkit.jdbc.UuidColumnKind;
import javax.sql.DataSource;

/** The column kind of a JDBC application, resolved once (on first use, at startup) and shared by its beans. */
final class JdbcColumnKind {

    private final UuidColumnKind configured;
    private final DataSource dataSource;
    private UuidColumnKind kind;

    JdbcColumnKind(UuidkitProperties properties, DataSource dataSource) {
        this.configured = properties.getColumnKind();
        this.dataSource = dataSource;
    }

    synchronized UuidColumnKind get() {
        if (kind == null) {
            kind = ColumnKinds.resolve(configured, dataSource);
        }
        return kind;
    }
}
