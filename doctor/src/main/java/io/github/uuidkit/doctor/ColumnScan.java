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
 * v7 time, unsigned order) so that a full scan builds almost no object per row ({@code ColumnScanTest} checks the two
 * agree).
 *
 * <p><b>Both layouts, never the first match.</b> A 16-byte value has two readings: the standard layout
 * ({@link UuidBinaryLayout#STANDARD}) and MySQL's {@code UUID_TO_BIN(x, 1)} ({@link UuidBinaryLayout#TIME_SWAPPED},
 * decoded by core). A reading is <i>plausible</i> when its variant is RFC 9562's, its version is 1 to 8 and, for the
 * time-based versions 1, 6 and 7, its time lies in the plausible window ({@link #EARLIEST_V7_MILLIS} or
 * {@link #EARLIEST_GREGORIAN_MILLIS} to now plus {@link #FUTURE_TOLERANCE_MILLIS}). The swapped layout is considered
 * only for the time-based versions (it exists to reorder time fields; a swapped v4 is random bits either way).
 * Only one reading plausible: that one. Neither: the standard reading. Both (e.g. a swapped v7 made on a day whose
 * fifth hex digit is 4 reads as a standard v4; a random v4 whose swapped reading happens to be a v7 of a plausible
 * date, about 4 in 100,000): the value is <i>ambiguous</i> and is read, once the scan ends, the way its column reads
 * the values that are not: as the swapped version if more unambiguous values are that swapped version than that
 * standard version, as the standard one if fewer, and on a tie as the time-based reading (a time that falls in the
 * window by chance is the rarer event), or the standard one if both are time-based.
 */
final class ColumnScan {

    /** Serialization stream header of {@code java.io.ObjectOutputStream}: magic {@code ACED}, version {@code 0005}. */
    static final byte[] JAVA_SERIALIZATION_HEADER = {(byte) 0xAC, (byte) 0xED, 0x00, 0x05};

    /**
     * The earliest plausible UUID v7 (and MySQL-swapped v7) time: 2020-01-01T00:00:00Z, before the first draft of
     * the new UUID versions that became RFC 9562 (draft-peabody-dispatch-new-uuid-format, 2021).
     */
    static final long EARLIEST_V7_MILLIS = 1_577_836_800_000L;

    /** The earliest plausible v1 or v6 time: 1990-01-01T00:00:00Z (DCE's time-based UUIDs predate RFC 4122). */
    static final long EARLIEST_GREGORIAN_MILLIS = 631_152_000_000L;

    /** How far after "now" a time is still plausible (clock skew between hosts): one day, in milliseconds. */
    static final long FUTURE_TOLERANCE_MILLIS = 86_400_000L;

    /** 100-ns intervals from the Gregorian epoch (1582-10-15T00:00Z, RFC 9562 §5.1) to the Unix epoch. */
    static final long GREGORIAN_TO_UNIX_100NS = 0x01B2_1DD2_1381_4000L;

    /** The plausible window as text, for messages: "2020-01-01 (v7; v1 and v6: 1990-01-01) to now + 1 day". */
    static String windowText() {
        return "v7 from " + Instant.ofEpochMilli(EARLIEST_V7_MILLIS).toString().substring(0, 10) + ", v1 and v6 from "
                + Instant.ofEpochMilli(EARLIEST_GREGORIAN_MILLIS).toString().substring(0, 10)
                + ", to 1 day after the audit";
    }

    /** Keys of the version histogram, in output order. */
    static final List<String> VERSION_KEYS =
            List.of("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "nil", "max", "other");

    private static final int NIL = 8;
    private static final int MAX = 9;
    private static final int OTHER = 10;

    /** A defect: how many rows, and the keys of the first few (with their row numbers, to merge in scan order). */
    static final class Defect {
        long count;
        final List<String> examples = new ArrayList<>();
        final List<Long> exampleRows = new ArrayList<>();

        void add(long row, Supplier<String> key) {
            count++;
            if (examples.size() < Doctor.MAX_EXAMPLES) {
                String text = key.get();
                if (text != null) {
                    examples.add(text);
                    exampleRows.add(row);
                }
            }
        }

        /** Adds another defect's rows; the examples stay the first few in row order. */
        void addAll(Defect other) {
            count += other.count;
            List<long[]> order = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                order.add(new long[] {exampleRows.get(i), 0, i});
            }
            for (int i = 0; i < other.examples.size(); i++) {
                order.add(new long[] {other.exampleRows.get(i), 1, i});
            }
            order.sort((a, b) -> Long.compare(a[0], b[0]));
            List<String> texts = new ArrayList<>();
            List<Long> rowsOf = new ArrayList<>();
            for (long[] o : order.subList(0, Math.min(order.size(), Doctor.MAX_EXAMPLES))) {
                texts.add((o[1] == 0 ? examples : other.examples).get((int) o[2]));
                rowsOf.add(o[0]);
            }
            examples.clear();
            examples.addAll(texts);
            exampleRows.clear();
            exampleRows.addAll(rowsOf);
        }
    }

    /** Consecutive v7 values in scan order: pairs, and pairs whose later value sorts lower. */
    static final class Order {
        long pairs;
        long outOfOrder;
        private boolean hasPrevious;
        private long previousMsb;
        private long previousLsb;

        void add(long msb, long lsb) {
            if (hasPrevious) {
                pairs++;
                int high = Long.compareUnsigned(msb, previousMsb); // UuidOrder.UNSIGNED, without objects
                if (high < 0 || high == 0 && Long.compareUnsigned(lsb, previousLsb) < 0) {
                    outOfOrder++;
                }
            }
            hasPrevious = true;
            previousMsb = msb;
            previousLsb = lsb;
        }

        void breakSequence() {
            hasPrevious = false;
        }
    }

    /** Values with two plausible readings of the same two versions, waiting for the column's verdict. */
    private static final class Ambiguous {
        final int standardVersion;
        final int swappedVersion;
        final Defect rows = new Defect();
        long swappedV7Min = Long.MAX_VALUE;
        long swappedV7Max = Long.MIN_VALUE;

        Ambiguous(int standardVersion, int swappedVersion) {
            this.standardVersion = standardVersion;
            this.swappedVersion = swappedVersion;
        }
    }

    private final boolean checkDuplicates;
    private final boolean compactTextIsNative;
    private final long nowMillis;
    private final long[] versions = new long[VERSION_KEYS.size()];
    private final Defect[] versionRows = new Defect[16];
    private final long[] swapped = new long[16];
    private final long[] unambiguousStandard = new long[16];
    private final long[] unambiguousSwapped = new long[16];
    private final Map<Integer, Ambiguous> ambiguous = new LinkedHashMap<>();
    private final Map<String, Defect> defects = new LinkedHashMap<>();
    private final SeenSet seen;
    /** v7 order if ambiguous values are read swapped, and if they are read standard; one is chosen at the end. */
    private final Order orderIfSwapped = new Order();
    private final Order orderIfStandard = new Order();
    private boolean resolved;
    private Order order;
    long rows;
    long nulls;
    long rfcVariant;
    private long v7MinMillis = Long.MAX_VALUE;
    private long v7MaxMillis = Long.MIN_VALUE;
    private long v7InSpan;

    /**
     * @param checkDuplicates remember every value and report repeats (a non-unique column named like an id)
     * @param compactTextIsNative a {@code CHAR(32)} column: 32 lower-case hex digits are its own form, not a defect
     * @param nowMillis the latest plausible time is {@link #FUTURE_TOLERANCE_MILLIS} after this
     */
    ColumnScan(boolean checkDuplicates, boolean compactTextIsNative, long nowMillis) {
        this.checkDuplicates = checkDuplicates;
        this.compactTextIsNative = compactTextIsNative;
        this.nowMillis = nowMillis;
        this.seen = checkDuplicates ? new SeenSet() : null;
    }

    /** A SQL NULL. */
    void addNull() {
        open();
        rows++;
        nulls++;
    }

    /**
     * The next value is not the successor of the previous one (a new sample segment): no v7 order pair spans the gap.
     */
    void breakSequence() {
        orderIfSwapped.breakSequence();
        orderIfStandard.breakSequence();
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
        open();
        long row = rows++;
        if (startsWith(bytes, JAVA_SERIALIZATION_HEADER)) {
            defect("JAVA_SERIALIZED", row, key);
            versions[OTHER]++;
            return;
        }
        if (bytes.length != UuidBinaryLayout.BYTES) {
            defect("WRONG_LENGTH", row, key);
            versions[OTHER]++;
            return;
        }
        // classified from the two longs: no UUID object per row (the scan's hot path)
        long msb = longAt(bytes, 0);
        long lsb = longAt(bytes, 8);
        if (common(msb, lsb, row, key)) {
            return;
        }
        boolean standard = plausible(msb, lsb);
        int swappedVersion = (int) (msb >>> 60); // the swapped reading's version field: the first stored nibble
        boolean swappedPlausible = false;
        long swappedMsb = 0;
        if (timeBased(swappedVersion)) {
            swappedMsb = UuidBinaryLayout.TIME_SWAPPED.fromBytes(bytes).getMostSignificantBits();
            swappedPlausible = plausible(swappedMsb, lsb);
        }
        if (swappedPlausible && standard) {
            Ambiguous a = ambiguous.computeIfAbsent(version(msb) << 4 | swappedVersion,
                    k -> new Ambiguous(k >>> 4, k & 0xF));
            a.rows.add(row, key);
            if (swappedVersion == 7) {
                long ms = swappedMsb >>> 16;
                a.swappedV7Min = Math.min(a.swappedV7Min, ms);
                a.swappedV7Max = Math.max(a.swappedV7Max, ms);
                orderIfSwapped.add(swappedMsb, lsb); // a standard v7 is never ambiguous: its first nibble is 0
            }
        } else if (swappedPlausible) {
            unambiguousSwapped[swappedVersion]++;
            count(swappedMsb, lsb, true, row, key);
        } else {
            if (standard) {
                unambiguousStandard[version(msb)]++;
            }
            count(msb, lsb, false, row, key);
        }
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
        open();
        long row = rows++;
        String value = text.stripTrailing();
        UUID uuid = parseLenient(value);
        if (uuid == null) {
            defect("NOT_A_UUID", row, key);
            versions[OTHER]++;
            return;
        }
        boolean canonical = value.equals(UuidStrings.format(uuid))
                || compactTextIsNative && value.equals(UuidStrings.formatCompact(uuid));
        if (!canonical) {
            defect("NON_CANONICAL_TEXT", row, key);
        }
        standard(uuid, row, key);
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
        open();
        standard(uuid, rows++, key);
    }

    private void standard(UUID uuid, long row, Supplier<String> key) {
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        if (!common(msb, lsb, row, key)) {
            count(msb, lsb, false, row, key);
        }
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

    /** What every value has, whatever its reading: duplicates, variant, sentinels. True if it was a sentinel. */
    private boolean common(long msb, long lsb, long row, Supplier<String> key) {
        if (checkDuplicates && !seen.add(msb, lsb)) {
            defect("DUPLICATE_VALUES", row, key);
        }
        if ((lsb >>> 62) == 2) {
            rfcVariant++;
        }
        if (msb == 0 && lsb == 0 || msb == -1 && lsb == -1) {
            versions[msb == 0 ? NIL : MAX]++; // Uuids.NIL, Uuids.MAX: the same in both layouts
            defect("SENTINEL_VALUES", row, key);
            return true;
        }
        return false;
    }

    /** Counts one reading of a value. */
    private void count(long msb, long lsb, boolean swappedLayout, long row, Supplier<String> key) {
        int version = version(msb);
        versions[version >= 1 && version <= 8 ? version - 1 : OTHER]++;
        versionRows(version).add(row, key);
        if (swappedLayout) {
            swapped[version]++;
            defect("V" + version + "_STORED_SWAPPED", row, key);
        }
        if (version == 7 && (lsb >>> 62) == 2) {
            long ms = msb >>> 16; // Uuids.unixMillis
            if (inWindow(7, ms)) {
                span(ms, ms);
                v7InSpan++;
            } else {
                defect("V7_TIME_IMPLAUSIBLE", row, key);
            }
            orderIfSwapped.add(msb, lsb);
            orderIfStandard.add(msb, lsb);
        }
    }

    private void span(long min, long max) {
        v7MinMillis = Math.min(v7MinMillis, min);
        v7MaxMillis = Math.max(v7MaxMillis, max);
    }

    private Defect versionRows(int version) {
        if (versionRows[version] == null) {
            versionRows[version] = new Defect();
        }
        return versionRows[version];
    }

    /** The version field, as {@link Uuids#version(UUID)} reads it. */
    private static int version(long msb) {
        return (int) (msb >>> 12) & 0xF;
    }

    private static boolean timeBased(int version) {
        return version == 1 || version == 6 || version == 7;
    }

    /**
     * A reading is plausible: RFC 9562 variant, version 1 to 8, and for versions 1, 6 and 7 a time in the window.
     */
    private boolean plausible(long msb, long lsb) {
        int version = version(msb);
        if ((lsb >>> 62) != 2 || version < 1 || version > 8) {
            return false;
        }
        return !timeBased(version) || inWindow(version, unixMillis(version, msb));
    }

    private boolean inWindow(int version, long ms) {
        return ms >= (version == 7 ? EARLIEST_V7_MILLIS : EARLIEST_GREGORIAN_MILLIS)
                && ms <= nowMillis + FUTURE_TOLERANCE_MILLIS;
    }

    /**
     * Unix milliseconds of a time-based reading: v7's 48-bit field ({@link Uuids#unixMillis}); v1's and v6's 60-bit
     * count of 100 ns since 1582-10-15 (RFC 9562 §5.1: v1 stores time_low, time_mid, time_high; §5.6: v6 stores
     * them high first).
     */
    static long unixMillis(int version, long msb) {
        if (version == 7) {
            return msb >>> 16;
        }
        long t = version == 1
                ? (msb & 0xFFFL) << 48 | (msb >>> 16 & 0xFFFFL) << 32 | msb >>> 32
                : (msb >>> 16) << 12 | (msb & 0xFFFL);
        return Math.floorDiv(t - GREGORIAN_TO_UNIX_100NS, 10_000L);
    }

    private void defect(String code, long row, Supplier<String> key) {
        defects.computeIfAbsent(code, c -> new Defect()).add(row, key);
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

    private void open() {
        if (resolved) {
            throw new IllegalStateException("the scan was already read: no more values");
        }
    }

    /** Reads the ambiguous values the way the column reads the others (see the class comment); once. */
    private void resolve() {
        if (resolved) {
            return;
        }
        resolved = true;
        long toSwapped = 0;
        long toStandard = 0;
        for (Ambiguous a : ambiguous.values()) {
            long sw = unambiguousSwapped[a.swappedVersion];
            long st = unambiguousStandard[a.standardVersion];
            boolean readSwapped = sw > st || sw == st && !timeBased(a.standardVersion);
            int version = readSwapped ? a.swappedVersion : a.standardVersion;
            versions[version - 1] += a.rows.count;
            versionRows(version).addAll(a.rows);
            if (readSwapped) {
                swapped[version] += a.rows.count;
                defects.computeIfAbsent("V" + version + "_STORED_SWAPPED", c -> new Defect()).addAll(a.rows);
                if (version == 7) {
                    span(a.swappedV7Min, a.swappedV7Max);
                    v7InSpan += a.rows.count;
                }
            }
            if (a.swappedVersion == 7) {
                if (readSwapped) {
                    toSwapped += a.rows.count;
                } else {
                    toStandard += a.rows.count;
                }
            }
        }
        order = toSwapped > toStandard ? orderIfSwapped : orderIfStandard;
    }

    /** The version histogram: every key of {@link #VERSION_KEYS}, zeros included. */
    Map<String, Long> versions() {
        resolve();
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < versions.length; i++) {
            map.put(VERSION_KEYS.get(i), versions[i]);
        }
        return map;
    }

    /** Values that are v7 in either layout (implausible times included). */
    long v7() {
        resolve();
        return versions[6];
    }

    /** Values of version 4. */
    long count4() {
        resolve();
        return versions[3];
    }

    /** Values read as v7 in the swapped layout. */
    long swappedV7() {
        resolve();
        return swapped[7];
    }

    /** Values that are v7 in the standard layout. */
    long standardV7() {
        return v7() - swappedV7();
    }

    /** Defects by code, in the order first met (ambiguous values' codes last). */
    Map<String, Defect> defects() {
        resolve();
        return defects;
    }

    /** The version (1 to 8) most values have, the lower one on a tie; 0 without such values. */
    int dominantVersion() {
        resolve();
        int best = 0;
        for (int v = 1; v <= 8; v++) {
            if (versions[v - 1] > 0 && (best == 0 || versions[v - 1] > versions[best - 1])) {
                best = v;
            }
        }
        return best;
    }

    /** The values of versions 1 to 8 other than the {@link #dominantVersion()}: count and first rows. */
    Defect mixedVersions() {
        int dominant = dominantVersion();
        Defect mixed = new Defect();
        for (int v = 1; v <= 8; v++) {
            if (v != dominant && versionRows[v] != null) {
                mixed.addAll(versionRows[v]);
            }
        }
        return mixed;
    }

    /** The earliest plausible v7 time, or null without one. */
    Instant v7First() {
        resolve();
        return v7InSpan == 0 ? null : Instant.ofEpochMilli(v7MinMillis);
    }

    /** The latest plausible v7 time, or null without one. */
    Instant v7Last() {
        resolve();
        return v7InSpan == 0 ? null : Instant.ofEpochMilli(v7MaxMillis);
    }

    /** v7 values whose time is plausible: those {@link #v7First()} and {@link #v7Last()} span. */
    long v7InSpan() {
        resolve();
        return v7InSpan;
    }

    /** Pairs of consecutive v7 values (implausible ones included) that the out-of-order share covers. */
    long v7Pairs() {
        resolve();
        return order.pairs;
    }

    /** Share (0 to 1) of consecutive v7 pairs whose later one sorts lower; null without pairs. */
    Double v7OutOfOrderShare() {
        resolve();
        return order.pairs == 0 ? null : (double) order.outOfOrder / order.pairs;
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
