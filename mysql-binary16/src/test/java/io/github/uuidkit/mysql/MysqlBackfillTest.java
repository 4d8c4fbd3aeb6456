package io.github.uuidkit.mysql;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MysqlBackfillTest {

    private final Connection untouchable = MysqlServerInfoTest.stub(Connection.class, (m, a) -> {
        throw new AssertionError("connection used: " + m);
    });

    @Test
    void validatesArgumentsBeforeTouchingTheConnection() {
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(untouchable, "t", "id", "created_at", "pid",
                ZoneOffset.UTC, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batchSize must be at least 1, got 0");
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(untouchable, "t; DROP TABLE t", "id", "created_at",
                "pid", ZoneOffset.UTC, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid identifier 't; DROP TABLE t'");
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(untouchable, "t", "id", "created_at", "pid",
                null, 10)).isInstanceOf(IllegalArgumentException.class).hasMessage("ZoneId is null");
        assertThatThrownBy(() -> MysqlBackfill.v7FromTimestamps(null, "t", "id", "created_at", "pid",
                ZoneOffset.UTC, 10)).isInstanceOf(IllegalArgumentException.class).hasMessage("Connection is null");
    }
}
