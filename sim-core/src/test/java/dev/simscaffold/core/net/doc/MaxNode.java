package dev.simscaffold.core.net.doc;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/** The node of the README's SimNetwork example; the code between the markers appears there verbatim. */
// DOCS:begin docs/guide/02-network-faults-nemeses.md
final class MaxNode implements SansIoNode<Max> {
    private final NodeId id;
    private final Outbox<Max> outbox;
    private long value;
    private LogicalTime nextGossip;

    MaxNode(NodeId id, SimRandom random, LogicalTime now) {
        this.id = id;
        this.outbox = new Outbox<>(id);
        this.value = random.nextInt(1_000);          // drawn from this node's own stream
        this.nextGossip = now.advance(5);            // a restarted node gossips 5 ticks after it comes up
    }

    long value() {
        return value;
    }

    @Override
    public void handleInput(NodeId from, Max message, LogicalTime now) {
        value = Math.max(value, message.value());
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        for (int peer = 0; peer < 5; peer++) {
            if (peer != id.index()) {
                outbox.send(NodeId.of(peer), new Max(value));
            }
        }
        nextGossip = now.advance(5);
    }

    @Override
    public Optional<Transmit<Max>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.of(nextGossip);
    }
}
// DOCS:end
