package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a cluster's disks may be corrupted: TigerBeetle VOPR's cluster fault atlas, in our terms. The disks'
 * common address space is cut into regions of {@code regionBytes}; for each region the atlas draws which
 * {@code faultyDisks} of the {@code disks} may suffer corruption there, and every other disk keeps the region
 * intact. So however heavy the corruption rate, every byte address has at least {@code disks - faultyDisks}
 * intact copies across the cluster, and faults stay within what a replicated protocol that repairs from its peers
 * must survive, instead of destroying every copy of a block (which no protocol survives, and which a test would
 * then report as a bug that is not one).
 *
 * <p>Each region's draw comes from its own fork of the atlas's stream ({@code "region.<n>"}), made the first time
 * a disk asks about the region, so the same seed gives the same atlas whatever order the disks touch regions in,
 * and a region never touched costs nothing. The guarantee is per address: a protocol whose replicas keep a
 * record at different offsets (an append-only log with per-replica records) gets it per record only with one
 * region spanning its whole log, which makes the atlas choose the one disk that may be corrupted.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class FaultAtlas {

    private final int disks;
    private final long regionBytes;
    private final int faultyDisks;
    private final SimRandom random;
    private final Map<Long, boolean[]> regions = new TreeMap<>();

    /**
     * Creates an atlas; no region is drawn yet.
     *
     * @param disks how many disks it spans, {@code >= 2}
     * @param regionBytes the size of a region, {@code >= 1}
     * @param faultyDisks how many disks may be corrupted in each region, in {@code [1, disks - 1]}
     * @param random the atlas's own stream, such as {@code context.fork("storage.atlas")}
     * @throws IllegalArgumentException naming the bad value
     */
    public FaultAtlas(int disks, long regionBytes, int faultyDisks, SimRandom random) {
        if (disks < 2) {
            throw new IllegalArgumentException("a fault atlas spans at least 2 disks (one must keep each region intact), got disks=" + disks);
        }
        this.disks = disks;
        this.regionBytes = Require.positive("atlasRegionBytes", regionBytes);
        if (faultyDisks < 1 || faultyDisks >= disks) {
            throw new IllegalArgumentException("atlasFaultyDisks must be in [1, " + (disks - 1) + "] for an atlas over " + disks
                    + " disks (at least one keeps each region intact), got " + faultyDisks);
        }
        this.faultyDisks = faultyDisks;
        this.random = Require.present("random", random);
    }

    /**
     * Tells whether {@code disk} may be corrupted at byte {@code offset}, drawing the offset's region if no disk
     * asked about it before.
     *
     * @param disk the disk's index in the atlas, in {@code [0, disks)}
     * @param offset the byte address, {@code >= 0}
     * @return whether a corruption there is allowed
     */
    public boolean mayCorrupt(int disk, long offset) {
        if (disk < 0 || disk >= disks) {
            throw new IllegalArgumentException("disk must be in [0, " + disks + "), got " + disk);
        }
        return region(Require.nonNegative("offset", offset) / regionBytes)[disk];
    }

    /**
     * Tells whether {@code disk} may be corrupted at every byte of {@code [offset, offset + length)}, drawing the
     * regions no disk asked about before: what a misdirected write needs, which damages a whole range.
     *
     * @param disk the disk's index in the atlas, in {@code [0, disks)}
     * @param offset the first byte, {@code >= 0}
     * @param length how many bytes, {@code >= 0}; an empty range may always be corrupted
     * @return whether a corruption of the whole range is allowed
     */
    public boolean mayCorrupt(int disk, long offset, int length) {
        Require.nonNegative("length", length);
        if (length == 0) {
            return mayCorrupt(disk, offset);
        }
        for (long region = Require.nonNegative("offset", offset) / regionBytes; region <= (offset + length - 1) / regionBytes; region++) {
            if (!mayCorrupt(disk, region * regionBytes)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The disks that may be corrupted at byte {@code offset}, drawing its region if needed: for tests and reports.
     *
     * @param offset the byte address, {@code >= 0}
     * @return their indices, ascending
     */
    public List<Integer> faultyDisks(long offset) {
        boolean[] faulty = region(Require.nonNegative("offset", offset) / regionBytes);
        List<Integer> result = new ArrayList<>();
        for (int disk = 0; disk < disks; disk++) {
            if (faulty[disk]) {
                result.add(disk);
            }
        }
        return result;
    }

    /**
     * How many disks the atlas spans.
     *
     * @return the count
     */
    public int disks() {
        return disks;
    }

    /**
     * The size of a region.
     *
     * @return its bytes
     */
    public long regionBytes() {
        return regionBytes;
    }

    private boolean[] region(long index) {
        return regions.computeIfAbsent(index, this::draw);
    }

    /** Picks {@code faultyDisks} distinct disks by a partial Fisher-Yates shuffle on the region's own fork. */
    private boolean[] draw(long index) {
        SimRandom draws = random.fork("region." + index);
        int[] order = new int[disks];
        for (int i = 0; i < disks; i++) {
            order[i] = i;
        }
        boolean[] faulty = new boolean[disks];
        for (int i = 0; i < faultyDisks; i++) {
            int j = i + draws.nextInt(disks - i);
            int picked = order[j];
            order[j] = order[i];
            order[i] = picked;
            faulty[picked] = true;
        }
        return faulty;
    }
}
