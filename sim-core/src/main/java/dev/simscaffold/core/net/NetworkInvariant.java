package dev.simscaffold.core.net;

import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.BiFunction;

/**
 * A named safety property over every live node, checked by {@link SimNetwork} after every event, such
 * as "versions never go backwards". The first violation stops the run with an
 * {@link dev.simscaffold.core.InvariantViolationError} carrying the seed, time, step and last events.
 *
 * <p>An invariant may keep history across checks; create a fresh one per network.
 *
 * @param <N> the node type
 */
public interface NetworkInvariant<N> {

    /**
     * Returns the name a failure report leads with; make it a sentence.
     *
     * @return the name
     */
    String name();

    /**
     * Checks the invariant.
     *
     * @param liveNodes every node that is up (paused nodes included), ordered by id; crashed ones absent
     * @param now the network's current time
     * @return one message per violation; empty when the invariant holds
     */
    List<String> check(SortedMap<NodeId, N> liveNodes, LogicalTime now);

    /**
     * Builds an invariant from a name and a check function.
     *
     * @param <N> the node type
     * @param name the name shown in failure reports, not blank
     * @param check returns the violation messages, empty when the invariant holds
     * @return the invariant
     */
    static <N> NetworkInvariant<N> of(String name, BiFunction<SortedMap<NodeId, N>, LogicalTime, List<String>> check) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an invariant needs a name, got " + (name == null ? "null" : "\"" + name + "\""));
        }
        Objects.requireNonNull(check, "check must not be null");
        return new NetworkInvariant<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> check(SortedMap<NodeId, N> liveNodes, LogicalTime now) {
                return check.apply(liveNodes, now);
            }

            @Override
            public String toString() {
                return "NetworkInvariant[" + name + "]";
            }
        };
    }
}
