package io.github.uuidkit.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The message, severity and fix of each column finding, with SQL for the column's engine. */
final class Advice {

    private final boolean pg;
    private final Doctor.Candidate cand;
    private final String subject;
    private final String table;
    private final String col;

    Advice(boolean pg, Doctor.Candidate cand) {
        this.pg = pg;
        this.cand = cand;
        this.subject = cand.schema() + "." + cand.table() + "." + cand.column();
        this.table = q(cand.schema()) + "." + q(cand.table());
        this.col = q(cand.column());
    }

    /**
     * Repeats are checked only in a column named like an id that is in no unique key: a column of a composite key
     * may repeat (the key that exists is unique), a unique column cannot.
     */
    static boolean checksDuplicates(Doctor.Candidate cand) {
        return cand.key().equals("none") && Doctor.idNamed(cand.table(), cand.column());
    }

    /** The findings a column's values give (not the index's, not the server's). */
    List<Finding> columnFindings(ColumnScan scan) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, ColumnScan.Defect> e : scan.defects().entrySet()) {
            String code = e.getKey();
            ColumnScan.Defect d = e.getValue();
            if (code.equals("V7_STORED_SWAPPED") && scan.swappedV7() > scan.standardV7()) {
                findings.add(finding("SWAPPED_LAYOUT_FOR_V7", d.count, d.examples, scan));
            } else {
                findings.add(finding(code, d.count, d.examples, scan));
            }
        }
        long nonNull = scan.rows - scan.nulls;
        if (identityKey() && nonNull > 0 && scan.count4() * 2 >= nonNull) {
            findings.add(finding("RANDOM_KEY", scan.count4(), List.of(), scan));
        }
        ColumnScan.Defect mixed = scan.mixedVersions();
        if (isKey() && mixed.count > 0) {
            findings.add(finding("MIXED_VERSIONS", mixed.count, mixed.examples, scan));
        }
        if (cand.storage().equals("text") && isKey()) {
            findings.add(finding("TEXT_KEY", 0, List.of(), scan));
        }
        return findings;
    }

    Finding finding(String code, long count, List<String> examples, ColumnScan scan) {
        switch (code) {
            case "JAVA_SERIALIZED":
                return new Finding(code, Severity.ERROR, subject, count, examples, count + " value(s) start with"
                        + " ACED0005, the header of a Java-serialized object: what Connector/J's setObject(uuid)"
                        + " stores under a non-strict sql_mode (the first 16 bytes, the same for every UUID). The"
                        + " UUIDs are lost.",
                        "Bind UUIDs with UuidJdbc.set(ps, i, uuid, UuidColumnKind.BINARY16) and make sql_mode strict (STRICT_TRANS_TABLES) so such a write"
                        + " fails. Re-key the rows from another source; find them with: SELECT * FROM " + table
                        + " WHERE " + prefix("ACED0005") + ";");
            case "WRONG_LENGTH":
                return new Finding(code, Severity.ERROR, subject, count, examples, count + " value(s) are not 16"
                        + " bytes long.", "Write UuidBinaryLayout.STANDARD.toBytes(uuid) (16 bytes) through"
                        + " UuidJdbc.set; find the rows with: SELECT * FROM " + table + " WHERE " + length()
                        + " <> 16;");
            case "V7_STORED_SWAPPED":
                return new Finding(code, Severity.ERROR, subject, count, examples, count + " UUID v7 value(s) are"
                        + " stored in the time-swapped layout (UUID_TO_BIN(x, 1)) among values in the standard"
                        + " layout: they read back as different UUIDs and break time order.",
                        "Write with UuidBinaryLayout.STANDARD (UuidJdbc.set with UuidColumnKind.BINARY16). Fix those rows"
                        + " (each is a v7 only when read swapped; check the examples first): UPDATE " + table
                        + " SET " + col + " = " + unswap() + " WHERE <primary key> IN (<the rows>);");
            case "SWAPPED_LAYOUT_FOR_V7":
                return new Finding(code, Severity.WARNING, subject, count, examples, count + " of "
                        + (scan.rows - scan.nulls) + " value(s) are UUID v7 in the time-swapped layout"
                        + " (UUID_TO_BIN(x, 1)): it puts the low time bytes first, so v7 keys lose their time order"
                        + " (random index inserts, no time-ordered ORDER BY id).",
                        "Store v7 keys with UuidBinaryLayout.STANDARD (UUID_TO_BIN(x) without the swap flag);"
                        + " convert the column once: UPDATE " + table + " SET " + col + " = " + unswap() + ";"
                        + (pg ? " then read and write it with UuidBinaryLayout.STANDARD instead of TIME_SWAPPED."
                        : " (MySQL 8 also: UUID_TO_BIN(BIN_TO_UUID(" + col + ", 1))), then switch readers"
                        + " from UuidColumnKind.BINARY16_TIME_SWAPPED to UuidColumnKind.BINARY16."));
            case "V1_STORED_SWAPPED":
                return new Finding(code, Severity.INFO, subject, count, examples, count + " UUID v1 value(s) are"
                        + " stored in MySQL's time-swapped layout (UUID_TO_BIN(UUID(), 1), which the MySQL manual"
                        + " documents for v1: time-high first, so they sort by time). Read as standard bytes they"
                        + " are different UUIDs of random versions.",
                        "Read and write them with UuidColumnKind.BINARY16_TIME_SWAPPED (BIN_TO_UUID(" + col
                        + ", 1)), never as plain bytes. A v1 carries the minting host's MAC address and time; new"
                        + " keys: Uuids.v7() in UuidBinaryLayout.STANDARD.");
            case "V6_STORED_SWAPPED":
                return new Finding(code, Severity.WARNING, subject, count, examples, count + " UUID v6 value(s) are"
                        + " stored in the time-swapped layout (UUID_TO_BIN(x, 1)): v6 is already time-first, the swap"
                        + " scrambles its order.",
                        "Store v6 with UuidBinaryLayout.STANDARD; convert: UPDATE " + table + " SET " + col + " = "
                        + unswap() + " WHERE <primary key> IN (<the rows>);");
            case "V7_TIME_IMPLAUSIBLE":
                return new Finding(code, Severity.WARNING, subject, count, examples, count + " UUID v7 value(s)"
                        + " carry a time outside the plausible window (" + ColumnScan.windowText()
                        + "): minted by a host with a wrong clock, or not made by a v7 generator. They sort apart"
                        + " from the others; the v7 span leaves them out, the out-of-order share counts them.",
                        "Check the clock (NTP) of the hosts that mint ids; decode the examples with"
                        + " Uuids.instant(uuid) to see the time they claim.");
            case "SENTINEL_VALUES":
                return new Finding(code, isKey() ? Severity.WARNING : Severity.INFO, subject, count, examples,
                        count + " value(s) are the nil UUID (" + scan.versions().get("nil") + ") or the max UUID ("
                        + scan.versions().get("max") + "), RFC 9562's sentinels: placeholders, not identifiers"
                        + (isKey() ? ", in a key column." : "."),
                        "Store NULL for \"no value\" and mint real ids (Uuids.v7()); list them: SELECT * FROM "
                        + table + " WHERE " + col + " IN (" + sentinels() + ");");
            case "MIXED_VERSIONS":
                return new Finding(code, Severity.WARNING, subject, count, examples, count + " of the "
                        + (scan.rows - scan.nulls) + " key value(s) are not v" + scan.dominantVersion() + ", the"
                        + " column's main version (" + histogram(scan) + "): ids come from more than one generator.",
                        "Mint every new id in one place (Uuids.v7()); the examples are the first rows of the other"
                        + " versions.");
            case "NON_CANONICAL_TEXT":
                return new Finding(code, Severity.WARNING, subject, count, examples, count + " value(s) are UUID"
                        + " text in a non-canonical form (upper case, braces or no dashes): equality with"
                        + " canonical text fails and the same UUID can be stored twice.",
                        "Write UuidStrings.format(uuid) (lower-case 8-4-4-4-12); normalise: UPDATE " + table
                        + " SET " + col + " = " + canonical() + " WHERE " + col + " <> " + canonical() + ";");
            case "NOT_A_UUID":
                return new Finding(code, Severity.ERROR, subject, count, examples, count + " value(s) are not a"
                        + " UUID in any text form.", "Validate on write with UuidStrings.parse (it rejects"
                        + " anything else); inspect the rows listed.");
            case "DUPLICATE_VALUES":
                return new Finding(code, Severity.ERROR, subject, count, examples, count + " row(s) repeat a value"
                        + " already seen in this column, which is named like an id but has no unique index.",
                        "List them: SELECT " + col + ", COUNT(*) FROM " + table + " GROUP BY " + col
                        + " HAVING COUNT(*) > 1; then add the constraint: ALTER TABLE " + table + " ADD "
                        + (pg ? "CONSTRAINT " + q(cand.table() + "_" + cand.column() + "_key") + " " : "")
                        + "UNIQUE (" + col + ");");
            case "RANDOM_KEY":
                return new Finding(code, Severity.INFO, subject, count, List.of(), percent(count, scan.rows
                        - scan.nulls) + " of the " + cand.key() + " key values are UUID v4 (random): each insert"
                        + " lands on a random index page.", "Mint new ids with Uuids.v7() (time-ordered); old"
                        + " rows can stay.");
            case "TEXT_KEY":
                return new Finding(code, Severity.INFO, subject, 0, List.of(), "UUIDs stored as " + cand.sqlType()
                        + " text in a key: " + (pg ? "37 bytes or more per value instead of 16"
                        : "36 bytes or more per value in the table and every secondary index, instead of 16") + ".",
                        pg ? "Convert to uuid: ALTER TABLE " + table + " ALTER COLUMN " + col + " TYPE uuid USING "
                        + col + "::uuid;"
                        : "Move to BINARY(16): MysqlSchema.forServer(MysqlServerInfo.detect(connection)) gives"
                        + " the column DDL, MysqlBackfill copies the values in batches.");
            default:
                throw new IllegalArgumentException("no advice for " + code);
        }
    }

    /**
     * An identity key: the primary key alone, or a unique column named like an id. Only such a key gets advice to
     * mint time-ordered values; a unique {@code token} or secret is random on purpose (a v7 would reveal its time).
     */
    boolean identityKey() {
        return cand.key().equals("primary") || cand.key().equals("unique") && Doctor.idNamed(cand.table(),
                cand.column());
    }

    /** In a unique key of any kind (alone or composite). */
    boolean isKey() {
        return !cand.key().equals("none");
    }

    Finding indexFinding(IndexShape index, ColumnScan scan) {
        String share = percent(scan.count4(), scan.rows - scan.nulls);
        if (!identityKey()) {
            return new Finding("INDEX_FRAGMENTED", Severity.INFO, cand.schema() + "." + cand.table() + "."
                    + index.name(), index.leafPages(), List.of(), String.format(Locale.ROOT, "Index %s: leaf"
                    + " density %.1f %% (under %.0f %%), %d leaf pages; %s of the values are v4. Random values are"
                    + " normal in a column that is not the row's id (a token or secret must stay random).",
                    index.name(), index.leafDensity(), Doctor.FRAGMENTED_LEAF_DENSITY, index.leafPages(), share),
                    "Nothing is wrong. If the index size matters, rebuild it now and then: REINDEX INDEX"
                            + " CONCURRENTLY " + q(cand.schema()) + "." + q(index.name()) + ";");
        }
        return new Finding("INDEX_FRAGMENTED", Severity.WARNING, cand.schema() + "." + cand.table() + "."
                + index.name(), index.leafPages(), List.of(), String.format(Locale.ROOT, "Index %s: leaf density"
                + " %.1f %% (under %.0f %%), leaf fragmentation %.1f %%, %d leaf pages; %s of the values are v4.",
                index.name(), index.leafDensity(), Doctor.FRAGMENTED_LEAF_DENSITY, index.leafFragmentation(),
                index.leafPages(), share),
                "Mint new ids with Uuids.v7() so inserts append; rebuild the index once: REINDEX INDEX CONCURRENTLY "
                        + q(cand.schema()) + "." + q(index.name()) + ";");
    }

    private String prefix(String hex) {
        return pg ? "substring(" + col + " from 1 for 4) = '\\x" + hex.toLowerCase(Locale.ROOT) + "'::bytea"
                : "LEFT(" + col + ", 4) = X'" + hex + "'";
    }

    private String sentinels() {
        if (pg) {
            return cand.storage().equals("native") ? "'00000000-0000-0000-0000-000000000000',"
                    + " 'ffffffff-ffff-ffff-ffff-ffffffffffff'" : "'\\x00000000000000000000000000000000'::bytea,"
                    + " '\\xffffffffffffffffffffffffffffffff'::bytea";
        }
        return cand.storage().equals("binary") ? "X'00000000000000000000000000000000',"
                + " X'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF'" : "'00000000-0000-0000-0000-000000000000',"
                + " 'ffffffff-ffff-ffff-ffff-ffffffffffff'";
    }

    /** The versions 1 to 8 present, with their counts: "v7 82, v4 11, v1 6". */
    static String histogram(ColumnScan scan) {
        StringBuilder sb = new StringBuilder();
        scan.versions().entrySet().stream().filter(e -> e.getKey().length() == 2 && e.getValue() > 0)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(sb.length() > 0 ? ", " : "").append(e.getKey()).append(' ')
                        .append(e.getValue()));
        return sb.toString();
    }

    private String length() {
        return pg ? "octet_length(" + col + ")" : "LENGTH(" + col + ")";
    }

    /** Bytes [6,7, 4,5, 0,1,2,3, 8..15] back to [0..15]: stored 5-8 (1-based), 3-4, 1-2, 9-16. */
    private String unswap() {
        if (pg) {
            return "substring(" + col + " from 5 for 4) || substring(" + col + " from 3 for 2) || substring(" + col
                    + " from 1 for 2) || substring(" + col + " from 9 for 8)";
        }
        return "CONCAT(SUBSTRING(" + col + ", 5, 4), SUBSTRING(" + col + ", 3, 2), SUBSTRING(" + col + ", 1, 2),"
                + " SUBSTRING(" + col + ", 9, 8))";
    }

    private String canonical() {
        if (pg) {
            return "CAST(CAST(" + col + " AS uuid) AS text)"; // uuid input takes upper case, braces, no dashes
        }
        String hex = "REPLACE(REPLACE(REPLACE(" + col + ", '{', ''), '}', ''), '-', '')";
        return "LOWER(INSERT(INSERT(INSERT(INSERT(" + hex + ", 9, 0, '-'), 14, 0, '-'), 19, 0, '-'), 24, 0, '-'))";
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0 %" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / whole);
    }

    private String q(String identifier) {
        return pg ? '"' + identifier.replace("\"", "\"\"") + '"' : '`' + identifier.replace("`", "``") + '`';
    }
}
