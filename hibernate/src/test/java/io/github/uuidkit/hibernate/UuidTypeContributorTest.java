package io.github.uuidkit.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.jdbc.UuidColumnKind;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;

class UuidTypeContributorTest {

    @Test
    void columnKindIsOffUnlessSet() {
        assertThat(UuidTypeContributor.columnKind(Map.of())).isNull();
        assertThat(UuidTypeContributor.columnKind(Map.of(UuidTypeContributor.COLUMN_KIND, "  "))).isNull();
    }

    @Test
    void columnKindAcceptsEveryKindNameInAnyCaseAndTheEnum() {
        for (UuidColumnKind kind : UuidColumnKind.values()) {
            assertThat(UuidTypeContributor.columnKind(Map.of(UuidTypeContributor.COLUMN_KIND, kind.name())))
                    .isEqualTo(kind);
            assertThat(UuidTypeContributor.columnKind(Map.of(UuidTypeContributor.COLUMN_KIND,
                    " " + kind.name().toLowerCase(java.util.Locale.ROOT) + " "))).isEqualTo(kind);
            assertThat(UuidTypeContributor.columnKind(Map.of(UuidTypeContributor.COLUMN_KIND, kind))).isEqualTo(kind);
        }
    }

    @Test
    void anUnknownKindIsRefusedNamingThePropertyTheValueAndTheChoices() {
        assertThatThrownBy(() -> UuidTypeContributor.columnKind(Map.of(UuidTypeContributor.COLUMN_KIND, "uuid\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(UuidTypeContributor.COLUMN_KIND)
                .hasMessageContaining("'uuid'")
                .hasMessageContaining("BINARY16_TIME_SWAPPED");
    }

    @Test
    void oneTypePerKindUnderItsOwnCodeOrUnderSqlTypesUuid() {
        Set<Integer> codes = new HashSet<>();
        for (UuidColumnKind kind : UuidColumnKind.values()) {
            int code = UuidTypeContributor.codeOf(kind);
            assertThat(codes.add(code)).as("codes are distinct").isTrue();
            AbstractUuidJdbcType own = UuidTypeContributor.jdbcType(kind, code);
            assertThat(own.kind()).isEqualTo(kind);
            assertThat(own.getDefaultSqlTypeCode()).isEqualTo(code);
            AbstractUuidJdbcType global = UuidTypeContributor.jdbcType(kind, SqlTypes.UUID);
            assertThat(global.kind()).isEqualTo(kind);
            assertThat(global.getDefaultSqlTypeCode()).isEqualTo(SqlTypes.UUID);
            assertThat(global.getDdlTypeCode()).isEqualTo(own.getDdlTypeCode());
            assertThat(global.getJdbcTypeCode()).isEqualTo(kind.nullSqlType()).isEqualTo(own.getJdbcTypeCode());
        }
        // the no-argument constructors (what @JdbcType instantiates) use the UuidSqlTypes codes
        assertThat(new UuidBinary16JdbcType().getDefaultSqlTypeCode()).isEqualTo(UuidSqlTypes.BINARY16);
        assertThat(new UuidTimeSwappedBinary16JdbcType().getDefaultSqlTypeCode())
                .isEqualTo(UuidSqlTypes.BINARY16_TIME_SWAPPED);
        assertThat(new UuidChar36JdbcType().getDefaultSqlTypeCode()).isEqualTo(UuidSqlTypes.CHAR36);
        assertThat(new PostgresUuidJdbcType().getDefaultSqlTypeCode()).isEqualTo(UuidSqlTypes.POSTGRES_UUID);
        assertThat(new MariaDbUuidJdbcType().getDefaultSqlTypeCode()).isEqualTo(UuidSqlTypes.MARIADB_UUID);
    }

    @Test
    void schemaGenerationTypeCodes() {
        assertThat(UuidBinary16JdbcType.INSTANCE.getDdlTypeCode()).isEqualTo(SqlTypes.BINARY);
        assertThat(UuidTimeSwappedBinary16JdbcType.INSTANCE.getDdlTypeCode()).isEqualTo(SqlTypes.BINARY);
        assertThat(UuidChar36JdbcType.INSTANCE.getDdlTypeCode()).isEqualTo(SqlTypes.CHAR);
        assertThat(PostgresUuidJdbcType.INSTANCE.getDdlTypeCode()).isEqualTo(SqlTypes.UUID);
        assertThat(MariaDbUuidJdbcType.INSTANCE.getDdlTypeCode()).isEqualTo(SqlTypes.UUID);
    }
}
