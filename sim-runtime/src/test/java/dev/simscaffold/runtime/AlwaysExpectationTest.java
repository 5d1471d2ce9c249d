package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.corpus.gossip.GossipCluster;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An always expectation is judged after every event on the runtime too, and the first violation stops it. */
class AlwaysExpectationTest {

    private static final Expectation<NetworkView<Sync>> NO_FORBIDDEN_VALUE = Expectation.always("no node holds the value forbidden",
            view -> view.byId(GossipNode.class).entrySet().stream()
                    .filter(entry -> entry.getValue().store().values().stream().anyMatch(v -> v.value().equals("forbidden")))
                    .map(entry -> entry.getKey() + " holds it").toList());

    @Test
    void theFirstViewThatViolatesAnAlwaysExpectationStopsTheRuntimeNamingIt() throws Exception {
        NodeRuntime<Sync> runtime = NodeRuntime.builder(new SyncCodec())
                .node(NodeId.of(0), Loopback.HOST, 0).node(NodeId.of(1), Loopback.HOST, 0)
                .millisPerTick(5)
                .expect(NO_FORBIDDEN_VALUE)
                .startDurable(GossipNode.factory(2, GossipCluster.PERIOD, Set.of()));
        try (runtime) {
            runtime.invoke(NodeId.of(0), GossipNode.class, node -> node.put("k", "allowed"));
            assertThat(runtime.await(GossipLoopbackTest.everyNodeHoldsOf(2, "k", "allowed"), Duration.ofSeconds(5))).isEmpty();
            assertThatThrownBy(() -> runtime.invoke(NodeId.of(1), GossipNode.class, node -> node.put("k", "forbidden")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("always \"no node holds the value forbidden\" is violated at")
                    .hasMessageEndingWith(": node-1 holds it");
        }
        assertThat(runtime.failure()).isPresent();
        Loopback.assertReleased(runtime, GossipLoopbackTest.addressesOf(runtime, 2));
    }

    @Test
    void anExpectationOfAnotherKindIsRefusedNamingIt() {
        assertThatThrownBy(() -> NodeRuntime.builder(new SyncCodec()).expect(GossipCluster.allLiveNodesAgree()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NodeRuntime.expect takes always expectations, got \"all live nodes agree\", which is eventually");
    }
}
