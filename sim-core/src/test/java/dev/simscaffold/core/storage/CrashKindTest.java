package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.trace.EventKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each crash kind's survival rule, one test per rule; each fails if the disk keeps or loses one byte more
 * than the rule says. Disks here have 4-byte sectors so torn writes are easy to read.
 */
class CrashKindTest {

    @Test
    void aProcessCrashKeepsUnsyncedWritesInThePageCacheButDoesNotMakeThemDurable() {
        DiskClock d = new DiskClock(StorageFaults.none(), 1);
        d.write(0, "synced..");
        d.fsync();
        d.write(8, "cached..");

        d.disk.crash(d.now, CrashKind.PROCESS_CRASH);

        assertThat(d.read(0, 16)).isEqualTo("synced..cached..");
        assertThat(d.disk.unsyncedWrites()).isEqualTo(1);
        d.disk.crash(d.now, CrashKind.POWER_LOSS);
        assertThat(d.read(0, 16)).isEqualTo("synced..\0\0\0\0\0\0\0\0");
    }

    @Test
    void aPowerLossKeepsExactlyTheFsyncedWrites() {
        DiskClock d = new DiskClock(StorageFaults.none(), 1);
        d.write(0, "aaaa");
        d.write(4, "bbbb");
        d.fsync();
        d.write(0, "XXXX");
        d.write(8, "cccc");

        d.disk.crash(d.now, CrashKind.POWER_LOSS);

        assertThat(DiskClock.text(d.disk.cachedContents())).isEqualTo("aaaabbbb");
        assertThat(DiskClock.text(d.disk.durableContents())).isEqualTo("aaaabbbb");
        assertThat(d.trace.count(EventKind.POWER_LOSS)).isEqualTo(1);
    }

    @Test
    void bothCrashKindsLoseInFlightOperationsAndUnpolledCompletions() {
        for (CrashKind kind : CrashKind.values()) {
            DiskClock d = new DiskClock(StorageFaults.builder().minLatencyTicks(5).maxLatencyTicks(5).build(), 1);
            d.disk.write(d.now, 0, DiskClock.bytes("lost"));
            d.disk.fsync(d.now);
            d.disk.handleTimeout(d.now.advance(4));

            d.disk.crash(d.now.advance(4), kind);

            assertThat(d.disk.pollTimeout()).as(kind.name()).isEmpty();
            assertThat(d.settle()).as(kind.name()).isEmpty();
            assertThat(d.disk.cachedContents()).as(kind.name()).isEmpty();
        }
    }

    @Test
    void aTornWriteKeepsAStrictPrefixOfWholeSectorsOfTheLastUnsyncedWriteOnly() {
        StorageFaults torn = StorageFaults.builder().tornWriteRate(1.0).build();
        List<Integer> kept = new ArrayList<>();
        for (long seed = 1; seed <= 200; seed++) {
            DiskClock d = new DiskClock(torn, seed);
            d.write(0, "base");
            d.fsync();
            d.write(4, "earlier!");
            d.write(14, "0123456789");   // sectors 3..5: bytes 14-15, 16-19, 20-23

            d.disk.crash(d.now, CrashKind.POWER_LOSS);

            String after = DiskClock.text(d.disk.durableContents());
            assertThat(after).startsWith("base").doesNotContain("earlier");
            int prefix = Math.max(0, after.length() - 14);
            assertThat(prefix).as("seed " + seed).isIn(0, 2, 6);
            assertThat(after.substring(Math.min(after.length(), 14))).isEqualTo("0123456789".substring(0, prefix));
            assertThat(d.trace.count(EventKind.DISK_TORN_WRITE)).isEqualTo(1);
            kept.add(prefix);
        }
        assertThat(kept).contains(0, 2, 6);
    }

    @Test
    void withSurvivalRateOneEveryUnsyncedWriteSurvivesAndWithZeroNoneDoes() {
        DiskClock all = new DiskClock(StorageFaults.builder().unsyncedSurvivalRate(1.0).build(), 1);
        DiskClock none = new DiskClock(StorageFaults.none(), 1);
        for (DiskClock d : List.of(all, none)) {
            d.write(0, "aaaa");
            d.write(4, "bbbb");
            d.disk.crash(d.now, CrashKind.POWER_LOSS);
        }
        assertThat(DiskClock.text(all.disk.durableContents())).isEqualTo("aaaabbbb");
        assertThat(none.disk.durableContents()).isEmpty();
    }

    @Test
    void survivorsAreAnIndependentSubsetSoALaterWriteCanSurviveAnEarlierOne() {
        StorageFaults half = StorageFaults.builder().unsyncedSurvivalRate(0.5).build();
        boolean laterWithoutEarlier = false;
        for (long seed = 1; seed <= 100 && !laterWithoutEarlier; seed++) {
            DiskClock d = new DiskClock(half, seed);
            d.write(0, "aaaa");
            d.write(4, "bbbb");
            d.disk.crash(d.now, CrashKind.POWER_LOSS);
            laterWithoutEarlier = DiskClock.text(d.disk.durableContents()).equals("\0\0\0\0bbbb");
        }
        assertThat(laterWithoutEarlier).isTrue();
    }
}
