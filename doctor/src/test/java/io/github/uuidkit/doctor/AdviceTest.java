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
}
