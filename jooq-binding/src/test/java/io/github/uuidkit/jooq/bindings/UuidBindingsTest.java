package io.github.uuidkit.jooq.bindings;

import static io.github.uuidkit.jooq.KnownAnswers.MYSQL_MANUAL_SWAPPED;
import static io.github.uuidkit.jooq.KnownAnswers.MYSQL_MANUAL_UUID;
import static io.github.uuidkit.jooq.KnownAnswers.RFC_V7;
import static io.github.uuidkit.jooq.KnownAnswers.RFC_V7_BYTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;
import org.junit.jupiter.api.Test;

class UuidBindingsTest {

    private static final DataType<UUID> BINARY16 = SQLDataType.BINARY(16).asConvertedDataType(new UuidBinaryBinding());
    private static final DataType<UUID> SWAPPED16 =
            SQLDataType.BINARY(16).asConvertedDataType(new UuidTimeSwappedBinaryBinding());
    private static final DataType<UUID> MARIADB_UUID =
            SQLDataType.UUID.asConvertedDataType(new MariaDbUuidBinding());

    private static final DSLContext MOCK_DSL = DSL.using(SQLDialect.MYSQL);
    private static final Table<?> T = DSL.table(DSL.name("t"));
    private static final Field<UUID> ID = DSL.field(DSL.name("t", "id"), BINARY16);
    private static final Field<UUID> LEGACY = DSL.field(DSL.name("t", "legacy"), SWAPPED16);
    private static final Field<UUID> NATIVE = DSL.field(DSL.name("t", "native_id"), MARIADB_UUID);

    @Test
    void inlinedBinaryIsAMySqlHexLiteralAlone() {
        // MySQL manual, "Hexadecimal Literals": X'val' is a binary string; RFC 9562 A.6 gives the bytes.
        assertThat(DSL.using(SQLDialect.MYSQL).renderInlined(DSL.select(DSL.val(RFC_V7, BINARY16))))
                .isEqualTo("select X'017f22e279b07cc398c4dc0c0c07398f'");
        assertThat(DSL.using(SQLDialect.MARIADB).renderInlined(ID.eq(RFC_V7)))
                .isEqualTo("`t`.`id` = X'017f22e279b07cc398c4dc0c0c07398f'");
    }

    @Test
    void inlinedSwappedBinaryMatchesMySqlUuidToBinWithSwapFlag() {
        // MySQL manual: HEX(UUID_TO_BIN('6ccd780c-baba-1026-9564-5b8c656024db', 1)) = 1026BABA6CCD780C95645B8C656024DB
        assertThat(DSL.using(SQLDialect.MYSQL).renderInlined(LEGACY.eq(MYSQL_MANUAL_UUID)))
                .isEqualTo("`t`.`legacy` = X'1026baba6ccd780c95645b8c656024db'");
    }

    @Test
    void inlinedBinaryOnPostgresIsAByteaLiteral() {
        assertThat(DSL.using(SQLDialect.POSTGRES).renderInlined(DSL.select(DSL.val(RFC_V7, BINARY16))))
                .isEqualTo("select '\\x017f22e279b07cc398c4dc0c0c07398f'::bytea");
    }

    @Test
    void inlinedMariaDbUuidIsAStringLiteral() {
        assertThat(DSL.using(SQLDialect.MARIADB).renderInlined(NATIVE.eq(RFC_V7)))
                .isEqualTo("`t`.`native_id` = '017f22e2-79b0-7cc3-98c4-dc0c0c07398f'");
    }

    @Test
    void inlinedNullIsNull() {
        assertThat(DSL.using(SQLDialect.MYSQL).renderInlined(DSL.select(DSL.val((UUID) null, BINARY16))))
                .isEqualTo("select null");
    }

    @Test
    void boundValuesRenderAsVariables() {
        DSLContext mysql = DSL.using(SQLDialect.MYSQL);
        assertThat(mysql.render(ID.eq(RFC_V7))).isEqualTo("`t`.`id` = ?");
        assertThat(mysql.renderNamedParams(ID.eq(RFC_V7))).isEqualTo("`t`.`id` = :1");
        assertThat(mysql.renderContext().paramType(ParamType.INDEXED).render(NATIVE.eq(RFC_V7)))
                .isEqualTo("`t`.`native_id` = ?");
    }

