package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.net.NetworkSnapshot;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The states of one search kept as network snapshots, so that expanding a state restores its network instead
 * of replaying its path from the start: a snapshot is taken when a state is reached and will be expanded (it
 * is new and above the depth bound), restored for each of its successors, and dropped once the search moves
 * on to another state. Each state is expanded once, so at most the frontier (BFS) or the open branches (DFS)
 * hold snapshots.
 *
 * <p>A snapshot covers the network's own state exactly (see {@link NetworkSnapshot}) and each node through
 * its copy: {@link ModelCopyable}, or the builder's {@code nodeCopy}, and each machine's disk whole. When a node
 * cannot be copied, the search falls back to replay for good, so every state is
 * rebuilt the same way and the two paths give the same states and verdicts ({@code SnapshotReplayTest}).
 *
 * @param <M> the message type
 */
final class Snapshots<M> {

    private final Function<? super SansIoNode<M>, ? extends SansIoNode<M>> nodeCopy;
    private final UnaryOperator<SansIoNode<M>> copy;
    private final Map<PathNode, Kept<M>> kept = new IdentityHashMap<>();
    private boolean usable;
    private PathNode expanding;
    private long restores;

    /** A node the copy function returned null for: the search replays from then on. */
    private static final class NotCopyable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCopyable() {
            super(null, null, false, false);
        }
    }

    private record Kept<M>(SimNetwork<M> network, NetworkSnapshot snapshot) {
    }

    /**
     * @param nodeCopy copies a node, or returns null for a node it cannot copy; null to never snapshot
     */
    Snapshots(Function<? super SansIoNode<M>, ? extends SansIoNode<M>> nodeCopy) {
        this.nodeCopy = nodeCopy;
        this.usable = nodeCopy != null;
        this.copy = node -> {
            SansIoNode<M> copied = nodeCopy.apply(node);
            if (copied == null) {
                throw new NotCopyable();
            }
            return copied;
        };
    }

    /** The default node copy: a {@link ModelCopyable} node's own, null for any other node. */
    @SuppressWarnings("unchecked")
    static <M> SansIoNode<M> copyOf(SansIoNode<M> node) {
        return node instanceof ModelCopyable<?> copyable ? (SansIoNode<M>) copyable.modelCopy() : null;
    }

    /** Keeps {@code network}'s state as {@code node}'s, unless snapshots are off or this network cannot take one. */
    void keep(PathNode node, SimNetwork<M> network) {
        if (!usable) {
            return;
        }
        try {
            kept.put(node, new Kept<>(network, network.snapshot(copy)));
        } catch (NotCopyable refused) {
            usable = false;
            kept.clear();
        }
    }

    /**
     * The network of {@code node} restored from its snapshot, or null if none is kept (then the caller
     * replays). Moving on to a new state drops the snapshot of the one expanded before.
     */
    SimNetwork<M> restore(PathNode node) {
        if (node != expanding) {
            if (expanding != null) {
                kept.remove(expanding);
            }
            expanding = node;
        }
        Kept<M> state = kept.get(node);
        if (state == null) {
            return null;
        }
        state.network().restore(state.snapshot(), copy);
        restores++;
        return state.network();
    }

    /** How many times a state was restored instead of replayed. */
    long restores() {
        return restores;
    }
}
