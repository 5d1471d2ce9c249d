package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.Transmit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A server's outgoing messages, each held until the fsync it waits for has completed, then released in the order
 * they were sent: an answer never promises more than the disk holds (Raft: "respond to RPCs" only after updating
 * stable storage).
 */
final class DurableOutbox {

    private record Held(long barrier, NodeId to, RaftMessage message) {
    }

    private final Outbox<RaftMessage> outbox;
    private final ArrayDeque<Held> held = new ArrayDeque<>();

    DurableOutbox(NodeId self) {
        this.outbox = new Outbox<>(self);
    }

    /** Sends once the fsync {@code barrier} (from {@link WriteAheadLog#barrier()}) has completed. */
    void sendWhenDurable(long barrier, NodeId to, RaftMessage message) {
        held.addLast(new Held(barrier, to, message));
    }

    /** Sends at once, ahead of whatever waits: only a planted bug does this. */
    void sendNow(NodeId to, RaftMessage message) {
        outbox.send(to, message);
    }

    /** Releases, in order, the messages whose fsync has completed. */
    void release(WriteAheadLog wal) {
        while (!held.isEmpty() && wal.durable(held.peekFirst().barrier())) {
            Held next = held.pollFirst();
            outbox.send(next.to(), next.message());
        }
    }

    Optional<Transmit<RaftMessage>> poll() {
        return outbox.poll();
    }

    /** The messages waiting for their fsync, as a value for a model checker's key (the outbox is empty between inputs). */
    List<Object> modelKey() {
        List<Object> waiting = new ArrayList<>(held.size());
        for (Held message : held) {
            waiting.add(List.of(message.barrier(), message.to(), message.message()));
        }
        return waiting;
    }

    /** A copy for a model checker's node copy; the outbox itself is empty between inputs, so it starts empty. */
    DurableOutbox copy(NodeId self) {
        DurableOutbox copy = new DurableOutbox(self);
        copy.held.addAll(held);
        return copy;
    }
}
