package io.github.uuidkit.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.uuidkit.jooq.bindings.MariaDbUuidBinding;
import io.github.uuidkit.jooq.converters.TypedIdConverter;
import io.github.uuidkit.jooq.converters.UuidStringConverter;
import java.sql.SQLDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.exception.DataTypeException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;
import org.junit.jupiter.api.Test;

/** Database text quoted in jOOQ-side messages has control and non-ASCII characters escaped (log forging). */
class LogSafeMessagesTest {

    /** A newline that would start a forged log line, then an ANSI colour sequence (ESC [ 3 1 m). */
    private static final String FORGED = "x\nERROR forged\u001B[31m";
    private static final String FORGED_ESCAPED = "x\\nERROR forged\\u001B[31m";
    private static final String MESSAGE = "Invalid UUID 'x\\nERROR forged\\u001B[31m': expected 36 characters in the"
            + " form 8-4-4-4-12, got " + FORGED.length();

    private record OrderId(UUID value) {
    }

    @Test
    void convertersEscapeTheText() {
        assertThatThrownBy(() -> new UuidStringConverter().from(FORGED))
                .isInstanceOf(DataTypeException.class).hasMessageEndingWith("(" + MESSAGE + ")");
        TypedIdConverter<String, OrderId> typed =
                TypedIdConverter.of(new UuidStringConverter(), OrderId.class, OrderId::new, OrderId::value);
        assertThatThrownBy(() -> typed.from(FORGED)).isInstanceOf(DataTypeException.class)
                .hasMessageEndingWith("(" + MESSAGE + ")");
    }

    @Test
    void mariaDbBindingEscapesTheTextItRead() {
        DataType<UUID> mariaDbUuid = SQLDataType.UUID.asConvertedDataType(new MariaDbUuidBinding());
        Field<UUID> id = DSL.field(DSL.name("t", "id"), mariaDbUuid);
        Field<String> raw = DSL.field(DSL.name("id"), SQLDataType.VARCHAR(36));
        DSLContext mock = DSL.using(SQLDialect.MARIADB);
        DSLContext ctx = DSL.using(new MockConnection(c -> {
            Result<Record1<String>> r = mock.newResult(raw);
            r.add(mock.newRecord(raw).values(FORGED));
            return new MockResult[] {new MockResult(r.size(), r)};
        }), SQLDialect.MARIADB);

        Throwable thrown = catchThrowable(() -> ctx.select(id).from(DSL.table(DSL.name("t"))).fetch(id));

        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            causes.add(t);
        }
        assertThat(causes).filteredOn(SQLDataException.class::isInstance).singleElement()
                .extracting(Throwable::getMessage).asString().endsWith("(" + MESSAGE + ")")
                .doesNotContain("\n").doesNotContain("\u001B");
    }

    @Test
    void conditionGuardsEscapeTheServerVersionAndFieldName() {
        Field<UUID> id = DSL.field(DSL.name("t", "id" + FORGED),
                SQLDataType.UUID.asConvertedDataType(new MariaDbUuidBinding()));
        UuidConditionsTest.Server server = new UuidConditionsTest.Server("10.11.5-MariaDB" + FORGED, true, false,
                false);
        String field = "Field id" + FORGED_ESCAPED + " is a native UUID column, and server 10.11.5-MariaDB"
                + FORGED_ESCAPED;
        assertThatThrownBy(() -> UuidConditions.checkTimeRanges(id, server)).hasMessageStartingWith(field)
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> UuidConditions.checkKeyset(id, server)).hasMessageStartingWith(field)
                .hasMessageNotContaining("\u001B");
    }
}
