package io.github.uuidkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a JVM snapshot restored twice (CRaC, AWS Lambda SnapStart, VM clones) must not mint the same
 * ids in both clones. A "snapshot" is simulated by two objects built from the same seeded random
 * source: they hold the same secrets and state, as two restored copies of one process do.
 */
class SnapshotSafetyTest {

    private static final long T = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();

    private static V7Generator cloneOfOneSnapshot(AtomicLong clock) {
        return V7Generator.builder().millis(clock::get).random(new SplittableRandom(7)).build();
    }

    @Test
    void restoredClonesDivergeAfterTheCracRestoreHook() throws Exception {
        AtomicLong clock = new AtomicLong(T);
        V7Generator first = cloneOfOneSnapshot(clock);
        V7Generator second = cloneOfOneSnapshot(clock);
        UUID last = null;
        for (int i = 0; i < 3; i++) {
            last = first.next();
            assertThat(second.next()).isEqualTo(last); // the hazard: same snapshot, same ids
        }
        // What CRaC and SnapStart run on restore, through org.crac (the stand-in runtime io.github.uuidkit.fakecrac).
        org.crac.Core.checkpointRestore();
        UUID a = first.next();
        UUID b = second.next();
        assertThat(a).isNotEqualTo(b);
        assertThat(UuidOrder.compareUnsigned(a, last)).isPositive();
        assertThat(UuidOrder.compareUnsigned(b, last)).isPositive();
        // Same clock, same state: only the fresh keys tell them apart, in every random bit.
        assertThat(Uuids.unixMillis(a)).isEqualTo(Uuids.unixMillis(b)).isEqualTo(T + 1);
        assertThat(a.getLeastSignificantBits() & 0xFFFF_FFFFL).isNotEqualTo(b.getLeastSignificantBits() & 0xFFFF_FFFFL);
    }

