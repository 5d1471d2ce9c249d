package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.net.NodeId;
import java.util.List;

/**
 * A strike with every detail drawn (inside its span) and nothing done yet, so that a delayed strike draws
 * nothing when it lands: the node, the two sides of a partition, and how long the fault lasts.
 *
 * @param by the nemesis
 * @param strike the kind
 * @param node the target, null for a heal
 * @param sideA one side of a partition, empty for other kinds
 * @param sideB the other side
 * @param ticks how long the fault lasts
 */
record Planned(Armed by, Strike strike, NodeId node, List<NodeId> sideA, List<NodeId> sideB, long ticks) {
}
