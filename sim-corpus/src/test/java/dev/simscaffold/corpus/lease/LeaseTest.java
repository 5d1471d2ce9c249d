package dev.simscaffold.corpus.lease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeClock;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.corpus.RunVerdict;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A lease without fencing: a client whose clock runs 40% slow believes in its lease after the lock server has
 * granted the next one, and its late write lands after the next holder's. Replay with
 * {@code LeaseCluster.run(3, Set.of(NO_FENCING), NetworkFaults.NONE, SLOW_NODE_2, 500)}.
 */
class LeaseTest {

    private static final Set<LeaseBug> BUG = EnumSet.of(LeaseBug.NO_FENCING);
    private static final SortedMap<NodeId, NodeClock> SLOW_NODE_2 = new TreeMap<>(Map.of(NodeId.of(2), new NodeClock(0, -400_000)));
    private static final long TICKS = 500;

    @Test
    void withoutFencingAClientWithASlowClockOverwritesTheNextHolder() {
        RunVerdict verdict = LeaseCluster.run(3, BUG, NetworkFaults.NONE, SLOW_NODE_2, TICKS);

        assertThat(verdict.failed()).contains(FencedWritesInOrder.NAME);
        assertThat(verdict.time()).isEqualTo(LogicalTime.of(106));
        assertThat(verdict.report()).contains("the storage accepted Accepted[token=5, writer=node-2, value=3] after Accepted[token=6, writer=node-4");
    }

    @Test
    void withoutFencingDelayedWritesAloneBreakItUnderMildFaults() {
        RunVerdict verdict = LeaseCluster.run(1, BUG, FaultConfig.mild().network(), new TreeMap<>(), TICKS);

        assertThat(verdict.failed()).contains(FencedWritesInOrder.NAME);
        assertThat(verdict.time()).isEqualTo(LogicalTime.of(411));
    }

    @Test
    void theSameSeedFailsTheSameWayAgain() {
        assertThat(LeaseCluster.run(3, BUG, NetworkFaults.NONE, SLOW_NODE_2, TICKS))
                .isEqualTo(LeaseCluster.run(3, BUG, NetworkFaults.NONE, SLOW_NODE_2, TICKS));
    }

    @Test
    void fencingKeepsWritesInOrderWhateverTheClocksAndFaults() {
        assertThat(LeaseCluster.run(3, Set.of(), NetworkFaults.NONE, SLOW_NODE_2, TICKS).passed()).isTrue();
        for (long seed = 1; seed <= 300; seed++) {
            RunVerdict verdict = LeaseCluster.run(seed, Set.of(), FaultConfig.hostile().network(), SLOW_NODE_2, TICKS);
            assertThat(verdict.passed()).as("seed %d: %s", seed, verdict.report()).isTrue();
        }
    }
}
