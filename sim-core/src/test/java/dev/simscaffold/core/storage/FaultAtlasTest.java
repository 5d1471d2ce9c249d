package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault atlas keeps every region intact on all but its faulty disks, draws each region the same whatever order
 * the disks touch them in, spreads the faults over every disk, and changes nothing a disk draws: a flip it allows
 * is the flip the disk makes without an atlas. The same holds for misdirected writes, which a {@link SimDisk}
 * applies as {@link SimFileSystem} does.
 */
class FaultAtlasTest {

    private static final int REGION = 64;
    private static final int REGIONS = 200;
    private static final byte[] BLOCK = block();

    @Test
    void everyRegionHasExactlyTheFaultyDisksAskedForAndEveryDiskIsFaultySomewhere() {
        FaultAtlas atlas = new FaultAtlas(5, REGION, 2, SimRandom.seeded(11));
        int[] faultyIn = new int[5];
        for (int region = 0; region < REGIONS; region++) {
            List<Integer> faulty = atlas.faultyDisks(region * (long) REGION + 7);
            assertThat(faulty).hasSize(2).doesNotHaveDuplicates();
            for (int disk = 0; disk < 5; disk++) {
                assertThat(atlas.mayCorrupt(disk, region * (long) REGION)).isEqualTo(faulty.contains(disk));
            }
            faulty.forEach(disk -> faultyIn[disk]++);
        }
        assertThat(Arrays.stream(faultyIn).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(50, 110));
    }

    @Test
    void theSameSeedDrawsTheSameAtlasWhateverOrderRegionsAreTouchedIn() {
        FaultAtlas forward = new FaultAtlas(3, REGION, 1, SimRandom.seeded(5));
        FaultAtlas backward = new FaultAtlas(3, REGION, 1, SimRandom.seeded(5));
        FaultAtlas other = new FaultAtlas(3, REGION, 1, SimRandom.seeded(6));
        List<List<Integer>> backwards = new ArrayList<>();
        for (int region = REGIONS - 1; region >= 0; region--) {
            backwards.add(0, backward.faultyDisks(region * (long) REGION));
        }
        List<List<Integer>> forwards = new ArrayList<>();
        List<List<Integer>> others = new ArrayList<>();
        for (int region = 0; region < REGIONS; region++) {
            forwards.add(forward.faultyDisks(region * (long) REGION));
            others.add(other.faultyDisks(region * (long) REGION));
        }
        assertThat(forwards).isEqualTo(backwards).isNotEqualTo(others);
    }

    @Test
    void withTheAtlasEveryRegionKeepsAnIntactCopyWithoutItEveryCopyRots() {
        StorageFaults rotting = StorageFaults.builder().corruptionRate(1.0).build();
        for (long seed = 1; seed <= 20; seed++) {
            FaultAtlas atlas = new FaultAtlas(3, REGION, 1, SimRandom.seeded(seed).fork("atlas"));
            List<SimDisk> plain = new ArrayList<>();
            List<SimDisk> mapped = new ArrayList<>();
            for (int member = 0; member < 3; member++) {
                SimRandom random = SimRandom.seeded(seed).fork("disk" + member);
                plain.add(fill(new SimDisk("d" + member, SimDisk.DEFAULT_SECTOR_BYTES, rotting, random, Trace.full())));
                mapped.add(fill(new SimDisk("d" + member, SimDisk.DEFAULT_SECTOR_BYTES,
                        rotting.toBuilder().atlas(REGION, 1).build(), SimRandom.seeded(seed).fork("disk" + member), Trace.full(), atlas, member)));
            }
            for (int region = 0; region < REGIONS; region++) {
                int intactWithout = 0;
                int intactWith = 0;
                for (int member = 0; member < 3; member++) {
                    intactWithout += intact(plain.get(member), region) ? 1 : 0;
                    boolean kept = intact(mapped.get(member), region);
                    intactWith += kept ? 1 : 0;
                    assertThat(kept).as("seed %d region %d disk %d", seed, region, member).isEqualTo(!atlas.mayCorrupt(member, region * (long) REGION));
                    if (!kept) {
                        assertThat(region(mapped.get(member), region)).as("the flip the atlas allows is the flip made without it")
                                .isEqualTo(region(plain.get(member), region));
                    }
                }
                assertThat(intactWithout).isZero();
                assertThat(intactWith).isEqualTo(2);
            }
        }
    }

