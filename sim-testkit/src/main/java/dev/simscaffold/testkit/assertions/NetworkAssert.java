package dev.simscaffold.testkit.assertions;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.EventKind;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * AssertJ assertions on a {@link SimNetwork}: those of every {@link SimulationAssert} plus convergence,
 * deliveries and live nodes. Every failure names the seed and the command that replays the test, and
 * shows what each node holds.
 *
 * @param <M> the message type
 * @param <N> the node type
 */
public final class NetworkAssert<M, N extends SansIoNode<M>> extends SimulationAssert<NetworkAssert<M, N>, SimNetwork<M, N>> {

    NetworkAssert(SimNetwork<M, N> actual) {
        super(actual, NetworkAssert.class);
    }

    /**
     * Checks that every live node holds the same view, for example the same set of entries.
     *
     * @param view what to compare of each node
     * @return this assertion
     */
    public NetworkAssert<M, N> converged(Function<? super N, ?> view) {
        isNotNull();
        Map<NodeId, Object> views = new TreeMap<>();
        actual.liveNodes().forEach((id, node) -> views.put(id, view.apply(node)));
        if (views.values().stream().distinct().count() > 1) {
            failWithMessage("expected every live node to hold the same view at %s but they differ:%n%s%s",
                    actual.now(), lines(views), seedLine());
        }
        return this;
    }

    /**
     * Checks that a message whose text contains a fragment was delivered.
     *
     * @param messageFragment text the delivered message's {@code toString()} contains
     * @return this assertion
     */
    public NetworkAssert<M, N> delivered(String messageFragment) {
        isNotNull();
        boolean found = actual.trace().tail(Integer.MAX_VALUE).stream()
                .anyMatch(e -> e.kind() == EventKind.DELIVER && e.detail().contains(messageFragment));
        if (!found) {
            failWithMessage("expected a delivered message containing \"%s\"; %s%n%s", messageFragment, actual.stats(), seedLine());
        }
        return this;
    }

    /**
     * Checks how many nodes are up.
     *
     * @param expected the expected count of live nodes
     * @return this assertion
     */
    public NetworkAssert<M, N> hasLiveNodes(int expected) {
        isNotNull();
        if (actual.liveNodes().size() != expected) {
            failWithMessage("expected %d live nodes but %s are up%n%s", expected, actual.liveNodes().keySet(), seedLine());
        }
        return this;
    }

    private static String lines(Map<NodeId, Object> views) {
        StringBuilder text = new StringBuilder();
        views.forEach((id, view) -> text.append("  ").append(id).append(": ").append(Objects.toString(view)).append(System.lineSeparator()));
        return text.toString();
    }
}
