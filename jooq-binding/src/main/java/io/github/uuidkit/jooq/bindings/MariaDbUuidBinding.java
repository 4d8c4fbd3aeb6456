package io.github.uuidkit.jooq.bindings;

import io.github.uuidkit.UuidStrings;
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
 * <p>jOOQ's code generator reads a MariaDB {@code UUID} column as {@link org.jooq.impl.SQLDataType#UUID}, so this
 * binding's database type is {@link UUID} too ({@code <forcedType>} with {@code <includeTypes>UUID</includeTypes>}).
 * MariaDB sends and accepts {@code UUID} values as their canonical text: values are bound with {@code setString} and
 * read with {@code getString}, parsed strictly ({@link UuidStrings#parse(CharSequence)}, a
 * {@link org.jooq.exception.DataTypeException} quoting bad text); inlined values render as the string literal
 * {@code '0189abcd-...'}, which MariaDB converts where a {@code UUID} column is compared or assigned.
 */
public final class MariaDbUuidBinding extends AbstractUuidBinding<UUID> {

    private static final long serialVersionUID = 1L;

    private static final Converter<UUID, UUID> CONVERTER =
            Converter.ofNullable(UUID.class, UUID.class, uuid -> uuid, uuid -> uuid);

    /** The strict codec of the JDBC text. */
    private static final UuidStringConverter TEXT = new UuidStringConverter();

    /** Creates the binding; it is stateless and may be shared. */
    public MariaDbUuidBinding() {
    }

    @Override
    public Converter<UUID, UUID> converter() {
        return CONVERTER;
    }

    @Override
    int sqlType() {
        return Types.VARCHAR;
    }

    @Override
    void inline(RenderContext render, UUID databaseValue) {
        render.sql('\'').sql(UuidStrings.format(databaseValue)).sql('\'');
    }

    @Override
    void setNonNull(PreparedStatement statement, int index, UUID databaseValue) throws SQLException {
        statement.setString(index, UuidStrings.format(databaseValue));
    }

    @Override
    UUID read(ResultSet resultSet, int index) throws SQLException {
        return TEXT.from(resultSet.getString(index));
    }

    @Override
    UUID read(CallableStatement statement, int index) throws SQLException {
        return TEXT.from(statement.getString(index));
    }
}
