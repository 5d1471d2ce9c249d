package org.acme.gossip.runtime;

import org.acme.gossip.Entry;
import org.acme.gossip.MembershipConfig;
import org.acme.gossip.MembershipMessage;
import org.acme.gossip.MembershipMessage.Ack;
import org.acme.gossip.MembershipMessage.Ack2;
import org.acme.gossip.MembershipMessage.Syn;
import org.acme.gossip.MembershipNode;
import org.acme.gossip.Version;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.runtime.NodeRuntime;
import dev.simscaffold.runtime.NodeRuntimeBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * Runs one node of a cluster for real: the same {@link MembershipNode} the simulation tests, on a UDP
 * socket and the wall clock, through sim-runtime's {@link NodeRuntime}. Start one process per node, each
 * given its own index and every node's address in index order:
 * <pre>
 * MembershipMain &lt;index&gt; &lt;host:port of node-0&gt; &lt;host:port of node-1&gt; ...
 * </pre>
 * then type commands on its standard input: {@code put <key> <value>} writes through this node,
 * {@code show} prints what it holds and whom it suspects, {@code quit} (or the end of the input) stops it.
 *
 * <p>The nodes gossip with {@link MembershipConfig#DEFAULT}, one tick lasting {@value #MILLIS_PER_TICK} ms;
 * a cluster with fewer peers than the fanout contacts all of them every round.
 */
public final class MembershipMain {

    /** How long one tick lasts on the wall clock, in milliseconds. */
    public static final long MILLIS_PER_TICK = 10;

    private static final String USAGE = "usage: MembershipMain <index> <host:port of node-0> <host:port of node-1> ...";
    private static final String COMMANDS = "commands: put <key> <value>, show, quit";

    private MembershipMain() {
    }

    /**
     * Runs the node until {@code quit} or the end of standard input.
     *
     * @param args this node's index, then every node's {@code host:port} in index order
     * @throws IOException if standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        NodeId self;
        NodeRuntime<MembershipMessage> runtime;
        try {
            self = NodeId.of(index(args));
            NodeRuntimeBuilder<MembershipMessage> cluster = runtime();
            for (int i = 1; i < args.length; i++) {
                int colon = args[i].lastIndexOf(':');
                if (colon < 1) {
                    throw new IllegalArgumentException("the address of " + NodeId.of(i - 1) + " must be host:port, got \"" + args[i] + "\"");
                }
                cluster.node(NodeId.of(i - 1), args[i].substring(0, colon), port(args[i].substring(colon + 1), NodeId.of(i - 1)));
            }
            runtime = start(cluster.host(self), args.length - 1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try (runtime) {
            System.out.println(self + " listening on " + runtime.address(self) + "; " + COMMANDS);
            BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = input.readLine(); line != null && !line.strip().equals("quit"); line = input.readLine()) {
                System.out.println(command(runtime, self, line.strip()));
            }
        }
    }

    /**
     * A runtime builder for this module's messages, its ticks {@value #MILLIS_PER_TICK} ms long: add the
     * cluster's addresses, then {@link #start} it. The builder checks at start that the codec carries one
     * message of each kind.
     *
     * @return the builder
     */
    public static NodeRuntimeBuilder<MembershipMessage> runtime() {
        Entry sample = new Entry("key", "value", new Version(1, NodeId.of(0)));
        SortedMap<String, Version> digest = new TreeMap<>();
        digest.put(sample.key(), sample.version());
        return NodeRuntime.builder(new MembershipCodec())
                .millisPerTick(MILLIS_PER_TICK)
                .sample(new Syn(digest))
                .sample(new Ack(List.of(sample), digest))
                .sample(new Ack2(List.of(sample)));
    }

    /**
     * Starts the nodes a builder hosts, created (and restored after a crash) by the factory the simulation
     * tests, gossiping as {@link #config} says for the cluster's size.
     *
     * @param cluster the builder, every node of the cluster added
     * @param nodes how many nodes the cluster has
     * @return the running runtime; close it to stop
     */
    public static NodeRuntime<MembershipMessage> start(NodeRuntimeBuilder<MembershipMessage> cluster, int nodes) {
        List<NodeId> ids = IntStream.range(0, nodes).mapToObj(NodeId::of).toList();
        return cluster.startDurable(MembershipNode.factory(config(nodes), ids));
    }

    /**
     * Returns how a cluster of this size gossips: {@link MembershipConfig#DEFAULT}, its fanout capped at the
     * number of peers.
     *
     * @param nodes how many nodes the cluster has, at least 2
     * @return the configuration
     */
    public static MembershipConfig config(int nodes) {
        if (nodes < 2) {
            throw new IllegalArgumentException("a gossip cluster needs at least 2 nodes, got " + nodes);
        }
        MembershipConfig generated = MembershipConfig.DEFAULT;
        return new MembershipConfig(generated.gossipInterval(), generated.failureTimeout(), Math.min(generated.fanout(), nodes - 1));
    }

    private static String command(NodeRuntime<MembershipMessage> runtime, NodeId self, String line) {
        String[] words = line.split("\\s+", 3);
        if (words[0].equals("put") && words.length == 3) {
            AtomicReference<Entry> written = new AtomicReference<>();
            runtime.invoke(self, MembershipNode.class, node -> written.set(node.put(words[1], words[2])));
            return "wrote " + written.get();
        }
        if (words[0].equals("show") && words.length == 1) {
            return runtime.query(view -> view.node(self, MembershipNode.class).map(MembershipNode::toString).orElse(self + " is down"));
        }
        return line.isEmpty() ? COMMANDS : "unknown command \"" + line + "\"; " + COMMANDS;
    }

    private static int index(String[] args) {
        if (args.length < 3) {
            throw new IllegalArgumentException("expected this node's index and the addresses of at least 2 nodes, got " + args.length + " arguments");
        }
        int nodes = args.length - 1;
        try {
            int index = Integer.parseInt(args[0]);
            if (index < 0 || index >= nodes) {
                throw new IllegalArgumentException("the index must be within 0.." + (nodes - 1) + " for " + nodes + " addresses, got " + index);
            }
            return index;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the index must be a whole number, got \"" + args[0] + "\"", e);
        }
    }

    private static int port(String text, NodeId node) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the port of " + node + " must be a whole number, got \"" + text + "\"", e);
        }
    }
}
