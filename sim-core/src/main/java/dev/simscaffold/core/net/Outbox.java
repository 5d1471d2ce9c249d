package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;

/**
 * The queue of outgoing messages a sans-IO node keeps between a {@code handle…} call and the driver's
 * {@link SansIoNode#pollTransmit()}: {@link #send} while handling, and return {@link #poll()} from
 * {@code pollTransmit()}. Messages leave in the order they were sent, always from the node itself.
 *
 * <pre>{@code
 * private final Outbox<Msg> outbox = new Outbox<>(id);
 * public void handleTimeout(LogicalTime now) { outbox.send(peer, new Ping()); ... }
 * public Optional<Transmit<Msg>> pollTransmit() { return outbox.poll(); }
 * }</pre>
 *
 * @param <M> the message type
 */
@Api(Api.Status.STABLE)
public final class Outbox<M> {

    private final NodeId self;
    private final ArrayDeque<Transmit<M>> queue = new ArrayDeque<>();

    /**
     * Creates an empty outbox for one node.
     *
     * @param self the node that sends
     */
    public Outbox(NodeId self) {
        this.self = Objects.requireNonNull(self, "self must not be null");
    }

    /**
     * Queues a message.
     *
     * @param to the destination
     * @param message the payload
     */
    public void send(NodeId to, M message) {
        queue.addLast(new Transmit<>(self, to, message));
    }

    /**
     * Removes the oldest queued message; what {@link SansIoNode#pollTransmit()} returns.
     *
     * @return the message, or empty when nothing is queued
     */
    public Optional<Transmit<M>> poll() {
        return Optional.ofNullable(queue.pollFirst());
    }

    /**
     * Returns how many messages wait.
     *
     * @return the count
     */
    public int size() {
        return queue.size();
    }
}