    @Test
    void bindsTheSixteenBytesOfEachLayout() {
        List<Object[]> bound = new ArrayList<>();
        DSLContext ctx = DSL.using(new MockConnection(c -> {
            bound.add(c.bindings());
            return new MockResult[] {new MockResult(1)};
        }), SQLDialect.MYSQL);

        ctx.insertInto(T).columns(ID, LEGACY, NATIVE).values(RFC_V7, MYSQL_MANUAL_UUID, RFC_V7).execute();
        ctx.insertInto(T).columns(ID, LEGACY, NATIVE).values((UUID) null, null, null).execute();

        assertThat(bound.get(0)[0]).isEqualTo(RFC_V7_BYTES);
        assertThat(bound.get(0)[1]).isEqualTo(MYSQL_MANUAL_SWAPPED);
        assertThat(bound.get(0)[2]).isEqualTo("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
        assertThat(bound.get(1)).containsExactly(null, null, null);
    }

    @Test
    void readsUuidsAndRejectsWrongLengths() {
        Field<byte[]> raw = DSL.field(DSL.name("id"), SQLDataType.BINARY(16));
        DSLContext ctx = DSL.using(new MockConnection(c -> {
            Result<Record1<byte[]>> r = MOCK_DSL.newResult(raw);
            for (byte[] b : new byte[][] {RFC_V7_BYTES, null, new byte[15]}) {
                Record1<byte[]> rec = MOCK_DSL.newRecord(raw);
                rec.value1(b);
                r.add(rec);
            }
            return new MockResult[] {new MockResult(r.size(), r)};
        }), SQLDialect.MYSQL);

        Throwable thrown = catchThrowable(() -> ctx.select(ID).from(T).fetch(ID));

        assertThat(thrown).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Error while reading field: \"t\".\"id\", at JDBC index: 1");
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            causes.add(t);
        }
        assertThat(causes).filteredOn(SQLDataException.class::isInstance).singleElement()
                .extracting(Throwable::getMessage).asString()
                .endsWith(": expected 16 bytes for BINARY16, got 15 bytes");
    }

    @Test
    void readsUuidsAndNulls() {
        Field<byte[]> raw = DSL.field(DSL.name("id"), SQLDataType.BINARY(16));
        DSLContext ctx = DSL.using(new MockConnection(c -> {
            Result<Record1<byte[]>> r = MOCK_DSL.newResult(raw);
            r.add(MOCK_DSL.newRecord(raw).values(RFC_V7_BYTES));
            r.add(MOCK_DSL.newRecord(raw).values((byte[]) null));
            return new MockResult[] {new MockResult(r.size(), r)};
        }), SQLDialect.MYSQL);

        assertThat(ctx.select(ID).from(T).fetch(ID)).containsExactly(RFC_V7, null);
    }

    @Test
    void mariaDbTextIsParsedStrictly() {
        Field<String> raw = DSL.field(DSL.name("native_id"), SQLDataType.VARCHAR(36));
        DSLContext ctx = DSL.using(new MockConnection(c -> {
            Result<Record1<String>> r = MOCK_DSL.newResult(raw);
            r.add(MOCK_DSL.newRecord(raw).values("017F22E2-79B0-7CC3-98C4-DC0C0C07398F"));
            r.add(MOCK_DSL.newRecord(raw).values((String) null));
            r.add(MOCK_DSL.newRecord(raw).values("017f22e279b07cc398c4dc0c0c07398f"));
            return new MockResult[] {new MockResult(r.size(), r)};
        }), SQLDialect.MARIADB);

        Throwable thrown = catchThrowable(() -> ctx.select(NATIVE).from(T).fetch(NATIVE));

        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            causes.add(t);
        }
        assertThat(causes).filteredOn(SQLDataException.class::isInstance).singleElement()
                .extracting(Throwable::getMessage).asString()
                .endsWith("(Invalid UUID '017f22e279b07cc398c4dc0c0c07398f': expected 36 characters in the form"
                        + " 8-4-4-4-12, got 32)");
    }

    @Test
    void sqlDataIsNotSupported() {
        UuidBinaryBinding binding = new UuidBinaryBinding();
        assertThatThrownBy(() -> binding.set((BindingSetSQLOutputContext<UUID>) null))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessage("UuidBinaryBinding does not support SQLOutput");
        assertThatThrownBy(() -> binding.get((BindingGetSQLInputContext<UUID>) null))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessage("UuidBinaryBinding does not support SQLInput");
    }

    @Test
    void eachBindingHoldsOneConverterOfItsLayout() {
        assertThat(new UuidBinaryBinding().converter()).isSameAs(new UuidBinaryBinding().converter());
        assertThat(new UuidBinaryBinding().converter().to(MYSQL_MANUAL_UUID))
                .isNotEqualTo(new UuidTimeSwappedBinaryBinding().converter().to(MYSQL_MANUAL_UUID));
        assertThat(new UuidTimeSwappedBinaryBinding().converter().to(MYSQL_MANUAL_UUID)).isEqualTo(MYSQL_MANUAL_SWAPPED);
    }
}
