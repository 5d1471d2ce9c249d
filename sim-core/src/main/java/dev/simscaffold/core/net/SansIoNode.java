package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * A protocol participant written sans-IO, in the style of quinn-proto: it performs no I/O, reads no
 * clock and starts no threads. The caller (a {@link SimNetwork} in tests, a thin I/O shell in
 * production) feeds it inputs and the current time, and drains what it wants done. That is what makes
 * the same code run deterministically under simulation and unchanged in production.
 *
 * <p>Methods fall into two groups:
 * <ul>
 *   <li><b>{@code handle…}</b> (inputs): {@link #handleInput} delivers a message and
 *       {@link #handleTimeout} tells the node its deadline has passed. Both receive {@code now}; a
 *       node must never obtain time any other way.</li>
 *   <li><b>{@code poll…}</b> (outputs): {@link #pollTransmit} returns queued outgoing messages one at
 *       a time and {@link #pollTimeout} returns the earliest deadline the node wants to be woken at.</li>
 * </ul>
 *
 * <p>Polling order: after every {@code handle…} call (and once after creation) the driver calls
 * {@link #pollTransmit} until it returns empty, then {@link #pollTimeout} once. The node's random
 * choices come only from the {@code SimRandom} its {@link NodeFactory} was given.
 *
 * @param <M> the message type
 */
@Api(Api.Status.STABLE)
public interface SansIoNode<M> {

    /**
     * Handles a message that arrived from another node (or from this node itself).
     *
     * @param from the sender
     * @param message the payload
     * @param now the node's current time
     */
    void handleInput(NodeId from, M message, LogicalTime now);

    /**
     * Handles the passing of the deadline last returned by {@link #pollTimeout()}. It may be called
     * late (a paused node, a slow clock) but never early.
     *
     * @param now the node's current time, not before the deadline
     */
    void handleTimeout(LogicalTime now);

    /**
     * Returns the next message the node wants sent, removing it from the node's queue.
     *
     * @return the transmit, or empty when there is nothing (more) to send
     */
    Optional<Transmit<M>> pollTransmit();

    /**
     * Returns the earliest time the node wants {@link #handleTimeout} called; it does not change state.
     *
     * @return the deadline, or empty for none
     */
    Optional<LogicalTime> pollTimeout();
}
