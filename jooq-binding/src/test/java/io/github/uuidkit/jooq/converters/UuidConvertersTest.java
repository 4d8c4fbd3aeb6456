package io.github.uuidkit.jooq.converters;

import static io.github.uuidkit.jooq.KnownAnswers.MYSQL_MANUAL_STANDARD;
import static io.github.uuidkit.jooq.KnownAnswers.MYSQL_MANUAL_SWAPPED;
import static io.github.uuidkit.jooq.KnownAnswers.MYSQL_MANUAL_UUID;
import static io.github.uuidkit.jooq.KnownAnswers.RFC_V7;
import static io.github.uuidkit.jooq.KnownAnswers.RFC_V7_BYTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.sql.SQLDataException;
import java.util.UUID;
import org.jooq.exception.DataTypeException;
import org.junit.jupiter.api.Test;

class UuidConvertersTest {

    private final UuidBinaryConverter standard = new UuidBinaryConverter();
    private final UuidTimeSwappedBinaryConverter swapped = new UuidTimeSwappedBinaryConverter();
    private final UuidStringConverter text = new UuidStringConverter();

    @Test
    void standardLayoutMatchesRfc9562AndMySqlUuidToBin() {
        assertThat(standard.to(RFC_V7)).containsExactly(RFC_V7_BYTES);
        assertThat(standard.from(RFC_V7_BYTES)).isEqualTo(RFC_V7);
        assertThat(standard.to(MYSQL_MANUAL_UUID)).containsExactly(MYSQL_MANUAL_STANDARD);
        assertThat(standard.from(MYSQL_MANUAL_STANDARD)).isEqualTo(MYSQL_MANUAL_UUID);
    }

    @Test
    void swappedLayoutMatchesMySqlUuidToBinWithSwapFlag() {
        assertThat(swapped.to(MYSQL_MANUAL_UUID)).containsExactly(MYSQL_MANUAL_SWAPPED);
        assertThat(swapped.from(MYSQL_MANUAL_SWAPPED)).isEqualTo(MYSQL_MANUAL_UUID);
    }

    @Test
    void typesAreDeclared() {
        assertThat(standard.fromType()).isEqualTo(byte[].class);
        assertThat(standard.toType()).isEqualTo(UUID.class);
        assertThat(swapped.fromType()).isEqualTo(byte[].class);
        assertThat(text.fromType()).isEqualTo(String.class);
        assertThat(text.toType()).isEqualTo(UUID.class);
    }

    @Test
    void nullConvertsToNullBothWays() {
        assertThat(standard.from(null)).isNull();
        assertThat(standard.to(null)).isNull();
        assertThat(swapped.from(null)).isNull();
        assertThat(swapped.to(null)).isNull();
        assertThat(text.from(null)).isNull();
        assertThat(text.to(null)).isNull();
    }

    @Test
    void wrongLengthIsADataTypeExceptionNamingTheLength() {
        assertThatThrownBy(() -> standard.from(new byte[15]))
                .isInstanceOf(DataTypeException.class)
                .hasMessage("UuidBinaryConverter: expected 16 bytes for BINARY16, got 15 bytes")
                .cause().isInstanceOf(SQLDataException.class)
                .extracting(e -> ((SQLDataException) e).getSQLState()).isEqualTo("22018");
        assertThatThrownBy(() -> standard.from(new byte[0]))
                .isInstanceOf(DataTypeException.class)
                .hasMessage("UuidBinaryConverter: expected 16 bytes for BINARY16, got 0 bytes");
        assertThatThrownBy(() -> swapped.from(new byte[17]))
                .isInstanceOf(DataTypeException.class)
                .hasMessage("UuidTimeSwappedBinaryConverter: expected 16 bytes for BINARY16_TIME_SWAPPED, got 17 bytes");
    }

    @Test
    void textIsParsedStrictlyAndFormattedLowerCase() {
        assertThat(text.from("017F22E2-79B0-7CC3-98C4-DC0C0C07398F")).isEqualTo(RFC_V7);
        assertThat(text.to(RFC_V7)).isEqualTo("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
    }

    @Test
    void badTextIsADataTypeExceptionQuotingTheText() {
        assertThatThrownBy(() -> text.from("017f22e2-79b0-7cc3-98c4-dc0c0c07398"))
                .isInstanceOf(DataTypeException.class)
                .hasMessageEndingWith("(Invalid UUID '017f22e2-79b0-7cc3-98c4-dc0c0c07398': expected 36 characters in the form"
                        + " 8-4-4-4-12, got 35)");
        assertThatThrownBy(() -> text.from("017f22e2-79b0-7cc3-98c4-dc0c0c07398g"))
                .isInstanceOf(DataTypeException.class)
                .hasMessageEndingWith("(Invalid UUID '017f22e2-79b0-7cc3-98c4-dc0c0c07398g': expected a hex digit at index 35,"
                        + " found 'g')");
        assertThatThrownBy(() -> text.from("017f22e2x79b0-7cc3-98c4-dc0c0c07398f"))
                .isInstanceOf(DataTypeException.class)
                .hasMessageEndingWith("(Invalid UUID '017f22e2x79b0-7cc3-98c4-dc0c0c07398f': expected '-' at index 8, found 'x')");
        assertThatThrownBy(() -> text.from("017f22e279b07cc398c4dc0c0c07398f"))
                .isInstanceOf(DataTypeException.class)
                .hasMessageContaining("got 32");
    }

    @Test
    void everyConverterRoundTrips() {
        long[] edges = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE};
        SplittableRandom random = new SplittableRandom(0x9562L);
        for (int i = 0; i < 2_000; i++) {
            long msb = i < 16 ? edges[i / 4] : random.nextLong();
            long lsb = i < 16 ? edges[i % 4] : random.nextLong();
            roundTrips(new UUID(msb, lsb));
        }
    }

    private void roundTrips(UUID uuid) {
        assertThat(standard.from(standard.to(uuid))).isEqualTo(uuid);
        assertThat(swapped.from(swapped.to(uuid))).isEqualTo(uuid);
        assertThat(text.from(text.to(uuid))).isEqualTo(uuid);
        assertThat(text.to(uuid)).isEqualTo(uuid.toString());
    }
}