    @Test
    void aMisdirectedWriteOfASimDiskLandsOnAnotherSectorAndLeavesTheIntendedBytes() {
        StorageFaults misdirecting = StorageFaults.builder().misdirectedWriteRate(1.0).build();
        for (long seed = 1; seed <= 10; seed++) {
            Trace trace = Trace.full();
            SimDisk disk = new SimDisk("d0", REGION, misdirecting, SimRandom.seeded(seed), trace);
            byte[] first = Arrays.copyOf(BLOCK, REGION);
            byte[] second = block(99);
            disk.write(LogicalTime.ZERO, 0, first);
            disk.write(LogicalTime.ZERO, REGION, second);
            disk.fsync(LogicalTime.ZERO);
            disk.handleTimeout(LogicalTime.ZERO);
            assertThat(disk.durableContents()).as("the one-sector disk cannot misdirect the first write; the second lands on it")
                    .isEqualTo(second);
            assertThat(trace.count(EventKind.DISK_CORRUPTION)).isEqualTo(1);
            assertThat(disk.pollCompletion()).hasValue(new Completion.Written(0, 0, REGION));
            assertThat(disk.pollCompletion()).as("the misdirected write reports success where it was meant to go")
                    .hasValue(new Completion.Written(1, REGION, REGION));
        }
    }

    @Test
    void withTheAtlasMisdirectedWritesKeepAnIntactCopyOfEveryRegionWithoutItSomeRegionLosesAll() {
        int sector = 16;
        StorageFaults misdirecting = StorageFaults.builder().misdirectedWriteRate(0.3).build();
        int regionsLostWithout = 0;
        long misdirectedWith = 0;
        for (long seed = 1; seed <= 20; seed++) {
            FaultAtlas atlas = new FaultAtlas(3, REGION, 1, SimRandom.seeded(seed).fork("atlas"));
            List<SimDisk> plain = new ArrayList<>();
            List<SimDisk> mapped = new ArrayList<>();
            Trace trace = Trace.full();
            for (int member = 0; member < 3; member++) {
                plain.add(fillDistinct(new SimDisk("d" + member, sector, misdirecting, SimRandom.seeded(seed).fork("disk" + member), Trace.full())));
                mapped.add(fillDistinct(new SimDisk("d" + member, sector, misdirecting.toBuilder().atlas(REGION, 1).build(),
                        SimRandom.seeded(seed).fork("disk" + member), trace, atlas, member)));
            }
            misdirectedWith += trace.count(EventKind.DISK_CORRUPTION);
            for (int region = 0; region < REGIONS; region++) {
                int intactWith = 0;
                int intactWithout = 0;
                for (int member = 0; member < 3; member++) {
                    intactWith += Arrays.equals(region(mapped.get(member), region), block(region)) ? 1 : 0;
                    intactWithout += Arrays.equals(region(plain.get(member), region), block(region)) ? 1 : 0;
                }
                assertThat(intactWith).as("seed %d region %d", seed, region).isGreaterThanOrEqualTo(2);
                regionsLostWithout += intactWithout == 0 ? 1 : 0;
            }
        }
        assertThat(regionsLostWithout).isPositive();
        assertThat(misdirectedWith).as("misdirected writes the atlas let strike").isPositive();
    }

    @Test
    void theTraceTellsAStruckWriteFromASparedOne() {
        FaultAtlas atlas = new FaultAtlas(2, REGION, 1, SimRandom.seeded(3));
        Trace trace = Trace.full();
        StorageFaults faults = StorageFaults.builder().corruptionRate(1.0).atlas(REGION, 1).build();
        fill(new SimDisk("d0", SimDisk.DEFAULT_SECTOR_BYTES, faults, SimRandom.seeded(4), trace, atlas, 0));
        long spared = trace.events().stream().filter(e -> e.kind() == EventKind.DISK_WRITE && e.detail().contains("atlas spared")).count();
        long struck = trace.count(EventKind.DISK_CORRUPTION);
        long allowed = 0;
        for (int region = 0; region < REGIONS; region++) {
            allowed += atlas.mayCorrupt(0, region * (long) REGION) ? 1 : 0;
        }
        assertThat(struck).isEqualTo(allowed).isPositive();
        assertThat(spared).isEqualTo(REGIONS - allowed).isPositive();
    }

