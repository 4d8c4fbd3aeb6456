package io.github.uuidkit.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Seeded values with known ground truth for the doctor's verdict tests (unit sweep on {@code ColumnScan} and the
 * engine suite {@code DoctorVerdictPropertyIT}): each planted value carries what it is (version, layout, form) and
 * {@link Truth} computes, from those labels alone, the histogram and findings the doctor must report.
 *
 * <p>The time fields are swept: value {@code i} of a sweep takes nibble position {@code (i / 16) % positions} and
 * sets it to {@code i % 16}, so every value of every nibble occurs within {@code 16 * positions} values. Standard v7
 * sweeps all 12 nibbles of the 48-bit millisecond field (the high ones give times before 2020 or centuries ahead:
 * {@code V7_TIME_IMPLAUSIBLE}); swapped v7 sweeps nibbles 0-8 and v1/v6 the 100-ns nibbles 0-12, where every value
 * keeps the time in the plausible window (a swapped value is only recognised with a plausible time).
 *
 * <p>Values that both layouts explain are planted only where the doctor's documented rule (read as the column reads
 * its unambiguous values) gives their planted reading: the profiles never mix a swapped minority with random
 * versions. JDK only: callers encode the bytes with core's {@code UuidBinaryLayout} ({@link Layout} names it).
 */
public final class PlantedUuids {

    /** 2020-01-01T00:00Z: the earliest plausible v7 time (the doctor's documented window). */
    public static final long EARLIEST_V7_MILLIS = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();

    /** 1990-01-01T00:00Z: the earliest plausible v1/v6 time (the doctor's documented window). */
    public static final long EARLIEST_GREGORIAN_MILLIS = Instant.parse("1990-01-01T00:00:00Z").toEpochMilli();

    /** The latest plausible time is this long after the audit: one day. */
    public static final long FUTURE_TOLERANCE_MILLIS = 86_400_000L;

    /** 100-ns intervals from 1582-10-15T00:00Z to 1970-01-01T00:00Z (RFC 9562 §5.1). */
    static final long GREGORIAN_OFFSET = 0x01B2_1DD2_1381_4000L;

    /** How the 16 bytes are laid out: the names of core's {@code UuidBinaryLayout} constants. */
    public enum Layout {
        /** RFC 9562 byte order. */
        STANDARD,
        /** MySQL's {@code UUID_TO_BIN(x, 1)}: time_high, time_mid, time_low. */
        TIME_SWAPPED
    }

    /** How a value is stored. */
    public enum Form {
        /** 16 bytes, or a native uuid, or canonical text. */
        PLAIN,
        /** Java serialization of the UUID (ACED0005...), cut to 16 bytes in a BINARY(16). */
        SERIALIZED,
        /** Fewer than 16 bytes. */
        SHORT,
        /** Upper-case canonical text. */
        UPPER,
        /** 32 hex digits without dashes. */
        COMPACT,
        /** Text that is no UUID. */
        GARBAGE
    }

    /**
     * One planted value.
     *
     * @param uuid the UUID (for SHORT and GARBAGE: a seed value only)
     * @param layout its byte layout (binary columns)
     * @param form how it is stored
     * @param version the version key the doctor must count it under: v1..v8, nil, max, other
     * @param implausibleV7 a v7 whose time is outside the window
     * @param shortLength the byte length of a SHORT value
     */
    public record Value(UUID uuid, Layout layout, Form form, String version, boolean implausibleV7, int shortLength) {

        /**
         * The text of a text column's value.
         *
         * @return canonical, upper-case, compact or garbage text
         */
        public String text() {
            String canonical = uuid.toString();
            switch (form) {
                case UPPER:
                    return canonical.toUpperCase(Locale.ROOT);
                case COMPACT:
                    return canonical.replace("-", "");
                case GARBAGE:
                    return "not a uuid " + Long.toHexString(uuid.getLeastSignificantBits() & 0xFFFF_FFFFL);
                default:
                    return canonical;
            }
        }

