package io.github.uuidkit.mybatis;

import io.github.uuidkit.jdbc.UuidColumnKind;

/**
 * A type handler for a {@code CHAR(36)} or {@code VARCHAR(36)} column holding canonical UUID text: written in
 * lowercase, read strictly ({@code 8-4-4-4-12}, either case).
 *
 * @see UuidColumnKind#CHAR36
 */
public final class UuidStringTypeHandler extends UuidTypeHandler {

    /** Creates the handler; MyBatis calls this constructor for {@code typeHandler=} in a mapper. */
    public UuidStringTypeHandler() {
        super(UuidColumnKind.CHAR36);
    }
}
