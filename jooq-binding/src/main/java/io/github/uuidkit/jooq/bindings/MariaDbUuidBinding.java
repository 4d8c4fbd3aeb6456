package io.github.uuidkit.jooq.bindings;

import io.github.uuidkit.jooq.converters.UuidStringConverter;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.jooq.Converter;
import org.jooq.RenderContext;

/**
 * A binding for the MariaDB (10.7 and later) {@code UUID} data type.
 *
 * <p>MariaDB sends and accepts {@code UUID} values as their canonical text, so values are bound with
 * {@code setString} and read with {@code getString}, parsed strictly; inlined values render as the string literal
 * {@code '0189abcd-...'}, which MariaDB converts to {@code UUID} where a {@code UUID} column is compared or assigned.
 */
public final class MariaDbUuidBinding extends AbstractUuidBinding<String> {

    private static final long serialVersionUID = 1L;

    private static final UuidStringConverter CONVERTER = new UuidStringConverter();

    /** Creates the binding; it is stateless and may be shared. */
    public MariaDbUuidBinding() {
    }

    @Override
    public Converter<String, UUID> converter() {
        return CONVERTER;
    }

    @Override
    int sqlType() {
        return Types.VARCHAR;
    }

    @Override
    void inline(RenderContext render, String databaseValue) {
        render.sql('\'').sql(databaseValue).sql('\'');
    }

    @Override
    void setNonNull(PreparedStatement statement, int index, String databaseValue) throws SQLException {
        statement.setString(index, databaseValue);
    }

    @Override
    String read(ResultSet resultSet, int index) throws SQLException {
        return resultSet.getString(index);
    }

    @Override
    String read(CallableStatement statement, int index) throws SQLException {
        return statement.getString(index);
    }
}
