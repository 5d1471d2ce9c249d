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
 * Node-0 batches the items clients add and, {@value #FLUSH} ticks after the first item of a batch, sends the batch's
 * size to node-1, which sums what it receives. With {@code capacity} planted a batch holds at most that many
 * items and drops the rest, so an item is lost only when more than {@code capacity} are added before a flush:
 * {@code capacity + 1} client inputs in a row, each a deviation from the default schedule, and nothing else. Runs
 * end: no timer is set while the batch is empty. A node's key is (items added, batch size, items received, the time
 * of its last event).
 */
final class Batcher implements SansIoNode<Integer>, ModelKeyed, ModelCopyable<Batcher> {

    static final long FLUSH = 2;
    /** No capacity: the correct batcher. */
    static final int UNBOUNDED = Integer.MAX_VALUE;

    private final NodeId id;
    private final int capacity;
    private final Outbox<Integer> outbox;
    private int added;
    private int batch;
    private int received;
    private LogicalTime deadline;
    /** The time of the node's last event (an input has none of its own); a deadline in the past is due now. */
    private LogicalTime lastSeen;

    private Batcher(NodeId id, int capacity, LogicalTime now) {
        this.id = id;
        this.capacity = capacity;
        this.outbox = new Outbox<>(id);
        this.lastSeen = now;
    }

    static NodeFactory<Batcher> factory(int capacity) {
        return (id, random, now) -> new Batcher(id, capacity, now);
    }

    /** A client adds an item at node-0: a batch's first item sets its flush timer. */
    void add() {
        added++;
        if (batch < capacity) {
            batch++;
        }
        if (deadline == null) {
            deadline = lastSeen.advance(FLUSH);
        }
    }

    int added() {
        return added;
    }

    int received() {
        return received;
    }

    @Override
    public Object modelKey() {
        return List.of(added, batch, received, lastSeen.ticks());
    }

    @Override
    public void handleInput(NodeId from, Integer items, LogicalTime now) {
        received += items;
        lastSeen = now;
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        outbox.send(NodeId.of(1 - id.index()), batch);
        batch = 0;
        deadline = null;
        lastSeen = now;
    }

    @Override
    public Optional<Transmit<Integer>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.ofNullable(deadline);
    }

    /** A copy for a snapshot; called between events, when the outbox is empty. */
    @Override
    public Batcher modelCopy() {
        Batcher copy = new Batcher(id, capacity, lastSeen);
        copy.added = added;
        copy.batch = batch;
        copy.received = received;
        copy.deadline = deadline;
        return copy;
    }
}
