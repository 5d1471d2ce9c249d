package dev.simscaffold.bench;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NetworkSnapshot;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.corpus.gossip.Versioned;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult;
import dev.simscaffold.testkit.modelcheck.NetworkModelCheck;
import dev.simscaffold.testkit.modelcheck.NetworkModelCheckBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Throughput of the network model checker on the corpus gossip (3 nodes, gossip every 2 ticks, delays of 1 or
 * 2 ticks, up to two writes at node-0, versions checked on every move, BFS to a depth), in one JVM run, three
 * ways: the checker restoring states from snapshots (its default for nodes that copy), the checker replaying
 * every state from the start, and a hand-written BFS over node snapshots of the same model: a bare loop that
 * restores a {@link SimNetwork} snapshot, forces the draws of one successor with a small odometer, keys the
 * state with {@link SimNetwork#modelState} and checks the same step property on {@link SimNetwork#modelKeys} (the
 * same cached node keys the checker uses) under the checker's own search trace mode, {@link TraceMode#COUNTS_ONLY},
 * without the checker's paths,
 * budgets, labels and expectations. All three must reach the same number of states (the run fails otherwise);
 * each is timed in the thread's CPU time, alternating in rounds, and the best round of each is reported with
 * the checker's ratio to the hand-written loop. Run:
 * {@code java -cp sim-bench/target/benchmarks.jar dev.simscaffold.bench.ModelCheckThroughputRun [depth] [rounds]}.
 */
public final class ModelCheckThroughputRun {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(2).maxTailDelayTicks(2).build();
    private static final int INPUTS = 2;
    private static final UnaryOperator<SansIoNode<Sync>> COPY = node -> ((GossipNode) node).modelCopy();

    private ModelCheckThroughputRun() {
    }

