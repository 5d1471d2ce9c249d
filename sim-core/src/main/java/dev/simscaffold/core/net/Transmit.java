package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import java.util.Objects;

/**
 * One message a node wants sent, as returned by {@link SansIoNode#pollTransmit()}. It is a value: the
 * node describes the send and the network decides its fate (delay, loss, duplication, partitions).
 *
 * @param <M> the message type
 * @param from the sending node, which must be the node that returned it
 * @param to the destination node
 * @param message the payload; its {@code toString()} is what traces and diagrams show
 */
@Api(Api.Status.STABLE)
public record Transmit<M>(NodeId from, NodeId to, M message) {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param from the {@code from} component
     * @param to the {@code to} component
     * @param message the {@code message} component
     */
    public Transmit {
        Objects.requireNonNull(from, "Transmit.from must not be null");
        Objects.requireNonNull(to, "Transmit.to must not be null");
        Objects.requireNonNull(message, "Transmit.message must not be null");
    }
}
