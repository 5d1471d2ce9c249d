package dev.simscaffold.corpus.lease;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeClock;
import dev.simscaffold.core.net.NodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Runs the lease protocol: the {@link LockServer} at {@link #LOCK_SERVER}, the {@link FencedStorage} at
 * {@link #STORAGE} and {@link #CLIENTS} {@link LeaseClient}s after them, with {@value FencedWritesInOrder#NAME}
 * checked after every event. Clocks of single nodes can be set (a slow clock is how a lease goes wrong).
 */
public final class LeaseCluster {

    /** The lock server's address. */
    public static final NodeId LOCK_SERVER = NodeId.of(0);
    /** The storage's address. */
    public static final NodeId STORAGE = NodeId.of(1);
    /** How many clients compete for the lease. */
    public static final int CLIENTS = 3;

    private LeaseCluster() {
    }

    /**
     * Builds the network at time 0.
     *
     * @param seed the run's seed
     * @param bugs the planted bugs, empty for the correct protocol
     * @param faults the random network faults
     * @param clocks the clocks of the nodes whose clocks are off, by id
     * @return the network
     */
    public static SimNetwork<LeaseMessage, SansIoNode<LeaseMessage>> network(long seed, Set<LeaseBug> bugs, NetworkFaults faults,
            SortedMap<NodeId, NodeClock> clocks) {
        boolean fencing = !bugs.contains(LeaseBug.NO_FENCING);
        SimNetworkBuilder<LeaseMessage, SansIoNode<LeaseMessage>> builder = SimNetwork.<LeaseMessage, SansIoNode<LeaseMessage>>builder()
                .seed(seed)
                .node(lockServers())
                .node(storages(fencing))
                .nodes(CLIENTS, LeaseClient::new)
                .faults(faults)
                .traceMode(TraceMode.FINGERPRINT_ONLY)
                .invariant(new FencedWritesInOrder());
        clocks.forEach(builder::clock);
        return builder.build();
    }

    /**
     * Runs for {@code ticks}.
     *
     * @param seed the run's seed
     * @param bugs the planted bugs
     * @param faults the random network faults
     * @param clocks the clocks that are off
     * @param ticks how long
     * @return the verdict
     */
    public static RunVerdict run(long seed, Set<LeaseBug> bugs, NetworkFaults faults, SortedMap<NodeId, NodeClock> clocks, long ticks) {
        SimNetwork<LeaseMessage, SansIoNode<LeaseMessage>> network = network(seed, bugs, faults, clocks);
        try {
            network.run(ticks);
        } catch (InvariantViolationError violation) {
            return RunVerdict.violated(violation, network);
        }
        return RunVerdict.ended(Optional.empty(), "", network);
    }

    private static NodeFactory<LockServer> lockServers() {
        return new NodeFactory<>() {
            @Override
            public LockServer create(NodeId id, SimRandom random) {
                return new LockServer(id, 0);
            }

            @Override
            public LockServer restore(NodeId id, SimRandom random, Object durableState) {
                return new LockServer(id, (Long) durableState);
            }
        };
    }

    private static NodeFactory<FencedStorage> storages(boolean fencing) {
        return new NodeFactory<>() {
            @Override
            public FencedStorage create(NodeId id, SimRandom random) {
                return new FencedStorage(id, fencing, List.of());
            }

            @Override
            @SuppressWarnings("unchecked")
            public FencedStorage restore(NodeId id, SimRandom random, Object durableState) {
                return new FencedStorage(id, fencing, (List<FencedStorage.Accepted>) durableState);
            }
        };
    }
}