    /**
     * Runs the measurement.
     *
     * @param args {@code [depth] [rounds]}, default depth 9 and 5 rounds
     */
    public static void main(String[] args) {
        int depth = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        long[] states = new long[3];
        for (int round = 0; round < rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            ModelCheckResult<Sync> snapshots = checker(depth).build().bfs();
            best[0] = Math.min(best[0], THREADS.getCurrentThreadCpuTime() - start);
            states[0] = snapshots.states();
            start = THREADS.getCurrentThreadCpuTime();
            states[2] = new HandWrittenBfs(depth).run();
            best[2] = Math.min(best[2], THREADS.getCurrentThreadCpuTime() - start);
            if (round < 2) {
                start = THREADS.getCurrentThreadCpuTime();
                ModelCheckResult<Sync> replay = checker(depth).replayOnly().build().bfs();
                best[1] = Math.min(best[1], THREADS.getCurrentThreadCpuTime() - start);
                states[1] = replay.states();
            }
            System.out.printf(Locale.ROOT, "round %d: %s%n", round + 1, snapshots.summary());
        }
        if (states[0] != states[1] || states[0] != states[2]) {
            throw new IllegalStateException("the three searches reached different state counts: " + Arrays.toString(states));
        }
        System.out.printf(Locale.ROOT, "%n3-node gossip, BFS to depth %d, %,d states, best of %d rounds (replay: best of %d)%n%n",
                depth, states[0], rounds, Math.min(rounds, 2));
        System.out.println("| search | best CPU ms | states/CPU-s | vs hand-written |");
        System.out.println("|---|---:|---:|---:|");
        String[] names = {"checker, snapshots", "checker, replay from the start", "hand-written BFS over snapshots"};
        for (int i = 0; i < 3; i++) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %,.0f | %.2f× |%n", names[i], best[i] / 1e6, states[i] * 1e9 / best[i],
                    (double) best[i] / best[2]);
        }
    }

    static NetworkModelCheckBuilder<Sync> checker(int depth) {
        return NetworkModelCheck.network(context -> SimNetwork.durableNodes(3, GossipNode.factory(3, 2, Set.of())).faults(DELAYS))
                .nodeKey(GossipNode.class, node -> new TreeMap<>(node.store()))
                .input("put k=a", NodeId.of(0), GossipNode.class, node -> node.put("k", "a"))
                .inputBudget(INPUTS)
                .expectStep("versions never go backwards", (before, after) -> wentBack(before, after))
                .depth(depth)
                .maxStates(20_000_000);
    }

    @SuppressWarnings("unchecked")
    static List<String> wentBack(Map<NodeId, Object> before, Map<NodeId, Object> after) {
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

    /**
     * The baseline: BFS over network snapshots with nothing but a visited set, an odometer over each move's
     * draws and the step check. A state is (the network's model state, writes given).
     */
    static final class HandWrittenBfs {
        private final int depth;
        private final Odometer odometer = new Odometer();

        private record State(SimNetwork<Sync> network, NetworkSnapshot snapshot, int writes, int depth) {
        }

        HandWrittenBfs(int depth) {
            this.depth = depth;
        }

        long run() {
            Set<Object> seen = new HashSet<>();
            ArrayDeque<State> frontier = new ArrayDeque<>();
            SimNetwork<Sync> net;
            int[] prefix = new int[0];
            while (prefix != null) {
                odometer.begin(prefix);
                SimContext context = new SimContext(new SimRandom(odometer), ORDER);
                net = SimNetwork.durableNodes(3, GossipNode.factory(3, 2, Set.of())).faults(DELAYS).context(context)
                        .traceMode(TraceMode.COUNTS_ONLY).build();
                if (seen.add(List.of(net.modelState(KEY), 0))) {
                    frontier.add(new State(net, net.snapshot(COPY), 0, 0));
                }
                prefix = odometer.next();
            }
            while (!frontier.isEmpty()) {
                State state = frontier.poll();
                net = state.network();
                if (state.depth() == depth) {
                    continue;
                }
                for (boolean write : state.writes() < INPUTS ? new boolean[] {true, false} : new boolean[] {false}) {
                    prefix = new int[0];
                    while (prefix != null) {
                        net.restore(state.snapshot(), COPY);
                        SortedMap<NodeId, Object> before = keys(net);
                        odometer.begin(prefix);
                        boolean happened = true;
                        if (write) {
                            net.invoke(NodeId.of(0), "put k=a", node -> ((GossipNode) node).put("k", "a"));
                        } else {
                            happened = net.step();
                        }
                        prefix = odometer.next();
                        if (!happened) {
                            continue;
                        }
                        if (!wentBack(before, keys(net)).isEmpty()) {
                            throw new IllegalStateException("the correct gossip went back");
                        }
                        int writes = state.writes() + (write ? 1 : 0);
                        if (seen.add(List.of(net.modelState(KEY), writes)) && state.depth() + 1 < depth) {
                            frontier.add(new State(net, net.snapshot(COPY), writes, state.depth() + 1));
                        }
                    }
                }
            }
            return seen.size();
        }

        private static SortedMap<NodeId, Object> keys(SimNetwork<Sync> net) {
            return net.modelKeys(KEY);
        }
    }

    private static final java.util.function.Function<SansIoNode<Sync>, Object> KEY =
            node -> new TreeMap<>(((GossipNode) node).store());

    /** Picks the event by a draw of the network's order stream. */
    private static final Strategy ORDER = new Strategy() {
        @Override
        public String name() {
            return "odometer";
        }

        @Override
        public dev.simscaffold.core.explore.Chooser chooser(SimRandom random) {
            return enabled -> enabled.size() == 1 ? 0 : random.nextInt(enabled.size());
        }
    };

    /**
     * Every draw of one move, forced from a prefix and then 0, with its bound, so that the move's successors
     * are enumerated like an odometer; the delay stream always takes its shortest delay without branching.
     */
    static final class Odometer implements RandomSource {
        private final boolean delay;
        private final Odometer tape;
        private int[] prefix = new int[0];
        private int[] values = new int[16];
        private int[] bounds = new int[16];
        private int count;

        Odometer() {
            this(false, null);
        }

        private Odometer(boolean delay, Odometer tape) {
            this.delay = delay;
            this.tape = tape == null ? this : tape;
        }

        void begin(int[] forced) {
            prefix = forced;
            count = 0;
        }

        int[] next() {
            for (int i = count - 1; i >= 0; i--) {
                if (values[i] + 1 < bounds[i]) {
                    int[] next = Arrays.copyOf(values, i + 1);
                    next[i]++;
                    return next;
                }
            }
            return null;
        }

        private int draw(int bound) {
            Odometer t = tape;
            int value = t.count < t.prefix.length ? t.prefix[t.count] : 0;
            if (t.count == t.values.length) {
                t.values = Arrays.copyOf(t.values, t.count * 2);
                t.bounds = Arrays.copyOf(t.bounds, t.count * 2);
            }
            t.values[t.count] = value;
            t.bounds[t.count++] = bound;
            return value;
        }

        @Override
        public long nextLong() {
            throw new IllegalStateException("an unbounded draw");
        }

        @Override
        public long nextLong(long bound) {
            return delay ? 0 : draw((int) bound);
        }

        @Override
        public boolean nextBoolean(double probability) {
            if (delay || probability == 0.0 || probability == 1.0) {
                return probability == 1.0 && !delay;
            }
            return draw(2) == 1;
        }

        @Override
        public long nextLong(long bound, dev.simscaffold.core.random.Sampler sampler) {
            return nextLong(bound);
        }

        @Override
        public RandomSource fork(String purpose) {
            return new Odometer(delay || purpose.equals("network.delay"), tape);
        }

        @Override
        public long seed() {
            return 0;
        }
    }
}