        /**
         * Whether the value is a v7 in the swapped layout / a v1 in the swapped layout.
         *
         * @param v 1 or 7
         * @return true if this value is a planted swapped v{@code v}
         */
        public boolean swapped(int v) {
            return layout == Layout.TIME_SWAPPED && form == Form.PLAIN && version.equals("v" + v);
        }
    }

    /** What a column holds. */
    public enum Profile {
        /** Standard layout: v1, v4, v6, v7 (swept, implausible ones too), v8, nil, max, serialized, short (if allowed). */
        STANDARD_MIXED,
        /** Standard v7 with a minority of swapped v7 (swept). */
        V7_WITH_SWAPPED_MINORITY,
        /** Swapped v7 only (swept). */
        SWAPPED_V7,
        /** Swapped v1 only (swept): what MySQL's UUID_TO_BIN(UUID(), 1) stores. */
        SWAPPED_V1,
        /** Text: canonical, upper case, compact, garbage; every version, sentinels. */
        TEXT,
        /** Random v4 only (a token). */
        RANDOM_V4,
        /** Standard v7 with planted repeats of earlier values. */
        V7_WITH_REPEATS
    }

    private final SplittableRandom random;
    private final long nowMillis;
    private final boolean shortAllowed;
    private final boolean serializedAllowed;
    private long sweep7;
    private long sweepSwapped7;
    private long sweepGregorian;
    private long neutralMillis;
    private final List<Value> plantedForRepeats = new ArrayList<>();

    /**
     * @param seed the seed
     * @param nowMillis the audit's "now" (values are planted far from the window's ends)
     * @param shortAllowed the column keeps lengths other than 16 (VARBINARY, bytea)
     * @param serializedAllowed the column keeps bytes (binary columns)
     */
    public PlantedUuids(long seed, long nowMillis, boolean shortAllowed, boolean serializedAllowed) {
        this.random = new SplittableRandom(seed);
        this.nowMillis = nowMillis;
        this.shortAllowed = shortAllowed;
        this.serializedAllowed = serializedAllowed;
        this.neutralMillis = Instant.parse("2025-03-01T00:00:00Z").toEpochMilli();
    }

    /**
     * The next planted value of a profile.
     *
     * @param profile what the column holds
     * @return the value with its truth
     */
    public Value next(Profile profile) {
        switch (profile) {
            case STANDARD_MIXED:
                return standardMixed(true);
            case V7_WITH_SWAPPED_MINORITY:
                return random.nextInt(4) == 0 ? plain(swappedV7(), Layout.TIME_SWAPPED, "v7")
                        : sweptV7(false);
            case SWAPPED_V7:
                return plain(swappedV7(), Layout.TIME_SWAPPED, "v7");
            case SWAPPED_V1:
                return plain(gregorian(1), Layout.TIME_SWAPPED, "v1");
            case TEXT:
                return text();
            case RANDOM_V4:
                return plain(random(4), Layout.STANDARD, "v4");
            case V7_WITH_REPEATS:
                if (!plantedForRepeats.isEmpty() && random.nextInt(8) == 0) {
                    return plantedForRepeats.get(random.nextInt(plantedForRepeats.size()));
                }
                Value v = neutral(profile);
                plantedForRepeats.add(v);
                return v;
            default:
                throw new IllegalArgumentException(profile.name());
        }
    }

    /**
     * A value that adds nothing but its version count (the unsampled middle of a table): a plausible v7, one
     * millisecond after the previous neutral value, in the profile's layout; a swapped v1 for {@link Profile#SWAPPED_V1}.
     *
     * @param profile what the column holds
     * @return the value
     */
    public Value neutral(Profile profile) {
        if (profile == Profile.SWAPPED_V1) {
            return plain(gregorian(1), Layout.TIME_SWAPPED, "v1");
        }
        if (profile == Profile.RANDOM_V4) {
            return plain(random(4), Layout.STANDARD, "v4");
        }
        long ms = neutralMillis++;
        UUID u = new UUID(ms << 16 | 0x7000L | random.nextInt(1 << 12), rfcLsb());
        return plain(u, profile == Profile.SWAPPED_V7 ? Layout.TIME_SWAPPED : Layout.STANDARD, "v7");
    }

