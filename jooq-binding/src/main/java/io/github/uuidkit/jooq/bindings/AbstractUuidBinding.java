package io.github.uuidkit.jooq.bindings;

import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.UUID;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.RenderContext;
import org.jooq.conf.ParamType;
import org.jooq.tools.JooqLogger;

/**
 * Shared behaviour of the UUID bindings: bind variables are rendered as {@code ?} (or the named variable), inlined
 * values as the dialect literal alone (no comment: the inlined SQL text is exactly the statement, whatever caches,
 * digests or tools key on it; jOOQ's trace log of bind variables shows the canonical UUID text), {@code null} first
 * everywhere, and JDBC
 * values are bound and read by core's {@link UuidJdbc} for the binding's {@link UuidColumnKind} (the same strict
 * rules and {@link java.sql.SQLDataException}, SQLState 22018, naming the column, as every uuidkit adapter; OUT
 * parameters too). {@code SQLData} ({@code SQLInput}/{@code SQLOutput}) is not
 * supported.
 *
 * @param <T> the JDBC type
 */
abstract class AbstractUuidBinding<T> implements Binding<T, UUID> {

    private static final long serialVersionUID = 1L;

    private static final JooqLogger LOG = JooqLogger.getLogger(AbstractUuidBinding.class);

    /** The column kind: core's codec for it binds and reads every value ({@link UuidJdbc}). */
    abstract UuidColumnKind kind();

    /** Renders the literal of a non-null database value. */
    abstract void inline(RenderContext render, T databaseValue);

    @Override
    public final void sql(BindingSQLContext<UUID> ctx) throws SQLException {
        RenderContext render = ctx.render();
        if (render.paramType() == ParamType.INLINED) {
            UUID value = ctx.value();
            if (value == null) {
                render.sql("null");
            } else {
                inline(render, converter().to(value));
            }
        } else {
            render.sql(ctx.variable());
        }
    }

    @Override
    public final void register(BindingRegisterContext<UUID> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), kind().nullSqlType());
    }

    @Override
    public final void set(BindingSetStatementContext<UUID> ctx) throws SQLException {
        UUID value = ctx.value();
        if (LOG.isTraceEnabled()) {
            LOG.trace("Binding variable " + ctx.index(), value == null ? "null" : UuidStrings.format(value));
        }
        UuidJdbc.set(ctx.statement(), ctx.index(), value, kind());
    }

    @Override
    public final void get(BindingGetResultSetContext<UUID> ctx) throws SQLException {
        ctx.value(UuidJdbc.get(ctx.resultSet(), ctx.index(), kind()));
    }

    @Override
    public final void get(BindingGetStatementContext<UUID> ctx) throws SQLException {
        ctx.value(UuidJdbc.get(ctx.statement(), ctx.index(), kind()));
    }

    /** Not supported: throws {@link SQLFeatureNotSupportedException}. */
    @Override
    public final void set(BindingSetSQLOutputContext<UUID> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException(getClass().getSimpleName() + " does not support SQLOutput");
    }

    /** Not supported: throws {@link SQLFeatureNotSupportedException}. */
    @Override
    public final void get(BindingGetSQLInputContext<UUID> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException(getClass().getSimpleName() + " does not support SQLInput");
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
