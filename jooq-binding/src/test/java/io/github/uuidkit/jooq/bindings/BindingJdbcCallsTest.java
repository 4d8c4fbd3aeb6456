package io.github.uuidkit.jooq.bindings;

import static io.github.uuidkit.jooq.KnownAnswers.RFC_V7;
import static io.github.uuidkit.jooq.KnownAnswers.RFC_V7_BYTES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.jooq.converters.TypedIdConverter;
import io.github.uuidkit.jooq.converters.UuidBinaryConverter;
import io.github.uuidkit.jooq.converters.UuidTimeSwappedBinaryConverter;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSetStatementContext;
import org.junit.jupiter.api.Test;

/** The JDBC calls each binding makes for NULLs, out parameters and callable statements. */
class BindingJdbcCallsTest {

    record OrderId(UUID value) {
    }

    /** Every JDBC call made on the statement, as "method(args)". */
    private final List<String> calls = new ArrayList<>();
    /** What a ctx.value(...) setter received. */
    private final List<Object> received = new ArrayList<>();

    private CallableStatement statement(Object returned) {
        return proxy(CallableStatement.class, (m, a) -> {
            calls.add(m + Arrays.deepToString(a));
            return m.startsWith("get") ? returned : null;
        });
    }

    @SuppressWarnings("unchecked")
    private <C> C context(Class<C> type, Object statement, UUID value) {
        return proxy(type, (m, a) -> switch (m) {
            case "statement" -> statement;
            case "resultSet" -> statement;
            case "index" -> 3;
            case "value" -> {
                if (a.length == 1) {
                    received.add(a[0]);
                    yield null;
                }
                yield value;
            }
            default -> throw new UnsupportedOperationException(m);
        });
    }

    @Test
    void nullsAreBoundWithTheColumnsSqlType() throws SQLException {
        new UuidBinaryBinding().set(context(BindingSetStatementContext.class, statement(null), null));
        new UuidTimeSwappedBinaryBinding().set(context(BindingSetStatementContext.class, statement(null), null));
        new MariaDbUuidBinding().set(context(BindingSetStatementContext.class, statement(null), null));
        assertThat(calls).containsExactly("setNull[3, " + Types.BINARY + "]", "setNull[3, " + Types.BINARY + "]",
                "setNull[3, " + Types.VARCHAR + "]");
    }

    @Test
    void valuesAreBoundAsBytesOrText() throws SQLException {
        new UuidBinaryBinding().set(context(BindingSetStatementContext.class, statement(null), RFC_V7));
        new MariaDbUuidBinding().set(context(BindingSetStatementContext.class, statement(null), RFC_V7));
        assertThat(calls).containsExactly("setBytes[3, " + Arrays.toString(RFC_V7_BYTES) + "]",
                "setString[3, 017f22e2-79b0-7cc3-98c4-dc0c0c07398f]");
    }

    @Test
    void outParametersAreRegisteredWithTheColumnsSqlType() throws SQLException {
        new UuidBinaryBinding().register(context(BindingRegisterContext.class, statement(null), null));
        new MariaDbUuidBinding().register(context(BindingRegisterContext.class, statement(null), null));
        assertThat(calls).containsExactly("registerOutParameter[3, " + Types.BINARY + "]",
                "registerOutParameter[3, " + Types.VARCHAR + "]");
    }

    @Test
    void callableStatementsAndResultSetsAreRead() throws SQLException {
        new UuidBinaryBinding().get(context(BindingGetStatementContext.class, statement(RFC_V7_BYTES), null));
        new MariaDbUuidBinding().get(context(BindingGetStatementContext.class,
                statement("017F22E2-79B0-7CC3-98C4-DC0C0C07398F"), null));
        ResultSet rs = proxy(ResultSet.class, (m, a) -> "getObject".equals(m) ? RFC_V7.toString() : null);
        new MariaDbUuidBinding().get(context(BindingGetResultSetContext.class, rs, null));
        new MariaDbUuidBinding().get(context(BindingGetResultSetContext.class,
                proxy(ResultSet.class, (m, a) -> null), null));
        assertThat(calls).containsExactly("getObject[3]", "getObject[3]");
        assertThat(received).containsExactly(RFC_V7, RFC_V7, RFC_V7, null);
    }

    @Test
    void theMariaDbBindingsConverterIsTheIdentity() {
        Binding<UUID, UUID> binding = new MariaDbUuidBinding();
        assertThat(binding.converter().from(RFC_V7)).isSameAs(RFC_V7);
        assertThat(binding.converter().to(RFC_V7)).isSameAs(RFC_V7);
    }

    @Test
    void convertersCarryTheirLayoutAndEverythingNamesItself() {
        assertThat(new UuidBinaryConverter().layout()).isEqualTo(UuidBinaryLayout.STANDARD);
        assertThat(new UuidTimeSwappedBinaryConverter().layout()).isEqualTo(UuidBinaryLayout.TIME_SWAPPED);
        assertThat(new UuidTimeSwappedBinaryBinding()).hasToString("UuidTimeSwappedBinaryBinding");
        assertThat(new UuidBinaryConverter()).hasToString("UuidBinaryConverter");
        assertThat(TypedIdConverter.of(new UuidBinaryConverter(), OrderId.class, OrderId::new, OrderId::value))
                .hasToString("TypedIdConverter[UuidBinaryConverter -> OrderId]");
    }

    interface Handler {
        Object handle(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> handler.handle(m.getName(), a == null ? new Object[0] : a));
    }
}
