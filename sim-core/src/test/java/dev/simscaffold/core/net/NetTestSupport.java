package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.List;

/** Shared set-up for the mechanism tests: a network of {@link RecorderNode}s. */
final class NetTestSupport {

    static final NodeId N0 = NodeId.of(0);
    static final NodeId N1 = NodeId.of(1);
    static final NodeId N2 = NodeId.of(2);
    static final NodeId N3 = NodeId.of(3);

    private NetTestSupport() {
    }

    static SimNetwork<Ping> recorders(int count, NetworkFaults faults) {
        return SimNetwork.nodes(count, (id, random, now) -> new RecorderNode(id)).seed(7)
                .faults(faults).build();
    }

    static void send(SimNetwork<Ping> net, NodeId from, NodeId to, int n) {
        long now = net.now().ticks();
        net.invoke(from, RecorderNode.class, "send " + n + " to " + to, node -> node.send(to, new Ping(now, n)));
    }

    static RecorderNode node(SimNetwork<Ping> net, NodeId id) {
        return net.node(id, RecorderNode.class).orElseThrow();
    }

    static List<Integer> numbers(RecorderNode node) {
        return node.received().stream().map(r -> r.ping().n()).toList();
    }

    /** Fails unless {@code observed} is within five binomial standard deviations of {@code trials * rate}. */
    static void assertWithinFiveSigma(String what, long observed, long trials, double rate) {
        double mean = trials * rate;
        double sigma = Math.sqrt(trials * rate * (1 - rate));
        assertThat((double) observed)
                .as("%s: observed %d of %d trials, expected %.1f +- 5 * %.1f", what, observed, trials, mean, sigma)
                .isBetween(mean - 5 * sigma, mean + 5 * sigma);
    }

    static List<TraceEvent> events(SimNetwork<?> net, EventKind kind) {
        return net.trace().events().stream().filter(e -> e.kind() == kind).toList();
    }

    /** What a live recorder has received, for run conditions and expectations. */
    static List<RecorderNode.Received> received(NetworkView<Ping> nodes, NodeId id) {
        return nodes.node(id, RecorderNode.class).orElseThrow().received();
    }

    static boolean heardSomething(NetworkView<Ping> nodes, NodeId id) {
        return !received(nodes, id).isEmpty();
    }
}
