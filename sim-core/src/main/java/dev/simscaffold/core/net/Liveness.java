package dev.simscaffold.core.net;

import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * A named "eventually" property, such as "all live nodes agree", checked by
 * {@link SimNetwork#awaitLiveness(Liveness, long)} once faults have stopped. Unlike an invariant it may
 * be false for a while; failing to become true before its deadline is the violation.
 *
 * @param <N> the node type
 * @param name the name a failure report leads with
 * @param condition holds once the system has converged; it sees every live node, ordered by id
 */
public record Liveness<N>(String name, Predicate<? super SortedMap<NodeId, N>> condition) {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param name the {@code name} component
     * @param condition the {@code condition} component
     */
    public Liveness {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a liveness property needs a name, got " + (name == null ? "null" : "\"" + name + "\""));
        }
        Objects.requireNonNull(condition, "condition must not be null");
    }

    /**
     * Builds a liveness property.
     *
     * @param <N> the node type
     * @param name the name shown in failure reports
     * @param condition holds once the system has converged
     * @return the property
     */
    public static <N> Liveness<N> of(String name, Predicate<? super SortedMap<NodeId, N>> condition) {
        return new Liveness<>(name, condition);
    }
}
