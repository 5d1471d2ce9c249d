package org.acme.gossip;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.nemesis.Nemeses;
import dev.simscaffold.core.nemesis.Nemesis;
import dev.simscaffold.core.nemesis.NemesisRunner;
import dev.simscaffold.core.nemesis.NemesisStats;
import dev.simscaffold.core.nemesis.Strike;
import dev.simscaffold.core.net.DurableNodeFactory;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.RunResult;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.SimNetworkBuilder;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.Coverage;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Wires gossip nodes into a {@link SimNetwork} and drives them the way clients and operators would:
 * writes arrive at random live nodes while the network loses, duplicates, delays and reorders messages,
 * partitions, crashes, restarts and pauses nodes, and ready-made nemeses strike where a write is most
 * fragile (see {@link MembershipRole}); then the faults stop and every live node must agree within
 * {@link MembershipBounds#convergence()}. The safety invariants run after every event, and the first
 * violation stops the run with its seed.
 *
 * <p>All chance comes from one root stream: the network forks its own streams for faults and for each
 * node, the workload draws from {@code context().fork("workload")} and a random fault schedule from
 * {@code fork("schedule")}, the nemeses from {@code fork("nemesis")}. The same seed replays the same run, and when the property engine hands in
 * its recording stream, a failing run shrinks to fewer writes and fewer faults at once.
 */
final class MembershipSimulation {

    /** The cluster the tests run, as generated; the bounds follow it. */
    static final int NODES = 5;
    /** How the nodes gossip, as generated. */
    static final MembershipConfig CONFIG = MembershipConfig.DEFAULT;
    static final Cluster GENERATED = new Cluster(NODES, CONFIG);
    static final List<NodeId> CLUSTER = GENERATED.ids();

    static final String STALE_ENTRY_IGNORED = "an entry older than the one held arrived and was ignored";
    static final String SUSPECT_TRUSTED_AGAIN = "a suspected peer was heard again and trusted";
    static final String PARTITION_HEALED = "a partition healed";

    /** Few keys, so that writes on different nodes collide and last writer wins has work to do. */
    private static final List<String> KEYS = List.of("k0", "k1", "k2");

    private MembershipSimulation() {
    }

    /**
     * The nodes of a run and how they gossip.
     *
     * @param size how many nodes there are
     * @param config how they gossip
     */
    record Cluster(int size, MembershipConfig config) {

        /** Rejects a configuration that cannot work on this many nodes, naming the value. */
        Cluster {
            config.requireFits(size - 1);
        }

        /** The nodes' ids, {@code node-0} to {@code node-(size - 1)}. */
        List<NodeId> ids() {
            return IntStream.range(0, size).mapToObj(NodeId::of).toList();
        }

        /** The shipped nodes: last writer wins, a timeout detector, entries restored after a crash. */
        DurableNodeFactory<MembershipDurable, MembershipNode> shippedNodes() {
            return MembershipNode.factory(config, ids());
        }

        /** Nodes with another merge rule or detector, the way a planted bug swaps one part. */
        DurableNodeFactory<MembershipDurable, MembershipNode> nodesWith(MergeRule rule, Supplier<FailureDetector> detector) {
            return MembershipNode.factory(config, ids(), rule, detector);
        }
    }

    /**
     * Which ready-made nemeses strike during a run's fault phase.
     *
     * @param nemeses the nemeses, with distinct names
     * @param swarm whether each run arms a random half of them (swarm testing: a run with fewer kinds of
     *              trouble goes deeper into the ones it has, and across seeds every combination comes up)
     *              instead of all of them
     */
    record NemesisPool(List<Nemesis> nemeses, boolean swarm) {

        /** No nemesis: the run is driven exactly as a network without them. */
        static final NemesisPool NONE = new NemesisPool(List.of(), false);

        /** Keeps an immutable copy. */
        NemesisPool {
            nemeses = List.copyOf(nemeses);
        }

        /**
         * The ready-made nemeses of sim-core, aimed at the moment a write lives on one node: soon after a node
         * becomes the {@link MembershipRole#ORIGIN} of a write, crash it, cut its power, isolate it or pause it
         * ({@code strike-new-origin}), or isolate it for longer ({@code isolate-new-origin}); and every six
         * rounds crash, pause or cut the power of any node ({@code every-<ticks>}).
         */
        static List<Nemesis> readyMade(MembershipConfig config) {
            return List.of(Nemeses.strikeAtNew(MembershipRole.ORIGIN), Nemeses.isolateNew(MembershipRole.ORIGIN),
                    Nemeses.periodically(6 * config.gossipInterval(), Strike.CRASH, Strike.PAUSE, Strike.POWER_LOSS));
        }

        /** Arms the nemeses on a network; none when the pool is empty, so that such a run is driven as before. */
        Optional<NemesisRunner<MembershipMessage>> arm(SimNetwork<MembershipMessage> net) {
            if (nemeses.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(swarm ? NemesisRunner.swarm(net, nemeses) : NemesisRunner.on(net, nemeses));
        }
    }

    /**
     * The shape of a run.
     *
     * @param name a label for reports
     * @param cluster the nodes and how they gossip
     * @param faults what the network does to messages and nodes at random
     * @param writes how many client writes the fault phase carries
     * @param scheduledFaults the most partitions, crashes, restarts and pauses a random schedule draws
     * @param horizon how long the fault phase lasts, in ticks
     * @param nemeses the nemeses that strike during the fault phase
     */
    record Scenario(String name, Cluster cluster, NetworkFaults faults, int writes, int scheduledFaults, long horizon, NemesisPool nemeses) {

        /** A perfect network: no loss, no duplicates, one tick per message. */
        static Scenario calm() {
            return new Scenario("calm", GENERATED, NetworkFaults.NONE, 12, 0, 20 * CONFIG.gossipInterval(), NemesisPool.NONE);
        }

        /** Loss, duplication and delays up to an interval (so reordering), with a rare long straggler. */
        static Scenario messageFaults() {
            return messageFaults(GENERATED, 12, 20);
        }

        /** Message faults on another cluster, with so many writes over a fault phase of so many rounds. */
        static Scenario messageFaults(Cluster cluster, int writes, int rounds) {
            long interval = cluster.config().gossipInterval();
            NetworkFaults faults = NetworkFaults.builder().lossRate(0.2).duplicateRate(0.2)
                    .minDelayTicks(1).maxDelayTicks(interval)
                    .tailDelayRate(0.02).maxTailDelayTicks(5 * interval).build();
            return new Scenario("message faults", cluster, faults, writes, 0, rounds * interval, NemesisPool.NONE);
        }

        /** Message faults plus a random schedule of partitions, crashes, restarts and pauses. */
        static Scenario hostile() {
            return new Scenario("hostile", GENERATED, messageFaults().faults(), 12, 6, 30 * CONFIG.gossipInterval(), NemesisPool.NONE);
        }

        /** A perfect network but for the ready-made nemeses, all armed: every fault there is aimed at a write. */
        static Scenario aimed() {
            return new Scenario("aimed", GENERATED, NetworkFaults.NONE, 12, 0, 30 * CONFIG.gossipInterval(),
                    new NemesisPool(NemesisPool.readyMade(CONFIG), false));
        }

        /** Message faults plus a swarm over the ready-made nemeses: each seed arms its own subset. */
        static Scenario swarm() {
            return new Scenario("swarm", GENERATED, messageFaults().faults(), 12, 0, 30 * CONFIG.gossipInterval(),
                    new NemesisPool(NemesisPool.readyMade(CONFIG), true));
        }

        /** The same run with other nemeses. */
        Scenario with(NemesisPool other) {
            return new Scenario(name, cluster, faults, writes, scheduledFaults, horizon, other);
        }

        /** The deadlines of this scenario's network, once its faults stop. */
        MembershipBounds bounds() {
            return new MembershipBounds(cluster.config(), cluster.size(), faults.maxDelayTicks());
        }
    }

    /**
     * What a run produced, equal for equal seeds.
     *
     * @param fingerprint the trace's fingerprint
     * @param agreedAfter ticks from the end of the faults until every live node agreed
     * @param coverage fault kinds fired and the sometimes expectations met
     * @param nemeses what each armed nemesis did; empty for a run without them
     */
    record Outcome(long fingerprint, long agreedAfter, Coverage coverage, List<NemesisStats> nemeses) {

        /**
         * How often each fault kind fired (by its name), each sometimes expectation was met (by its sentence)
         * and each nemesis struck (by {@link #struck}).
         */
        NavigableMap<String, Long> counts() {
            NavigableMap<String, Long> counts = new TreeMap<>(coverage.sometimes());
            coverage.faults().forEach((kind, count) -> counts.put(kind.name(), count));
            nemeses.forEach(stats -> counts.put(struck(stats.name()), stats.strikes()));
            return counts;
        }

        /** The name {@link #counts} gives the strikes of a nemesis. */
        static String struck(String nemesis) {
            return "nemesis " + nemesis + " struck";
        }
    }

    /** The shipped nodes of the generated cluster. */
    static DurableNodeFactory<MembershipDurable, MembershipNode> shippedNodes() {
        return GENERATED.shippedNodes();
    }

    /** Nodes of the generated cluster with another merge rule or detector, the way a planted bug swaps one part. */
    static DurableNodeFactory<MembershipDurable, MembershipNode> nodesWith(MergeRule rule, Supplier<FailureDetector> detector) {
        return GENERATED.nodesWith(rule, detector);
    }

    static Outcome run(long seed, Scenario scenario) {
        return run(SimRandom.seeded(seed), scenario, shippedNodes());
    }

    static Outcome run(long seed, Scenario scenario, DurableNodeFactory<MembershipDurable, MembershipNode> nodes) {
        return run(SimRandom.seeded(seed), scenario, nodes);
    }

    static Outcome run(SimRandom random, Scenario scenario) {
        return run(random, scenario, shippedNodes());
    }

    /** Runs one scenario: the fault phase with its writes, then quiesce and the liveness deadline. */
    static Outcome run(SimRandom random, Scenario scenario, DurableNodeFactory<MembershipDurable, MembershipNode> nodes) {
        return run(random, scenario, nodes, List.of());
    }

    /** As {@link #run(SimRandom, Scenario, DurableNodeFactory)}, with more invariants checked after every event. */
    static Outcome run(SimRandom random, Scenario scenario, DurableNodeFactory<MembershipDurable, MembershipNode> nodes, List<Expectation<NetworkView<MembershipMessage>>> extra) {
        return run(random, scenario, nodes, extra, trace -> { });
    }

    /** The trace of a run of the shipped nodes: what {@code MembershipProperties} compares between this JVM and a fresh one. */
    static Trace trace(long seed, Scenario scenario) {
        AtomicReference<Trace> trace = new AtomicReference<>();
        run(SimRandom.seeded(seed), scenario, shippedNodes(), List.of(), trace::set);
        return trace.get();
    }

    private static Outcome run(SimRandom random, Scenario scenario, DurableNodeFactory<MembershipDurable, MembershipNode> nodes,
            List<Expectation<NetworkView<MembershipMessage>>> extra, Consumer<Trace> finished) {
        WriteLedger ledger = new WriteLedger();
        FaultSchedule schedule = FaultSchedule.random(random.fork("schedule"), scenario.cluster().ids(), scenario.horizon(), scenario.scheduledFaults())
                .recoverAllAt(scenario.horizon());
        List<Expectation<NetworkView<MembershipMessage>>> checks = new ArrayList<>(extra);
        if (scenario.faults().equals(NetworkFaults.NONE) && scenario.scheduledFaults() == 0 && scenario.nemeses().nemeses().isEmpty()) {
            checks.add(MembershipInvariants.noSuspicionWithoutFaults());
        }
        SimNetwork<MembershipMessage> net = build(random, scenario.cluster().size(), nodes, ledger, checks, builder -> builder
                .faults(scenario.faults()).schedule(schedule));
        Optional<NemesisRunner<MembershipMessage>> nemeses = scenario.nemeses().arm(net);
        LongConsumer advance = ticks -> nemeses.ifPresentOrElse(runner -> runner.run(ticks), () -> net.run(ticks));
        SimRandom workload = net.context().fork("workload");
        long gap = scenario.horizon() / scenario.writes();
        for (int i = 0; i < scenario.writes(); i++) {
            advance.accept(1 + workload.nextLong(gap));
            List<NodeId> live = List.copyOf(net.view().live().keySet());
            if (!live.isEmpty()) {
                write(net, ledger, workload.pick(live), workload.pick(KEYS));
            }
        }
        advance.accept(Math.max(0, scenario.horizon() - net.now().ticks()));
        nemeses.ifPresentOrElse(NemesisRunner::quiesce, net::quiesce);
        long quiet = net.now().ticks();
        RunResult agreed = net.awaitLiveness(MembershipInvariants.allAgree(ledger), scenario.bounds().convergence());
        finished.accept(net.trace());
        return new Outcome(net.trace().fingerprint(), agreed.time().ticks() - quiet, net.coverage(),
                nemeses.map(NemesisRunner::stats).orElse(List.of()));
    }

    /** The shipped nodes under the hostile scenario with more invariants: how the pending stubs run once written. */
    static Outcome runChecking(SimRandom random, List<Expectation<NetworkView<MembershipMessage>>> extra) {
        return run(random, Scenario.hostile(), shippedNodes(), extra);
    }

    /**
     * A network of the given nodes with the standard invariants and sometimes expectations, for tests that
     * script their own faults.
     */
    static SimNetwork<MembershipMessage> network(long seed, NetworkFaults faults, DurableNodeFactory<MembershipDurable, MembershipNode> nodes, WriteLedger ledger) {
        return build(SimRandom.seeded(seed), NODES, nodes, ledger, List.of(), builder -> builder.faults(faults));
    }

    /** A client writes the next value of a key at a node, and the ledger records it. */
    static void write(SimNetwork<MembershipMessage> net, WriteLedger ledger, NodeId node, String key) {
        String value = "v" + (ledger.size() + 1);
        net.invoke(node, MembershipNode.class, "put " + key + "=" + value, target -> ledger.record(target.put(key, value)));
    }

    private static SimNetwork<MembershipMessage> build(SimRandom random, int size, DurableNodeFactory<MembershipDurable, MembershipNode> nodes, WriteLedger ledger,
            List<Expectation<NetworkView<MembershipMessage>>> extra, UnaryOperator<SimNetworkBuilder<MembershipMessage>> faults) {
        AtomicReference<SimNetwork<MembershipMessage>> built = new AtomicReference<>();
        SimNetworkBuilder<MembershipMessage> builder = SimNetwork.durableNodes(size, nodes).random(random)
                .expect(Expectation.sometimes(STALE_ENTRY_IGNORED,
                        live -> live.all(MembershipNode.class).stream().anyMatch(node -> node.staleArrivals() > 0)))
                .expect(Expectation.sometimes(SUSPECT_TRUSTED_AGAIN,
                        live -> live.all(MembershipNode.class).stream().anyMatch(node -> node.recoveries() > 0)))
                .expect(Expectation.sometimes(PARTITION_HEALED, live -> built.get() != null && built.get().trace().count(EventKind.HEAL) > 0));
        MembershipInvariants.standard(ledger).forEach(builder::expect);
        extra.forEach(builder::expect);
        SimNetwork<MembershipMessage> net = faults.apply(builder).build();
        built.set(net);
        return net;
    }
}
