package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;

/**
 * What a nemesis does to the node it picked. Node faults that last (a crash, a power loss, an isolation, a cut)
 * are undone by the runner after a drawn number of ticks, as Jepsen's nemeses pair each start with a stop;
 * {@link #RESTART} and {@link #HEAL} undo at once what any fault left behind. The partitions of one runner
 * replace each other, as a Jepsen partitioner's new grudge replaces the old: a partition strike first heals
 * the runner's partitions still in place (never the random or scripted ones), so cutting off each new leader
 * reconnects the previous one.
 */
@Api(Api.Status.EXPERIMENTAL)
public enum Strike {
    /** The node's process crashes, and restarts after the drawn ticks. */
    CRASH,
    /** The node's machine loses power (its disk keeps only what power loss keeps), and restarts after the drawn ticks. */
    POWER_LOSS,
    /** The node stalls for the drawn ticks, like a long GC pause. */
    PAUSE,
    /** Every link between the node and every other node is cut both ways, and heals after the drawn ticks. */
    ISOLATE,
    /**
     * The network splits in two: a majority of the nodes, drawn among the others, on one side, and the node with
     * the rest on the other, so the majority can move on without it; heals after the drawn ticks.
     */
    MAJORITY_WITHOUT,
    /**
     * Jepsen's bridge: the node's peers, drawn into two halves, cannot reach each other, and the node reaches
     * both, so each half sees a majority through it (with three peers, a node in the middle of a line); heals
     * after the drawn ticks. Needs at least two other peers.
     */
    BRIDGE,
    /**
     * Jepsen's ring of majorities: the peers, drawn into a ring from the node, each keep their links to the
     * peers near them in the ring and lose the others, so every peer sees a majority and no two see the same
     * one; heals after the drawn ticks. Needs at least four peers (with three, every peer sees every other).
     */
    MAJORITIES_RING,
    /** A crashed node, drawn among all crashed nodes (a crashed node reports nothing to target), restarts now. */
    RESTART,
    /** Every partition heals now, whoever made it; needs no target. */
    HEAL
}
