package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Model checking nodes on disks: a disk's durable image, unsynced writes and operations in flight are part of
 * the state; its completions are events like deliveries; its latency is branched on over its range; a crash move
 * on a machine with a disk is either a process crash or a power loss that keeps only the fsynced image. The
 * planted ack-before-fsync store is caught with its shortest counterexample, which ends in a power loss; the
 * correct store holds; snapshots and replay agree on both.
 */
class DiskModelCheckTest {

    private static final NodeId STORE = NodeId.of(0);

    private static final Expectation<NetworkView<Long>> ACKED_IS_KEPT = Expectation.always("an acknowledged put is kept",
            view -> {
                long acked = view.node(NodeId.of(1), AckStore.class).map(AckStore::acked).orElse(0L);
                long held = view.node(STORE, AckStore.class).map(AckStore::held).orElse(acked);
                return held >= acked ? List.of() : List.of("node-1 was acknowledged " + acked + ", node-0 holds " + held);
            });

    private static NetworkModelCheckBuilder<Long> store(boolean ackBeforeFsync, long maxLatency) {
        return NetworkModelCheck.network(context -> SimNetwork.<Long>diskNodes(2, AckStore.factory(ackBeforeFsync))
                        .storage(StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(maxLatency).build()))
                .input("put 5", STORE, AckStore.class, node -> node.put(5))
                .inputBudget(1)
                .crashes(1)
                .expect(ACKED_IS_KEPT)
                .depth(12);
    }

    @Test
    void ackBeforeFsyncIsFoundWithItsShortestCounterexampleEndingInAPowerLoss() {
        ModelCheckResult<Long> result = store(true, 1).build().bfs();
        assertEquals(ModelCheckResult.Verdict.VIOLATED, result.verdict(), result.summary());
        NetworkCounterexample<Long> found = result.counterexample().orElseThrow();
        List<String> labels = found.moves().stream().map(Move::label).toList();
        assertEquals(List.of("start", "put 5", "disk node-0 at t=1", "power loss node-0", "restart node-0",
                "deliver node-0 -> node-1 at t=2"), labels, found.describe());
        SimNetwork<Long> replayed = found.replay();
        assertEquals(found.fingerprint(), replayed.trace().fingerprint());
        assertArrayEquals(new byte[0], replayed.disk(STORE).orElseThrow().durableContents(), "the acknowledged write never reached the durable image");
    }

    @Test
    void aProcessCrashKeepsThePageCacheSoOnlyAPowerLossLosesTheWrite() {
        NetworkCounterexample<Long> found = store(true, 1).build().bfs().counterexample().orElseThrow();
        List<String> labels = found.moves().stream().map(Move::label).toList();
        assertTrue(labels.contains("power loss node-0") && !labels.contains("crash node-0"),
                "a crash comes first among the moves, so BFS would have taken it had it lost the write: " + labels);
    }

    @Test
    void theCorrectStoreHoldsUnderEveryLatencyCrashAndPowerLoss() {
        ModelCheckResult<Long> fixed = store(false, 1).build().bfs().assertHolds();
        ModelCheckResult<Long> branched = store(false, 3).build().bfs().assertHolds();
        assertTrue(branched.states() > fixed.states(), "latencies 1..3 are branched on: " + branched.summary() + " vs " + fixed.summary());
        ModelCheckResult<Long> bug = store(true, 3).build().bfs();
        assertEquals(6, bug.counterexample().orElseThrow().moves().size(), bug.summary());
    }

    @Test
    void snapshotsAndReplayGiveTheSameStatesAndVerdictsOnDisks() {
        for (boolean bug : new boolean[] {true, false}) {
            for (boolean breadthFirst : new boolean[] {true, false}) {
                NetworkModelCheck<Long> snapshots = store(bug, 2).build();
                NetworkModelCheck<Long> replayed = store(bug, 2).replayOnly().build();
                ModelCheckResult<Long> restored = breadthFirst ? snapshots.bfs() : snapshots.dfs();
                ModelCheckResult<Long> replay = breadthFirst ? replayed.bfs() : replayed.dfs();
                assertEquals(SnapshotReplayTest.describe(replay), SnapshotReplayTest.describe(restored));
                assertEquals(0, restored.replayedMoves(), restored.summary());
                assertTrue(replay.replayedMoves() > 0, replay.summary());
            }
        }
    }

    @Test
    void randomDiskFaultsAreRefusedNamingTheStream() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> NetworkModelCheck.network(
                        context -> SimNetwork.<Long>diskNodes(2, AckStore.factory(false))
                                .storage(StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(1).writeErrorRate(0.1).build()))
                .input("put 5", STORE, AckStore.class, node -> node.put(5)).expect(ACKED_IS_KEPT).depth(4).build().bfs());
        assertTrue(refused.getMessage().contains("storage.node-0") && refused.getMessage().contains("random disk faults"),
                refused.getMessage());
    }
}
