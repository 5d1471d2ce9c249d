package dev.simscaffold.core.net;

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the network keeps about one address across incarnations: the live node (or null while
 * crashed), generation counters that invalidate stale queued events, the pause state with the messages
 * and invoked actions that arrived meanwhile, the timer clock, the machine's disk if it has one, and the
 * counters. The {@link NodeMaker} says how the node is made and what survives its crashes.
 *
 * @param <M> the message type
 * @param <N> the node type
 */
final class NodeSlot<M, N extends SansIoNode<M>> {

    static final long NO_DEADLINE = -1;

    final NodeId id;
    final String name;
    final NodeMaker<N> maker;
    final NodeDisk disk;
    final SimRandom random;
    NodeClock clock;
    N node;
    int incarnation;
    /**
     * What a {@link Durable} node exposed at its last crash (null before any, and for other nodes); only a
     * {@link NodeMaker.Restoring} hands it to the next incarnation, but the trace says it was kept either way.
     */
    Object durableState;
    long timerGeneration;
    long deadline = NO_DEADLINE;
    boolean paused;
    long pauseGeneration;
    long pausedUntil;
    boolean timerDueOnResume;
    final ArrayDeque<Parked> parked = new ArrayDeque<>();

    /**
     * The model key last computed for {@link #keyedNode} by {@link #keyFunction}, so that a model checker keys
     * only the nodes that ran since: {@link NetworkEngine#drain}, which follows every call into a node, clears it,
     * and a different node object (a restart, a restored copy) misses it. A snapshot keeps it with the copy.
     */
    Object modelKey;
    Object keyedNode;
    Function<?, ?> keyFunction;

    /**
     * The copy kept in a snapshot that {@link #copiedNode} is in the same state as, or null: set when a snapshot
     * copies the node or restores it from that copy, cleared (like the model key) when the node runs. While
     * {@link #copiedNode} is still the live node, a snapshot keeps that copy instead of copying the node again,
     * and restoring a snapshot that holds the same copy keeps the node: a kept copy is never run, only copied
     * from, so in a model checker's search only the nodes an event touched are copied.
     */
    Object copyOf;
    Object copiedNode;

    long sent;
    /**
     * The distinct nodes the node's last reaction to an input sent to, kept only while fan-out cuts are on
     * ({@code NetworkFaults.fanOutCutRate}); cleared at every drain then.
     */
    final BitSet lastDestinations = new BitSet();
    long delivered;
    long timersFired;
    long crashes;
    long restarts;
    long pauses;

    NodeSlot(NodeId id, NodeMaker<N> maker, NodeDisk disk, SimRandom random, NodeClock clock) {
        this.id = id;
        this.name = id.toString();
        this.maker = maker;
        this.disk = disk;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Creates the node of the current incarnation at the node's local time {@code now}: fresh, from its
     * durable state, or on its machine's disk with a new handle (submitting at the network's time) and the
     * disk's contents as they are.
     */
    N create(SimRandom random, LogicalTime now, Supplier<LogicalTime> networkNow) {
        N made = maker.make(this, random, now, networkNow);
        return Objects.requireNonNull(made, "the factory of " + name + " returned null");
    }

    /** Keeps what the crashing node exposes if it is {@link Durable}; called before the node is dropped. */
    void keepDurableState() {
        durableState = disk == null && node instanceof Durable<?> durable
                ? Objects.requireNonNull(durable.durableState(), name + " returned null durable state")
                : null;
    }

    /** The live node's model key by {@code nodeKey}, from the cache when the node has not run since it was computed. */
    Object modelKey(Function<? super N, ?> nodeKey) {
        if (modelKey != null && keyedNode == node && keyFunction == nodeKey) {
            return modelKey;
        }
        Object key = Objects.requireNonNull(nodeKey.apply(node), "the state key of " + name);
        keyed(node, key, nodeKey);
        return key;
    }

    /** Remembers {@code key} as {@code keyed}'s model key by {@code nodeKey} (null key: nothing remembered). */
    void keyed(Object keyed, Object key, Function<?, ?> nodeKey) {
        modelKey = key;
        keyedNode = keyed;
        keyFunction = nodeKey;
    }

    /** The node ran (or may have): its cached model key is stale. */
    void ran() {
        modelKey = null;
        keyedNode = null;
        keyFunction = null;
        copyOf = null;
        copiedNode = null;
    }

    /** The kept copy the live node is in the same state as (see {@link #copyOf}), or null. */
    Object untouchedCopy() {
        return node != null && copiedNode == node ? copyOf : null;
    }

    /** Notes that the live node is in the same state as {@code copy}, a copy kept in a snapshot. */
    void sameAs(Object copy) {
        copyOf = copy;
        copiedNode = node;
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
