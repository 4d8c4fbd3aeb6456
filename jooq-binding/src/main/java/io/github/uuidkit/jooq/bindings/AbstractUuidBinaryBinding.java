package io.github.uuidkit.jooq.bindings;

import java.util.HexFormat;
import org.jooq.RenderContext;
import org.jooq.SQLDialect;

/**
 * Shared behaviour of the {@code BINARY(16)} bindings: JDBC {@code setBytes}/{@code getObject} (through core), and inlined values as
 * binary string literals: {@code X'0189abcd...'} (MySQL, MariaDB, H2, SQLite, the SQL standard), or
 * {@code '\x0189abcd...'::bytea} on PostgreSQL.
 */
abstract class AbstractUuidBinaryBinding extends AbstractUuidBinding<byte[]> {

    private static final long serialVersionUID = 1L;

    @Override
    final void inline(RenderContext render, byte[] databaseValue) {
        String hex = HexFormat.of().formatHex(databaseValue);
        if (render.family() == SQLDialect.POSTGRES) {
            render.sql("'\\x").sql(hex).sql("'::bytea");
        } else {
            render.sql("X'").sql(hex).sql('\'');
        }
    }
}
