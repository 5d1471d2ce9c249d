package dev.simscaffold.core.net;

import java.util.ArrayList;
import java.util.List;

/** The network-wide counters, mutable and unboxed; {@link #snapshot} turns them into a value. */
final class Counters {

    long events;
    long sent;
    long delivered;
    long dropped;
    long lost;
    long duplicated;
    long tailDelayed;
    long partitionBlocked;
    long timersFired;
    long partitions;

    <M, N extends SansIoNode<M>> NetworkStats snapshot(List<NodeSlot<M, N>> slots) {
        List<NodeStats> perNode = new ArrayList<>(slots.size());
        for (NodeSlot<M, N> slot : slots) {
            perNode.add(slot.stats());
        }
        return new NetworkStats(events, sent, delivered, dropped, lost, duplicated, tailDelayed, partitionBlocked,
                timersFired, partitions, perNode);
    }
}
