package dev.simscaffold.bench;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.corpus.gossip.Versioned;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult;
import dev.simscaffold.testkit.modelcheck.NetworkModelCheck;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Throughput of the network model checker on the corpus gossip (3 nodes, gossip every 2 ticks, delays of 1 or
 * 2 ticks, up to two writes at node-0, versions checked on every move), and where replay's time goes: with
 * {@code replayOnly()} a state is kept as its path and rebuilt by replaying it, so each successor costs one
 * network build plus one event per move of the path ({@link ModelCheckThroughputRun} compares it with
 * snapshots, the default for nodes that copy). The run prints, per depth, the states, states per CPU-second and moves replayed per state,
 * then the CPU cost of one network build and of one event, from which the share of the time a snapshot of
 * the network would save follows. Run:
 * {@code java -cp sim-bench/target/benchmarks.jar dev.simscaffold.bench.ModelCheckRun [maxDepth]}.
 */
public final class ModelCheckRun {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final NetworkFaults DELAYS = NetworkFaults.builder().maxDelayTicks(2).maxTailDelayTicks(2).build();

    private ModelCheckRun() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the deepest depth to check, 9 unless given
     */
    public static void main(String[] args) {
        int maxDepth = args.length == 0 ? 9 : Integer.parseInt(args[0]);
        for (int depth = 4; depth <= maxDepth; depth++) {
            long start = THREADS.getCurrentThreadCpuTime();
            ModelCheckResult<Sync> result = check(depth);
            long nanos = THREADS.getCurrentThreadCpuTime() - start;
            System.out.printf(Locale.ROOT, "depth %2d: %s; %.0f states/CPU-s, %.1f moves replayed per state%n", depth,
                    result.summary(), result.states() * 1e9 / nanos, (double) result.replayedMoves() / result.states());
        }
        costs();
    }

    private static ModelCheckResult<Sync> check(int depth) {
        return NetworkModelCheck.network(context -> SimNetwork.durableNodes(3, GossipNode.factory(3, 2, Set.of())).faults(DELAYS))
                .nodeKey(GossipNode.class, node -> new TreeMap<>(node.store()))
                .input("put k=a", NodeId.of(0), GossipNode.class, node -> node.put("k", "a"))
                .inputBudget(2)
                .expectStep("versions never go backwards", ModelCheckRun::monotonic)
                .depth(depth)
                .maxStates(5_000_000)
                .replayOnly()
                .build()
                .bfs();
    }

    /** The CPU cost of building the network and of one event of it, with a random-walk order as the checker's. */
    private static void costs() {
        int builds = 20_000;
        long sink = 0;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < builds; i++) {
            sink += network(i).pendingEvents();
        }
        long buildNanos = (THREADS.getCurrentThreadCpuTime() - start) / builds;
        int events = 10;
        start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < builds; i++) {
            SimNetwork<Sync> net = network(i);
            for (int e = 0; e < events; e++) {
                net.step();
            }
            sink += net.events();
        }
        long withEvents = (THREADS.getCurrentThreadCpuTime() - start) / builds;
        System.out.printf(Locale.ROOT, "one network build: %d ns CPU; one event: %d ns CPU (checksum %d)%n", buildNanos,
                (withEvents - buildNanos) / events, sink);
    }

    private static SimNetwork<Sync> network(long seed) {
        return SimNetwork.durableNodes(3, GossipNode.factory(3, 2, Set.of())).faults(DELAYS)
                .context(new SimContext(seed, Strategy.randomWalk())).traceMode(TraceMode.FINGERPRINT_ONLY).build();
    }

    @SuppressWarnings("unchecked")
    private static List<String> monotonic(Map<NodeId, Object> before, Map<NodeId, Object> after) {
        List<String> wrong = new ArrayList<>();
        before.forEach((id, was) -> {
            Map<String, Versioned> now = (Map<String, Versioned>) after.get(id);
            if (now != null) {
                ((Map<String, Versioned>) was).forEach((key, old) -> {
                    Versioned held = now.get(key);
                    if (held == null || held.compareTo(old) < 0) {
                        wrong.add(id + "/" + key + " went back");
                    }
                });
            }
        });
        return wrong;
    }
}
