package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.corpus.gossip.GossipCluster;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.corpus.gossip.Versioned;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The corpus gossip node, unchanged, on three UDP sockets on loopback: a write through one node reaches every
 * node within a bounded wall time, judged by the expectations the simulation uses; a crashed node comes back
 * from its durable state.
 */
class GossipLoopbackTest {

    private static final int NODES = 3;
    private static final Duration BOUND = Duration.ofSeconds(5);

    /** Every hosted node holds {@code key}: unmet names the nodes that do not. */
    static Expectation<NetworkView<Sync>> everyNodeHolds(String key, String value) {
        return everyNodeHoldsOf(NODES, key, value);
    }

    /** Every one of {@code nodes} hosted nodes holds {@code key}. */
    static Expectation<NetworkView<Sync>> everyNodeHoldsOf(int nodes, String key, String value) {
        return Expectation.eventually("every node holds " + key + "=" + value, view -> {
            List<String> missing = new ArrayList<>();
            view.byId(GossipNode.class).forEach((id, node) -> {
                Versioned held = node.store().get(key);
                if (held == null || !held.value().equals(value)) {
                    missing.add(id + " holds " + held);
                }
            });
            return view.live().size() == nodes ? missing : List.of(view.live().size() + " nodes live, not " + nodes);
        });
    }

    @Test
    void aWriteThroughOneNodeReachesEveryNodeOverLoopback() throws Exception {
        // DOCS:begin docs/guide/08-running-nodes-for-real.md
        NodeRuntime<Sync> runtime = NodeRuntime.builder(new SyncCodec())
                .node(NodeId.of(0), "127.0.0.1", 0)
                .node(NodeId.of(1), "127.0.0.1", 0)
                .node(NodeId.of(2), "127.0.0.1", 0)
                .millisPerTick(5)
                .startDurable(GossipNode.factory(3, GossipCluster.PERIOD, Set.of()));
        try (runtime) {
            runtime.invoke(NodeId.of(0), GossipNode.class, node -> node.put("k", "v1"));
            assertThat(runtime.await(everyNodeHolds("k", "v1"), Duration.ofSeconds(5))).isEmpty();
            assertThat(runtime.await(GossipCluster.allLiveNodesAgree(), Duration.ofSeconds(5))).isEmpty();
        }
        // DOCS:end
        for (int i = 1; i < NODES; i++) {
            assertThat(runtime.stats(NodeId.of(i)).delivered()).as("node-%d received the write over UDP", i).isPositive();
        }
        Loopback.assertReleased(runtime, addresses(runtime));
    }

    @Test
    void aCrashedNodeRestartsFromItsDurableStateAndCatchesUp() throws Exception {
        NodeRuntime<Sync> runtime = threeNodes();
        List<InetSocketAddress> bound = addresses(runtime);
        try (runtime) {
            runtime.invoke(NodeId.of(0), GossipNode.class, node -> node.put("a", "1"));
            assertThat(runtime.await(everyNodeHolds("a", "1"), BOUND)).isEmpty();

            runtime.crash(NodeId.of(2));
            Set<NodeId> live = runtime.query(view -> Set.copyOf(view.live().keySet()));
            assertThat(live).containsExactlyInAnyOrder(NodeId.of(0), NodeId.of(1));
            runtime.invoke(NodeId.of(1), GossipNode.class, node -> node.put("b", "2"));
            runtime.restart(NodeId.of(2));
            Versioned restored = runtime.query(view -> view.node(NodeId.of(2), GossipNode.class).orElseThrow().store().get("a"));
            assertThat(restored).as("restored from what it exposed as durable at the crash").isEqualTo(new Versioned(1, 0, "1"));

            assertThat(runtime.await(everyNodeHolds("b", "2"), BOUND)).isEmpty();
            assertThat(runtime.stats(NodeId.of(2)).crashes()).isEqualTo(1);
            assertThat(runtime.stats(NodeId.of(2)).restarts()).isEqualTo(1);
        }
        Loopback.assertReleased(runtime, bound);
    }

    @Test
    void anUnmetExpectationReturnsWhatWasUnmetWhenTheTimeRunsOut() throws Exception {
        NodeRuntime<Sync> runtime = threeNodes();
        List<InetSocketAddress> bound = addresses(runtime);
        try (runtime) {
            assertThat(runtime.await(everyNodeHolds("never", "written"), Duration.ofMillis(200)))
                    .containsExactly("node-0 holds null", "node-1 holds null", "node-2 holds null");
        }
        Loopback.assertReleased(runtime, bound);
    }

    static NodeRuntime<Sync> threeNodes() {
        NodeRuntimeBuilder<Sync> builder = NodeRuntime.builder(new SyncCodec()).millisPerTick(5);
        for (int i = 0; i < NODES; i++) {
            builder.node(NodeId.of(i), Loopback.HOST, 0);
        }
        return builder.startDurable(GossipNode.factory(NODES, GossipCluster.PERIOD, Set.of()));
    }

    static List<InetSocketAddress> addresses(NodeRuntime<?> runtime) {
        return addressesOf(runtime, NODES);
    }

    static List<InetSocketAddress> addressesOf(NodeRuntime<?> runtime, int nodes) {
        List<InetSocketAddress> bound = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            bound.add(runtime.address(NodeId.of(i)));
        }
        return bound;
    }
}
