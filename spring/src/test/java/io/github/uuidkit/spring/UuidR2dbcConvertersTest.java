package io.github.uuidkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.dialect.MySqlDialect;
import org.springframework.data.r2dbc.dialect.PostgresDialect;
import org.springframework.format.support.DefaultFormattingConversionService;

/** The R2DBC converters of each kind through Spring's conversion service, and the PostgreSQL fail-fast. */
class UuidR2dbcConvertersTest {

    /** MySQL manual, UUID_TO_BIN(): the example and its two encodings. */
    private static final UUID MANUAL = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");

    private static DefaultFormattingConversionService service(UuidColumnKind kind) {
        DefaultFormattingConversionService service = new DefaultFormattingConversionService(false);
        R2dbcCustomConversions.of(MySqlDialect.INSTANCE, UuidR2dbcConverters.of(MySqlDialect.INSTANCE, kind))
                .registerConvertersIn(service);
        return service;
    }

    @Test
    void binaryKindsWriteTheirLayoutAndReadStrictly() {
        DefaultFormattingConversionService standard = service(UuidColumnKind.BINARY16);
        assertThat(standard.convert(MANUAL, byte[].class)).isEqualTo(java.util.HexFormat.of()
                .parseHex("6ccd780cbaba102695645b8c656024db"));
        assertThat(standard.convert(UuidBinaryLayout.STANDARD.toBytes(MANUAL), UUID.class)).isEqualTo(MANUAL);
        assertThatThrownBy(() -> standard.convert(new byte[15], UUID.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e).hasStackTraceContaining("DataRetrievalFailureException")
                        .hasStackTraceContaining("15"));
        DefaultFormattingConversionService swapped = service(UuidColumnKind.BINARY16_TIME_SWAPPED);
        assertThat(swapped.convert(MANUAL, byte[].class)).isEqualTo(java.util.HexFormat.of()
                .parseHex("1026baba6ccd780c95645b8c656024db"));
    }

    @Test
    void textKindsWriteLowercaseAndReadCanonicalOnly() {
        DefaultFormattingConversionService text = service(UuidColumnKind.MARIADB_UUID);
        assertThat(text.convert(MANUAL, String.class)).isEqualTo("6ccd780c-baba-1026-9564-5b8c656024db");
        assertThatThrownBy(() -> text.convert("6ccd780cbaba102695645b8c656024db", UUID.class))
                .satisfies(e -> assertThat(e).hasStackTraceContaining(DataRetrievalFailureException.class.getName()));
        assertThat(UuidR2dbcConverters.of(PostgresDialect.INSTANCE, UuidColumnKind.POSTGRES_UUID)).isEmpty();
    }

    @Test
    void binary16OnPostgresFailsFast() {
        assertThatThrownBy(() -> UuidR2dbcConverters.of(PostgresDialect.INSTANCE, UuidColumnKind.BINARY16))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PostgreSQL dialect");
    }
}
