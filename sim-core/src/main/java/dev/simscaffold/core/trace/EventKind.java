package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;

/**
 * What a {@link TraceEvent} records. The fingerprint encodes kinds by name, never by ordinal, so new
 * kinds can be added without changing existing fingerprints. Kinds that record an injected fault say so
 * with {@link #fault()}, which is what a {@link Coverage} summary counts.
 */
@Api(Api.Status.STABLE)
public enum EventKind {
    /** An input was applied to a state-machine instance. */
    STEP,
    /** An effect reached the outside world (or, routed, another instance's mailbox) when it was emitted. */
    EFFECT,
    /** An effect was lost by fault injection; it stays in the log, marked dropped. */
    EFFECT_DROPPED(true),
    /** An extra copy of an effect reached the outside world. */
    EFFECT_DUPLICATED(true),
    /** An effect was held back by fault injection, to be delivered later. */
    EFFECT_DELAYED(true),
    /** A previously delayed effect reached the outside world. */
    EFFECT_DELIVERED,
    /** Simulated time moved forward. */
    TIME_ADVANCED,
    /** Fault injection made the clock jump forward before a step. */
    CLOCK_JUMP(true),
    /** A message was handed to the network. */
    SEND,
    /** A message reached its destination node. */
    DELIVER,
    /** The network lost a message. */
    DROP(true),
    /** The network duplicated a message. */
    DUPLICATE(true),
    /** A message could not cross a partition. */
    PARTITION_BLOCKED,
    /** A network partition began. */
    PARTITION(true),
    /** A network partition ended. */
    HEAL,
    /** A node crashed, losing its volatile state. */
    CRASH(true),
    /** A crashed node was re-created. */
    RESTART,
    /** A node stopped processing for a while. */
    PAUSE(true),
    /** A paused node resumed. */
    RESUME,
    /** A node's timer fired. */
    TIMER,
    /** An invariant did not hold. */
    VIOLATION,
    /** Free-form annotation from a test or scenario. */
    NOTE,
    /** A message reached a paused node and waits, in arrival order, for it to resume. */
    PARKED,
    /** A routed effect was applied as its receiving instance's input. */
    RECEIVE,
    /** An action on a paused node waits, in order, for the node to resume. */
    INVOKE_QUEUED,
    /** A simulated disk accepted a write into its volatile cache (or failed it). */
    DISK_WRITE,
    /** A simulated disk completed (or failed) an fsync: the cached writes became durable. */
    DISK_FSYNC,
    /** A simulated disk completed (or failed) a read. */
    DISK_READ,
    /** Fault injection failed a disk write, fsync or read with an I/O error. */
    DISK_IO_ERROR(true),
    /** A disk write did not fit in the disk's capacity. */
    DISK_FULL(true),
    /** Fault injection flipped a bit of the data a disk write stored. */
    DISK_CORRUPTION(true),
    /** A node's process crashed: its disk lost in-flight operations, and its page cache survived. */
    DISK_PROCESS_CRASH(true),
    /** A node lost power: its disk kept only fsynced data (plus whatever the fault model let survive). */
    POWER_LOSS(true),
    /** At a power loss, the last unsynced write persisted only a prefix of its sectors. */
    DISK_TORN_WRITE(true),

    /** A client invoked an operation of a recorded history (see {@code dev.simscaffold.core.history}). */
    HISTORY_INVOKE,
    /** A client's operation returned its output. */
    HISTORY_OK,
    /** A client's operation certainly did not take effect. */
    HISTORY_FAIL,
    /** A client gave up on an operation without knowing whether it took effect. */
    HISTORY_INFO,

    /** A fault replaced a message's payload with a corrupted one on its way (the value is the corrupted message). */
    MESSAGE_CORRUPTED(true),
    /** A fault sent a message to a node other than its addressee (the peer is the node it went to). */
    MISDELIVERED(true),
    /** A fault held a message back for extra ticks on top of the network's delay. */
    MESSAGE_DELAYED(true);

    private final boolean fault;
    private final long word;

    EventKind() {
        this(false);
    }

    EventKind(boolean fault) {
        this.fault = fault;
        this.word = FingerprintHash.stringWord(name());
    }

    /**
     * Tells whether this kind records an injected fault (a loss, a duplicate, a delay, a jump, a
     * partition, a crash or a pause), as opposed to the system's own work or its recovery.
     *
     * @return true for fault kinds
     */
    public boolean fault() {
        return fault;
    }

    /** The word this kind adds to a fingerprint: the string word of its name. */
    long word() {
        return word;
    }
}
