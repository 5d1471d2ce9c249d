package dev.simscaffold.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.storage.SimDisk;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Disks in snapshots and model states: a restored network of disk nodes goes on exactly as it would have (the
 * same fingerprint, model state, stats and disk contents), across crashes and power losses made after the
 * snapshot; a node made after the snapshot loses its disk handle when the snapshot is restored. The disk's part
 * of a model state: {@code SimDiskModelStateTest}.
 */
class DiskSnapshotTest {

    private static final UnaryOperator<SansIoNode<Long>> COPY = node -> ((JournalNode) node).modelCopy();

    private static SimNetwork<Long> journals() {
        return SimNetwork.<Long>diskNodes(3, (id, random, now, disk, recovered) -> new JournalNode(id, 3, disk, recovered, now))
                .storage(StorageFaults.builder().minLatencyTicks(2).maxLatencyTicks(2).build())
                .context(new SimContext(11)).traceMode(TraceMode.FINGERPRINT_ONLY).build();
    }

    private static List<Object> after(SimNetwork<Long> net, int events) {
        for (int i = 0; i < events; i++) {
            net.step();
        }
        List<Object> disks = new ArrayList<>();
        for (NodeId id : net.nodeIds()) {
            SimDisk disk = net.disk(id).orElseThrow();
            disks.add(List.of(List.of(toList(disk.durableContents())), List.of(toList(disk.cachedContents())), disk.unsyncedWrites()));
        }
        return List.of(net.trace().fingerprint(), net.modelState(node -> ((JournalNode) node).count()), net.stats(), net.now(),
                disks);
    }

    private static List<Byte> toList(byte[] bytes) {
        List<Byte> list = new ArrayList<>();
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }

    @Test
    void aRestoredDiskNetworkGoesOnExactlyAsItWouldHave() {
        SimNetwork<Long> net = journals();
        after(net, 23);
        NetworkSnapshot snapshot = net.snapshot(COPY);
        List<Object> expected = after(net, 40);
        net.restore(snapshot, COPY);
        assertEquals(expected, after(net, 40));
        net.restore(snapshot, COPY);
        assertEquals(expected, after(net, 40), "a snapshot can be restored again");
        assertEquals(expected, after(journals(), 63), "and the whole run equals one never restored");
    }

    @Test
    void crashesAndPowerLossesAfterTheSnapshotAreUndoneByRestoring() {
        SimNetwork<Long> net = journals();
        after(net, 17);
        NetworkSnapshot snapshot = net.snapshot(COPY);
        List<Object> expected = after(net, 30);
        net.restore(snapshot, COPY);
        net.powerLoss(NodeId.of(1));
        net.crash(NodeId.of(2));
        after(net, 12);
        net.restart(NodeId.of(1));
        net.restart(NodeId.of(2));
        assertNotEquals(expected, after(net, 18));
        net.restore(snapshot, COPY);
        assertTrue(net.isUp(NodeId.of(1)));
        assertEquals(expected, after(net, 30), "the restored node's handle on its disk works again");
    }

    @Test
    void aHandleOfAnIncarnationMadeAfterTheSnapshotIsClosedByRestoring() {
        SimNetwork<Long> net = journals();
        after(net, 5);
        NetworkSnapshot snapshot = net.snapshot(COPY);
        net.crash(NodeId.of(0));
        net.restart(NodeId.of(0));
        JournalNode later = net.node(NodeId.of(0), JournalNode.class).orElseThrow();
        net.restore(snapshot, COPY);
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> later.handleTimeout(net.now()));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }
}
