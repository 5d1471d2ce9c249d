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
 * Request with retries: node-0 sends {@code req} to node-1 every {@value #RETRY} ticks until an {@code ack}
 * arrives; node-1 acknowledges every request. With {@code ignoresAcks} (the planted bug) node-0 never notices
 * the acknowledgement and retries forever. It measures time only from {@code now}, so it is time-shift
 * invariant. Its key is whether it is done.
 */
final class Retrier implements SansIoNode<String>, ModelKeyed, ModelCopyable<Retrier> {

    static final long RETRY = 2;

    private final NodeId id;
    private final boolean ignoresAcks;
    private final Outbox<String> outbox;
    private boolean done;
    private LogicalTime retryAt;

    private Retrier(NodeId id, LogicalTime now, boolean ignoresAcks) {
        this(id, ignoresAcks);
        if (id.index() == 0) {
            outbox.send(NodeId.of(1), "req");
            retryAt = now.advance(RETRY);
        }
    }

    /** A retrier that has sent nothing: the base of the constructor above and of copies. */
    private Retrier(NodeId id, boolean ignoresAcks) {
        this.id = id;
        this.ignoresAcks = ignoresAcks;
        this.outbox = new Outbox<>(id);
    }

    static NodeFactory<Retrier> factory(boolean ignoresAcks) {
        return (id, random, now) -> new Retrier(id, now, ignoresAcks);
    }

    boolean done() {
        return done;
    }

    @Override
    public Object modelKey() {
        return List.of(done);
    }

    @Override
    public void handleInput(NodeId from, String message, LogicalTime now) {
        if (message.equals("req")) {
            outbox.send(from, "ack");
        } else if (!ignoresAcks) {
            done = true;
            retryAt = null;
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        outbox.send(NodeId.of(1), "req");
        retryAt = now.advance(RETRY);
    }

    @Override
    public Optional<Transmit<String>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return id.index() == 0 ? Optional.ofNullable(retryAt) : Optional.empty();
    }

    /** A copy for a snapshot; called between events, when the outbox is empty. */
    @Override
    public Retrier modelCopy() {
        Retrier copy = new Retrier(id, ignoresAcks);
        copy.done = done;
        copy.retryAt = retryAt;
        return copy;
    }
}
