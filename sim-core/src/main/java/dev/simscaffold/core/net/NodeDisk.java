package dev.simscaffold.core.net;

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.CrashKind;
import dev.simscaffold.core.storage.SimDisk;
import dev.simscaffold.core.storage.StorageIo;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * The disk of one machine on a {@link SimNetwork}, kept across the incarnations of its node: the
 * {@link SimDisk} itself, the handle of the current incarnation (closed when it crashes), the deadline
 * bookkeeping that turns the disk's next completion into a queued network event, and the machine's own
 * decision whether a random crash is a power loss.
 */
final class NodeDisk {

    final SimDisk disk;
    /** Invalidates queued completion events overtaken by a newer deadline, a crash or a resume. */
    long generation;
    long deadline = NodeSlot.NO_DEADLINE;
    /** Completions became due while the node was paused; deliver them when it resumes. */
    boolean completionsDueOnResume;
    private final SimRandom powerLosses;
    private final double powerLossRate;
    private Handle handle;

    NodeDisk(SimDisk disk, SimRandom powerLosses, double powerLossRate) {
        this.disk = disk;
        this.powerLosses = powerLosses;
        this.powerLossRate = powerLossRate;
    }

    /** How a random crash takes this machine down: a zero rate draws nothing. */
    CrashKind randomCrashKind() {
        return powerLosses.occurs(powerLossRate) ? CrashKind.POWER_LOSS : CrashKind.PROCESS_CRASH;
    }

    /** Closes the previous incarnation's handle, if any, and opens one for the next, submitting at {@code now}. */
    StorageIo open(String owner, int incarnation, Supplier<LogicalTime> now) {
        close();
        handle = new Handle(owner + " incarnation " + incarnation, now);
        return handle;
    }

    /** Makes the current handle refuse further operations: its incarnation is gone. */
    void close() {
        if (handle != null) {
            handle.open = false;
            handle = null;
        }
    }

    /** Forgets the queued completion event and any completions waiting for a resume. */
    void forgetDeadline() {
        generation++;
        deadline = NodeSlot.NO_DEADLINE;
        completionsDueOnResume = false;
    }

    /**
     * The machine's disk as a model checker's state key: the disk's own state (times less {@code timeBase}) and
     * whether completions wait for a resume. The generation and deadline are bookkeeping for the queued
     * completion event, which the queue's key covers.
     */
    List<Object> modelState(long timeBase) {
        return List.of(disk.modelState(timeBase), completionsDueOnResume);
    }

    /** Takes the disk and its bookkeeping, with the current incarnation's handle and whether it is open. */
    Saved save() {
        return new Saved(disk.save(), generation, deadline, completionsDueOnResume, handle, handle != null && handle.open);
    }

    /**
     * Puts back what {@link #save} took. The handle the saved incarnation used is reopened, because a restored
     * node is a copy that still holds it; the handle of an incarnation made after the save is closed.
     */
    void restore(Saved saved) {
        disk.restore(saved.disk());
        generation = saved.generation();
        deadline = saved.deadline();
        completionsDueOnResume = saved.completionsDueOnResume();
        if (handle != null && handle != saved.handle()) {
            handle.open = false;
        }
        handle = saved.handle();
        if (handle != null) {
            handle.open = saved.open();
        }
    }

    /** A disk's state in a network snapshot. */
    record Saved(SimDisk.Saved disk, long generation, long deadline, boolean completionsDueOnResume, Handle handle, boolean open) {
    }

    /** One incarnation's view of the disk; it submits at the network's current time. */
    private final class Handle implements StorageIo {
        private final String owner;
        private final Supplier<LogicalTime> now;
        private boolean open = true;

        Handle(String owner, Supplier<LogicalTime> now) {
            this.owner = owner;
            this.now = now;
        }

        @Override
        public long write(long offset, byte[] data) {
            return disk.write(openNow(), offset, data);
        }

        @Override
        public long fsync() {
            return disk.fsync(openNow());
        }

        @Override
        public long read(long offset, int length) {
            return disk.read(openNow(), offset, length);
        }

        @Override
        public long size() {
            openNow();
            return disk.size();
        }

        private LogicalTime openNow() {
            if (!open) {
                throw new IllegalStateException("the disk handle of " + owner + " is closed: that incarnation crashed, "
                        + "and only the node its restart created may use the disk");
            }
            return now.get();
        }

        @Override
        public String toString() {
            return "StorageIo[" + owner + (open ? "" : ", closed") + "]";
        }
    }
}
