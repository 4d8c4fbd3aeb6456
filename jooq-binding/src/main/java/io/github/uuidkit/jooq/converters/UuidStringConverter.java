package io.github.uuidkit.jooq.converters;

import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.util.UUID;

/**
 * A converter between the canonical text of a UUID ({@code CHAR(36)}, {@code VARCHAR(36)}, MariaDB {@code UUID}
 * as read by JDBC) and {@link UUID}.
 *
 * <p>Parsing is strict ({@link UuidStrings#parse(CharSequence)}): exactly {@code 8-4-4-4-12} hex digits, either
 * case; output is lower case. {@code null} converts to {@code null} both ways. {@link #from(Object)} throws a
 * {@link org.jooq.exception.DataTypeException} quoting the text and naming the offending index and character
 * (core's {@link UuidColumnKind#decode(Object, String)} for {@link UuidColumnKind#CHAR36}).
 */
public final class UuidStringConverter extends AbstractUuidConverter<String> {

    private static final long serialVersionUID = 1L;

    /** Creates the converter; it is stateless and may be shared. */
    public UuidStringConverter() {
        super(String.class, UuidColumnKind.CHAR36);
    }
}
