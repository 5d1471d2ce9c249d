package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;

/**
 * Creates a node whose {@link Durable} state survives its crashes: fresh at the start of a run, and
 * restored from the state its previous incarnation exposed at every restart. The node type is bound to
 * {@code Durable<D>}, so a factory whose nodes expose no state of type {@code D} does not compile; and it is
 * not a {@link NodeFactory}, so it cannot be handed by mistake to a method whose nodes restart fresh.
 *
 * @param <D> the durable state
 * @param <N> the node type
 */
@Api(Api.Status.STABLE)
public interface DurableNodeFactory<D, N extends Durable<D>> {

    /**
     * Creates a node with fresh state, at the start of a run (and after a crash before which it had no
     * chance to expose any state).
     *
     * @param id the node's address
     * @param random the node's own stream
     * @param now the node's current time
     * @return the node
     */
    N create(NodeId id, SimRandom random, LogicalTime now);

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
