package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.net.NodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Optional;

/**
 * A node whose runs end: at creation it draws a colour from {@code colours} values and pings every peer once;
 * it counts the pings it receives. No timer, so every run reaches a state with nothing pending and the state
 * space is finite. Its key is (pings received, colour).
 */
final class Pinger implements SansIoNode<String>, ModelKeyed, ModelCopyable<Pinger> {

    private final NodeId id;
    private final Outbox<String> outbox;
    private final int colour;
    private int received;

    private Pinger(NodeId id, int nodes, int colour) {
        this(id, colour);
        for (int peer = 0; peer < nodes; peer++) {
            if (peer != id.index()) {
                outbox.send(NodeId.of(peer), "ping");
            }
        }
    }

    /** A pinger that sends nothing: the base of the constructor above and of copies. */
    private Pinger(NodeId id, int colour) {
        this.id = id;
        this.outbox = new Outbox<>(id);
        this.colour = colour;
    }

    static NodeFactory<Pinger> factory(int nodes, int colours) {
        return (id, random, now) -> new Pinger(id, nodes, colours == 1 ? 0 : random.nextInt(colours));
    }

    int received() {
        return received;
    }

    int colour() {
        return colour;
    }

    @Override
    public Object modelKey() {
        return List.of(received, colour);
    }

    @Override
    public void handleInput(NodeId from, String message, LogicalTime now) {
        received++;
    }

    @Override
    public void handleTimeout(LogicalTime now) {
    }

    @Override
    public Optional<Transmit<String>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.empty();
    }

    /** A copy for a snapshot; called between events, when the outbox is empty. */
    @Override
    public Pinger modelCopy() {
        Pinger copy = new Pinger(id, colour);
        copy.received = received;
        return copy;
    }
}
