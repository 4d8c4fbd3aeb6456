package io.github.uuidkit.doctor;

import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidOrder;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.Uuids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The values of one column, classified one at a time (in insertion order when the table has one): the version
 * histogram, v7 time span and order, and the rows of each defect. Knows nothing of JDBC, so it is tested without a
 * server. Every UUID concept comes from core: {@link UuidBinaryLayout}, {@link UuidStrings}, {@link Uuids},
 * {@link UuidOrder}; a binary value is classified from its two longs with the same bit rules (version field, variant,
 * v7 time, unsigned order) so that a full scan builds no object per row ({@code ColumnScanTest} checks the two
 * agree).
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
    private final SeenSet seen;
    long rows;
    long nulls;
    long rfcVariant;
    long swappedV7;
    long v7MinMillis = Long.MAX_VALUE;
    long v7MaxMillis = Long.MIN_VALUE;
    long v7Pairs;
    long v7OutOfOrder;
    private boolean hasPreviousV7;
    private long previousV7Msb;
    private long previousV7Lsb;

    /**
     * @param checkDuplicates remember every value and report repeats (a non-unique column named like an id)
     * @param compactTextIsNative a {@code CHAR(32)} column: 32 lower-case hex digits are its own form, not a defect
     * @param nowMillis the latest plausible v7 time is one day after this
     */
    ColumnScan(boolean checkDuplicates, boolean compactTextIsNative, long nowMillis) {
        this.checkDuplicates = checkDuplicates;
        this.compactTextIsNative = compactTextIsNative;
        this.nowMillis = nowMillis;
        this.seen = checkDuplicates ? new SeenSet() : null;
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
        // classified from the two longs: no UUID object per row (the scan's hot path)
        long msb = longAt(bytes, 0);
        long lsb = longAt(bytes, 8);
        if (!plausibleV7(msb, lsb) && version(msb) != 4) {
            // TIME_SWAPPED stores time_high(2) time_mid(2) time_low(4): the standard reading's three fields reversed
            long swappedMsb = (msb << 32) | (msb >>> 16 & 0xFFFF0000L) | (msb >>> 48);
            if (plausibleV7(swappedMsb, lsb)) {
                swappedV7++;
                defect("V7_STORED_SWAPPED", key);
                count(swappedMsb, lsb, key);
                return;
            }
        }
        count(msb, lsb, key);
    }

    /** The big-endian long at {@code bytes[offset .. offset + 7]} (the {@link UuidBinaryLayout#STANDARD} order). */
    private static long longAt(byte[] bytes, int offset) {
        long v = 0;
        for (int i = offset; i < offset + 8; i++) {
            v = v << 8 | (bytes[i] & 0xFF);
        }
        return v;
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
        count(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits(), key);
    }

    private void count(long msb, long lsb, Supplier<String> key) {
        if (msb == 0 && lsb == 0) {
            versions[8]++; // Uuids.NIL
        } else if (msb == -1 && lsb == -1) {
            versions[9]++; // Uuids.MAX
        } else {
            int version = version(msb);
            versions[version >= 1 && version <= 8 ? version - 1 : 10]++;
        }
        if ((lsb >>> 62) == 2) {
            rfcVariant++;
        }
        if (plausibleV7(msb, lsb)) {
            long ms = msb >>> 16;
            v7MinMillis = Math.min(v7MinMillis, ms);
            v7MaxMillis = Math.max(v7MaxMillis, ms);
            if (hasPreviousV7) {
                v7Pairs++;
                int high = Long.compareUnsigned(msb, previousV7Msb); // UuidOrder.UNSIGNED, without objects
                if (high < 0 || high == 0 && Long.compareUnsigned(lsb, previousV7Lsb) < 0) {
                    v7OutOfOrder++;
                }
            }
            hasPreviousV7 = true;
            previousV7Msb = msb;
            previousV7Lsb = lsb;
        }
        if (checkDuplicates && !seen.add(msb, lsb)) {
            defect("DUPLICATE_VALUES", key);
        }
    }

    /** The version field, as {@link Uuids#version(UUID)} reads it. */
    private static int version(long msb) {
        return (int) (msb >>> 12) & 0xF;
    }

    /** {@link Uuids#isV7(UUID)} with a time between {@link #EARLIEST_V7_MILLIS} and a day after now. */
    private boolean plausibleV7(long msb, long lsb) {
        if (version(msb) != 7 || (lsb >>> 62) != 2) {
            return false;
        }
        long ms = msb >>> 16; // Uuids.unixMillis
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

    /**
     * The values met so far, for {@code DUPLICATE_VALUES}: an open-addressing hash set of (msb, lsb) pairs in two
     * {@code long} arrays, 16 bytes a value at most half full (a {@code HashSet<UUID>} costs about 80 bytes a value
     * and an object per row, which a full scan of a large table cannot afford).
     */
    static final class SeenSet {
        private long[] msbs = new long[1 << 10];
        private long[] lsbs = new long[1 << 10];
        private boolean hasZero; // (0, 0), the nil UUID, marks an empty slot
        private int size;

        /** Adds a value; false if it was already there. */
        boolean add(long msb, long lsb) {
            if (msb == 0 && lsb == 0) {
                boolean added = !hasZero;
                hasZero = true;
                return added;
            }
            if (size * 2 >= msbs.length) {
                grow();
            }
            int mask = msbs.length - 1;
            for (int i = slot(msb, lsb, mask); ; i = (i + 1) & mask) {
                if (msbs[i] == 0 && lsbs[i] == 0) {
                    msbs[i] = msb;
                    lsbs[i] = lsb;
                    size++;
                    return true;
                }
                if (msbs[i] == msb && lsbs[i] == lsb) {
                    return false;
                }
            }
        }

        private static int slot(long msb, long lsb, int mask) {
            long h = (msb * 0x9E3779B97F4A7C15L) ^ (lsb * 0xC2B2AE3D27D4EB4FL);
            return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
        }

        private void grow() {
            long[] oldMsbs = msbs;
            long[] oldLsbs = lsbs;
            msbs = new long[oldMsbs.length * 2];
            lsbs = new long[oldLsbs.length * 2];
            int mask = msbs.length - 1;
            for (int j = 0; j < oldMsbs.length; j++) {
                if (oldMsbs[j] != 0 || oldLsbs[j] != 0) {
                    int i = slot(oldMsbs[j], oldLsbs[j], mask);
                    while (msbs[i] != 0 || lsbs[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    msbs[i] = oldMsbs[j];
                    lsbs[i] = oldLsbs[j];
                }
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ColumnScan[rows=%d, versions=%s, defects=%s]", rows, versions(),
                defects.keySet());
    }
}
