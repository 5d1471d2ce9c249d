package dev.simscaffold.core.net;

import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * A node whose messages depend on the order it receives them in: every 10 ticks it sends a note to every
 * peer, and it answers every second note with how many it has received so far. Each note is unique
 * (sender, serial), so a trace says which send each delivery belongs to.
 */
final class Chatter implements SansIoNode<Chatter.Note> {

    /** A note from {@code from}, its {@code serial}-th, carrying how many notes the sender had received. */
    record Note(int from, long serial, long received) {
    }

    private final NodeId id;
    private final int nodes;
    private final Outbox<Note> outbox;
    private long serial;
    private long received;
    private LogicalTime next = LogicalTime.of(1);

    Chatter(NodeId id, int nodes) {
        this.id = id;
        this.nodes = nodes;
        this.outbox = new Outbox<>(id);
    }

    @Override
    public void handleInput(NodeId from, Note message, LogicalTime now) {
        received++;
        if (message.serial() % 2 == 0) {
            outbox.send(from, new Note(id.index(), serial++, received));
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        for (int peer = 0; peer < nodes; peer++) {
            if (peer != id.index()) {
                outbox.send(NodeId.of(peer), new Note(id.index(), serial++, received));
            }
        }
        next = now.advance(10);
    }

    @Override
    public Optional<Transmit<Note>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.of(next);
    }
}
