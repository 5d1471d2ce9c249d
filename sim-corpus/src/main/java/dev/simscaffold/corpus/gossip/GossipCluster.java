package dev.simscaffold.corpus.gossip;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Runs the push-gossip store: {@link #NODES} nodes gossiping every {@link #PERIOD} ticks, a workload of
 * {@link #WRITES} writes (one every {@link #WRITE_EVERY_TICKS} ticks, round-robin over the live nodes, on seven
 * keys) under random network faults, with {@value VersionsNeverGoBackwards#NAME} checked after every event;
 * then the faults stop and every live node must hold the same store within {@link #CONVERGENCE_TICKS}.
 */
public final class GossipCluster {

    /** How many nodes gossip. */
    public static final int NODES = 5;
    /** Ticks between two pushes of one node. */
    public static final long PERIOD = 10;
    /** How many client writes the workload makes. */
    public static final int WRITES = 20;
    /** Ticks between two writes. */
    public static final long WRITE_EVERY_TICKS = 25;
    /** How long the live nodes have to agree once the faults stop. */
    public static final long CONVERGENCE_TICKS = 40 * PERIOD;
    /** The name of the liveness check. */
    public static final String ALL_AGREE = "all live nodes agree";

    /** The seeded runs' workload: write {@code i} puts {@code k(i mod 7)=v(i)} at node {@code i mod NODES}. */
    private static final List<GossipScenario.Write> ROUND_ROBIN = IntStream.range(0, WRITES)
            .mapToObj(i -> new GossipScenario.Write(i % NODES, "k" + (i % GossipScenario.KEYS), "v" + i)).toList();

    private GossipCluster() {
    }

    /**
     * Builds the network, before any write.
     *
     * @param seed the run's seed
     * @param bugs the planted bugs, empty for the correct protocol
     * @param faults the random network faults (node faults included)
     * @param traceMode how much trace to keep
     * @return the network at time 0
     */
    public static SimNetwork<Sync> network(long seed, Set<GossipBug> bugs, NetworkFaults faults, TraceMode traceMode) {
        return network(seed, Strategy.uniform(), bugs, faults, traceMode);
    }

    /**
     * Builds the network, before any write, deciding among enabled events with a strategy (the bug benchmark's runs).
     *
     * @param seed the run's seed
     * @param strategy how the network decides among the events that could happen next
     * @param bugs the planted bugs, empty for the correct protocol
     * @param faults the random network faults (node faults included)
     * @param traceMode how much trace to keep
     * @return the network at time 0
     */
    public static SimNetwork<Sync> network(long seed, Strategy strategy, Set<GossipBug> bugs, NetworkFaults faults, TraceMode traceMode) {
        return builder(bugs, faults, traceMode).seed(seed).strategy(strategy).build();
    }

    private static SimNetworkBuilder<Sync> builder(Set<GossipBug> bugs, NetworkFaults faults, TraceMode traceMode) {
        VersionsNeverGoBackwards versions = new VersionsNeverGoBackwards();
        return SimNetwork.durableNodes(NODES, GossipNode.factory(NODES, PERIOD, bugs))
                .faults(faults)
                .traceMode(traceMode)
                .expect(Expectation.always(VersionsNeverGoBackwards.NAME, view -> versions.check(view.byId(GossipNode.class))));
    }

    /**
     * Runs the workload, then the convergence phase.
     *
     * @param seed the run's seed
     * @param bugs the planted bugs
     * @param faults the random network faults during the workload
     * @return the verdict: {@value VersionsNeverGoBackwards#NAME} or {@code liveness: }{@value #ALL_AGREE} when one fails
     */
    public static RunVerdict run(long seed, Set<GossipBug> bugs, NetworkFaults faults) {
        return run(seed, Strategy.uniform(), bugs, faults);
    }

    /**
     * Runs the workload, then the convergence phase, deciding among enabled events with a strategy.
     *
     * @param seed the run's seed
     * @param strategy how the network decides among the events that could happen next
     * @param bugs the planted bugs
     * @param faults the random network faults during the workload
     * @return the verdict, as {@link #run(long, Set, NetworkFaults)}'s
     */
    public static RunVerdict run(long seed, Strategy strategy, Set<GossipBug> bugs, NetworkFaults faults) {
        return run(network(seed, strategy, bugs, faults, TraceMode.FINGERPRINT_ONLY), ROUND_ROBIN);
    }

    /**
     * Runs a generated workload, then the convergence phase; every other decision comes from the scenario's stream.
     *
     * @param scenario the writes and the stream
     * @param bugs the planted bugs
     * @param faults the random network faults during the workload
     * @return the verdict, as {@link #run(long, Set, NetworkFaults)}'s
     */
    public static RunVerdict run(GossipScenario scenario, Set<GossipBug> bugs, NetworkFaults faults) {
        return run(builder(bugs, faults, TraceMode.FINGERPRINT_ONLY).random(scenario.random()).build(), scenario.writes());
    }

    private static RunVerdict run(SimNetwork<Sync> network, List<GossipScenario.Write> writes) {
        try {
            for (GossipScenario.Write write : writes) {
                NodeId writer = NodeId.of(write.node());
                if (network.isUp(writer)) {
                    network.invoke(writer, GossipNode.class, "put " + write.key() + "=" + write.value(), node -> node.put(write.key(), write.value()));
                }
                network.run(WRITE_EVERY_TICKS);
            }
            network.quiesce();
            network.awaitLiveness(allLiveNodesAgree(), CONVERGENCE_TICKS);
        } catch (InvariantViolationError violation) {
            return RunVerdict.violated(violation, network);
        }
        return RunVerdict.ended(Optional.empty(), "", network);
    }

    /**
     * Every live node holds the same store.
     *
     * @return the expectation, met once the live nodes agree
     */
    public static Expectation<NetworkView<Sync>> allLiveNodesAgree() {
        return Expectation.eventually(ALL_AGREE, view -> {
            long stores = view.all(GossipNode.class).stream().map(GossipNode::store).distinct().count();
            return stores <= 1 ? List.of() : List.of(stores + " different stores");
        });
    }
}
