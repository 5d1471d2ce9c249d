package dev.simscaffold.core.net;

/**
 * A message in flight with its sender and its rendered text. The text is computed once at send time
 * and shared by the trace events of the send, its duplicate and its delivery.
 *
 * @param <M> the message type
 * @param from the sender's index
 * @param message the payload
 * @param detail the payload's {@code toString()}
 */
record Envelope<M>(int from, M message, String detail) implements Parked {
}
