package io.github.uuidkit.jooq.bindings;

import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.util.UUID;
import org.jooq.Converter;
import org.jooq.RenderContext;

/**
 * A binding for the MariaDB (10.7 and later) {@code UUID} data type.
 *
 * <p>jOOQ's code generator reads a MariaDB {@code UUID} column as {@link org.jooq.impl.SQLDataType#UUID}, so this
 * binding's database type is {@link UUID} too ({@code <forcedType>} with {@code <includeTypes>UUID</includeTypes>}).
 * MariaDB sends and accepts {@code UUID} values as their canonical text: values are bound with {@code setString} and
 * read with {@code getObject}, decoded strictly by core ({@link io.github.uuidkit.jdbc.UuidJdbc} with
 * {@code MARIADB_UUID}: a {@link java.sql.SQLDataException}, SQLState 22018, naming the column and quoting bad
 * text); inlined values render as the string literal
 * {@code '0189abcd-...'}, which MariaDB converts where a {@code UUID} column is compared or assigned.
 */
public final class MariaDbUuidBinding extends AbstractUuidBinding<UUID> {

    private static final long serialVersionUID = 1L;

    private static final Converter<UUID, UUID> CONVERTER =
            Converter.ofNullable(UUID.class, UUID.class, uuid -> uuid, uuid -> uuid);

    /** The strict codec of the JDBC text. */
    /** Creates the binding; it is stateless and may be shared. */
    public MariaDbUuidBinding() {
    }

    @Override
    public Converter<UUID, UUID> converter() {
        return CONVERTER;
    }

    @Override
    UuidColumnKind kind() {
        return UuidColumnKind.MARIADB_UUID;
    }

    @Override
    void inline(RenderContext render, UUID databaseValue) {
        render.sql('\'').sql(UuidStrings.format(databaseValue)).sql('\'');
    }
}
