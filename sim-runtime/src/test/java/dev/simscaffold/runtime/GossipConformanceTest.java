package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.gossip.GossipCluster;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.corpus.gossip.Versioned;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Conformance: one scenario (the same gossip node code, the same three writes through the same nodes, in the
 * same order) run on {@code SimNetwork} and on the runtime over loopback. The simulator is run for many seeds
 * and every gap between the writes from 0 to two gossip periods, which covers both ways the real run can go
 * (a write made before or after the previous write's flood arrived); the final state of each run, once every
 * node holds every key, is every node's store. The runtime's final state must be one the simulator reached:
 * the runtime shows no outcome the simulation cannot produce.
 *
 * <p>The check is shown to discriminate: against the simulator's outcomes for writes made all at once
 * (gap 0) it rejects a runtime run that waited for each write to spread before the next.
 */
class GossipConformanceTest {

    private static final int NODES = 3;
    private static final List<Write> SCENARIO = List.of(new Write(0, "k", "a"), new Write(1, "k", "b"), new Write(2, "j", "c"));
    private static final int SEEDS = 40;

    record Write(int node, String key, String value) {
    }

    /** Every node holds every key the scenario writes, and they all agree: the run has settled. */
    static Expectation<NetworkView<Sync>> settled() {
        Expectation<NetworkView<Sync>> agree = GossipCluster.allLiveNodesAgree();
        return Expectation.eventually("every node holds every key and they agree", view -> {
            List<String> unmet = new ArrayList<>(agree.unmet(view));
            view.byId(GossipNode.class).forEach((id, node) -> SCENARIO.forEach(write -> {
                if (!node.store().containsKey(write.key())) {
                    unmet.add(id + " lacks " + write.key());
                }
            }));
            return view.live().size() == NODES ? unmet : List.of(view.live().size() + " nodes live");
        });
    }

    static SortedMap<NodeId, SortedMap<String, Versioned>> finalState(NetworkView<Sync> view) {
        SortedMap<NodeId, SortedMap<String, Versioned>> state = new TreeMap<>();
        view.byId(GossipNode.class).forEach((id, node) -> state.put(id, new TreeMap<>(node.store())));
        return state;
    }

    /** The final states the simulator reaches for the scenario, over seeds and the given gaps between writes. */
    static Set<SortedMap<NodeId, SortedMap<String, Versioned>>> simulated(long maxGapTicks) {
        Set<SortedMap<NodeId, SortedMap<String, Versioned>>> reached = new LinkedHashSet<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (long gap = 0; gap <= maxGapTicks; gap++) {
                SimNetwork<Sync> network = SimNetwork.durableNodes(NODES, GossipNode.factory(NODES, GossipCluster.PERIOD, Set.of()))
                        .seed(seed).build();
                for (Write write : SCENARIO) {
                    network.invoke(NodeId.of(write.node()), GossipNode.class, "put", node -> node.put(write.key(), write.value()));
                    network.run(gap);
                }
                assertThat(network.awaitLiveness(settled(), 40 * GossipCluster.PERIOD).held()).isTrue();
                reached.add(finalState(network.view()));
            }
        }
        return reached;
    }

    static SortedMap<NodeId, SortedMap<String, Versioned>> onRuntime(boolean waitForEachWrite) {
        try (NodeRuntime<Sync> runtime = GossipLoopbackTest.threeNodes()) {
            for (Write write : SCENARIO) {
                runtime.invoke(NodeId.of(write.node()), GossipNode.class, node -> node.put(write.key(), write.value()));
                if (waitForEachWrite) {
                    assertThat(runtime.await(GossipLoopbackTest.everyNodeHolds(write.key(), write.value()), Duration.ofSeconds(5)))
                            .isEmpty();
                }
            }
            assertThat(runtime.await(settled(), Duration.ofSeconds(5))).isEmpty();
            return runtime.query(GossipConformanceTest::finalState);
        }
    }

    @Test
    void theRuntimesFinalStateIsOneTheSimulatorReaches() {
        Set<SortedMap<NodeId, SortedMap<String, Versioned>>> reached = simulated(2 * GossipCluster.PERIOD);
        assertThat(reached).as("the simulator reaches both orders of the two writes to k").hasSizeGreaterThanOrEqualTo(2);
        assertThat(reached).contains(onRuntime(false));
        assertThat(reached).contains(onRuntime(true));
    }

    @Test
    void theCheckRejectsAnOutcomeTheNarrowedSimulationNeverReaches() {
        Set<SortedMap<NodeId, SortedMap<String, Versioned>>> writesAtOnce = simulated(0);
        SortedMap<NodeId, SortedMap<String, Versioned>> spreadFirst = onRuntime(true);
        assertThat(spreadFirst.get(NodeId.of(0)).get("k")).as("b was written over a, at version 2")
                .isEqualTo(new Versioned(2, 1, "b"));
        assertThat(writesAtOnce).doesNotContain(spreadFirst);
    }
}
