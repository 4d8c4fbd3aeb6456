package io.github.uuidkit.jooq;

import java.util.HexFormat;
import java.util.UUID;

/** Known answers from independent sources, shared by the unit tests. */
public final class KnownAnswers {

    /** RFC 9562, Appendix A.6 (example of a UUIDv7 value). */
    public static final UUID RFC_V7 = UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");

    /** RFC 9562, Appendix A.6: the fields are stored big-endian, so the 16 bytes are the hex digits in order. */
    public static final byte[] RFC_V7_BYTES = HexFormat.of().parseHex("017F22E279B07CC398C4DC0C0C07398F");

    /** MySQL 8.0 manual, UUID_TO_BIN() example: {@code SET @uuid = '6ccd780c-baba-1026-9564-5b8c656024db'}. */
    public static final UUID MYSQL_MANUAL_UUID = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");

    /** MySQL 8.0 manual: {@code HEX(UUID_TO_BIN(@uuid))} = {@code 6CCD780CBABA102695645B8C656024DB}. */
    public static final byte[] MYSQL_MANUAL_STANDARD = HexFormat.of().parseHex("6CCD780CBABA102695645B8C656024DB");

    /** MySQL 8.0 manual: {@code HEX(UUID_TO_BIN(@uuid, 1))} = {@code 1026BABA6CCD780C95645B8C656024DB}. */
    public static final byte[] MYSQL_MANUAL_SWAPPED = HexFormat.of().parseHex("1026BABA6CCD780C95645B8C656024DB");

    private KnownAnswers() {
    }
}
