package dev.simscaffold.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.corpus.gossip.GossipCluster;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Three runtimes hosting one node each, as three processes would, on fixed loopback ports: each learns its
 * peers only from the configuration, and a write through node-0 reaches the other two, each judged in its own
 * runtime by the expectation the simulation uses.
 */
class OneNodePerRuntimeTest {

    @Test
    void threeRuntimesOfOneNodeEachGossipOverFixedPorts() throws Exception {
        int[] ports = freePorts(3);
        List<NodeRuntime<Sync>> runtimes = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                runtimes.add(startNode(i, ports));
            }
            runtimes.get(0).invoke(NodeId.of(0), GossipNode.class, node -> node.put("k", "v"));
            for (NodeRuntime<Sync> runtime : runtimes) {
                assertThat(runtime.await(GossipLoopbackTest.everyNodeHoldsOf(1, "k", "v"), Duration.ofSeconds(5))).isEmpty();
            }
        } finally {
            runtimes.forEach(NodeRuntime::close);
        }
        List<InetSocketAddress> bound = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bound.add(runtimes.get(i).address(NodeId.of(i)));
            Loopback.assertReleased(runtimes.get(i), List.of());
        }
        Loopback.assertReleased(runtimes.get(0), bound);
    }

    private static NodeRuntime<Sync> startNode(int self, int[] ports) {
        // DOCS:begin docs/guide/08-running-nodes-for-real.md
        NodeRuntime<Sync> runtime = NodeRuntime.builder(new SyncCodec())
                .node(NodeId.of(0), "127.0.0.1", ports[0])
                .node(NodeId.of(1), "127.0.0.1", ports[1])
                .node(NodeId.of(2), "127.0.0.1", ports[2])
                .host(NodeId.of(self))
                .millisPerTick(5)
                .startDurable(GossipNode.factory(3, GossipCluster.PERIOD, Set.of()));
        // DOCS:end
        return runtime;
    }

    /** Ports the system hands out now, released again for the runtimes to bind. */
    private static int[] freePorts(int count) throws IOException {
        int[] ports = new int[count];
        List<DatagramChannel> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                DatagramChannel channel = DatagramChannel.open();
                held.add(channel);
                channel.bind(new InetSocketAddress(Loopback.HOST, 0));
                ports[i] = ((InetSocketAddress) channel.getLocalAddress()).getPort();
            }
        } finally {
            for (DatagramChannel channel : held) {
                channel.close();
            }
        }
        return ports;
    }
}
