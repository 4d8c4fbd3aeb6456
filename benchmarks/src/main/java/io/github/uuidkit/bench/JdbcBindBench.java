package io.github.uuidkit.bench;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.jdbc.UuidColumnType;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Overhead of binding a UUID through {@link UuidJdbc#set} against the raw driver calls, on a stub
 * statement (no driver, no network).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JdbcBindBench {

    private static final int N = 1024;
    private final UUID[] uuids = new UUID[N];
    private final StubStatement statement = new StubStatement();
    private int next;

    /** Fills the inputs with random ids. */
    @Setup
    public void setUp() {
        for (int i = 0; i < N; i++) {
            uuids[i] = UUID.randomUUID();
        }
    }

    private UUID nextUuid() {
        return uuids[next = (next + 1) & (N - 1)];
    }

    /**
     * uuidkit: validate and bind 16 bytes in STANDARD layout.
     *
     * @return the bound value
     * @throws SQLException never, the stub does not fail
     */
    @Benchmark
    public Object uuidJdbcSetBinary16() throws SQLException {
        UuidJdbc.set(statement, 1, nextUuid(), UuidColumnType.BINARY16);
        return statement.last;
    }

    /**
     * uuidkit: bind a native uuid (PostgreSQL).
     *
     * @return the bound value
     * @throws SQLException never
     */
    @Benchmark
    public Object uuidJdbcSetNative() throws SQLException {
        UuidJdbc.set(statement, 1, nextUuid(), UuidColumnType.NATIVE_UUID);
        return statement.last;
    }

    /**
     * Raw: encode by hand and {@code setBytes}, what a careful user writes without uuidkit.
     *
     * @return the bound value
     * @throws SQLException never
     */
    @Benchmark
    public Object rawSetBytes() throws SQLException {
        statement.setBytes(1, UuidBinaryLayout.STANDARD.toBytes(nextUuid()));
        return statement.last;
    }

    /**
     * Raw: {@code setObject(i, uuid)}, correct on PostgreSQL only.
     *
     * @return the bound value
     * @throws SQLException never
     */
    @Benchmark
    public Object rawSetObject() throws SQLException {
        statement.setObject(1, nextUuid());
        return statement.last;
    }
}
