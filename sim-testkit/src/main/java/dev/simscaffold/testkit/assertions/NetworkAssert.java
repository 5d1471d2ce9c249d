package dev.simscaffold.testkit.assertions;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.EventKind;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * AssertJ assertions on a {@link SimNetwork}: those of every {@link SimulationAssert} plus convergence,
 * deliveries and live nodes. Every failure names the seed and the command that replays the test, and
 * shows what each node holds.
 *
 * @param <M> the message type
 */
@Api(Api.Status.STABLE)
public final class NetworkAssert<M> extends SimulationAssert<NetworkAssert<M>, SimNetwork<M>> {

    NetworkAssert(SimNetwork<M> actual) {
        super(actual, NetworkAssert.class);
    }

    /**
     * Checks that every live node holds the same view, for example the same set of entries.
     *
     * @param view what to compare of each node
     * @return this assertion
     */
    public NetworkAssert<M> converged(Function<? super SansIoNode<M>, ?> view) {
        isNotNull();
        return converged(actual.view().live(), view);
    }

    /**
     * Checks that every live node of one class holds the same view, the others left out: in a mixed cluster,
     * the replicas agree whatever the clients hold.
     *
     * @param <T> the class of the nodes compared
     * @param type the class of the nodes compared
     * @param view what to compare of each such node
     * @return this assertion
     */
    public <T> NetworkAssert<M> converged(Class<T> type, Function<? super T, ?> view) {
        Objects.requireNonNull(type, "type must not be null");
        isNotNull();
        return converged(actual.view().byId(type), view);
    }

    private <T> NetworkAssert<M> converged(SortedMap<NodeId, T> nodes, Function<? super T, ?> view) {
        Map<NodeId, Object> views = new TreeMap<>();
        nodes.forEach((id, node) -> views.put(id, view.apply(node)));
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
    public NetworkAssert<M> delivered(String messageFragment) {
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
    public NetworkAssert<M> hasLiveNodes(int expected) {
        isNotNull();
        if (actual.view().live().size() != expected) {
            failWithMessage("expected %d live nodes but %s are up%n%s", expected, actual.view().live().keySet(), seedLine());
        }
        return this;
    }

    private static String lines(Map<NodeId, Object> views) {
        StringBuilder text = new StringBuilder();
        views.forEach((id, view) -> text.append("  ").append(id).append(": ").append(Objects.toString(view)).append(System.lineSeparator()));
        return text.toString();
    }
}
