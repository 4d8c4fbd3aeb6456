package io.github.uuidkit.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MysqlUuidsTest {

    /** MySQL 8.0 manual, UUID_TO_BIN(): the example UUID and its two binary forms. */
    private static final UUID MANUAL = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");
    private static final byte[] STANDARD = HexFormat.of().parseHex("6CCD780CBABA102695645B8C656024DB");
    private static final byte[] SWAPPED = HexFormat.of().parseHex("1026BABA6CCD780C95645B8C656024DB");

    private final List<Object[]> calls = new ArrayList<>();

    private PreparedStatement statement() {
        DatabaseMetaData md = MysqlServerInfoTest.stub(DatabaseMetaData.class, (m, a) -> "MySQL");
        Connection c = MysqlServerInfoTest.stub(Connection.class, (m, a) -> md);
        return MysqlServerInfoTest.stub(PreparedStatement.class, (m, a) -> {
            if (m.equals("getConnection")) {
                return c;
            }
            calls.add(new Object[] {m, a});
            return m.equals("executeBatch") ? new int[0] : null;
        });
    }

    private static ResultSet row(Object... values) {
        ResultSetMetaData md = MysqlServerInfoTest.stub(ResultSetMetaData.class, (m, a) -> "c" + a[0]);
        return MysqlServerInfoTest.stub(ResultSet.class, (m, a) -> switch (m) {
            case "getObject" -> values[(Integer) a[0] - 1];
            case "findColumn" -> Integer.parseInt(((String) a[0]).substring(1));
            case "getMetaData" -> md;
            default -> throw new UnsupportedOperationException(m);
        });
    }

    @Test
    void bindsTheBytesOfUuidToBinByDefault() throws Exception {
        MysqlUuids.set(statement(), 1, MANUAL);
        MysqlUuids.setTimeSwapped(statement(), 2, MANUAL);
        MysqlUuids.setMariaDbUuid(statement(), 3, MANUAL);
        assertThat(calls.get(0)[0]).isEqualTo("setBytes");
        assertThat((byte[]) ((Object[]) calls.get(0)[1])[1]).containsExactly(STANDARD);
        assertThat((byte[]) ((Object[]) calls.get(1)[1])[1]).containsExactly(SWAPPED);
        assertThat(calls.get(2)[0]).isEqualTo("setString");
        assertThat(((Object[]) calls.get(2)[1])[1]).isEqualTo("6ccd780c-baba-1026-9564-5b8c656024db");
    }

    @Test
    void readsEachKind() throws Exception {
        ResultSet rs = row(STANDARD, SWAPPED, "6CCD780C-BABA-1026-9564-5B8C656024DB");
        assertThat(MysqlUuids.get(rs, 1)).isEqualTo(MANUAL);
        assertThat(MysqlUuids.get(rs, "c1")).isEqualTo(MANUAL);
        assertThat(MysqlUuids.getTimeSwapped(rs, 2)).isEqualTo(MANUAL);
        assertThat(MysqlUuids.getMariaDbUuid(rs, 3)).isEqualTo(MANUAL);
    }

    @Test
    void rejectsWrongLengthsNamingTheColumn() {
        ResultSet rs = row(new byte[15]);
        assertThatThrownBy(() -> MysqlUuids.get(rs, 1))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("Column 1 (c1): expected 16 bytes for BINARY16, got 15 bytes");
    }

    @Test
    void insertsInBatches() throws Exception {
        long n = MysqlUuids.insertBatches(statement(), 1, List.of(MANUAL, MANUAL, MANUAL), 2);
        assertThat(n).isEqualTo(3);
        assertThat(calls.stream().filter(c -> c[0].equals("executeBatch")).count()).isEqualTo(2);
    }
}
