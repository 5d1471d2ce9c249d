package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.corpus.gossip.GossipCluster;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.corpus.gossip.Versioned;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A codec that throws on encode is a bug in the user's code, not a network fault: the runtime stops, names the
 * message it could not encode and closes everything; a message too large for one datagram is lost and counted.
 */
class CodecFailureTest {

    @Test
    void aCodecThatThrowsOnEncodeStopsTheRuntimeNamingTheMessage() throws Exception {
        MessageCodec<Sync> broken = new MessageCodec<>() {
            @Override
            public byte[] encode(Sync message) {
                throw new UnsupportedOperationException("no encoder for " + message.entries().keySet());
            }

            @Override
            public Sync decode(byte[] bytes) {
                return new SyncCodec().decode(bytes);
            }
        };
        NodeRuntime<Sync> runtime = NodeRuntime.builder(broken)
                .node(NodeId.of(0), Loopback.HOST, 0).node(NodeId.of(1), Loopback.HOST, 0)
                .millisPerTick(1_000)
                .startDurable(GossipNode.factory(2, GossipCluster.PERIOD, Set.of()));
        try (runtime) {
            assertThatThrownBy(() -> runtime.invoke(NodeId.of(0), GossipNode.class, node -> node.put("k", "v")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the codec threw on encode of Sync[entries={k=Versioned[version=1, writer=0, value=v]}]"
                            + " (node-0 -> node-1): java.lang.UnsupportedOperationException: no encoder for [k]");
            runtime.close();
            assertThat(runtime.failure()).get().isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> runtime.query(view -> view.live().size()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("the codec threw on encode");
        }
        Loopback.assertReleased(runtime, GossipLoopbackTest.addressesOf(runtime, 2));
    }

    @Test
    void aCodecThatThrowsOnEncodeOfASampleIsRefusedBeforeAnySocketOpens() {
        MessageCodec<Sync> keyless = new MessageCodec<>() {
            @Override
            public byte[] encode(Sync message) {
                if (message.entries().isEmpty()) {
                    throw new IllegalStateException("empty");
                }
                return new SyncCodec().encode(message);
            }

            @Override
            public Sync decode(byte[] bytes) {
                return new SyncCodec().decode(bytes);
            }
        };
        NodeRuntimeBuilder<Sync> builder = NodeRuntime.builder(keyless).node(NodeId.of(0), Loopback.HOST, 0)
                .sample(new Sync(new TreeMap<>(Map.of("k", new Versioned(1, 0, "v")))))
                .sample(new Sync(new TreeMap<>()));
        assertThatThrownBy(() -> builder.startDurable(GossipNode.factory(1, GossipCluster.PERIOD, Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the codec throws on encode of the sample Sync[entries={}]: java.lang.IllegalStateException: empty");
    }

    @Test
    void aCodecThatDoesNotGiveBackTheSampleIsRefusedNamingIt() {
        MessageCodec<Sync> lossy = new MessageCodec<>() {
            @Override
            public byte[] encode(Sync message) {
                return new SyncCodec().encode(new Sync(new TreeMap<>()));
            }

            @Override
            public Sync decode(byte[] bytes) {
                return new SyncCodec().decode(bytes);
            }
        };
        Sync sample = new Sync(new TreeMap<>(Map.of("k", new Versioned(1, 0, "v"))));
        NodeRuntimeBuilder<Sync> builder = NodeRuntime.builder(lossy).node(NodeId.of(0), Loopback.HOST, 0).sample(sample);
        assertThatThrownBy(() -> builder.startDurable(GossipNode.factory(1, GossipCluster.PERIOD, Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the codec turns the sample " + sample + " into Sync[entries={}]");
        NodeRuntime<Sync> good = NodeRuntime.builder(new SyncCodec()).node(NodeId.of(0), Loopback.HOST, 0).sample(sample)
                .startDurable(GossipNode.factory(1, GossipCluster.PERIOD, Set.of()));
        good.close();
        assertThat(good.failure()).as("the same sample passes a faithful codec").isEmpty();
    }

    @Test
    void aMessageTooLargeForOneDatagramIsDroppedAndCounted() throws Exception {
        NodeRuntime<Sync> runtime = NodeRuntime.builder(new SyncCodec())
                .node(NodeId.of(0), Loopback.HOST, 0).node(NodeId.of(1), Loopback.HOST, 0)
                .maxDatagramBytes(64)
                .millisPerTick(1_000)
                .startDurable(GossipNode.factory(2, GossipCluster.PERIOD, Set.of()));
        try (runtime) {
            runtime.invoke(NodeId.of(0), GossipNode.class, node -> node.put("k", "x".repeat(100)));
            assertThat(runtime.stats(NodeId.of(0)).oversizedSends()).isEqualTo(1);
            assertThat(runtime.stats(NodeId.of(0)).sent()).isZero();
            assertThat(runtime.isRunning()).isTrue();
        }
        Loopback.assertReleased(runtime, GossipLoopbackTest.addressesOf(runtime, 2));
    }
}
