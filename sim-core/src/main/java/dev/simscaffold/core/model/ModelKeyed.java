package dev.simscaffold.core.model;

import dev.simscaffold.core.Api;

/**
 * A node (or any mutable participant) that can say what state it is in as a value, so that a model checker
 * can tell two runs that reached the same state apart from two that did not. Nodes are mutable objects
 * without value equality; their key is what makes states comparable.
 *
 * <p>The key must determine the node's future behaviour under the same inputs, times and random draws: leave
 * out only what never influences it (counters kept for statistics, caches). Leaving out something that does
 * influence it merges states that differ, and the checker would then miss what follows from one of them.
 * Records, lists, sorted maps and strings make good keys; a node's own random stream does not belong in it
 * (a model checker forces every draw). The key must be a snapshot, not a view: an unmodifiable view of a
 * map the node keeps changing would change with it, and two different moments would compare equal.
 */
@Api(Api.Status.EXPERIMENTAL)
@FunctionalInterface
public interface ModelKeyed {

    /**
     * Returns the node's state as a value with value equality and a stable hash code.
     *
     * @return the key, not null
     */
    Object modelKey();
}
