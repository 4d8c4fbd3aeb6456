package io.github.uuidkit.bench;

import io.github.uuidkit.V7Generator;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One writer process of {@link ConcurrentWriters}: its own JVM and its own {@link V7Generator} (system clock,
 * its own random key), as one instance of a horizontally scaled service. Waits for a common start time, inserts
 * its rows in multi-row {@code INSERT}s, one transaction per batch, and prints {@code ok <rows> <seconds>}.
 *
 * <pre>
 * WriterMain JDBC_URL USER TABLE POSTGRES_UUID|BINARY16 ROWS BATCH START_AT_UNIX_MS
 * </pre>
 * The password, if any, comes from the environment variable {@value #PASSWORD_ENV} (not the command line, which
 * other users can see). Exit status 0 on success, 1 on a usage error, 3 when a statement failed (a duplicate
 * key among them).
 */
public final class WriterMain {

    /** Environment variable holding the database password. */
    public static final String PASSWORD_ENV = "UUIDKIT_WRITER_PASSWORD";

    private WriterMain() {
    }

    /**
     * Runs one writer.
     *
     * @param args {@code JDBC_URL USER TABLE POSTGRES_UUID|BINARY16 ROWS BATCH START_AT_UNIX_MS}
     * @throws Exception never on purpose: failures exit with status 3
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: WriterMain JDBC_URL USER TABLE POSTGRES_UUID|BINARY16 ROWS BATCH START_AT_UNIX_MS");
            System.exit(1);
        }
        String url = args[0];
        String user = args[1];
        String table = args[2];
        UuidColumnKind type = UuidColumnKind.valueOf(args[3]);
        long rows = Long.parseLong(args[4]);
        int batch = Integer.parseInt(args[5]);
        long startAt = Long.parseLong(args[6]);
        String password = System.getenv().getOrDefault(PASSWORD_ENV, "");
        V7Generator ids = V7Generator.builder().build();
        int perStatement = TableLoader.ROWS_PER_STATEMENT;
        try (Connection c = user.isEmpty() ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            StringJoiner values = new StringJoiner(", ");
            for (int i = 0; i < perStatement; i++) {
                values.add("(?, ?, ?)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, created_at, n) VALUES "
                    + values)) {
                long wait = startAt - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                long t0 = System.nanoTime();
                long done = 0;
                while (done < rows) {
                    int n = (int) Math.min(perStatement, rows - done);
                    if (n < perStatement) {
                        break; // the caller gives multiples of ROWS_PER_STATEMENT
                    }
                    int p = 1;
                    long now = System.currentTimeMillis();
                    for (int i = 0; i < n; i++) {
                        UuidJdbc.set(ps, p++, ids.next(), type);
                        ps.setTimestamp(p++, new Timestamp(now));
                        ps.setLong(p++, done + i);
                    }
                    ps.executeUpdate();
                    done += n;
                    if (done % batch == 0 || done == rows) {
                        c.commit();
                    }
                }
                c.commit();
                System.out.printf(Locale.ROOT, "ok %d %.3f%n", done, (System.nanoTime() - t0) / 1e9);
            }
        } catch (SQLException e) {
            System.out.println("failed " + e.getSQLState() + " " + e.getMessage());
            System.exit(3);
        }
    }
}
