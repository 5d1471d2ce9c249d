package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.net.NodeId;
import java.util.List;

/**
 * A strike with every detail drawn (inside its span) and nothing done yet, so that a delayed strike draws
 * nothing when it lands: the node, the cuts of a partition, and how long the fault lasts.
 *
 * @param by the nemesis
 * @param strike the kind
 * @param node the target, null for a heal
 * @param cuts the partitions to make, each between two sides; empty for kinds that cut nothing
 * @param ticks how long the fault lasts
 */
record Planned(Armed by, Strike strike, NodeId node, List<Cut> cuts, long ticks) {

    /**
     * One partition: every link between the two sides cut both ways.
     *
     * @param sideA one side, not empty
     * @param sideB the other side, not empty, disjoint from {@code sideA}
     */
    record Cut(List<NodeId> sideA, List<NodeId> sideB) {
    }
}
