package dev.simscaffold.core.net;

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the network keeps about one address across incarnations: the live node (or null while
 * crashed), generation counters that invalidate stale queued events, the pause state with the messages
 * and invoked actions that arrived meanwhile, the timer clock, the machine's disk if it has one, and the
 * counters. Exactly one of {@code factory} and {@code diskFactory} is set.
 *
 * @param <M> the message type
 * @param <N> the node type
 */
final class NodeSlot<M, N extends SansIoNode<M>> {

    static final long NO_DEADLINE = -1;

    final NodeId id;
    final String name;
    final NodeFactory<? extends N> factory;
    final DiskNodeFactory<? extends N> diskFactory;
    final NodeDisk disk;
    final SimRandom random;
    NodeClock clock;
    N node;
    int incarnation;
    Object durableState;
    long timerGeneration;
    long deadline = NO_DEADLINE;
    boolean paused;
    long pauseGeneration;
    long pausedUntil;
    boolean timerDueOnResume;
    final ArrayDeque<Parked> parked = new ArrayDeque<>();

    long sent;
    long delivered;
    long timersFired;
    long crashes;
    long restarts;
    long pauses;

    NodeSlot(NodeId id, NodeFactory<? extends N> factory, SimRandom random, NodeClock clock) {
        this(id, factory, null, null, random, clock);
    }

    NodeSlot(NodeId id, DiskNodeFactory<? extends N> diskFactory, NodeDisk disk, SimRandom random, NodeClock clock) {
        this(id, null, diskFactory, disk, random, clock);
    }

    private NodeSlot(NodeId id, NodeFactory<? extends N> factory, DiskNodeFactory<? extends N> diskFactory, NodeDisk disk,
            SimRandom random, NodeClock clock) {
        this.id = id;
        this.name = id.toString();
        this.factory = factory;
        this.diskFactory = diskFactory;
        this.disk = disk;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Creates the node of the current incarnation, from its durable state if it had one; a node with a disk
     * gets a new handle on its machine's disk, submitting at {@code now}.
     */
    N create(SimRandom random, Supplier<LogicalTime> now) {
        N made;
        if (disk == null) {
            made = durableState == null ? factory.create(id, random) : factory.restore(id, random, durableState);
        } else {
            made = diskFactory.create(id, random, disk.open(name, incarnation, now));
            if (made != null && !(made instanceof StorageNode)) {
                throw new IllegalStateException(name + " has a disk, but its factory made a " + made.getClass().getName()
                        + ", which does not implement StorageNode and so cannot receive disk completions");
            }
        }
        return Objects.requireNonNull(made, "the factory of " + name + " returned null");
    }

    boolean up() {
        return node != null;
    }

    /** The random stream of the current incarnation: the first keeps the node's own fork. */
    SimRandom incarnationRandom() {
        return incarnation == 0 ? random : random.fork("incarnation-" + incarnation);
    }

    NodeStats stats() {
        return new NodeStats(sent, delivered, timersFired, crashes, restarts, pauses);
    }
}
