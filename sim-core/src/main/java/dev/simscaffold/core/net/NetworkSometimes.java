package dev.simscaffold.core.net;

import dev.simscaffold.core.internal.Require;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * A named situation a network run should reach at least once, such as "a duplicate arrives after a newer
 * message": checked over every live node after every event, and counted in
 * {@link SimNetwork#coverage()}, so a run that never met the situation its invariants are about shows.
 *
 * @param <N> the node type
 * @param name what the situation is, as reports show it
 * @param condition holds once the situation is reached; it sees every live node, ordered by id
 */
public record NetworkSometimes<N>(String name, Predicate<? super SortedMap<NodeId, N>> condition) {

    /**
     * Rejects a blank name or a null condition.
     *
     * @param name what the situation is
     * @param condition holds once the situation is reached
     */
    public NetworkSometimes {
        Require.name("a sometimes condition", name);
        Objects.requireNonNull(condition, "condition must not be null");
    }

    /**
     * Builds a sometimes condition.
     *
     * @param <N> the node type
     * @param name what the situation is
     * @param condition holds once the situation is reached
     * @return the condition
     */
    public static <N> NetworkSometimes<N> of(String name, Predicate<? super SortedMap<NodeId, N>> condition) {
        return new NetworkSometimes<>(name, condition);
    }
}