    private Value standardMixed(boolean bytes) {
        int pick = random.nextInt(100);
        if (pick < 30) {
            return sweptV7(true);
        }
        if (pick < 45) {
            return plain(random(4), Layout.STANDARD, "v4");
        }
        if (pick < 55) {
            return plain(random(8), Layout.STANDARD, "v8");
        }
        if (pick < 70) {
            return plain(gregorian(1), Layout.STANDARD, "v1");
        }
        if (pick < 80) {
            return plain(gregorian(6), Layout.STANDARD, "v6");
        }
        if (pick < 84) {
            return plain(new UUID(0, 0), Layout.STANDARD, "nil");
        }
        if (pick < 88) {
            return plain(new UUID(-1, -1), Layout.STANDARD, "max");
        }
        if (pick < 94 && bytes && serializedAllowed) {
            return new Value(random(4), Layout.STANDARD, Form.SERIALIZED, "other", false, 0);
        }
        if (pick < 100 && bytes && shortAllowed) {
            return new Value(random(4), Layout.STANDARD, Form.SHORT, "other", false, random.nextInt(16));
        }
        return sweptV7(true);
    }

    private Value text() {
        int pick = random.nextInt(100);
        Value base = standardMixed(false);
        if (pick < 8) {
            return new Value(base.uuid(), Layout.STANDARD, Form.UPPER, base.version(), base.implausibleV7(), 0);
        }
        if (pick < 16) {
            return new Value(base.uuid(), Layout.STANDARD, Form.COMPACT, base.version(), base.implausibleV7(), 0);
        }
        if (pick < 20) {
            return new Value(base.uuid(), Layout.STANDARD, Form.GARBAGE, "other", false, 0);
        }
        return base;
    }

    private static Value plain(UUID u, Layout layout, String version) {
        return new Value(u, layout, Form.PLAIN, version, false, 0);
    }

    private long rfcLsb() {
        return random.nextLong() >>> 2 | 0x8000_0000_0000_0000L;
    }

    private UUID random(int version) {
        return new UUID(random.nextLong() & ~0xF000L | (long) version << 12, rfcLsb());
    }

