package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.net.NodeId;

/**
 * Something a runner does at a later tick: a delayed strike lands, or a lasting fault is undone (a restart of
 * the node it crashed, only if that incarnation is still down, so a node restarted and crashed again by
 * something else is left alone; or the heal of one partition, only if a later one has not replaced it, the
 * partition compared by identity, since two strikes may plan equal cuts).
 * Ordered by time, then by when it was planned, so equal times apply in order.
 *
 * @param at the tick
 * @param sequence the order of planning
 * @param kind what happens
 * @param node the node to restart, null otherwise
 * @param incarnation the node's incarnation when it was crashed
 * @param strike the delayed strike or the partition to heal, null otherwise
 */
record Recovery(long at, long sequence, Kind kind, NodeId node, int incarnation, Planned strike) implements Comparable<Recovery> {

    /** What happens. */
    enum Kind {
        STRIKE,
        RESTART,
        HEAL
    }

    @Override
    public int compareTo(Recovery other) {
        int byTime = Long.compare(at, other.at);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
}
