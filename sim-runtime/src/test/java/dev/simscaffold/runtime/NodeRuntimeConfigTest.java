package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.corpus.gossip.GossipCluster;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bad configuration is refused naming the value, before any socket is opened. */
class NodeRuntimeConfigTest {

    private static NodeRuntimeBuilder<Sync> builder() {
        return NodeRuntime.builder(new SyncCodec());
    }

    private static NodeRuntime<Sync> start(NodeRuntimeBuilder<Sync> builder) {
        return builder.startDurable(GossipNode.factory(3, GossipCluster.PERIOD, Set.of()));
    }

    @Test
    void aPortOutOfRangeIsRefusedNamingIt() {
        assertThatThrownBy(() -> builder().node(NodeId.of(1), Loopback.HOST, 70_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the port of node-1 must be within 0..65535, got 70000");
        assertThatThrownBy(() -> builder().node(NodeId.of(0), Loopback.HOST, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -1");
    }

    @Test
    void hostingAnUnknownPeerIsRefusedNamingIt() {
        NodeRuntimeBuilder<Sync> builder = builder().node(NodeId.of(0), Loopback.HOST, 0).host(NodeId.of(4));
        assertThatThrownBy(() -> start(builder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown peer node-4 to host: the cluster has [node-0]");
    }

    @Test
    void aClusterWithAGapIsRefusedNamingTheMissingNode() {
        NodeRuntimeBuilder<Sync> builder = builder().node(NodeId.of(0), Loopback.HOST, 0).node(NodeId.of(2), Loopback.HOST, 0);
        assertThatThrownBy(() -> start(builder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node-1 is missing");
    }

    @Test
    void aRemotePeerWithoutAPortIsRefused() {
        NodeRuntimeBuilder<Sync> builder = builder().node(NodeId.of(0), Loopback.HOST, 0).node(NodeId.of(1), Loopback.HOST, 0)
                .host(NodeId.of(0));
        assertThatThrownBy(() -> start(builder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node-1 is not hosted here, so its port must be given, got 0");
    }

    @Test
    void aNodeConfiguredTwiceAnEmptyClusterAndBadSizesAreRefused() {
        assertThatThrownBy(() -> builder().node(NodeId.of(0), Loopback.HOST, 0).node(NodeId.of(0), Loopback.HOST, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node-0 is configured twice");
        assertThatThrownBy(() -> start(builder()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no node configured");
        assertThatThrownBy(() -> builder().millisPerTick(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
        assertThatThrownBy(() -> builder().maxDatagramBytes(70_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 70000");
    }

    @Test
    void callsNamingANodeTheRuntimeDoesNotHostAreRefused() throws Exception {
        NodeRuntime<Sync> runtime = builder().node(NodeId.of(0), Loopback.HOST, 0).node(NodeId.of(1), Loopback.HOST, 9)
                .host(NodeId.of(0))
                .startDurable(GossipNode.factory(2, GossipCluster.PERIOD, Set.of()));
        try (runtime) {
            assertThatThrownBy(() -> runtime.crash(NodeId.of(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("node-1 is not hosted by this runtime, which hosts [node-0]");
            assertThatThrownBy(() -> runtime.invoke(NodeId.of(5), GossipNode.class, node -> node.put("k", "v")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown node node-5: this cluster has nodes node-0..node-1");
            assertThatThrownBy(() -> runtime.invoke(NodeId.of(0), String.class, String::length))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("node-0 is a GossipNode, not a String");
            assertThatThrownBy(() -> runtime.restart(NodeId.of(0)))
                    .isInstanceOf(IllegalStateException.class).hasMessage("cannot restart node-0: it is not crashed");
            assertThat(runtime.isRunning()).as("a refusal does not stop the runtime").isTrue();
        }
        Loopback.assertReleased(runtime, List.of(runtime.address(NodeId.of(0))));
    }

    @Test
    void aNodeThatSendsToAPeerOutsideTheClusterStopsTheRuntimeNamingIt() throws Exception {
        NodeRuntime<Sync> runtime = start(builder().node(NodeId.of(0), Loopback.HOST, 0).node(NodeId.of(1), Loopback.HOST, 0)
                .millisPerTick(1_000));
        try (runtime) {
            assertThatThrownBy(() -> runtime.invoke(NodeId.of(0), GossipNode.class, node -> node.put("k", "v")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown node node-2 as transmit destination of node-0: this cluster has nodes node-0..node-1");
        }
        assertThat(runtime.failure()).get().isInstanceOf(IllegalArgumentException.class);
        Loopback.assertReleased(runtime, GossipLoopbackTest.addressesOf(runtime, 2));
    }
}
