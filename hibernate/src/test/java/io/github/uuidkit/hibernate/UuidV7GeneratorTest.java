package io.github.uuidkit.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {

    private static final Instant FIXED = Instant.parse("2026-11-23T12:00:00.123Z");

    @Test
    void theConfiguredGeneratorIsUsedWithItsClock() {
        V7Generator fixed = V7Generator.builder().clock(InstantSource.fixed(FIXED))
                .random(new SplittableRandom(14)).build();
        Supplier<UUID> source = UuidV7Generator.source(Map.of(UuidV7Generator.GENERATOR, fixed));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add(source.get());
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(Uuids.isV7(id)).isTrue();
            assertThat(Uuids.unixMillis(id)).isEqualTo(FIXED.toEpochMilli());
        });
        assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo(UuidOrder.UNSIGNED);
    }

    @Test
    void withoutTheSettingIdsComeFromUuidsV7() {
        UUID id = UuidV7Generator.source(Map.of()).get();
        assertThat(Uuids.isV7(id)).isTrue();
    }

    @Test
    void aSettingThatIsNoGeneratorIsRefusedNamingTheSettingAndWhatWasFound() {
        assertThatThrownBy(() -> UuidV7Generator.source(Map.of(UuidV7Generator.GENERATOR, "fixed\u0007")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(UuidV7Generator.GENERATOR)
                .hasMessageContaining("java.lang.String")
                .hasMessageNotContaining("\u0007");
    }

    static class ByTypeCode {
        @UuidV7
        @JdbcTypeCode(UuidSqlTypes.BINARY16_TIME_SWAPPED)
        UUID id;
    }

    static class ByJdbcType {
        @UuidV7
        @JdbcType(UuidTimeSwappedBinary16JdbcType.class)
        UUID publicId;
    }

    static class Inherits extends ByJdbcType {
        UUID other;
    }

    static class Plain {
        @UuidV7
        UUID id;
    }

    static class ExplicitBinary16 {
        @UuidV7
        @JdbcType(UuidBinary16JdbcType.class)
        UUID id;
    }

    static class SwappedWithoutGeneration {
        @JdbcType(UuidTimeSwappedBinary16JdbcType.class)
        UUID legacy;
    }

    @Test
    void v7GenerationIntoTheTimeSwappedLayoutIsRefusedNamingTheAttribute() {
        Map<String, Object> none = Map.of();
        assertThatThrownBy(() -> UuidV7Generator.refuseTimeSwapped(ByTypeCode.class, none))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ByTypeCode.id")
                .hasMessageContaining("BINARY16_TIME_SWAPPED");
        assertThatThrownBy(() -> UuidV7Generator.refuseTimeSwapped(ByJdbcType.class, none))
                .hasMessageContaining("ByJdbcType.publicId");
        assertThatThrownBy(() -> UuidV7Generator.refuseTimeSwapped(Inherits.class, none))
                .hasMessageContaining("ByJdbcType.publicId");
        UuidV7Generator.refuseTimeSwapped(Plain.class, none);
        UuidV7Generator.refuseTimeSwapped(SwappedWithoutGeneration.class, none);
    }

    @Test
    void theGlobalTimeSwappedKindRefusesAttributesThatNameNoTypeOfTheirOwn() {
        Map<String, Object> swapped = Map.of(UuidTypeContributor.COLUMN_KIND, "binary16_time_swapped");
        assertThatThrownBy(() -> UuidV7Generator.refuseTimeSwapped(Plain.class, swapped))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Plain.id");
        UuidV7Generator.refuseTimeSwapped(ExplicitBinary16.class, swapped);
        UuidV7Generator.refuseTimeSwapped(Plain.class, Map.of(UuidTypeContributor.COLUMN_KIND, "BINARY16"));
    }
}
