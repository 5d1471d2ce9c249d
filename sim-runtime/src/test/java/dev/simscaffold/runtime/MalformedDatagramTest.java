package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.corpus.gossip.GossipCluster;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.corpus.gossip.Versioned;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Raw bytes sent to a running node from a socket the test owns, which plays node-1 of a two-node cluster
 * whose node-0 the runtime hosts: stray, truncated, undecodable and oversized datagrams are dropped and
 * counted, the node keeps running, and a well-formed message from the peer still arrives.
 */
class MalformedDatagramTest {

    private static final int MAX_BYTES = 512;

    @Test
    void malformedAndOversizedDatagramsAreDroppedAndCountedAndTheNodeRunsOn() throws Exception {
        try (DatagramChannel peer = DatagramChannel.open()) {
            peer.bind(new InetSocketAddress(Loopback.HOST, 0));
            int peerPort = ((InetSocketAddress) peer.getLocalAddress()).getPort();
            NodeRuntime<Sync> runtime = NodeRuntime.builder(new SyncCodec())
                    .node(NodeId.of(0), Loopback.HOST, 0)
                    .node(NodeId.of(1), Loopback.HOST, peerPort)
                    .host(NodeId.of(0))
                    .maxDatagramBytes(MAX_BYTES)
                    .millisPerTick(5)
                    .startDurable(GossipNode.factory(2, GossipCluster.PERIOD, Set.of()));
            InetSocketAddress node = runtime.address(NodeId.of(0));
            try (runtime) {
                peer.send(ByteBuffer.wrap(new byte[] {1, 2, 3}), node);
                peer.send(ByteBuffer.wrap("hello, node".getBytes(StandardCharsets.UTF_8)), node);
                peer.send(Wire.frame(7, new SyncCodec().encode(sync("k", "v"))), node);
                peer.send(Wire.frame(1, new byte[] {0, 0, 0, 9, 42}), node);
                peer.send(ByteBuffer.wrap(new byte[MAX_BYTES + 100]), node);
                peer.send(Wire.frame(1, new SyncCodec().encode(sync("k", "from the peer"))), node);

                assertThat(runtime.await(GossipLoopbackTest.everyNodeHoldsOf(1, "k", "from the peer"), Duration.ofSeconds(5)))
                        .isEmpty();
                HostStats stats = runtime.stats(NodeId.of(0));
                assertThat(stats.malformed()).as("short, foreign, unknown sender, undecodable").isEqualTo(4);
                assertThat(stats.oversized()).isEqualTo(1);
                assertThat(stats.delivered()).isEqualTo(1);
                assertThat(runtime.failure()).isEmpty();
                assertThat(runtime.isRunning()).isTrue();

                assertThat(firstPushHolding(peer, "k", Duration.ofSeconds(5)).entries()).containsKey("k");
            }
            Loopback.assertReleased(runtime, List.of(node));
        }
    }

    /**
     * The node's pushes to its peer, read until one holds {@code key}: a round sent before the node took the peer's
     * entry may arrive first, so the first push alone says nothing. Each push must come from the node itself.
     */
    private static Sync firstPushHolding(DatagramChannel peer, String key, Duration within) throws IOException, InterruptedException {
        peer.configureBlocking(false);
        ByteBuffer pushed = ByteBuffer.allocate(MAX_BYTES);
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            pushed.clear();
            if (peer.receive(pushed) == null) {
                Thread.sleep(5);
                continue;
            }
            pushed.flip();
            assertThat(Wire.sender(pushed, 2)).as("the node gossips to its peer in another process").isZero();
            byte[] payload = new byte[pushed.remaining()];
            pushed.get(payload);
            Sync sync = new SyncCodec().decode(payload);
            if (sync.entries().containsKey(key)) {
                return sync;
            }
        }
        throw new AssertionError("no push from the node held " + key + " within " + within);
    }

    private static Sync sync(String key, String value) {
        TreeMap<String, Versioned> entries = new TreeMap<>();
        entries.put(key, new Versioned(5, 1, value));
        return new Sync(entries);
    }
}
