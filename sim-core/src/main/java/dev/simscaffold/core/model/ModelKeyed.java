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
 *
 * <p>A node that measures time only from now gives its key as a {@link TimedKey}, its absolute times (deadlines,
 * last-heard ticks) apart from the rest of its state, so that a model checker may take two states that differ
 * only by a shift in time as one; any other key is compared as it is, absolute times and all.
 *
 * <p>A network computes a node's key again only after the node ran (handled a message, a timer, a disk
 * completion or an invoked action), and a snapshot keeps the key with the node's copy: the key must be a function
 * of the node's own state, not of anything shared that changes while the node does not run.
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
