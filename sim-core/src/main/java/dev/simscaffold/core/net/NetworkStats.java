package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import java.util.List;

/**
 * A snapshot of what a {@link SimNetwork} has done so far: how many messages met each fate, and how
 * many timers and node faults occurred. Tests use it to check that faults really happened at the
 * configured rates, and reports print it next to the seed.
 *
 * @param events events processed (deliveries, timers, faults, resumes)
 * @param sent messages handed to the network by nodes
 * @param delivered messages handled by a node
 * @param dropped messages lost: by the loss rate, or because their destination crashed
 * @param lost messages lost by the loss rate alone (a subset of {@code dropped})
 * @param duplicated extra copies created by the duplication rate
 * @param tailDelayed messages that took a heavy-tail delay
 * @param partitionBlocked messages that could not cross a partition (at send or at delivery)
 * @param timersFired timeouts handled by nodes
 * @param partitions partitions started (scheduled, by API or random)
 * @param perNode counters per node, indexed by {@link NodeId#index()}
 */
@Api(Api.Status.STABLE)
public record NetworkStats(
        long events,
        long sent,
        long delivered,
        long dropped,
        long lost,
        long duplicated,
        long tailDelayed,
        long partitionBlocked,
        long timersFired,
        long partitions,
        List<NodeStats> perNode) {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param events the {@code events} component
     * @param sent the {@code sent} component
     * @param delivered the {@code delivered} component
     * @param dropped the {@code dropped} component
     * @param lost the {@code lost} component
     * @param duplicated the {@code duplicated} component
     * @param tailDelayed the {@code tailDelayed} component
     * @param partitionBlocked the {@code partitionBlocked} component
     * @param timersFired the {@code timersFired} component
     * @param partitions the {@code partitions} component
     * @param perNode the {@code perNode} component
     */
    public NetworkStats {
        perNode = List.copyOf(perNode);
    }

    /**
     * Returns one node's counters.
     *
     * @param node the node
     * @return its counters
     */
    public NodeStats node(NodeId node) {
        return perNode.get(node.index());
    }

    /**
     * Returns the total number of crashes across nodes.
     *
     * @return the count
     */
    public long crashes() {
        return perNode.stream().mapToLong(NodeStats::crashes).sum();
    }

    /**
     * Returns the total number of pauses across nodes.
     *
     * @return the count
     */
    public long pauses() {
        return perNode.stream().mapToLong(NodeStats::pauses).sum();
    }
}
