package dev.simscaffold.core.net;

import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * A test node that ignores its inputs, sends nothing and sets no timer: what a test node extends when only
 * one part of the sans-IO contract matters to it (a state to inspect, a disk to use, a role to report).
 *
 * @param <M> the message type
 */
public abstract class QuietNode<M> implements SansIoNode<M> {

    @Override
    public void handleInput(NodeId from, M message, LogicalTime now) {
    }

    @Override
    public void handleTimeout(LogicalTime now) {
    }

    @Override
    public Optional<Transmit<M>> pollTransmit() {
        return Optional.empty();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.empty();
    }
}
