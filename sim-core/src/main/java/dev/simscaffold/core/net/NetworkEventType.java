package dev.simscaffold.core.net;

import dev.simscaffold.core.explore.EnabledEvent;
import dev.simscaffold.core.explore.EnabledEvents;
import java.util.ArrayList;
import java.util.List;

/** The kinds of event a {@link NetworkEngine} queues; the engine handles them in one exhaustive switch. */
enum NetworkEventType {
    /** A message reaches its destination (payload: the envelope; generation: the destination's incarnation). */
    DELIVER,
    /** A message that waited at a paused node is handled now that it resumed; partitions no longer apply to it. */
    DELIVER_PARKED,
    /** A node's deadline passes (generation: the timer generation it was set in). */
    TIMER,
    /** A paused node resumes (generation: the pause generation). */
    RESUME,
    /** A randomly crashed node restarts (generation: the incarnation that crashed). */
    RESTART,
    /** A random partition heals (payload: the partition; generation: the heal epoch). */
    HEAL,
    /** A fault schedule entry applies (payload: the fault event; generation: the schedule epoch). */
    SCHEDULED,
    /** An action invoked on a paused node runs now that it resumed (payload: the action). */
    INVOKE,
    /** A node's disk completes the operations due now (generation: the disk's deadline generation). */
    DISK;

    private static final NetworkEventType[] VALUES = values();

    static NetworkEventType of(int ordinal) {
        return VALUES[ordinal];
    }

    /** What a strategy sees this kind of event as. */
    EnabledEvent.Kind kind() {
        return switch (this) {
            case DELIVER, DELIVER_PARKED -> EnabledEvent.Kind.DELIVER;
            case TIMER -> EnabledEvent.Kind.TIMER;
            case DISK -> EnabledEvent.Kind.DISK;
            case INVOKE -> EnabledEvent.Kind.INVOKE;
            case RESUME, RESTART, HEAL, SCHEDULED -> EnabledEvent.Kind.FAULT;
        };
    }

    /**
     * The nodes an event of this kind reads or changes: its node, except a heal or a scheduled partition
     * or heal, which change the links between every pair of nodes.
     */
    List<Integer> touches(int node, Object payload, int nodeCount) {
        boolean links = this == HEAL || (this == SCHEDULED && !(payload instanceof FaultEvent.NodeEvent));
        if (!links) {
            return List.of(this == SCHEDULED ? ((FaultEvent.NodeEvent) payload).node().index() : node);
        }
        List<Integer> every = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            every.add(i);
        }
        return every;
    }

    /**
     * What {@link #touches} lists, as one number: its one node, or {@link EnabledEvents#EVERY_NODE} for an
     * event that changes the links (the only node, in a network of one).
     */
    int touchedNode(int node, Object payload, int nodeCount) {
        boolean links = this == HEAL || (this == SCHEDULED && !(payload instanceof FaultEvent.NodeEvent));
        if (links) {
            return nodeCount == 1 ? 0 : EnabledEvents.EVERY_NODE;
        }
        return this == SCHEDULED ? ((FaultEvent.NodeEvent) payload).node().index() : node;
    }

    /** The node whose step queued an event of this kind: a message's sender, else its node; none for a fault action. */
    int origin(int node, Object payload) {
        return switch (this) {
            case DELIVER, DELIVER_PARKED -> ((Envelope<?>) payload).from();
            case TIMER, DISK, INVOKE -> node;
            case RESUME, RESTART, HEAL, SCHEDULED -> EnabledEvent.NO_ORIGIN;
        };
    }
}
