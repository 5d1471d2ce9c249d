package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A disk on a {@link SimNetwork} node, with the shape the integration will have: the disk belongs to the
 * machine (here a map the test owns), not to the process, so a restarted node re-attaches to it; the node
 * folds the disk's deadline into its own {@code pollTimeout}; a crash applies its {@link CrashKind} to the
 * disk at the network's time; the disks draw from a fork of the network's root stream, so under the
 * property engine they shrink with it. Until {@code SimNetwork} does this itself (and records disk events in
 * its own trace), a test does it as below.
 */
class NetworkDiskTest {

    private static final NodeId N0 = NodeId.of(0);

    /** A sans-IO node around {@link LogKv}: recovers on start, then serves puts issued through invoke. */
    static final class DiskNode implements SansIoNode<String> {
        private final SimDisk disk;
        private final LogKv kv;
        private final Map<Integer, Integer> acked;
        private boolean started;

        DiskNode(SimDisk disk, boolean fsyncBeforeAck, Map<Integer, Integer> acked) {
            this.disk = disk;
            this.kv = new LogKv(disk, fsyncBeforeAck);
            this.acked = acked;
        }

        void put(LogicalTime now, int key) {
            kv.put(now, key, 1000 + key);
        }

        Map<Integer, Integer> state() {
            return kv.state();
        }

        @Override
        public void handleInput(NodeId from, String message, LogicalTime now) {
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            if (!started) {
                started = true;
                kv.recover(now);
            }
            disk.handleTimeout(now);
            kv.drain();
            for (int key : kv.pollAcks()) {
                acked.put(key, 1000 + key);
            }
        }

        @Override
        public Optional<Transmit<String>> pollTransmit() {
            return Optional.empty();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return started ? disk.pollTimeout() : Optional.of(LogicalTime.ZERO);
        }
    }

    record Run(SimNetwork<String, DiskNode> net, SimDisk disk, Map<Integer, Integer> acked) {
    }

    static Run start(boolean fsyncBeforeAck) {
        Map<NodeId, SimDisk> machines = new TreeMap<>();
        Map<Integer, Integer> acked = new TreeMap<>();
        SimRandom root = SimRandom.seeded(3);
        SimRandom storage = root.fork("storage");
        StorageFaults faults = StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(3).build();
        SimNetwork<String, DiskNode> net = SimNetwork.<String, DiskNode>builder()
                .random(root)
                .nodes(1, (id, random) -> new DiskNode(machines.computeIfAbsent(id,
                        node -> new SimDisk(node.toString(), faults, storage.fork(node.toString()), Trace.full())),
                        fsyncBeforeAck, acked))
                .build();
        net.run(5);
        return new Run(net, machines.get(N0), acked);
    }

    static Map<Integer, Integer> putThreeThenCrash(Run run, CrashKind kind) {
        for (int key = 0; key < 3; key++) {
            int k = key;
            run.net().invoke(N0, "put " + k, node -> node.put(run.net().now(), k));
            run.net().run(10);
        }
        run.net().crash(N0);
        run.disk().crash(run.net().now(), kind);
        run.net().restart(N0);
        run.net().run(10);
        return run.net().node(N0).orElseThrow().state();
    }

    @Test
    void aProcessCrashOfANetworkNodeKeepsItsUnsyncedButAcknowledgedPuts() {
        Run run = start(false);
        Map<Integer, Integer> after = putThreeThenCrash(run, CrashKind.PROCESS_CRASH);
        assertThat(run.acked()).hasSize(3);
        assertThat(after).containsAllEntriesOf(run.acked());
        assertThat(run.net().trace().count(EventKind.RESTART)).isEqualTo(1);
    }

    @Test
    void aPowerLossOfANetworkNodeLosesTheAcknowledgedPutsItNeverFsynced() {
        Run run = start(false);
        Map<Integer, Integer> after = putThreeThenCrash(run, CrashKind.POWER_LOSS);
        assertThat(run.acked()).hasSize(3);
        assertThat(after).isEmpty();
    }

    @Test
    void theFsyncingNodeKeepsEveryAcknowledgedPutAcrossAPowerLoss() {
        Run run = start(true);
        Map<Integer, Integer> after = putThreeThenCrash(run, CrashKind.POWER_LOSS);
        assertThat(run.acked()).hasSize(3);
        assertThat(after).isEqualTo(run.acked());
    }
}
