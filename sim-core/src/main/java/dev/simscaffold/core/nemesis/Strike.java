package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;

/**
 * What a nemesis does to the node it picked. Node faults that last (a crash, a power loss, an isolation, a cut)
 * are undone by the runner after a drawn number of ticks, as Jepsen's nemeses pair each start with a stop;
 * {@link #RESTART} and {@link #HEAL} undo at once what any fault left behind.
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
    /** A crashed node, drawn among all crashed nodes (a crashed node reports nothing to target), restarts now. */
    RESTART,
    /** Every partition heals now, whoever made it; needs no target. */
    HEAL
}
