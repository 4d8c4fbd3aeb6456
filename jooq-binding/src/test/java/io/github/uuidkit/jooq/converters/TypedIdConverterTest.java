package io.github.uuidkit.jooq.converters;

import static io.github.uuidkit.jooq.KnownAnswers.MYSQL_MANUAL_SWAPPED;
import static io.github.uuidkit.jooq.KnownAnswers.MYSQL_MANUAL_UUID;
import static io.github.uuidkit.jooq.KnownAnswers.RFC_V7;
import static io.github.uuidkit.jooq.KnownAnswers.RFC_V7_BYTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.jooq.exception.DataTypeException;
import org.junit.jupiter.api.Test;

class TypedIdConverterTest {

    record OrderId(UUID value) {
    }

    @Test
    void wrapsTheBinaryConverter() {
        TypedIdConverter<byte[], OrderId> c =
                TypedIdConverter.of(new UuidBinaryConverter(), OrderId.class, OrderId::new, OrderId::value);
        assertThat(c.from(RFC_V7_BYTES)).isEqualTo(new OrderId(RFC_V7));
        assertThat(c.to(new OrderId(RFC_V7))).containsExactly(RFC_V7_BYTES);
        assertThat(c.fromType()).isEqualTo(byte[].class);
        assertThat(c.toType()).isEqualTo(OrderId.class);
    }

    @Test
    void wrapsTheSwappedAndStringConverters() {
        TypedIdConverter<byte[], OrderId> swapped =
                TypedIdConverter.of(new UuidTimeSwappedBinaryConverter(), OrderId.class, OrderId::new, OrderId::value);
        assertThat(swapped.to(new OrderId(MYSQL_MANUAL_UUID))).containsExactly(MYSQL_MANUAL_SWAPPED);
        TypedIdConverter<String, OrderId> text =
                TypedIdConverter.of(new UuidStringConverter(), OrderId.class, OrderId::new, OrderId::value);
        assertThat(text.from("6CCD780C-BABA-1026-9564-5B8C656024DB")).isEqualTo(new OrderId(MYSQL_MANUAL_UUID));
        assertThat(text.fromType()).isEqualTo(String.class);
    }

    @Test
    void overUuidForNativeColumns() {
        TypedIdConverter<UUID, OrderId> c = TypedIdConverter.of(OrderId.class, OrderId::new, OrderId::value);
        assertThat(c.from(RFC_V7)).isEqualTo(new OrderId(RFC_V7));
        assertThat(c.to(new OrderId(RFC_V7))).isEqualTo(RFC_V7);
        assertThat(c.fromType()).isEqualTo(UUID.class);
    }

    @Test
    void nullNeverReachesTheWrappers() {
        TypedIdConverter<byte[], OrderId> c = TypedIdConverter.of(new UuidBinaryConverter(), OrderId.class,
                u -> {
                    throw new AssertionError("wrap called with " + u);
                },
                id -> {
                    throw new AssertionError("unwrap called with " + id);
                });
        assertThat(c.from(null)).isNull();
        assertThat(c.to(null)).isNull();
    }

    @Test
    void typedIdHoldingNullIsStoredAsNull() {
        TypedIdConverter<byte[], OrderId> c =
                TypedIdConverter.of(new UuidBinaryConverter(), OrderId.class, OrderId::new, OrderId::value);
        assertThat(c.to(new OrderId(null))).isNull();
    }

    @Test
    void badLengthKeepsTheUnderlyingMessage() {
        TypedIdConverter<byte[], OrderId> c =
                TypedIdConverter.of(new UuidBinaryConverter(), OrderId.class, OrderId::new, OrderId::value);
        assertThatThrownBy(() -> c.from(new byte[8]))
                .isInstanceOf(DataTypeException.class)
                .hasMessage("UuidBinaryConverter: expected 16 bytes for BINARY16, got 8 bytes");
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> TypedIdConverter.of(null, OrderId.class, OrderId::new, OrderId::value))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("uuids");
        assertThatThrownBy(() -> TypedIdConverter.of(OrderId.class, null, OrderId::value))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("wrap");
    }
}
