package io.github.uuidkit.spring;

import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;

/**
 * Spring Data R2DBC converters for one column kind, for {@code R2dbcCustomConversions.of(dialect, converters)}:
 * {@code BINARY16} / {@code BINARY16_TIME_SWAPPED} write a {@code UUID} as its 16 bytes in the kind's layout and read
 * exactly 16 bytes back; {@code MARIADB_UUID} / {@code CHAR36} write the lowercase canonical text and read canonical
 * text only; {@code POSTGRES_UUID} needs none (r2dbc-postgresql binds {@code UUID} itself). Reads are strict: a wrong
 * length or malformed text throws {@code DataRetrievalFailureException} naming the kind and what was found.
 *
 * <p>Limits: R2DBC conversions are chosen by Java type, not by property, so the kind applies to every {@code UUID}
 * property of the mapping context (no {@link UuidColumn} in R2DBC); only r2dbc-postgresql is run on an engine.
 */
public final class UuidR2dbcConverters {

    private UuidR2dbcConverters() {
    }

    /**
     * Returns the converters of a column kind.
     *
     * @param dialect the R2DBC dialect ({@code R2dbcDialect}), checked against the kind
     * @param kind the kind of every {@code UUID} column of the mapping context
     * @return the converters, empty for {@code POSTGRES_UUID}
     * @throws IllegalStateException if {@code kind} is a {@code BINARY(16)} kind and {@code dialect} a PostgreSQL one
     */
    public static List<Object> of(Dialect dialect, UuidColumnKind kind) {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(kind, "kind");
        if (kind.isBinary() && dialect instanceof PostgresDialect) {
            throw new IllegalStateException("uuidkit: " + kind + " (a BINARY(16) column) with a PostgreSQL dialect:"
                    + " PostgreSQL has no BINARY(16) and refuses bytea for a uuid column; use UuidColumnKind.POSTGRES_UUID");
        }
        switch (kind) {
            case POSTGRES_UUID:
                return List.of();
            case MARIADB_UUID:
            case CHAR36:
                return List.of(new UuidToText(), new TextToUuid(kind));
            default:
                return List.of(new UuidToBytes(kind), new BytesToUuid(kind));
        }
    }

    @WritingConverter
    private static final class UuidToBytes implements Converter<UUID, byte[]> {
        private final UuidColumnKind kind;

        UuidToBytes(UuidColumnKind kind) {
            this.kind = kind;
        }

        @Override
        public byte[] convert(UUID source) {
            return kind.layout().toBytes(source);
        }
    }

    @ReadingConverter
    private static final class BytesToUuid implements Converter<byte[], UUID> {
        private final UuidColumnKind kind;

        BytesToUuid(UuidColumnKind kind) {
            this.kind = kind;
        }

        @Override
        public UUID convert(byte[] source) {
            return UuidJdbcConverter.decode(source, kind, "a UUID value");
        }
    }

    @WritingConverter
    private static final class UuidToText implements Converter<UUID, String> {
        @Override
        public String convert(UUID source) {
            return UuidStrings.format(source);
        }
    }

    @ReadingConverter
    private static final class TextToUuid implements Converter<String, UUID> {
        private final UuidColumnKind kind;

        TextToUuid(UuidColumnKind kind) {
            this.kind = kind;
        }

        @Override
        public UUID convert(String source) {
            return UuidJdbcConverter.decode(source, kind, "a UUID value");
        }
    }
}
