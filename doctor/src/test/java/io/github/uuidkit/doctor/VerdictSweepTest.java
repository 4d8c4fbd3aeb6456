package io.github.uuidkit.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.testsupport.PlantedUuids;
import io.github.uuidkit.testsupport.PlantedUuids.Profile;
import io.github.uuidkit.testsupport.PlantedUuids.Value;
import io.github.uuidkit.testsupport.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The engine suite's property sweep without an engine (so that PIT sees it): every profile of
 * {@link PlantedUuids} in every storage and key kind, its values encoded by core's {@link UuidBinaryLayout}, scanned,
 * and the verdict ({@link Advice#columnFindings}) compared with the truth the labels give: histogram, codes, counts,
 * first keys. Seed: {@code -Duuidkit.doctor.seed} (default {@link Samples#SEED}); printed on failure.
 */
class VerdictSweepTest {

    static final long SEED = Long.getLong("uuidkit.doctor.seed", Samples.SEED);

    private static final long NOW = Instant.parse("2026-12-07T12:00:00Z").toEpochMilli();

    private static final int VALUES = 1500;

    /** The stored bytes of a planted value, encoded by core. */
    static byte[] bytes(Value v, boolean cutTo16) {
        switch (v.form()) {
            case SERIALIZED:
                byte[] full = serialized(v.uuid());
                return cutTo16 ? Arrays.copyOf(full, 16) : full;
            case SHORT:
                return Arrays.copyOf(UuidBinaryLayout.STANDARD.toBytes(v.uuid()), v.shortLength());
            default:
                return UuidBinaryLayout.valueOf(v.layout().name()).toBytes(v.uuid());
        }
    }

    static byte[] serialized(UUID u) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(u);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void everyProfileStorageAndKeyKindGivesTheTruth() {
        int cases = 0;
        long seed = SEED;
        for (Profile profile : Profile.values()) {
            for (String storage : List.of("binary", "native", "text")) {
                boolean text = storage.equals("text");
                if (text != (profile == Profile.TEXT) || storage.equals("native") && (profile
                        == Profile.SWAPPED_V1 || profile == Profile.SWAPPED_V7
                        || profile == Profile.V7_WITH_SWAPPED_MINORITY)) {
                    continue;
                }
                for (String key : List.of("none", "primary", "composite", "unique")) {
                    String column = key.equals("unique") ? "token" : "id";
                    if (key.equals("primary") && profile != Profile.RANDOM_V4 && profile != Profile.SWAPPED_V7) {
                        // a primary key holds each value once: the other profiles plant repeats or sentinels twice
                        continue;
                    }
                    seed++;
                    Doctor.Candidate cand = new Doctor.Candidate("app", "t", column, storage, storage, 36, "seq",
                            List.of("seq"), key, null);
                    PlantedUuids gen = new PlantedUuids(seed, NOW, storage.equals("binary"),
                            storage.equals("binary"));
                    ColumnScan scan = new ColumnScan(Advice.checksDuplicates(cand), false, NOW);
                    boolean identity = key.equals("primary");
                    PlantedUuids.Truth truth = new PlantedUuids.Truth(text, !key.equals("none"), identity,
                            key.equals("none") && column.equals("id"));
                    for (int i = 0; i < VALUES; i++) {
                        Value v = gen.next(profile);
                        String k = Integer.toString(i + 1);
                        if (storage.equals("binary")) {
                            scan.addBinary(bytes(v, i % 2 == 0), k);
                        } else if (text) {
                            scan.addText(v.text(), k);
                        } else {
                            scan.addUuid(v.uuid(), k);
                        }
                        truth.add(v, k);
                        cases++;
                    }
                    String what = "-Duuidkit.doctor.seed=" + SEED + ", " + profile + " " + storage + " key " + key;
                    assertThat(scan.versions()).as(what).isEqualTo(truth.versions());
                    assertThat(scan.v7InSpan()).as(what).isEqualTo(truth.v7InSpan());
                    Map<String, String> found = new Advice(false, cand).columnFindings(scan).stream()
                            .collect(Collectors.toMap(Finding::code, f -> f.count() + " " + f.examples(),
                                    (a, b) -> a, LinkedHashMap::new));
                    Map<String, String> expected = truth.findings().entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString(),
                                    (a, b) -> a, LinkedHashMap::new));
                    assertThat(found).as(what).isEqualTo(expected);
                }
            }
        }
        assertThat(cases).isGreaterThan(25_000);
    }

}
