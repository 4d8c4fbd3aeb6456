package io.github.uuidkit.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.testsupport.Samples;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The verdicts a column's values give, by the kind of key the column is in (issue 21 items 4, 5, 7). */
class AdviceTest {

    private static final long NOW = Instant.parse("2026-12-07T12:00:00Z").toEpochMilli();

    static Doctor.Candidate cand(String table, String column, String storage, String key) {
        return new Doctor.Candidate("app", table, column, storage.equals("text") ? "char(36)" : "binary(16)", storage,
                36, "seq", key.equals("primary") ? List.of(column) : List.of("seq"), key,
                key.equals("none") || key.equals("composite") ? null : "ix");
    }

    private static ColumnScan v4s(Doctor.Candidate cand, int n) {
        ColumnScan scan = new ColumnScan(Advice.checksDuplicates(cand), false, NOW);
        SplittableRandom random = new SplittableRandom(Samples.SEED);
        for (int i = 0; i < n; i++) {
            scan.addUuid(new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() >>> 2 | 1L << 63),
                    "" + i);
        }
        return scan;
    }

    @Test
    void aColumnOfACompositeKeyMayRepeatItsValues() {
        // PRIMARY KEY (tenant_id, id): the same id once per tenant is legal
        Doctor.Candidate composite = cand("orders", "id", "binary", "composite");
        assertThat(Advice.checksDuplicates(composite)).isFalse();
        assertThat(Advice.checksDuplicates(cand("orders", "id", "binary", "none"))).isTrue();
        assertThat(Advice.checksDuplicates(cand("orders", "id", "binary", "unique"))).isFalse();
        assertThat(Advice.checksDuplicates(cand("orders", "ref", "binary", "none"))).isFalse();
        ColumnScan scan = new ColumnScan(Advice.checksDuplicates(composite), false, NOW);
        UUID id = Uuids.v7At(Instant.parse("2025-01-01T00:00:00Z"));
        scan.addBinary(UuidBinaryLayout.STANDARD.toBytes(id), "1,A");
        scan.addBinary(UuidBinaryLayout.STANDARD.toBytes(id), "2,A");
        List<Finding> findings = new Advice(false, composite).columnFindings(scan);
        assertThat(findings).extracting(Finding::code).doesNotContain("DUPLICATE_VALUES");
    }

    @Test
    void randomTokensAreNormalAndNeverAdvisedToBeTimeOrdered() {
        // a UNIQUE token column: random on purpose; a v7 would reveal when the secret was made
        Doctor.Candidate token = cand("sessions", "token", "native", "unique");
        Advice advice = new Advice(true, token);
        ColumnScan scan = v4s(token, 1000);
        assertThat(advice.identityKey()).isFalse();
        assertThat(advice.columnFindings(scan)).isEmpty();
        Finding index = advice.indexFinding(new IndexShape("sessions_token_key", 1 << 20, 100, 60.0, 30.0), scan);
        assertThat(index.severity()).isEqualTo(Severity.INFO);
        assertThat(index.advice()).doesNotContain("v7").contains("REINDEX");
        // the row's id is another matter: a random primary key or id-named unique key gets the v7 advice
        for (Doctor.Candidate id : List.of(cand("sessions", "id", "native", "primary"),
                cand("sessions", "id", "native", "unique"), cand("sessions", "session_id", "native", "unique"))) {
            Advice a = new Advice(true, id);
            assertThat(a.identityKey()).as(id.toString()).isTrue();
            assertThat(a.columnFindings(scan)).extracting(Finding::code).containsExactly("RANDOM_KEY");
            assertThat(a.indexFinding(new IndexShape("ix", 1 << 20, 100, 60.0, 30.0), scan).severity())
                    .isEqualTo(Severity.WARNING);
        }
    }

    @Test
    void mixedVersionsAndSentinelsInAKeyColumn() {
        Doctor.Candidate pk = cand("orders", "id", "native", "primary");
        ColumnScan scan = v4s(pk, 3);
        scan.addUuid(Uuids.v7At(Instant.parse("2025-01-01T00:00:00Z")), "7");
        scan.addUuid(Uuids.NIL, "n");
        List<Finding> findings = new Advice(true, pk).columnFindings(scan);
        assertThat(findings).extracting(Finding::code)
                .containsExactlyInAnyOrder("SENTINEL_VALUES", "RANDOM_KEY", "MIXED_VERSIONS");
        Finding mixed = findings.stream().filter(f -> f.code().equals("MIXED_VERSIONS")).findFirst().orElseThrow();
        assertThat(mixed.count()).isEqualTo(1);
        assertThat(mixed.examples()).containsExactly("7");
        assertThat(mixed.severity()).isEqualTo(Severity.WARNING);
        assertThat(mixed.message()).contains("not v4").contains("v4 3, v7 1");
        Finding sentinel = findings.stream().filter(f -> f.code().equals("SENTINEL_VALUES")).findFirst()
                .orElseThrow();
        assertThat(sentinel.severity()).isEqualTo(Severity.WARNING);
        assertThat(sentinel.examples()).containsExactly("n");
        // not a key: a nil is a placeholder worth knowing, mixed versions are normal (references to many things)
        Doctor.Candidate ref = cand("orders", "ref", "native", "none");
        List<Finding> refFindings = new Advice(true, ref).columnFindings(scan);
        assertThat(refFindings).extracting(Finding::code).containsExactly("SENTINEL_VALUES");
        assertThat(refFindings.get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void everyCodeHasAMessageAndAFixOnEveryEngineAndStorage() {
        for (boolean pg : new boolean[] {true, false}) {
            for (String storage : List.of("native", "binary", "text")) {
                Doctor.Candidate c = cand("t", "id", storage, "primary");
                Advice advice = new Advice(pg, c);
                ColumnScan scan = v4s(c, 2);
                for (String code : List.of("JAVA_SERIALIZED", "WRONG_LENGTH", "V7_STORED_SWAPPED",
                        "SWAPPED_LAYOUT_FOR_V7", "V1_STORED_SWAPPED", "V6_STORED_SWAPPED", "V7_TIME_IMPLAUSIBLE",
                        "SENTINEL_VALUES", "MIXED_VERSIONS", "NON_CANONICAL_TEXT", "NOT_A_UUID", "DUPLICATE_VALUES",
                        "RANDOM_KEY", "TEXT_KEY")) {
                    Finding f = advice.finding(code, 1, List.of("k"), scan);
                    assertThat(f.code()).isEqualTo(code);
                    assertThat(f.subject()).isEqualTo("app.t.id");
                    assertThat(f.message()).isNotBlank();
                    assertThat(f.advice()).isNotBlank();
                }
                assertThatThrownBy(() -> advice.finding("NO_SUCH", 0, List.of(), scan))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH");
            }
        }
    }

    private static ColumnScan scanOf(int v4, int v7, int nulls) {
        ColumnScan scan = new ColumnScan(false, false, NOW);
        for (int i = 0; i < v4; i++) {
            scan.addUuid(new UUID(0x1234_0000_0000_4000L + ((long) i << 16), 0x8000_0000_0000_0000L | i), "" + i);
        }
        for (int i = 0; i < v7; i++) {
            scan.addUuid(Uuids.v7At(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i)), "s" + i);
        }
        for (int i = 0; i < nulls; i++) {
            scan.addNull();
        }
        return scan;
    }

    @Test
    void theSqlOfEachFixIsTheEnginesOwn() {
        Doctor.Candidate bin = new Doctor.Candidate("app", "t\"x", "id", "bytea", "binary", 16, "seq", List.of("seq"),
                "none", null);
        Advice pg = new Advice(true, bin);
        ColumnScan scan = scanOf(1, 3, 2);
        assertThat(pg.finding("JAVA_SERIALIZED", 1, List.of(), scan).advice())
                .contains("SELECT * FROM \"app\".\"t\"\"x\" WHERE substring(\"id\" from 1 for 4) = '\\xaced0005'::bytea;");
        assertThat(pg.finding("WRONG_LENGTH", 1, List.of(), scan).advice()).contains("WHERE octet_length(\"id\") <> 16;");
        assertThat(pg.finding("V7_STORED_SWAPPED", 1, List.of(), scan).advice()).contains("SET \"id\" = substring(\"id\""
                + " from 5 for 4) || substring(\"id\" from 3 for 2) || substring(\"id\" from 1 for 2) || substring(\"id\""
                + " from 9 for 8) WHERE");
        assertThat(pg.finding("SWAPPED_LAYOUT_FOR_V7", 3, List.of(), scan).message()).startsWith("3 of 4 value(s)");
        assertThat(pg.finding("SWAPPED_LAYOUT_FOR_V7", 3, List.of(), scan).advice())
                .endsWith("then read and write it with UuidBinaryLayout.STANDARD instead of TIME_SWAPPED.");
        assertThat(pg.finding("NON_CANONICAL_TEXT", 1, List.of(), scan).advice())
                .contains("SET \"id\" = CAST(CAST(\"id\" AS uuid) AS text) WHERE \"id\" <> CAST(CAST(\"id\" AS uuid) AS text);");
        assertThat(pg.finding("SENTINEL_VALUES", 1, List.of(), scan).advice()).contains("IN ('\\x00000000000000000000000000000000'::bytea,"
                + " '\\xffffffffffffffffffffffffffffffff'::bytea);");
        assertThat(pg.finding("SENTINEL_VALUES", 1, List.of(), scan).message()).startsWith("1 value(s) are the nil UUID (0)"
                + " or the max UUID (0), RFC 9562's sentinels: placeholders, not identifiers.");
        assertThat(pg.finding("DUPLICATE_VALUES", 1, List.of(), scan).advice()).endsWith("ADD CONSTRAINT \"t\"\"x_id_key\""
                + " UNIQUE (\"id\");");
        assertThat(pg.finding("RANDOM_KEY", 1, List.of(), scan).message()).startsWith("25 % of the none key values");
        assertThat(pg.finding("MIXED_VERSIONS", 1, List.of(), scan).message()).startsWith("1 of the 4 key value(s) are not"
                + " v7, the column's main version (v7 3, v4 1)");
        assertThat(pg.finding("TEXT_KEY", 0, List.of(), scan).message()).contains("37 bytes or more per value instead of 16.");
        assertThat(pg.finding("TEXT_KEY", 0, List.of(), scan).advice()).isEqualTo("Convert to uuid: ALTER TABLE"
                + " \"app\".\"t\"\"x\" ALTER COLUMN \"id\" TYPE uuid USING \"id\"::uuid;");
        Doctor.Candidate nat = new Doctor.Candidate("app", "t", "id", "uuid", "native", 0, null, List.of(), "none", null);
        assertThat(new Advice(true, nat).finding("SENTINEL_VALUES", 1, List.of(), scan).advice())
                .contains("IN ('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff');");

        Doctor.Candidate my = new Doctor.Candidate("app", "t`x", "id", "binary(16)", "binary", 16, "seq",
                List.of("seq"), "primary", "PRIMARY");
        Advice mysql = new Advice(false, my);
        assertThat(mysql.finding("JAVA_SERIALIZED", 1, List.of(), scan).advice())
                .contains("SELECT * FROM `app`.`t``x` WHERE LEFT(`id`, 4) = X'ACED0005';");
        assertThat(mysql.finding("WRONG_LENGTH", 1, List.of(), scan).advice()).contains("WHERE LENGTH(`id`) <> 16;");
        assertThat(mysql.finding("V6_STORED_SWAPPED", 1, List.of(), scan).advice()).contains("SET `id` ="
                + " CONCAT(SUBSTRING(`id`, 5, 4), SUBSTRING(`id`, 3, 2), SUBSTRING(`id`, 1, 2), SUBSTRING(`id`, 9, 8))");
        assertThat(mysql.finding("SWAPPED_LAYOUT_FOR_V7", 3, List.of(), scan).advice())
                .contains("(MySQL 8 also: UUID_TO_BIN(BIN_TO_UUID(`id`, 1)))");
        assertThat(mysql.finding("NON_CANONICAL_TEXT", 1, List.of(), scan).advice()).contains("LOWER(INSERT(INSERT(INSERT("
                + "INSERT(REPLACE(REPLACE(REPLACE(`id`, '{', ''), '}', ''), '-', ''), 9, 0, '-'), 14, 0, '-'), 19, 0,"
                + " '-'), 24, 0, '-'))");
        assertThat(mysql.finding("SENTINEL_VALUES", 1, List.of(), scan).advice()).contains("IN (X'00000000000000000000000000000000',"
                + " X'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF');");
        assertThat(mysql.finding("SENTINEL_VALUES", 1, List.of(), scan).message()).endsWith(", in a key column.");
        assertThat(mysql.finding("DUPLICATE_VALUES", 1, List.of(), scan).advice()).endsWith("ADD UNIQUE (`id`);");
        assertThat(mysql.finding("TEXT_KEY", 0, List.of(), scan).message()).contains("36 bytes or more per value in the"
                + " table and every secondary index, instead of 16.");
        assertThat(mysql.finding("TEXT_KEY", 0, List.of(), scan).advice()).startsWith("Move to BINARY(16)");
        Doctor.Candidate text = new Doctor.Candidate("app", "t", "id", "char(36)", "text", 36, null, List.of(), "none",
                null);
        assertThat(new Advice(false, text).finding("SENTINEL_VALUES", 1, List.of(), scan).advice())
                .contains("IN ('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff');");
        assertThat(Advice.percent(0, 0)).isEqualTo("0 %");
        assertThat(Advice.percent(1, 3)).isEqualTo("33 %");
        assertThat(Advice.histogram(scan)).isEqualTo("v7 3, v4 1");
    }

    @Test
    void theThresholdsOfTheColumnVerdicts() {
        Doctor.Candidate pk = cand("t", "id", "native", "primary");
        Advice advice = new Advice(true, pk);
        // RANDOM_KEY from half the non-NULL values on
        assertThat(advice.columnFindings(scanOf(2, 2, 5))).extracting(Finding::code).contains("RANDOM_KEY");
        assertThat(advice.columnFindings(scanOf(2, 3, 0))).extracting(Finding::code).doesNotContain("RANDOM_KEY");
        assertThat(advice.columnFindings(scanOf(0, 0, 3))).isEmpty();
        // the whole column swapped, or a minority: equal counts are a minority
        ColumnScan half = new ColumnScan(false, false, NOW);
        UUID a = Uuids.v7At(Instant.parse("2024-07-01T00:00:00Z"));
        UUID b = Uuids.v7At(Instant.parse("2024-07-02T00:00:00Z"));
        half.addBinary(UuidBinaryLayout.STANDARD.toBytes(a), "1");
        half.addBinary(UuidBinaryLayout.TIME_SWAPPED.toBytes(b), "2");
        assertThat(new Advice(false, cand("t", "id", "binary", "none")).columnFindings(half))
                .extracting(Finding::code).containsExactly("V7_STORED_SWAPPED");
        half = new ColumnScan(false, false, NOW);
        half.addBinary(UuidBinaryLayout.TIME_SWAPPED.toBytes(a), "1");
        half.addBinary(UuidBinaryLayout.TIME_SWAPPED.toBytes(b), "2");
        half.addBinary(UuidBinaryLayout.STANDARD.toBytes(b), "3");
        List<Finding> swapped = new Advice(false, cand("t", "id", "binary", "none")).columnFindings(half);
        assertThat(swapped).extracting(Finding::code).containsExactly("SWAPPED_LAYOUT_FOR_V7");
        assertThat(swapped.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(swapped.get(0).examples()).containsExactly("1", "2");
        // the index verdict's message
        Finding ix = advice.indexFinding(new IndexShape("t_pkey", 1 << 20, 100, 55.55, 40.0), scanOf(3, 1, 0));
        assertThat(ix.message()).isEqualTo("Index t_pkey: leaf density 55.6 % (under 80 %), leaf fragmentation 40.0 %,"
                + " 100 leaf pages; 75 % of the values are v4.");
        assertThat(ix.subject()).isEqualTo("app.t.t_pkey");
        assertThat(ix.count()).isEqualTo(100);
        assertThat(ix.advice()).contains("REINDEX INDEX CONCURRENTLY \"app\".\"t_pkey\";");
    }
}
