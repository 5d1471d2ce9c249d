package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceCheckpoint;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A network's whole state at one moment, taken by {@link SimNetwork#snapshot} and put back by
 * {@link SimNetwork#restore}, so that a model checker can go back to a state instead of replaying the path
 * that reached it: the time (the context's too), the pending events with their sequence numbers, the links'
 * cuts and the epochs that say whether a pending heal or scheduled fault is current, every node slot (a copy
 * of its node, its incarnation, durable state, timer and pause state, parked messages, clock and counters, and the
 * node's model key if one was computed since it last ran: the copy behaves as the node, so it has the same key),
 * the network's counters, its own sometimes counts and its trace.
 *
 * <p>A kept node copy is never run, only copied from, so snapshots share it: a node that has not run since it
 * was copied into a snapshot or restored from one is not copied again, neither by the next snapshot (which keeps
 * the same copy) nor by restoring a snapshot that holds that copy (the node stays). A model checker's step
 * touches one node, so it copies that node alone. This relies on what the model key cache relies on: every call
 * into a node is followed by {@link NetworkEngine#drain}, which marks the node as having run.
 *
 * <p>Random streams are not in it: a snapshot is restored into the network that took it, whose streams and
 * nodes' streams are the same objects, and a model checker's streams keep no position (every draw is forced).
 * A machine's disk is in it whole ({@link dev.simscaffold.core.storage.SimDisk#save}: images, unsynced writes, operations in
 * flight, completions not yet polled) with the handle its incarnation holds. A network whose faults were stopped since
 * cannot be restored.
 */
@Api(Api.Status.INTERNAL)
public final class NetworkSnapshot {

    final Object network;
    final long now;
    final EventQueue.Saved queue;
    final Links links;
    final Slot[] slots;
    final long[] counters;
    final long[] reached;
    final TraceCheckpoint trace;
    final FaultInjector.State injector;
    final long[] epochs;

    /** One node slot's state; {@code node} is a copy, or null while crashed. */
    record Slot(Object node, int incarnation, Object durableState, long timerGeneration, long deadline, boolean paused,
            long pauseGeneration, long pausedUntil, boolean timerDueOnResume, Parked[] parked, NodeClock clock,
            long[] stats, NodeDisk.Saved disk, Object modelKey, Function<?, ?> keyFunction) {
    }

    private NetworkSnapshot(Object network, long now, EventQueue.Saved queue, Links links, Slot[] slots, long[] counters,
            long[] reached, TraceCheckpoint trace, FaultInjector.State injector, long[] epochs) {
        this.network = network;
        this.now = now;
        this.queue = queue;
        this.links = links;
        this.slots = slots;
        this.counters = counters;
        this.reached = reached;
        this.trace = trace;
        this.injector = injector;
        this.epochs = epochs;
    }

    /** Takes the engine's state, copying every live node with {@code copy}. */
    static <M, N extends SansIoNode<M>> NetworkSnapshot capture(Object network, NetworkEngine<M, N> engine, UnaryOperator<N> copy) {
        Slot[] slots = new Slot[engine.slots.size()];
        for (int i = 0; i < slots.length; i++) {
            NodeSlot<M, N> slot = engine.slots.get(i);
            slots[i] = new Slot(slot.node == null ? null : kept(slot, copy), slot.incarnation, slot.durableState,
                    slot.timerGeneration, slot.deadline, slot.paused, slot.pauseGeneration, slot.pausedUntil,
                    slot.timerDueOnResume, slot.parked.toArray(new Parked[0]), slot.clock,
                    new long[] {slot.sent, slot.delivered, slot.timersFired, slot.crashes, slot.restarts, slot.pauses},
                    slot.disk == null ? null : slot.disk.save(),
                    slot.node != null && slot.keyedNode == slot.node ? slot.modelKey : null, slot.keyFunction);
        }
        Counters c = engine.counters;
        long[] counters = {c.events, c.sent, c.delivered, c.dropped, c.lost, c.duplicated, c.tailDelayed, c.partitionBlocked,
            c.timersFired, c.partitions};
        return new NetworkSnapshot(network, engine.now().ticks(), engine.queue.save(), engine.links.copy(), slots, counters,
                engine.reached().clone(), engine.trace.checkpoint(), engine.injector.state(), engine.faults.epochs());
    }

    /**
     * Puts the engine back to this snapshot, giving each slot a fresh copy of the node kept in it, or leaving
     * the slot's node when it is an untouched copy of that same kept node (it has not run since).
     */
    @SuppressWarnings("unchecked")
    <M, N extends SansIoNode<M>> void restore(Object into, NetworkEngine<M, N> engine, UnaryOperator<N> copy) {
        if (into != network) {
            throw new IllegalArgumentException("a snapshot can only be restored into the network that took it");
        }
        engine.injector.restore(injector);
        engine.restoreNow(LogicalTime.of(now));
        engine.queue.restore(queue);
        engine.links.restore(links);
        for (int i = 0; i < slots.length; i++) {
            Slot kept = slots[i];
            NodeSlot<M, N> slot = engine.slots.get(i);
            if (kept.node == null) {
                slot.node = null;
                slot.keyed(null, null, null);
                engine.live.remove(slot.id);
            } else if (slot.untouchedCopy() != kept.node) {
                slot.node = copied((N) kept.node, slot.name, copy);
                slot.sameAs(kept.node);
                engine.live.put(slot.id, slot.node);
                slot.keyed(kept.modelKey == null ? null : slot.node, kept.modelKey, kept.keyFunction);
            } else if (kept.modelKey != null) {
                slot.keyed(slot.node, kept.modelKey, kept.keyFunction);
            }
            slot.incarnation = kept.incarnation;
            slot.durableState = kept.durableState;
            slot.timerGeneration = kept.timerGeneration;
            slot.deadline = kept.deadline;
            slot.paused = kept.paused;
            slot.pauseGeneration = kept.pauseGeneration;
            slot.pausedUntil = kept.pausedUntil;
            slot.timerDueOnResume = kept.timerDueOnResume;
            slot.parked.clear();
            for (Parked parked : kept.parked) {
                slot.parked.addLast(parked);
            }
            slot.clock = kept.clock;
            long[] stats = kept.stats;
            slot.sent = stats[0];
            slot.delivered = stats[1];
            slot.timersFired = stats[2];
            slot.crashes = stats[3];
            slot.restarts = stats[4];
            slot.pauses = stats[5];
            if (slot.disk != null) {
                slot.disk.restore(kept.disk);
            }
        }
        Counters c = engine.counters;
        c.events = counters[0];
        c.sent = counters[1];
        c.delivered = counters[2];
        c.dropped = counters[3];
        c.lost = counters[4];
        c.duplicated = counters[5];
        c.tailDelayed = counters[6];
        c.partitionBlocked = counters[7];
        c.timersFired = counters[8];
        c.partitions = counters[9];
        System.arraycopy(reached, 0, engine.reached(), 0, reached.length);
        engine.faults.restoreEpochs(epochs);
        engine.trace.restore(trace);
    }

    /**
     * The copy of a live node to keep: the kept copy it is still in the same state as (it has not run since it
     * was copied to or from it), else a new copy, which it is then in the same state as.
     */
    private static <M, N extends SansIoNode<M>> Object kept(NodeSlot<M, N> slot, UnaryOperator<N> copy) {
        Object untouched = slot.untouchedCopy();
        if (untouched != null) {
            return untouched;
        }
        N copied = copied(slot.node, slot.name, copy);
        slot.sameAs(copied);
        return copied;
    }

    private static <N> N copied(N node, String name, UnaryOperator<N> copy) {
        N copied = copy.apply(node);
        if (copied == null) {
            throw new IllegalStateException("the copy of " + name + " (" + node.getClass().getSimpleName() + ") is null");
        }
        return copied;
    }
}
