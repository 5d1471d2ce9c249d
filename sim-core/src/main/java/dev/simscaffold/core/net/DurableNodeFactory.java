package dev.simscaffold.core.net;

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;

/**
 * Creates a node whose {@link Durable} state survives its crashes: fresh at the start of a run, and
 * restored from the state its previous incarnation exposed at every restart. The node type is bound to
 * {@code Durable<D>}, so a factory whose nodes expose no state of type {@code D} does not compile.
 *
 * @param <D> the durable state
 * @param <N> the node type
 */
public interface DurableNodeFactory<D, N extends Durable<D>> extends NodeFactory<N> {

    /**
     * Re-creates a node after a crash from what survived it.
     *
     * @param id the node's address
     * @param random the new incarnation's own stream
     * @param stored what {@link Durable#durableState()} returned when the previous incarnation crashed
     * @param now the node's current time
     * @return the node
     */
    N restore(NodeId id, SimRandom random, D stored, LogicalTime now);
}