    @Test
    void explicitReseedGivesClonesFreshKeysAndKeepsEachSequenceIncreasing() {
        AtomicLong clock = new AtomicLong(T);
        V7Generator first = cloneOfOneSnapshot(clock);
        V7Generator second = cloneOfOneSnapshot(clock);
        UUID before = first.next();
        assertThat(second.next()).isEqualTo(before);
        Uuids.reseed();
        List<UUID> firstIds = new ArrayList<>();
        List<UUID> secondIds = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            if (i == 500) {
                clock.addAndGet(5);
            }
            firstIds.add(first.next());
            secondIds.add(second.next());
        }
        assertThat(firstIds).doesNotContainAnyElementsOf(secondIds);
        UUID previous = before;
        for (UUID id : firstIds) {
            assertThat(UuidOrder.compareUnsigned(id, previous)).isPositive();
            previous = id;
        }
    }

    @Test
    void eachCloneDrawsItsOwnFreshKeyNotOneFromTheClonedSource() {
        // Reseeding from the builder's (cloned) source would give both clones the same new key.
        AtomicLong clock = new AtomicLong(T);
        V7Generator first = cloneOfOneSnapshot(clock);
        V7Generator second = cloneOfOneSnapshot(clock);
        first.reseed(new SecureRandom());
        second.reseed(new SecureRandom());
        assertThat(first.next()).isNotEqualTo(second.next());
    }

    @Test
    void aValueTakenBeforeTheReseedIsComposedUnderTheOldKey() {
        // A call that took its state value before the reseed but composes after it must get the id the
        // old key gives: the millisecond's other ids were composed under that key, and order is kept.
        AtomicLong clock = new AtomicLong(T);
        V7Generator reseeded = cloneOfOneSnapshot(clock);
        V7Generator untouched = cloneOfOneSnapshot(clock);
        reseeded.next();
        untouched.next();
        long straggler = reseeded.take(T << 16, reseeded.increment());
        reseeded.reseed(new SecureRandom());
        UUID after = reseeded.next(); // moves the generator on to T + 1 under the new key
        assertThat(reseeded.compose(straggler)).isEqualTo(untouched.compose(straggler));
        // An earlier millisecond never composed (skipped) also stays under the old key.
        assertThat(reseeded.compose((T - 3) << 16)).isEqualTo(untouched.compose((T - 3) << 16));
        assertThat(Uuids.unixMillis(after)).isEqualTo(T + 1);
        assertThat(UuidOrder.compareUnsigned(after, reseeded.compose(straggler))).isPositive();
        assertThat(reseeded.compose((T + 1) << 16)).isNotEqualTo(untouched.compose((T + 1) << 16));
        // Once the generator has moved on, a late call in the new key's first millisecond still gets
        // that key: the id it would have had.
        clock.set(T + 2);
        reseeded.next();
        assertThat(reseeded.compose(((T + 1) << 16) | 1)).isEqualTo(after);
    }

    @Test
    void reseedBeforeTheFirstIdAndInTheLastMillisecond() {
        AtomicLong clock = new AtomicLong(T);
        V7Generator fresh = cloneOfOneSnapshot(clock);
        fresh.reseed(new SecureRandom());
        assertThat(Uuids.unixMillis(fresh.next())).isEqualTo(T);

        long last = (1L << 48) - 1;
        clock.set(last);
        V7Generator atTheEnd = cloneOfOneSnapshot(clock);
        V7Generator twin = cloneOfOneSnapshot(clock);
        UUID a = atTheEnd.next();
        assertThat(twin.next()).isEqualTo(a);
        atTheEnd.reseed(new SecureRandom());
        // No millisecond left to move to: the last one keeps its key, so ids stay ordered.
        UUID b = atTheEnd.next();
        assertThat(Uuids.unixMillis(b)).isEqualTo(last);
        assertThat(b).isEqualTo(twin.next());

        clock.set(last - 1);
        V7Generator beforeTheEnd = cloneOfOneSnapshot(clock);
        beforeTheEnd.next();
        beforeTheEnd.reseed(new SecureRandom());
        assertThat(Uuids.unixMillis(beforeTheEnd.next())).isEqualTo(last);
    }

    @Test
    void restoredCopiesOfTheV4BuffersDiverge() throws Exception {
        RandomBits first = new RandomBits(new SplittableRandom(7));
        RandomBits second = new RandomBits(new SplittableRandom(7));
        // Fill both threads' buffers, as a snapshot taken mid-use would hold them.
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            long[] drawn = worker.submit(() -> new long[] {first.nextLong(), second.nextLong()}).get();
            assertThat(drawn[0]).isEqualTo(drawn[1]);
            // Reseeded from another thread: the worker's buffer, 31 values still unread, must go too.
            first.reseed(new SecureRandom());
            second.reseed(new SecureRandom());
            long[] next = worker.submit(() -> new long[] {first.nextLong(), second.nextLong()}).get();
            assertThat(next[0]).isNotEqualTo(next[1]);
            assertThat(first.generation()).isEqualTo(1);
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void aBufferIsRefilledOnlyAfterItsLastValueOrAReseed() {
        // 32 values per refill (RandomBits.BLOCK_BYTES): the 33rd comes from the source's next block.
        SplittableRandom reference = new SplittableRandom(11);
        byte[] block = new byte[RandomBits.BLOCK_BYTES * 2];
        reference.nextBytes(block);
        RandomBits bits = new RandomBits(new SplittableRandom(11));
        java.nio.ByteBuffer expected = java.nio.ByteBuffer.wrap(block);
        for (int i = 0; i < 2 * RandomBits.BLOCK_BYTES / Long.BYTES; i++) {
            assertThat(bits.nextLong()).as("value %d", i).isEqualTo(expected.getLong());
        }
    }

    @Test
    void uuidsReseedReachesTheDefaultGeneratorsAndEveryBuiltOne() {
        Uuids.v4();
        Uuids.v7();
        assertThat(Reseeding.isRegistered(Uuids.Shared.V7)).isTrue();
        assertThat(Reseeding.isRegistered(Uuids.Shared.RANDOM)).isTrue();
        AtomicLong clock = new AtomicLong(T);
        V7Generator built = cloneOfOneSnapshot(clock);
        assertThat(Reseeding.isRegistered(built)).isTrue();
        assertThat(Reseeding.isRegistered(new Object())).isFalse();
        built.next();
        int generation = Uuids.Shared.RANDOM.generation();
        Uuids.reseed();
        assertThat(Uuids.Shared.RANDOM.generation()).isEqualTo(generation + 1);
        assertThat(Uuids.unixMillis(built.next())).isEqualTo(T + 1);
        assertThat(Uuids.isV7(Uuids.v7())).isTrue();
        assertThat(Uuids.version(Uuids.v4())).isEqualTo(4);
    }

    @Test
    void theCracHookIsRegisteredWhenOrgCracIsPresent() {
        Uuids.v7();
        assertThat(Reseeding.CRAC_HOOK).isTrue();
        assertThat(io.github.uuidkit.fakecrac.Core.registered()).isEqualTo(1);
    }

    @Test
    void registeredGeneratorsAreStillGarbageCollected() throws Exception {
        WeakReference<V7Generator> reference = new WeakReference<>(V7Generator.builder().build());
        for (int i = 0; i < 50 && reference.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(reference.get()).as("the reseed registry must hold generators weakly").isNull();
    }

    @Test
    void withoutOrgCracOnTheClassPathEverythingWorksAndNoHookIsRegistered() throws Exception {
        // core's classes alone, in a loader whose parent (the platform loader) has no org.crac: an
        // application that does not ship the optional dependency.
        URL coreClasses = Uuids.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutCrac = new URLClassLoader(new URL[] {coreClasses},
                ClassLoader.getPlatformClassLoader())) {
            assertThat(classExists(withoutCrac, "org.crac.Resource")).isFalse();
            Class<?> uuids = Class.forName("io.github.uuidkit.Uuids", true, withoutCrac);
            assertThat(uuids).isNotSameAs(Uuids.class);
            assertThat(uuids.getMethod("v7").invoke(null)).isInstanceOf(UUID.class);
            assertThat(uuids.getMethod("v4").invoke(null)).isInstanceOf(UUID.class);
            Method reseed = uuids.getMethod("reseed");
            reseed.invoke(null);
            Class<?> reseeding = Class.forName("io.github.uuidkit.Reseeding", true, withoutCrac);
            Field hook = reseeding.getDeclaredField("CRAC_HOOK");
            hook.setAccessible(true);
            assertThat(hook.getBoolean(null)).isFalse();
        }
    }

    private static boolean classExists(ClassLoader loader, String name) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
