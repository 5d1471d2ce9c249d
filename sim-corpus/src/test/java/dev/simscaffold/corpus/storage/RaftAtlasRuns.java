package dev.simscaffold.corpus.storage;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.storage.SimDisk;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftRole;
import dev.simscaffold.corpus.raft.RaftServer;
import dev.simscaffold.corpus.raft.RaftSetup;
import dev.simscaffold.corpus.raft.WalImages;
import dev.simscaffold.corpus.raft.WalImages.Appended;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the corpus Raft (3 servers, a write-ahead log on each simulated disk) under heavy silent corruption (bit flips
 * and misdirected writes) and
 * judges whether the cluster stays recoverable: every entry a leader declared committed still has an intact
 * record, within the prefix its server's recovery reads, on at least one disk. That is the promise a fault atlas
 * makes to a protocol that repairs from its peers (Alagappan et al., "Protocol-Aware Recovery for
 * Consensus-Based Storage", FAST 2018); the corpus Raft does not repair, so its Figure 3 invariants are left out of
 * these runs: one corrupted disk is enough to make a server forget what it acknowledged.
 */
final class RaftAtlasRuns {

    /** How long a run lasts: the workload, then quiet time in which leaders commit what is left. */
    static final long TICKS = 600;
    /** Per completed write, the probability that one bit of it flips: heavy, about every 50th WAL write. */
    static final double CORRUPTION_RATE = 0.02;
    /** Per completed write, the probability that it lands on another sector of the disk, leaving its own bytes stale. */
    static final double MISDIRECTED_WRITE_RATE = 0.01;
    /** One region spanning each whole log: Raft's replicas keep an entry at different offsets (see FaultAtlas). */
    static final long LOG_REGION_BYTES = 1L << 30;

    /**
     * What one run left behind.
     *
     * @param lost the first committed entry without an intact copy, if any
     * @param corruptions the bit flips and misdirected writes that struck
     * @param spared the bit flips and misdirections drawn that the atlas did not let strike
     * @param corruptedDisks how many disks were struck
     */
    record Outcome(Optional<String> lost, long corruptions, long spared, int corruptedDisks) {
    }

    private RaftAtlasRuns() {
    }

    /**
     * The corpus's realistic faults with heavy corruption on top, with or without an atlas.
     *
     * @param atlas whether the disks share an atlas that lets one of the three be corrupted
     * @return the faults
     */
    static FaultConfig heavyCorruption(boolean atlas) {
        return RaftSetup.realisticFaults().toBuilder()
                .storage(storage -> {
                    storage.corruptionRate(CORRUPTION_RATE).misdirectedWriteRate(MISDIRECTED_WRITE_RATE);
                    if (atlas) {
                        storage.atlas(LOG_REGION_BYTES, 1);
                    }
                })
                .build();
    }

    /**
     * Runs one seed.
     *
     * @param seed the seed
     * @param faults the faults
     * @return the first committed entry no disk holds intact, if any, and how much corruption struck
     */
    static Outcome run(long seed, FaultConfig faults) {
        RaftSetup setup = RaftSetup.correct().withFaults(faults);
        RaftCluster cluster = RaftCluster.start(seed, setup, FaultSchedule.none(), List.of());
        SimNetwork<RaftMessage> network = cluster.network();
        Set<Appended> committed = new LinkedHashSet<>();
        Map<RaftServer, Long> seen = new IdentityHashMap<>();
        while (network.now().ticks() < TICKS && network.step()) {
            for (RaftServer server : cluster.servers()) {
                if (server.role() == RaftRole.LEADER) {
                    long from = seen.getOrDefault(server, 0L);
                    for (long index = from + 1; index <= server.commitIndex(); index++) {
                        committed.add(new Appended(index, server.log().entry(index)));
                    }
                    seen.put(server, Math.max(from, server.commitIndex()));
                }
            }
        }
        Set<Appended> intact = new LinkedHashSet<>();
        int corruptedDisks = 0;
        for (NodeId id : cluster.serverIds()) {
            SimDisk disk = network.disk(id).orElseThrow();
            intact.addAll(WalImages.appends(disk.durableContents()));
        }
        for (NodeId id : cluster.serverIds()) {
            corruptedDisks += network.trace().events().stream().anyMatch(e -> e.kind() == EventKind.DISK_CORRUPTION
                    && e.actor().equals(id.toString())) ? 1 : 0;
        }
        Optional<String> lost = committed.stream().filter(entry -> !intact.contains(entry)).findFirst()
                .map(entry -> "committed entry " + entry.index() + " (term " + entry.entry().term() + ") has no intact copy on any disk, "
                        + "of " + committed.size() + " committed");
        long spared = network.trace().events().stream().filter(e -> e.kind() == EventKind.DISK_WRITE && e.detail().contains("the atlas spared"))
                .count();
        return new Outcome(lost, network.trace().count(EventKind.DISK_CORRUPTION), spared, corruptedDisks);
    }
}