    @Test
    void badInputIsRefusedNamingTheValue() {
        SimRandom random = SimRandom.seeded(1);
        assertThatThrownBy(() -> new FaultAtlas(1, REGION, 1, random)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got disks=1");
        assertThatThrownBy(() -> new FaultAtlas(3, 0, 1, random)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atlasRegionBytes must be > 0, got 0");
        assertThatThrownBy(() -> new FaultAtlas(3, REGION, 3, random)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atlasFaultyDisks must be in [1, 2] for an atlas over 3 disks (at least one keeps each region intact), got 3");
        assertThatThrownBy(() -> new FaultAtlas(3, REGION, 0, random)).hasMessageContaining("got 0");
        FaultAtlas atlas = new FaultAtlas(3, REGION, 1, random);
        assertThatThrownBy(() -> atlas.mayCorrupt(3, 0)).hasMessage("disk must be in [0, 3), got 3");
        assertThatThrownBy(() -> atlas.mayCorrupt(0, -5)).hasMessage("offset must be >= 0, got -5");
        StorageFaults withAtlas = StorageFaults.builder().corruptionRate(0.1).atlas(REGION, 1).build();
        assertThatThrownBy(() -> new SimDisk("d0", SimDisk.DEFAULT_SECTOR_BYTES, withAtlas, random, Trace.full()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("atlasRegionBytes=64");
        assertThatThrownBy(() -> new SimDisk("d0", SimDisk.DEFAULT_SECTOR_BYTES, withAtlas, random, Trace.full(), atlas, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("member must be in [0, 3) for an atlas over 3 disks, got 3");
        assertThatThrownBy(() -> StorageFaults.builder().atlas(REGION, 0).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("storage.atlasFaultyDisks must be >= 1 with an atlas (atlasRegionBytes > 0) and 0 without one, got 0 with atlasRegionBytes=64");
        assertThatThrownBy(() -> StorageFaults.builder().atlas(0, 1).build()).hasMessageContaining("got 1 with atlasRegionBytes=0");
        assertThatThrownBy(() -> StorageFaults.builder().atlas(-1, 1).build()).hasMessage("storage.atlasRegionBytes must be >= 0, got -1");
        assertThatThrownBy(() -> new SimMachine(new dev.simscaffold.core.SimContext(1), Trace.full(), SimMachine.Crashes.none())
                .fileSystem("fs", SimDisk.DEFAULT_SECTOR_BYTES, withAtlas)).hasMessageContaining("atlasRegionBytes=64");
    }

    /** Writes one block into every region, fsyncs, and completes everything. */
    private static SimDisk fill(SimDisk disk) {
        for (int region = 0; region < REGIONS; region++) {
            disk.write(LogicalTime.ZERO, region * (long) REGION, BLOCK);
        }
        disk.fsync(LogicalTime.ZERO);
        disk.handleTimeout(LogicalTime.ZERO);
        while (disk.pollCompletion().isPresent()) {
            assertThat(disk.unsyncedWrites()).isZero();
        }
        return disk;
    }

    /** Writes a different block into every region, in ascending order, fsyncs, and completes everything. */
    private static SimDisk fillDistinct(SimDisk disk) {
        for (int region = 0; region < REGIONS; region++) {
            disk.write(LogicalTime.ZERO, region * (long) REGION, block(region));
        }
        disk.fsync(LogicalTime.ZERO);
        disk.handleTimeout(LogicalTime.ZERO);
        return disk;
    }

    private static boolean intact(SimDisk disk, int region) {
        return Arrays.equals(region(disk, region), BLOCK);
    }

    private static byte[] region(SimDisk disk, int region) {
        byte[] contents = disk.durableContents();
        return region * REGION >= contents.length ? new byte[REGION] : Arrays.copyOfRange(contents, region * REGION, (region + 1) * REGION);
    }

    private static byte[] block() {
        return block(0);
    }

    /** A block whose bytes depend on {@code salt}, so a block that landed elsewhere is told from the one meant there. */
    private static byte[] block(int salt) {
        byte[] block = new byte[REGION];
        for (int i = 0; i < REGION; i++) {
            block[i] = (byte) (i * 7 + 1 + salt * 31);
        }
        block[0] = (byte) salt;
        block[1] = (byte) (salt >> 8);
        return block;
    }
}
