package dev.simscaffold.core.model;

import dev.simscaffold.core.Api;

/**
 * A node that can copy itself, so that a model checker can keep a state as a snapshot and go back to it
 * instead of replaying the path that reached it from the start.
 *
 * <p>The copy must behave exactly as this node would from now on, under the same inputs, times and draws,
 * and must share no mutable state with it: copy every collection and mutable value the node changes. What
 * the node was given by its environment and never changes (its id, its random stream, its configuration, a
 * clock supplier) is shared, not copied: the copy lives in the same network and draws through the same
 * streams. A node that is a record of immutable values is its own copy.
 *
 * <pre>{@code
 * public Counter modelCopy() {
 *     Counter copy = new Counter(id, random);
 *     copy.seen.putAll(seen);
 *     copy.deadline = deadline;
 *     return copy;
 * }
 * }</pre>
 *
 * @param <N> the node's own type
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface ModelCopyable<N> {

    /**
     * Returns an independent copy of this node in its current state.
     *
     * @return the copy, not null and not this node
     */
    N modelCopy();
}
