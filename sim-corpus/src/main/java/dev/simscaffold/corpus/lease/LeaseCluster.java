package dev.simscaffold.corpus.lease;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.DurableNodeFactory;
import dev.simscaffold.core.net.NodeClock;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.IntUnaryOperator;

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

    private static final int FIRST_CLIENT = 2;

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
    public static SimNetwork<LeaseMessage> network(long seed, Set<LeaseBug> bugs, NetworkFaults faults,
            SortedMap<NodeId, NodeClock> clocks) {
        return network(seed, Strategy.uniform(), bugs, faults, clocks);
    }

    /**
     * Builds the network at time 0, deciding among enabled events with a strategy (the bug benchmark's runs).
     *
     * @param seed the run's seed
     * @param strategy how the network decides among the events that could happen next
     * @param bugs the planted bugs, empty for the correct protocol
     * @param faults the random network faults
     * @param clocks the clocks of the nodes whose clocks are off, by id
     * @return the network
     */
    public static SimNetwork<LeaseMessage> network(long seed, Strategy strategy, Set<LeaseBug> bugs, NetworkFaults faults,
            SortedMap<NodeId, NodeClock> clocks) {
        SimNetworkBuilder<LeaseMessage> builder = builder(bugs, faults, client -> LeaseClient.ENDLESS).seed(seed).strategy(strategy);
        clocks.forEach(builder::clock);
        return builder.build();
    }

    /**
     * Runs a generated workload for {@code ticks}: each client runs its cycles of the scenario and then stays
     * idle; every other decision comes from the scenario's stream.
     *
     * @param scenario the cycles and the stream
     * @param bugs the planted bugs
     * @param faults the random network faults
     * @param ticks how long
     * @return the verdict
     */
    public static RunVerdict run(LeaseScenario scenario, Set<LeaseBug> bugs, NetworkFaults faults, long ticks) {
        return run(builder(bugs, faults, scenario::cyclesOf).random(scenario.random()).build(), ticks);
    }

    private static SimNetworkBuilder<LeaseMessage> builder(Set<LeaseBug> bugs, NetworkFaults faults, IntUnaryOperator cyclesOfClient) {
        boolean fencing = !bugs.contains(LeaseBug.NO_FENCING);
        return SimNetwork.durableNodes(1, lockServers())
                .durableNode(storages(fencing))
                .nodes(CLIENTS, (id, random, now) -> new LeaseClient(id, random, now, cyclesOfClient.applyAsInt(id.index() - FIRST_CLIENT)))
                .faults(faults)
                .traceMode(TraceMode.FINGERPRINT_ONLY)
                .expect(Expectation.always(FencedWritesInOrder.NAME, FencedWritesInOrder::check));
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
        return run(seed, Strategy.uniform(), bugs, faults, clocks, ticks);
    }

    /**
     * Runs for {@code ticks}, deciding among enabled events with a strategy.
     *
     * @param seed the run's seed
     * @param strategy how the network decides among the events that could happen next
     * @param bugs the planted bugs
     * @param faults the random network faults
     * @param clocks the clocks that are off
     * @param ticks how long
     * @return the verdict
     */
    public static RunVerdict run(long seed, Strategy strategy, Set<LeaseBug> bugs, NetworkFaults faults, SortedMap<NodeId, NodeClock> clocks,
            long ticks) {
        return run(network(seed, strategy, bugs, faults, clocks), ticks);
    }

    private static RunVerdict run(SimNetwork<LeaseMessage> network, long ticks) {
        try {
            network.run(ticks);
        } catch (InvariantViolationError violation) {
            return RunVerdict.violated(violation, network);
        }
        return RunVerdict.ended(Optional.empty(), "", network);
    }

    private static DurableNodeFactory<Long, LockServer> lockServers() {
        return new DurableNodeFactory<>() {
            @Override
            public LockServer create(NodeId id, SimRandom random, LogicalTime now) {
                return new LockServer(id, 0);
            }

            @Override
            public LockServer restore(NodeId id, SimRandom random, Long stored, LogicalTime now) {
                return new LockServer(id, stored);
            }
        };
    }

    private static DurableNodeFactory<List<FencedStorage.Accepted>, FencedStorage> storages(boolean fencing) {
        return new DurableNodeFactory<>() {
            @Override
            public FencedStorage create(NodeId id, SimRandom random, LogicalTime now) {
                return new FencedStorage(id, fencing, List.of());
            }

            @Override
            public FencedStorage restore(NodeId id, SimRandom random, List<FencedStorage.Accepted> stored, LogicalTime now) {
                return new FencedStorage(id, fencing, stored);
            }
        };
    }
}
