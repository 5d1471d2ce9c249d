package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;

/**
 * The address of one node in a {@link SimNetwork}: a dense index from 0, so the network can keep its
 * per-node state in arrays and iterate nodes in a fixed order without hashing.
 *
 * @param index the node's position, {@code >= 0}
 */
@Api(Api.Status.STABLE)
public record NodeId(int index) implements Comparable<NodeId> {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param index the {@code index} component
     */
    public NodeId {
        Require.nonNegative("NodeId index", index);
    }

    /**
     * Returns the id of the node at {@code index}.
     *
     * @param index the node's position, {@code >= 0}
     * @return the id
     */
    public static NodeId of(int index) {
        return new NodeId(index);
    }

    /** How messages name the nodes of a network of {@code count} nodes, such as {@code node-0..node-4}. */
    static String range(int count) {
        return of(0) + ".." + of(count - 1);
    }

    @Override
    public int compareTo(NodeId other) {
        return Integer.compare(index, other.index);
    }

    /** Renders as {@code node-3}, the name used in traces, diagrams and random-stream purposes. */
    @Override
    public String toString() {
        return "node-" + index;
    }
}
