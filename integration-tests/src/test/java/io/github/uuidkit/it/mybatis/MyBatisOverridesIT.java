package io.github.uuidkit.it.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.V7Generator;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.TestTables;
import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.mybatis.UuidTypeHandlers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per-column overrides on real engines: the key column uses the schema's default (MySQL {@code BINARY(16)}, MariaDB
 * {@code UUID} from {@code registerNative}), a legacy {@code BINARY(16)} column in the time-swapped layout and a
 * {@code CHAR(36)} column name their handlers, in annotations ({@link LegacyMapper}) and in XML
 * ({@code LegacyXmlMapper.xml}). Known answers on MySQL: {@code UUID_TO_BIN(text, 1)}.
 */
class MyBatisOverridesIT {

    static Stream<MyBatisTarget> targets() {
        return MyBatisTarget.all().filter(t -> t.name().equals("mysql BINARY(16) (Connector/J)")
                || t.name().equals("mariadb UUID (MariaDB Connector/J)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void overriddenColumnsUseTheirHandlersInAnnotationsAndXml(MyBatisTarget target) throws SQLException {
        Engines.announce(MyBatisOverridesIT.class, target.engine().get());
        try (Connection admin = target.connect(); TestTables tables = TestTables.on(admin)) {
            String legacy = tables.name("mb_legacy");
            try (Statement st = admin.createStatement()) {
                st.execute("CREATE TABLE " + legacy + " (id " + target.idType() + " NOT NULL PRIMARY KEY,"
                        + " old_id BINARY(16) NULL, ref CHAR(36) NULL)");
            }
            Configuration configuration = new Configuration(
                    new Environment("it", new JdbcTransactionFactory(), target.dataSource()));
            Properties variables = new Properties();
            variables.setProperty("legacy", legacy);
            configuration.setVariables(variables);
            if (target.kind() == UuidColumnKind.MARIADB_UUID) {
                try (Connection c = configuration.getEnvironment().getDataSource().getConnection()) {
                    assertThat(UuidTypeHandlers.registerNative(configuration, c).kind()).isEqualTo(target.kind());
                }
            } else {
                UuidTypeHandlers.register(configuration, target.kind());
            }
            configuration.addMapper(LegacyMapper.class);
            configuration.addMapper(LegacyXmlMapper.class);
            V7Generator ids = V7Generator.builder().build();
            try (SqlSession session = new SqlSessionFactoryBuilder().build(configuration).openSession(true)) {
                LegacyMapper annotations = session.getMapper(LegacyMapper.class);
                LegacyXmlMapper xml = session.getMapper(LegacyXmlMapper.class);
                // the MySQL manual's UUID_TO_BIN example value as the legacy id
                UUID manual = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");
                LegacyRow viaAnnotations = new LegacyRow(ids.next(), manual, ids.next());
                LegacyRow viaXml = new LegacyRow(ids.next(), ids.next(), null);
                assertThat(annotations.insert(viaAnnotations)).isEqualTo(1);
                assertThat(xml.insert(viaXml)).isEqualTo(1);
                for (LegacyRow row : new LegacyRow[] {viaAnnotations, viaXml}) {
                    for (LegacyRow read : new LegacyRow[] {annotations.findById(row.getId()), xml.findById(row.getId())}) {
                        assertThat(read.getId()).isEqualTo(row.getId());
                        assertThat(read.getOldId()).isEqualTo(row.getOldId());
                        assertThat(read.getRef()).isEqualTo(row.getRef());
                    }
                    assertThat(annotations.findByOldId(row).getId()).as("WHERE old_id = #{oldId,typeHandler=...}")
                            .isEqualTo(row.getId());
                    String[] stored = stored(admin, legacy, row.getId());
                    assertThat(stored[1]).isEqualTo(row.getRef() == null ? null : row.getRef().toString());
                    if (target.engine().get().isMySql()) {
                        assertThat(stored[0]).as("HEX(old_id)").isEqualTo(serverHex(admin,
                                "SELECT HEX(UUID_TO_BIN(?, 1))", row.getOldId().toString()));
                    }
                }
                if (target.engine().get().isMySql()) {
                    // MySQL 8.0 manual, UUID_TO_BIN(): HEX(UUID_TO_BIN(@uuid, 1)) = 1026BABA6CCD780C95645B8C656024DB
                    assertThat(stored(admin, legacy, viaAnnotations.getId())[0])
                            .isEqualTo("1026BABA6CCD780C95645B8C656024DB");
                }
            } finally {
                ((PooledDataSource) configuration.getEnvironment().getDataSource()).forceCloseAll();
            }
        }
    }

    /** HEX(old_id) and ref of a row, found by the server's text of the key. */
    private static String[] stored(Connection admin, String legacy, UUID id) throws SQLException {
        String key = admin.getMetaData().getDatabaseProductVersion().contains("MariaDB") ? "CAST(? AS UUID)"
                : "UUID_TO_BIN(?)";
        try (PreparedStatement ps = admin.prepareStatement("SELECT HEX(old_id), ref FROM " + legacy
                + " WHERE id = " + key)) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("row %s", id).isTrue();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private static String serverHex(Connection admin, String sql, String text) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement(sql)) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
