package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;

/**
 * Creates the node at one address: at the start of a run and again, fresh, on every restart after a
 * crash. The factory receives the node's own random stream, forked from the run's seed, so the node's
 * choices are reproducible and shrinkable and do not disturb any other node's, and the node's current
 * time, so a new incarnation can arm its first timer relative to now.
 *
 * <p>A node that keeps state across crashes is made by a {@link DurableNodeFactory} (state the test says
 * survives) or a {@link DiskNodeFactory} (state the node wrote to its simulated disk).
 *
 * @param <N> the node type
 */
@Api(Api.Status.STABLE)
@FunctionalInterface
public interface NodeFactory<N> {

    /**
     * Creates a node with fresh state.
     *
     * @param id the node's address
     * @param random the node's own stream (a different fork for each incarnation)
     * @param now the node's current time (its own clock's, which may be skewed)
     * @return the node
     */
    N create(NodeId id, SimRandom random, LogicalTime now);
}
