package io.github.uuidkit.jooq.bindings;

import static io.github.uuidkit.jooq.KnownAnswers.RFC_V7;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** jOOQ's LoggerListener (java.util.logging without SLF4J on the class path) logs the UUID text of bind values. */
class BindValueLoggingTest {

    private static final DataType<UUID> BINARY16 = SQLDataType.BINARY(16).asConvertedDataType(new UuidBinaryBinding());
    private static final Field<UUID> ID = DSL.field(DSL.name("t", "id"), BINARY16);

    private final Logger jooqLogger = Logger.getLogger("org.jooq.tools.LoggerListener");
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            messages.add(String.valueOf(record.getMessage()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void capture() {
        previous = jooqLogger.getLevel();
        jooqLogger.setLevel(Level.ALL);
        jooqLogger.addHandler(handler);
    }

    @AfterEach
    void release() {
        jooqLogger.removeHandler(handler);
        jooqLogger.setLevel(previous);
    }

    @Test
    void withBindValuesLineShowsTheCanonicalUuid() {
        DSLContext ctx = DSL.using(new MockConnection(c -> new MockResult[] {new MockResult(1)}), SQLDialect.MYSQL);

        ctx.deleteFrom(DSL.table(DSL.name("t"))).where(ID.eq(RFC_V7)).execute();

        assertThat(messages)
                .anySatisfy(m -> assertThat(m)
                        .contains("`t`.`id` = ?"))
                .anySatisfy(m -> assertThat(m)
                        .contains("`t`.`id` = X'017f22e279b07cc398c4dc0c0c07398f'"))
                .allSatisfy(m -> assertThat(m).as("no comment added to the SQL text").doesNotContain("/*"));
    }
}
