package dev.simscaffold.core.net;

import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * A disk node that keeps the network busy and nothing else: every incarnation pings itself once it exists
 * and again on every ping it receives, so random node faults (which the network starts after deliveries)
 * keep coming. It never touches its disk.
 */
final class HeartbeatDiskNode implements StorageNode<Ping> {

    private final Outbox<Ping> outbox;
    private final NodeId self;
    private int beats;

    HeartbeatDiskNode(NodeId self) {
        this.self = self;
        this.outbox = new Outbox<>(self);
        beat();
    }

    private void beat() {
        outbox.send(self, new Ping(0, beats++));
    }

    @Override
    public void handleInput(NodeId from, Ping message, LogicalTime now) {
        beat();
    }

    @Override
    public void handleCompletion(Completion completion, LogicalTime now) {
        throw new IllegalStateException("this node submits no disk operations, yet got " + completion);
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        throw new IllegalStateException("this node sets no timers, yet was woken at " + now);
    }

    @Override
    public Optional<Transmit<Ping>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.empty();
    }
}
