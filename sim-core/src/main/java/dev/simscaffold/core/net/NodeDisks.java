package dev.simscaffold.core.net;

import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.CrashKind;
import java.util.Optional;

/**
 * The disks of a {@link NetworkEngine}'s machines: turns each disk's next completion into a queued
 * {@link NetworkEventType#DISK} event (in network time, so equal times run in insertion order with every
 * other event), hands completions to the node, and applies a {@link CrashKind} to the disk when its node
 * goes down. The disks record into the network's trace under
 * their node's name.
 *
 * @param <M> the message type
 * @param <N> the node type
 */
final class NodeDisks<M, N extends SansIoNode<M>> {

    private final NetworkEngine<M, N> engine;

    NodeDisks(NetworkEngine<M, N> engine) {
        this.engine = engine;
    }

    /** Re-reads the disk's next completion time into a queued event, after every poll of the node. */
    void schedule(NodeSlot<M, N> slot) {
        NodeDisk disk = slot.disk;
        if (disk == null) {
            return;
        }
        Optional<Long> due = disk.disk.pollTimeout().map(time -> Math.max(time.ticks(), engine.now().ticks()));
        if (due.isEmpty()) {
            if (disk.deadline != NodeSlot.NO_DEADLINE) {
                disk.deadline = NodeSlot.NO_DEADLINE;
                disk.generation++;
            }
            return;
        }
        if (due.get() == disk.deadline) {
            return;
        }
        disk.deadline = due.get();
        disk.generation++;
        engine.queue.push(disk.deadline, NetworkEventType.DISK, slot.id.index(), disk.generation, null);
    }

    /**
     * Completes what is due; a paused node gets the completions when it resumes (the disk works on
     * meanwhile, so a crash during the pause keeps the writes that reached the cache).
     */
    boolean complete(NodeSlot<M, N> slot, long generation) {
        NodeDisk disk = slot.disk;
        if (disk.generation != generation || !slot.up()) {
            return false;
        }
        disk.deadline = NodeSlot.NO_DEADLINE;
        disk.disk.handleTimeout(engine.now());
        if (slot.paused) {
            disk.completionsDueOnResume = true;
            schedule(slot);
            return true;
        }
        @SuppressWarnings("unchecked")
        StorageNode<M> node = (StorageNode<M>) slot.node;
        for (Optional<Completion> next = disk.disk.pollCompletion(); next.isPresent(); next = disk.disk.pollCompletion()) {
            node.handleCompletion(next.get(), engine.localNow(slot));
        }
        engine.drain(slot);
        engine.faults.strikeAfterInput(slot);
        return true;
    }

    /** A paused node resumed: queues the delivery of the completions that waited for it, now. */
    void resume(NodeSlot<M, N> slot) {
        NodeDisk disk = slot.disk;
        if (disk != null && disk.completionsDueOnResume) {
            disk.forgetDeadline();
            engine.queue.push(engine.now().ticks(), NetworkEventType.DISK, slot.id.index(), disk.generation, null);
        }
    }

    /** The slot's machine went down in the way {@code kind} says; a machine without a disk keeps nothing anyway. */
    void crash(NodeSlot<M, N> slot, CrashKind kind) {
        NodeDisk disk = slot.disk;
        if (disk != null) {
            disk.close();
            disk.forgetDeadline();
            disk.disk.crash(engine.now(), kind);
        }
    }
}
