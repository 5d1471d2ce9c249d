package dev.simscaffold.core.net;

import dev.simscaffold.core.random.SimRandom;

/**
 * Creates the node at one address: at the start of a run and again on every restart after a crash.
 * The factory receives the node's own random stream, forked from the run's seed, so the node's choices
 * are reproducible and shrinkable and do not disturb any other node's.
 *
 * @param <N> the node type
 */
@FunctionalInterface
public interface NodeFactory<N> {

    /**
     * Creates a node with fresh state.
     *
     * @param id the node's address
     * @param random the node's own stream (a different fork for each incarnation)
     * @return the node
     */
    N create(NodeId id, SimRandom random);

    /**
     * Re-creates a node after a crash from the durable state its previous incarnation exposed through
     * {@link Durable#durableState()}. The default ignores the state and starts fresh, which is what a
     * node without durable storage does.
     *
     * @param id the node's address
     * @param random the new incarnation's own stream
     * @param durableState what survived the crash
     * @return the node
     */
    default N restore(NodeId id, SimRandom random, Object durableState) {
        return create(id, random);
    }
}
