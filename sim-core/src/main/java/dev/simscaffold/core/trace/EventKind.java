package dev.simscaffold.core.trace;

/**
 * What a {@link TraceEvent} records. The fingerprint encodes kinds by name, never by ordinal, so new
 * kinds can be added without changing existing fingerprints.
 */
public enum EventKind {
    /** An input was applied to a state-machine instance. */
    STEP,
    /** An effect reached the outside world when it was emitted. */
    EFFECT,
    /** An effect was lost by fault injection; it stays in the log, marked dropped. */
    EFFECT_DROPPED,
    /** An extra copy of an effect reached the outside world. */
    EFFECT_DUPLICATED,
    /** An effect was held back by fault injection, to be delivered later. */
    EFFECT_DELAYED,
    /** A previously delayed effect reached the outside world. */
    EFFECT_DELIVERED,
    /** Simulated time moved forward. */
    TIME_ADVANCED,
    /** Fault injection made the clock jump forward before a step. */
    CLOCK_JUMP,
    /** A message was handed to the network. */
    SEND,
    /** A message reached its destination node. */
    DELIVER,
    /** The network lost a message. */
    DROP,
    /** The network duplicated a message. */
    DUPLICATE,
    /** A message could not cross a partition. */
    PARTITION_BLOCKED,
    /** A network partition began. */
    PARTITION,
    /** A network partition ended. */
    HEAL,
    /** A node crashed, losing its volatile state. */
    CRASH,
    /** A crashed node was re-created. */
    RESTART,
    /** A node stopped processing for a while. */
    PAUSE,
    /** A paused node resumed. */
    RESUME,
    /** A node's timer fired. */
    TIMER,
    /** An invariant did not hold. */
    VIOLATION,
    /** Free-form annotation from a test or scenario. */
    NOTE,
    /** A message reached a paused node and waits, in arrival order, for it to resume. */
    PARKED
}
