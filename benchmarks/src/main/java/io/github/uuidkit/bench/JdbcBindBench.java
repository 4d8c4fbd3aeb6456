package io.github.uuidkit.bench;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.jdbc.UuidColumnKind;
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
 * Overhead of binding a UUID through {@link UuidJdbc#set} for each {@link UuidColumnKind} against the
 * raw driver call that kind makes, on a stub statement (no driver, no network): every uuidkit
 * benchmark has its raw twin ({@code xUuidJdbc} vs {@code xRaw}, named so that JMH runs the two one
 * after the other, which keeps load drift on a shared machine out of the ratio), and the ratio of the
 * two is the cost uuidkit adds. The stub's {@code setObject(UUID)} encodes the 16 bytes as pgjdbc does in
 * binary transfer mode, and its {@code getConnection()} throws, so a bind that asked the connection
 * would fail instead of measuring a different path.
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
     * uuidkit: bind 16 bytes in STANDARD layout ({@code BINARY16}).
     *
     * @return the bound value
     * @throws SQLException never, the stub does not fail
     */
    @Benchmark
    public Object binary16UuidJdbc() throws SQLException {
        UuidJdbc.set(statement, 1, nextUuid(), UuidColumnKind.BINARY16);
        return statement.last;
    }

    /**
     * Raw twin of {@link #binary16UuidJdbc()}: encode and {@code setBytes}, what a careful user
     * writes without uuidkit.
     *
     * @return the bound value
     * @throws SQLException never
     */
    @Benchmark
    public Object binary16Raw() throws SQLException {
        statement.setBytes(1, UuidBinaryLayout.STANDARD.toBytes(nextUuid()));
        return statement.last;
    }

    /**
     * uuidkit: bind a PostgreSQL {@code uuid} ({@code POSTGRES_UUID}: {@code setObject}).
     *
     * @return the bound value
     * @throws SQLException never
     */
    @Benchmark
    public Object postgresUuidUuidJdbc() throws SQLException {
        UuidJdbc.set(statement, 1, nextUuid(), UuidColumnKind.POSTGRES_UUID);
        return statement.last;
    }

    /**
     * Raw twin of {@link #postgresUuidUuidJdbc()}: {@code setObject(i, uuid)}, correct on
     * PostgreSQL only.
     *
     * @return the bound value
     * @throws SQLException never
     */
    @Benchmark
    public Object postgresUuidRaw() throws SQLException {
        statement.setObject(1, nextUuid());
        return statement.last;
    }

    /**
     * uuidkit: bind a MariaDB {@code UUID} ({@code MARIADB_UUID}: canonical text).
     *
     * @return the bound value
     * @throws SQLException never
     */
    @Benchmark
    public Object mariadbUuidUuidJdbc() throws SQLException {
        UuidJdbc.set(statement, 1, nextUuid(), UuidColumnKind.MARIADB_UUID);
        return statement.last;
    }

    /**
     * Raw twin of {@link #mariadbUuidUuidJdbc()} and of {@code CHAR36}: {@code setString} with
     * the JDK's canonical text.
     *
     * @return the bound value
     * @throws SQLException never
     */
    @Benchmark
    public Object mariadbUuidRaw() throws SQLException {
        statement.setString(1, nextUuid().toString());
        return statement.last;
    }
}
