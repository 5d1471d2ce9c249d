package dev.simscaffold.core.net;

/**
 * A message in flight with its sender. The trace records the message itself, so nothing is rendered to
 * text unless a trace or report is read.
 *
 * @param <M> the message type
 * @param from the sender's index
 * @param message the payload
 */
record Envelope<M>(int from, M message) implements Parked {
}
