package io.github.uuidkit.bench;

import com.github.f4b6a3.uuid.UuidCreator;
import io.github.uuidkit.UuidBinaryLayout;
import io.github.uuidkit.UuidStrings;
import io.github.uuidkit.UuidTextForm;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Throughput of UUID to/from bytes and text: uuidkit against the JDK and uuid-creator. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBench {

    private static final int N = 1024;
    private final UUID[] uuids = new UUID[N];
    private final byte[][] bytes = new byte[N][];
    private final String[] texts = new String[N];
    private final String[] base32hex = new String[N];
    private final String[] crockford = new String[N];
    private final String[] base62 = new String[N];
    private final String[] base64url = new String[N];
    private int next;

    /** Fills the inputs with random v4 ids. */
    @Setup
    public void setUp() {
        for (int i = 0; i < N; i++) {
            uuids[i] = UUID.randomUUID();
            bytes[i] = UuidBinaryLayout.STANDARD.toBytes(uuids[i]);
            texts[i] = uuids[i].toString();
            base32hex[i] = UuidTextForm.BASE32HEX.format(uuids[i]);
            crockford[i] = UuidTextForm.CROCKFORD_BASE32.format(uuids[i]);
            base62[i] = UuidTextForm.BASE62.format(uuids[i]);
            base64url[i] = UuidTextForm.BASE64URL.format(uuids[i]);
        }
    }

    private int index() {
        return next = (next + 1) & (N - 1);
    }

    /**
     * uuidkit STANDARD layout encode.
     *
     * @return 16 bytes
     */
    @Benchmark
    public byte[] toBytesUuidkit() {
        return UuidBinaryLayout.STANDARD.toBytes(uuids[index()]);
    }

    /**
     * The JDK way: a heap ByteBuffer and two putLong calls.
     *
     * @return 16 bytes
     */
    @Benchmark
    public byte[] toBytesJdkByteBuffer() {
        UUID u = uuids[index()];
        return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
    }

    /**
     * uuid-creator's BinaryCodec.
     *
     * @return 16 bytes
     */
    @Benchmark
    public byte[] toBytesUuidCreator() {
        return UuidCreator.toBytes(uuids[index()]);
    }

    /**
     * uuidkit STANDARD layout decode.
     *
     * @return the UUID
     */
    @Benchmark
    public UUID fromBytesUuidkit() {
        return UuidBinaryLayout.STANDARD.fromBytes(bytes[index()]);
    }

    /**
     * The JDK way: ByteBuffer.wrap and two getLong calls.
     *
     * @return the UUID
     */
    @Benchmark
    public UUID fromBytesJdkByteBuffer() {
        ByteBuffer b = ByteBuffer.wrap(bytes[index()]);
        return new UUID(b.getLong(), b.getLong());
    }

    /**
     * uuid-creator's BinaryCodec.
     *
     * @return the UUID
     */
    @Benchmark
    public UUID fromBytesUuidCreator() {
        return UuidCreator.fromBytes(bytes[index()]);
    }

    /**
     * uuidkit strict parse.
     *
     * @return the UUID
     */
    @Benchmark
    public UUID parseUuidkit() {
        return UuidStrings.parse(texts[index()]);
    }

    /**
     * The JDK's lenient UUID.fromString.
     *
     * @return the UUID
     */
    @Benchmark
    public UUID parseJdk() {
        return UUID.fromString(texts[index()]);
    }

    /**
     * uuid-creator's StandardStringCodec.
     *
     * @return the UUID
     */
    @Benchmark
    public UUID parseUuidCreator() {
        return UuidCreator.fromString(texts[index()]);
    }

    /**
     * uuidkit lowercase canonical format.
     *
     * @return 36 characters
     */
    @Benchmark
    public String formatUuidkit() {
        return UuidStrings.format(uuids[index()]);
    }

    /**
     * The JDK's UUID.toString.
     *
     * @return 36 characters
     */
    @Benchmark
    public String formatJdk() {
        return uuids[index()].toString();
    }

    /**
     * uuid-creator's StandardStringCodec.
     *
     * @return 36 characters
     */
    @Benchmark
    public String formatUuidCreator() {
        return UuidCreator.toString(uuids[index()]);
    }
    /**
     * Short text: RFC 4648 base32hex, 26 characters.
     *
     * @return the text
     */
    @Benchmark
    public String formatBase32hex() {
        return UuidTextForm.BASE32HEX.format(uuids[index()]);
    }

    /**
     * Short text: base32hex parse.
     *
     * @return the UUID
     */
    @Benchmark
    public UUID parseBase32hex() {
        return UuidTextForm.BASE32HEX.parse(base32hex[index()]);
    }

    /**
     * Short text: Crockford base32 (ULID text), 26 characters.
     *
     * @return the text
     */
    @Benchmark
    public String formatCrockford() {
        return UuidTextForm.CROCKFORD_BASE32.format(uuids[index()]);
    }

    /**
     * Short text: Crockford base32 parse.
     *
     * @return the UUID
     */
    @Benchmark
    public UUID parseCrockford() {
        return UuidTextForm.CROCKFORD_BASE32.parse(crockford[index()]);
    }

    /**
     * Short text: base62, 22 characters.
     *
     * @return the text
     */
    @Benchmark
    public String formatBase62() {
        return UuidTextForm.BASE62.format(uuids[index()]);
    }

    /**
     * Short text: base62 parse.
     *
     * @return the UUID
     */
    @Benchmark
    public UUID parseBase62() {
        return UuidTextForm.BASE62.parse(base62[index()]);
    }

    /**
     * Short text: base64url, 22 characters.
     *
     * @return the text
     */
    @Benchmark
    public String formatBase64url() {
        return UuidTextForm.BASE64URL.format(uuids[index()]);
    }

    /**
     * Short text: base64url parse.
     *
     * @return the UUID
     */
    @Benchmark
    public UUID parseBase64url() {
        return UuidTextForm.BASE64URL.parse(base64url[index()]);
    }

    /**
     * The JDK's base64url encoder on the 16 bytes (the reference point for short text).
     *
     * @return the text
     */
    @Benchmark
    public String formatBase64urlJdk() {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes[index()]);
    }
}
