package io.github.uuidkit.cli;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.Uuids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The values of one column, classified one at a time (in insertion order when the table has one): the version
 * histogram, v7 time span and order, and the rows of each defect. Knows nothing of JDBC, so it is tested without a
 * server. Every UUID concept comes from core: {@link UuidBinaryLayout}, {@link UuidStrings}, {@link Uuids},
 * {@link UuidOrder}.
 */
final class ColumnScan {

    /** Serialization stream header of {@code java.io.ObjectOutputStream}: magic {@code ACED}, version {@code 0005}. */
    static final byte[] JAVA_SERIALIZATION_HEADER = {(byte) 0xAC, (byte) 0xED, 0x00, 0x05};

    /** The earliest plausible UUID v7 time: 2020-01-01T00:00:00Z (v7 was first drafted in 2020). */
    static final long EARLIEST_V7_MILLIS = 1_577_836_800_000L;

    /** Keys of the version histogram, in output order. */
    static final List<String> VERSION_KEYS =
            List.of("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "nil", "max", "other");

    /** A defect: how many rows, and the keys of the first few. */
    static final class Defect {
        long count;
        final List<String> examples = new ArrayList<>();

        void add(Supplier<String> key) {
            count++;
            if (examples.size() < Doctor.MAX_EXAMPLES) {
                String text = key.get();
                if (text != null) {
                    examples.add(text);
                }
            }
        }
    }

    private final boolean checkDuplicates;
    private final boolean compactTextIsNative;
    private final long nowMillis;
    private final long[] versions = new long[VERSION_KEYS.size()];
    private final Map<String, Defect> defects = new LinkedHashMap<>();
    private final Set<UUID> seen;
    long rows;
    long nulls;
    long rfcVariant;
    long swappedV7;
    long v7MinMillis = Long.MAX_VALUE;
    long v7MaxMillis = Long.MIN_VALUE;
    long v7Pairs;
    long v7OutOfOrder;
    private UUID previousV7;

    /**
     * @param checkDuplicates remember every value and report repeats (a non-unique column named like an id)
     * @param compactTextIsNative a {@code CHAR(32)} column: 32 lower-case hex digits are its own form, not a defect
     * @param nowMillis the latest plausible v7 time is one day after this
     */
    ColumnScan(boolean checkDuplicates, boolean compactTextIsNative, long nowMillis) {
        this.checkDuplicates = checkDuplicates;
        this.compactTextIsNative = compactTextIsNative;
        this.nowMillis = nowMillis;
        this.seen = checkDuplicates ? new HashSet<>() : null;
    }

    /** A SQL NULL. */
    void addNull() {
        rows++;
        nulls++;
    }

    /**
     * A value of a binary column ({@code BINARY(16)}, {@code VARBINARY(16)}, {@code bytea}).
     *
     * @param bytes the stored bytes
     * @param key the row's primary key as text, or null
     */
    void addBinary(byte[] bytes, String key) {
        addBinary(bytes, () -> key);
    }

    /** As {@link #addBinary(byte[], String)}, the key computed only when it becomes an example. */
    void addBinary(byte[] bytes, Supplier<String> key) {
        rows++;
        if (startsWith(bytes, JAVA_SERIALIZATION_HEADER)) {
            defect("JAVA_SERIALIZED", key);
            versions[VERSION_KEYS.size() - 1]++;
            return;
        }
        if (bytes.length != UuidBinaryLayout.BYTES) {
            defect("WRONG_LENGTH", key);
            versions[VERSION_KEYS.size() - 1]++;
            return;
        }
        UUID standard = UuidBinaryLayout.STANDARD.fromBytes(bytes);
        if (!plausibleV7(standard) && Uuids.version(standard) != 4) {
            UUID swapped = UuidBinaryLayout.TIME_SWAPPED.fromBytes(bytes);
            if (plausibleV7(swapped)) {
                swappedV7++;
                defect("V7_STORED_SWAPPED", key);
                count(swapped, key);
                return;
            }
        }
        count(standard, key);
    }

    /**
     * A value of a text column ({@code CHAR(32/36)}, {@code VARCHAR(36)}).
     *
     * @param text the stored text (trailing blanks of a padded {@code CHAR} are ignored)
     * @param key the row's primary key as text, or null
     */
    void addText(String text, String key) {
        addText(text, () -> key);
    }

    /** As {@link #addText(String, String)}, the key computed only when it becomes an example. */
    void addText(String text, Supplier<String> key) {
        rows++;
        String value = text.stripTrailing();
        UUID uuid = parseLenient(value);
        if (uuid == null) {
            defect("NOT_A_UUID", key);
            versions[VERSION_KEYS.size() - 1]++;
            return;
        }
        boolean canonical = value.equals(UuidStrings.format(uuid))
                || compactTextIsNative && value.equals(UuidStrings.formatCompact(uuid));
        if (!canonical) {
            defect("NON_CANONICAL_TEXT", key);
        }
        count(uuid, key);
    }

    /**
     * A value of a native UUID column (PostgreSQL {@code uuid}, MariaDB {@code UUID}), as the driver returns it.
     *
     * @param uuid the value
     * @param key the row's primary key as text, or null
     */
    void addUuid(UUID uuid, String key) {
        addUuid(uuid, () -> key);
    }

    /** As {@link #addUuid(UUID, String)}, the key computed only when it becomes an example. */
    void addUuid(UUID uuid, Supplier<String> key) {
        rows++;
        count(uuid, key);
    }

    /**
     * Parses canonical text in either case, with or without braces, or 32 hex digits; null if none of these.
     */
    static UUID parseLenient(String text) {
        String t = text;
        if (t.length() == 38 && t.charAt(0) == '{' && t.charAt(37) == '}') {
            t = t.substring(1, 37);
        }
        try {
            if (t.length() == UuidStrings.CANONICAL_LENGTH) {
                return UuidStrings.parse(t);
            }
            if (t.length() == UuidStrings.COMPACT_LENGTH) {
                return UuidStrings.parseCompact(t);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private void count(UUID uuid, Supplier<String> key) {
        if (uuid.equals(Uuids.NIL)) {
            versions[8]++;
        } else if (uuid.equals(Uuids.MAX)) {
            versions[9]++;
        } else {
            int version = Uuids.version(uuid);
            versions[version >= 1 && version <= 8 ? version - 1 : 10]++;
        }
        if ((uuid.getLeastSignificantBits() >>> 62) == 2) {
            rfcVariant++;
        }
        if (plausibleV7(uuid)) {
            long ms = Uuids.unixMillis(uuid);
            v7MinMillis = Math.min(v7MinMillis, ms);
            v7MaxMillis = Math.max(v7MaxMillis, ms);
            if (previousV7 != null) {
                v7Pairs++;
                if (UuidOrder.compareUnsigned(uuid, previousV7) < 0) {
                    v7OutOfOrder++;
                }
            }
            previousV7 = uuid;
        }
        if (checkDuplicates && !seen.add(uuid)) {
            defect("DUPLICATE_VALUES", key);
        }
    }

    private boolean plausibleV7(UUID uuid) {
        if (!Uuids.isV7(uuid)) {
            return false;
        }
        long ms = Uuids.unixMillis(uuid);
        return ms >= EARLIEST_V7_MILLIS && ms <= nowMillis + 86_400_000L;
    }

    private void defect(String code, Supplier<String> key) {
        defects.computeIfAbsent(code, c -> new Defect()).add(key);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The version histogram: every key of {@link #VERSION_KEYS}, zeros included. */
    Map<String, Long> versions() {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < versions.length; i++) {
            map.put(VERSION_KEYS.get(i), versions[i]);
        }
        return map;
    }

    /** Values that are v7 in either layout. */
    long v7() {
        return versions[6];
    }

    /** Values of version 4. */
    long count4() {
        return versions[3];
    }

    /** Values that are v7 in the standard layout. */
    long standardV7() {
        return v7() - swappedV7;
    }

    /** Defects by code, in the order first met. */
    Map<String, Defect> defects() {
        return defects;
    }

    Instant v7First() {
        return v7() == 0 ? null : Instant.ofEpochMilli(v7MinMillis);
    }

    Instant v7Last() {
        return v7() == 0 ? null : Instant.ofEpochMilli(v7MaxMillis);
    }

    /** Share (0 to 1) of consecutive v7 pairs whose later one sorts lower; null without pairs. */
    Double v7OutOfOrderShare() {
        return v7Pairs == 0 ? null : (double) v7OutOfOrder / v7Pairs;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ColumnScan[rows=%d, versions=%s, defects=%s]", rows, versions(),
                defects.keySet());
    }
}
