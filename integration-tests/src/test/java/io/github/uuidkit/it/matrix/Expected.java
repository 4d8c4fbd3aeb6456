package io.github.uuidkit.it.matrix;

import static io.github.uuidkit.it.matrix.EngineMatrixIT.ABSENT;
import static io.github.uuidkit.it.matrix.EngineMatrixIT.NO;
import static io.github.uuidkit.it.matrix.EngineMatrixIT.NOT_APPLICABLE;
import static io.github.uuidkit.it.matrix.EngineMatrixIT.YES;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.UuidColumn;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each cell of the matrix must be, written from the independent sources (never from the library under test):
 * RFC 9562 (UUID order = the 16 bytes unsigned; v1's time_low comes first, so v1 is not in time order), the
 * PostgreSQL manual (uuid functions: {@code gen_random_uuid} 13, {@code uuid_extract_timestamp} and
 * {@code uuid_extract_version} 17, the first for v1 only (null for other versions) until 18 reads v7 too,
 * {@code uuidv7} 18; {@code uuid} compares its 16 bytes with memcmp), the MySQL 8.0
 * manual ({@code UUID_TO_BIN}/{@code BIN_TO_UUID} and the swap flag; {@code BINARY(M)} right-pads a shorter value with
 * 0x00, strict mode rejects a longer one), and MariaDB's Jira and release notes (the UUID type from 10.7 stores
 * v1-v5 with its groups reversed, MDEV-26664; MDEV-29959 keeps v6+ in byte order from 10.9.8, 10.10.6, 10.11.5, 11.0.3;
 * MDEV-31926 "UUID v7 are compared incorrectly", fixed in 10.10.7, 10.11.6, 11.0.4, 11.1.3, 11.2.2; MDEV-35468
 * "UUID primary key filtering return incorrect results", fixed in 10.11.11 and 11.4.5 (release notes: "Comparison of
 * UUID v1 and V6 could return incorrect results"); {@code UUID_v4()}/{@code UUID_v7()} from 11.7, MDEV-11339 and
 * MDEV-32637).
 */
final class Expected {

    static final String LEGEND = "## What the columns mean\n\n"
            + "- **UUID order** is RFC 9562's: the 16 bytes compared as unsigned numbers, most significant first (the"
            + " order of the canonical lower-case text). For v7 it is creation-time order; for v6 too; for v1 it is"
            + " not (v1 starts with the low 32 bits of its timestamp).\n"
            + "- **ORDER BY** and **`= < > BETWEEN`**: 600 ids of one version (seeded; v7 about 3 per millisecond, v1 and"
            + " v6 up to 2 s apart across a wrap of v1's 32-bit time_low) in a"
            + " table with the column as primary key (the index forced: `FORCE INDEX (PRIMARY)`,"
            + " `enable_seqscan = off`) and in one without any index; `=` at every 29th id, `<` and `>` at five"
            + " pivots, `BETWEEN` the quartiles. `yes` = every answer was UUID order's on both tables; `key no, no"
            + " index yes` = they differ. `docs/engine-matrix.json` notes which answers were wrong.\n"
            + "- **v1+v6+v7 mix**: 600 ids, a third of each version; the comparisons must agree with the order the"
            + " server's own `ORDER BY` returns (whatever that order is). This is MariaDB's MDEV-35468.\n"
            + "- **stored = uuidkit's bytes**: a v7, a v1 and a v6 bound by uuidkit (`UuidJdbc`), read back as"
            + " `encode(uuid_send(id), 'hex')`, `HEX(id)` or text, equal to the bytes computed from the canonical text"
            + " (swapped as the MySQL manual defines `UUID_TO_BIN(x, 1)`) and to the server's own encoding"
            + " (`CAST(? AS uuid)`, `UUID_TO_BIN`, `UNHEX`).\n"
            + "- **rejects**: inserted as raw bytes (`setBytes`) or text in the server's default `sql_mode` for the"
            + " connection; `yes` = an error and no row, `no` = a row was stored (the JSON notes how it was"
            + " stored). `BINARY(16)` right-pads 15 bytes with `0x00` even in strict mode.\n"
            + "- **Server functions**: each is called on every engine; `absent` = the server answered \"function does"
            + " not exist\". `v4`/`v7`/`v1` = the version digit of what it returned. For `uuid_extract_*`,"
            + " `UUID_TO_BIN` and `BIN_TO_UUID` the argument is a v7 made by the test (bytes computed from its text).\n"
            + "- **Versions** of the MySQL-family rows are also checked against `MysqlServerInfo` (mysql-binary16):"
            + " `hasNativeUuidType`, `hasUuidToBin`, `isStrict`, `nativeUuidKeepsV7Order`,"
            + " `nativeUuidComparesV7Correctly`, `nativeUuidComparesAsItSorts`,"
            + " `nativeUuidComparesMixedVersionsAsItSorts`.\n"
            + "\n## How the engines are reached\n\n"
            + "The embedded builds (`embedded`) are started by the test harness (`test-engines`) from Maven Central"
            + " binaries. The `system` engines are the machine's own servers, found when they answer within 1.5 s"
            + " (a PostgreSQL at `127.0.0.1:5432`, database `test`, user `postgres` or `root`; a MariaDB or MySQL at"
            + " `127.0.0.1:3306`, database `test`, user `root`, empty password) and used through the same path as"
            + " your own server given by URL (`url`): their grants, default `sql_mode` and character sets. Every"
            + " engine suite runs on them too, and the run checks at its end that their list of schemas and tables is"
            + " what it was before. `-Duuidkit.it.systemServers=off` leaves them out, `=on` makes a missing one fail;"
            + " `-Duuidkit.it.systemServers.postgres.url=...` (`.user`, `.password`, and the same for `mariadb`)"
            + " points elsewhere. Engines not on this page (another machine's system server) are measured but not"
            + " compared.\n"
            + "\nMariaDB's MDEV-35468 is shown before (10.11.5) and after (10.11.19, 11.4.5) its fix; 10.11.5 is"
            + " also before MDEV-31926's fix, which alone makes the mix disagree, so no engine here isolates MDEV-35468"
            + " (that would take a 10.11.6 to 10.11.10 build).\n";

    private Expected() {
    }

    /** The expected value of a column-kind fact. */
    static String column(Engine engine, UuidColumn kind, String fact, boolean strict) {
        int[] v = version(engine);
        switch (fact) {
            case "orderBy.v7":
            case "orderBy.v6":
            case "compare.v7":
            case "compare.v6":
                if (kind == UuidColumn.BINARY16_TIME_SWAPPED) {
                    return NO; // the swap puts bytes 6-7 (version, random or low time bits) first
                }
                if (kind == UuidColumn.MARIADB_UUID) {
                    if (!mariaDbKeepsV6V7InByteOrder(v)) {
                        return NO;
                    }
                    return fact.startsWith("compare") && mariaDbMdev31926(v) ? NO : YES;
                }
                return YES;
            case "orderBy.v1":
            case "compare.v1":
                if (kind == UuidColumn.BINARY16_TIME_SWAPPED || kind == UuidColumn.MARIADB_UUID) {
                    return NO; // both reorder v1's groups (that is their purpose): not UUID order
                }
                return YES;
            case "mix.consistent":
                if (kind == UuidColumn.MARIADB_UUID) {
                    return mariaDbMdev31926(v) || mariaDbMdev35468(v) ? NO : YES;
                }
                return YES;
            case "storedBytes":
                return YES;
            case "rejects.short":
                if (kind == UuidColumn.PG_UUID) {
                    return YES;
                }
                if (kind == UuidColumn.MARIADB_UUID) {
                    return strict ? YES : NO;
                }
                return NO; // BINARY(16) pads with 0x00, CHAR(36) with spaces
            case "rejects.long":
                return engine.isPostgres() || strict ? YES : NO;
            case "rejects.badText":
                if (kind.layout() != null) {
                    return NOT_APPLICABLE;
                }
                if (kind == UuidColumn.CHAR36) {
                    return NO;
                }
                return kind == UuidColumn.PG_UUID || strict ? YES : NO;
            default:
                throw new IllegalArgumentException(fact);
        }
    }

    /** The expected value of a server fact. */
    static String server(Engine engine, String fact) {
        int[] v = version(engine);
        boolean pg = engine.isPostgres();
        boolean mysql = engine.isMySql();
        boolean mariadb = engine.isMariaDb();
        switch (fact) {
            case "type.UUID":
                // PostgreSQL: UUID is its uuid (identifiers are case-insensitive); MariaDB from 10.7
                return pg || mariadb && atLeast(v, 10, 7, 0) ? YES : ABSENT;
            case "fn.UUID()":
                return pg ? ABSENT : "v1";
            case "fn.gen_random_uuid()":
                return pg && v[0] >= 13 ? "v4" : ABSENT;
            case "fn.uuidv7()":
                return pg && v[0] >= 18 ? "v7" : ABSENT;
            case "fn.UUID_v4()":
                return mariadb && atLeast(v, 11, 7, 0) ? "v4" : ABSENT;
            case "fn.UUID_v7()":
                return mariadb && atLeast(v, 11, 7, 0) ? "v7" : ABSENT;
            case "fn.uuid_extract_timestamp(v7)":
                // the PostgreSQL 17 manual: "Extracts a timestamp with time zone from UUID version 1. For other
                // versions, this function returns null."; 18's: "from UUID version 1 and 7"
                if (!pg || v[0] < 17) {
                    return ABSENT;
                }
                return v[0] == 17 ? "returns null" : "= the v7's Unix ms";
            case "fn.uuid_extract_version(v7)":
                return pg && v[0] >= 17 ? "7" : ABSENT;
            case "fn.UUID_TO_BIN(v7)":
                return mysql ? "= uuidkit's RFC bytes" : ABSENT;
            case "fn.UUID_TO_BIN(v7, 1)":
                return mysql ? "= uuidkit's swapped bytes" : ABSENT;
            case "fn.BIN_TO_UUID(b)":
            case "fn.BIN_TO_UUID(b, 1)":
                return mysql ? "= the v7's text" : ABSENT;
            default:
                throw new IllegalArgumentException(fact);
        }
    }

    /** MDEV-29959 (v6+ kept in byte order) from 10.9.8, 10.10.6, 10.11.5, 11.0.3 and every later series. */
    static boolean mariaDbKeepsV6V7InByteOrder(int[] v) {
        if (v[0] == 10) {
            return v[1] == 9 && v[2] >= 8 || v[1] == 10 && v[2] >= 6 || v[1] == 11 && v[2] >= 5 || v[1] > 11;
        }
        return v[0] > 11 || v[1] > 0 || v[2] >= 3;
    }

    /** MDEV-31926: with MDEV-29959's fix, before 10.10.7, 10.11.6, 11.0.4, 11.1.3, 11.2.2 (10.9 ended unfixed). */
    static boolean mariaDbMdev31926(int[] v) {
        if (!mariaDbKeepsV6V7InByteOrder(v)) {
            return false;
        }
        if (v[0] == 10) {
            return v[1] == 9 || v[1] == 10 && v[2] < 7 || v[1] == 11 && v[2] < 6;
        }
        return v[0] == 11 && (v[1] == 0 && v[2] < 4 || v[1] == 1 && v[2] < 3 || v[1] == 2 && v[2] < 2);
    }

    /**
     * MDEV-35468: after MDEV-31926's fix (v1-v5 compared with their groups reversed only against each other, v6+ as
     * bytes), a mix of v1 and v6 compares inconsistently; fixed in 10.11.11 and 11.4.5 (and 11.7.2 / 11.8.1 per the
     * 11.8.1 release notes). Series between 11.0 and 11.3, 11.5 and 11.6 ended without a release that lists it.
     */
    static boolean mariaDbMdev35468(int[] v) {
        if (!mariaDbKeepsV6V7InByteOrder(v) || mariaDbMdev31926(v)) {
            return false;
        }
        if (v[0] == 10) {
            return v[1] < 11 || v[2] < 11;
        }
        if (v[0] == 11) {
            return v[1] < 4 || v[1] == 4 && v[2] < 5 || v[1] == 5 || v[1] == 6 || v[1] == 7 && v[2] < 2;
        }
        return false;
    }

    /** major, minor, patch of the engine's {@code SELECT version()}. */
    static int[] version(Engine engine) {
        String text = engine.version().replaceFirst("^5\\.5\\.5-", "");
        Matcher m = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no version in " + text);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))};
    }

    private static boolean atLeast(int[] v, int major, int minor, int patch) {
        return java.util.Arrays.compare(v, new int[] {major, minor, patch}) >= 0;
    }
}
