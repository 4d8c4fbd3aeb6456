package io.github.uuidkit.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A uniquely named table {@code (id <type> PRIMARY KEY)} (or without the key) for one test, dropped on
 * {@link #close()}. Not thread-safe;
 * uses the caller's connection.
 */
public final class IdTable implements AutoCloseable {

    private static final int BATCH = 1000;

    private final Connection connection;
    private final UuidColumn column;
    private final String name;

    private IdTable(Connection connection, UuidColumn column, String name) {
        this.connection = connection;
        this.column = column;
        this.name = name;
    }

    /** Creates {@link TestTables#uniqueName} of the purpose with a primary key of the given column kind. */
    public static IdTable create(Connection connection, UuidColumn column, String purpose) throws SQLException {
        return create(connection, column, purpose, true);
    }

    /** Creates {@link TestTables#uniqueName} of the purpose, {@code id} the primary key or with no index at all. */
    public static IdTable create(Connection connection, UuidColumn column, String purpose, boolean primaryKey)
            throws SQLException {
        String name = uniqueName(purpose);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE " + name + " (id " + column.sqlType() + " NOT NULL"
                    + (primaryKey ? " PRIMARY KEY" : "") + ")");
        }
        return new IdTable(connection, column, name);
    }

    /** A fresh table name: {@link TestTables#uniqueName(String)}. */
    public static String uniqueName(String purpose) {
        return TestTables.uniqueName(purpose);
    }

    public String name() {
        return name;
    }

    public UuidColumn column() {
        return column;
    }

    /** Inserts in the given order, in JDBC batches of 1000, in one transaction. */
    public void insertAll(List<UUID> ids) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + name + " (id) VALUES (?)")) {
            int pending = 0;
            for (UUID id : ids) {
                column.bind(ps, 1, id);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Inserts one row (auto-commit as the connection is). */
    public void insert(UUID id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + name + " (id) VALUES (?)")) {
            column.bind(ps, 1, id);
            ps.executeUpdate();
        }
    }

    /** {@code SELECT id FROM t ORDER BY id}, read with the column's codec. */
    public List<UUID> selectOrderedById() throws SQLException {
        return select("SELECT id FROM " + name + " ORDER BY id");
    }

    /** Runs a query whose first column is this table's id column. */
    public List<UUID> select(String sql) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(column.read(rs, 1));
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE " + name);
        }
    }
}