    /**
     * A standard v7 whose time sweeps every value of every nibble of the 48-bit field around a random base in
     * 2021-2024; with {@code allNibbles} false only plausible times (nibbles 0-8). The base's byte 4 is at least 0x20,
     * so that no swept value also reads as a plausible swapped v1, v6 or v7.
     */
    private Value sweptV7(boolean allNibbles) {
        int positions = allNibbles ? 12 : 9;
        long i = sweep7++;
        long ms = sweepBase(Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"));
        ms = ms & ~0xFF00L | (0x20L + random.nextInt(0xE0)) << 8;
        int p = (int) (i / 16 % positions);
        ms = ms & ~(0xFL << (4 * p)) | (i % 16) << (4 * p);
        boolean implausible = ms < EARLIEST_V7_MILLIS || ms > nowMillis + FUTURE_TOLERANCE_MILLIS;
        if (Math.abs(ms - (nowMillis + FUTURE_TOLERANCE_MILLIS)) < 3_600_000L) {
            return sweptV7(allNibbles); // never within an hour of the window's end: the audit's "now" differs
        }
        return new Value(new UUID(ms << 16 | 0x7000L | random.nextInt(1 << 12), rfcLsb()), Layout.STANDARD,
                Form.PLAIN, "v7", implausible, 0);
    }

    /**
     * A v7 for the swapped layout: nibbles 0-8 swept around a base (2022-04 to 2024-06) whose nibble 8 is set to 0:
     * every value lies between 2020-03 and 2026-06.
     */
    private UUID swappedV7() {
        long i = sweepSwapped7++;
        long ms = sweepBase(Instant.parse("2022-04-01T00:00:00Z"), Instant.parse("2024-06-01T00:00:00Z"));
        ms &= ~(0xFL << 32);
        int p = (int) (i / 16 % 9);
        ms = ms & ~(0xFL << (4 * p)) | (i % 16) << (4 * p);
        return new UUID(ms << 16 | 0x7000L | random.nextInt(1 << 12), rfcLsb());
    }

    /**
     * A v1 or v6 (RFC 9562 §5.1, §5.6) whose 60-bit time sweeps nibbles 0-12 around a base (2004-06 to 2011-06)
     * whose nibble 12 (326 days) is set to 0: every value lies between 1991 and 2026.
     */
    private UUID gregorian(int version) {
        long i = sweepGregorian++;
        long ms = sweepBase(Instant.parse("2004-06-01T00:00:00Z"), Instant.parse("2011-06-01T00:00:00Z"));
        long t = ms * 10_000L + GREGORIAN_OFFSET + random.nextInt(10_000);
        t &= ~(0xFL << 48);
        int p = (int) (i / 16 % 13);
        t = t & ~(0xFL << (4 * p)) | (i % 16) << (4 * p);
        long msb = version == 1
                ? (t & 0xFFFF_FFFFL) << 32 | (t >>> 32 & 0xFFFFL) << 16 | 0x1000L | t >>> 48
                : (t >>> 12) << 16 | 0x6000L | (t & 0xFFFL);
        return new UUID(msb, rfcLsb());
    }

    private long sweepBase(Instant from, Instant to) {
        return from.toEpochMilli() + random.nextLong(to.toEpochMilli() - from.toEpochMilli());
    }

    /** The Unix millisecond time of a v1 UUID as RFC 9562 §5.1 defines it (for checks of the generator itself). */
    static long v1Millis(UUID u) {
        long msb = u.getMostSignificantBits();
        long t = (msb & 0xFFFL) << 48 | (msb >>> 16 & 0xFFFFL) << 32 | msb >>> 32;
        return Math.floorDiv(t - GREGORIAN_OFFSET, 10_000L);
    }

    // ------------------------------------------------------------------------------------------------ truth

    /** The expected verdict on one column, from the labels of the values read, in reading order. */
    public static final class Truth {

        /** One expected finding: count and first keys. */
        public static final class Expected {
            /** How many rows. */
            public long count;
            /** The first five keys. */
            public final List<String> examples = new ArrayList<>();

            void add(String key) {
                count++;
                if (examples.size() < 5 && key != null) {
                    examples.add(key);
                }
            }

            @Override
            public String toString() {
                return count + " " + examples;
            }
        }

        private final boolean text;
        private final boolean key;
        private final boolean identity;
        private final boolean duplicatesChecked;
        private final Map<String, Long> versions = new LinkedHashMap<>();
        private final Map<String, Expected> findings = new LinkedHashMap<>();
        private final Map<String, List<Object[]>> versionKeys = new LinkedHashMap<>();
        private final Set<String> seen = new HashSet<>();
        private long rows;
        private long swappedV7;
        private long v7InSpan;

        /**
         * @param text a text column
         * @param key in a unique key (alone or composite)
         * @param identity the primary key alone, or a unique column named like an id
         * @param duplicatesChecked a column named like an id in no unique key
         */
        public Truth(boolean text, boolean key, boolean identity, boolean duplicatesChecked) {
            this.text = text;
            this.key = key;
            this.identity = identity;
            this.duplicatesChecked = duplicatesChecked;
            for (String k : List.of("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "nil", "max", "other")) {
                versions.put(k, 0L);
            }
        }

        /**
         * Adds the next value read.
         *
         * @param v the value
         * @param keyText its row's key as the doctor shows it
         */
        public void add(Value v, String keyText) {
            rows++;
            versions.merge(v.version(), 1L, Long::sum);
            if (v.version().length() == 2) {
                versionKeys.computeIfAbsent(v.version(), k -> new ArrayList<>()).add(new Object[] {rows, keyText});
            }
            // a repeat is the same UUID in the same layout, whatever its text form; bytes that are no UUID
            // (serialized, short, garbage text) have their own finding and are not compared
            boolean comparable = v.form() != Form.SERIALIZED && v.form() != Form.SHORT && v.form() != Form.GARBAGE;
            if (duplicatesChecked && comparable && !seen.add(v.uuid() + "/" + v.layout())) {
                finding("DUPLICATE_VALUES", keyText);
            }
            switch (v.form()) {
                case SERIALIZED:
                    finding("JAVA_SERIALIZED", keyText);
                    break;
                case SHORT:
                    finding("WRONG_LENGTH", keyText);
                    break;
                case GARBAGE:
                    finding("NOT_A_UUID", keyText);
                    break;
                case UPPER:
                case COMPACT:
                    if (!v.text().equals(v.uuid().toString())) { // the nil UUID in upper case is canonical
                        finding("NON_CANONICAL_TEXT", keyText);
                    }
                    break;
                default:
                    break;
            }
            if (v.version().equals("nil") || v.version().equals("max")) {
                finding("SENTINEL_VALUES", keyText);
            }
            if (v.implausibleV7()) {
                finding("V7_TIME_IMPLAUSIBLE", keyText);
            } else if (v.version().equals("v7")) {
                v7InSpan++;
            }
            if (v.swapped(7)) {
                swappedV7++;
                finding("V7_STORED_SWAPPED", keyText);
            }
            if (v.swapped(1)) {
                finding("V1_STORED_SWAPPED", keyText);
            }
        }

        private void finding(String code, String keyText) {
            findings.computeIfAbsent(code, c -> new Expected()).add(keyText);
        }

        /**
         * The histogram the doctor must report.
         *
         * @return version key to count
         */
        public Map<String, Long> versions() {
            return versions;
        }

        /**
         * v7 values with a plausible time.
         *
         * @return the count
         */
        public long v7InSpan() {
            return v7InSpan;
        }

        /**
         * The findings the doctor must report about the values (not the index, not the server).
         *
         * @return code to expected count and examples
         */
        public Map<String, Expected> findings() {
            Map<String, Expected> all = new LinkedHashMap<>(findings);
            Expected swapped = all.remove("V7_STORED_SWAPPED");
            if (swapped != null) {
                all.put(swappedV7 > versions.get("v7") - swappedV7 ? "SWAPPED_LAYOUT_FOR_V7" : "V7_STORED_SWAPPED",
                        swapped);
            }
            long nonNull = rows;
            if (identity && nonNull > 0 && versions.get("v4") * 2 >= nonNull) {
                Expected random = new Expected();
                random.count = versions.get("v4");
                all.put("RANDOM_KEY", random);
            }
            if (key) {
                String dominant = null;
                for (int v = 1; v <= 8; v++) {
                    long n = versions.get("v" + v);
                    if (n > 0 && (dominant == null || n > versions.get(dominant))) {
                        dominant = "v" + v;
                    }
                }
                Expected mixed = new Expected();
                List<Object[]> others = new ArrayList<>();
                for (int v = 1; v <= 8; v++) {
                    if (!("v" + v).equals(dominant)) {
                        mixed.count += versions.get("v" + v);
                        others.addAll(versionKeys.getOrDefault("v" + v, List.of()));
                    }
                }
                if (mixed.count > 0) {
                    others.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0])); // the first rows read
                    for (Object[] o : others.subList(0, Math.min(5, others.size()))) {
                        if (o[1] != null) {
                            mixed.examples.add((String) o[1]);
                        }
                    }
                    all.put("MIXED_VERSIONS", mixed);
                }
                if (text) {
                    all.put("TEXT_KEY", new Expected());
                }
            }
            return all;
        }
    }
}
