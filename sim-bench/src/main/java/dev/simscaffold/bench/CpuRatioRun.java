package dev.simscaffold.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A cross-check of the JMH ratios for a machine shared with other work: JMH measures wall time, which on
 * an oversubscribed machine includes the time the thread waited for a core. This run alternates the
 * simulator and its bare baseline in rounds inside one JVM, times each round in the thread's CPU time
 * and reports the best round of each and their ratio, as issue 16's own figures were taken (best of
 * rounds, ratios within one JVM). Same workloads and sizes as {@link NetworkBench}, {@link HarnessBench},
 * {@link ExhaustiveBench} and {@link RoutedExhaustiveBench}; the searches also print states per CPU-second.
 * Run: {@code java -cp sim-bench/target/benchmarks.jar dev.simscaffold.bench.CpuRatioRun [rounds]}.
 */
public final class CpuRatioRun {

    private static final int OPS_PER_ROUND = 200;
    /** Complete searches per round: each takes milliseconds, not microseconds. */
    private static final int SEARCHES_PER_ROUND = 20;

    /** Where the benchmarks' results go, so the JIT cannot drop the work. */
    static volatile long checksum;

    private CpuRatioRun() {
    }

    /**
     * Runs every pair and prints a Markdown table.
     *
     * @param args {@code [rounds]}, default 15
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        System.out.println("| pair | best simulator ns/op | best bare ns/op | ratio |");
        System.out.println("|---|---:|---:|---:|");
        for (int nodes : new int[] {5, 100}) {
            NetworkBench network = new NetworkBench();
            network.nodes = nodes;
            network.setUp();
            compare("SimNetwork, " + nodes + " nodes, fingerprint-only", network::simNetwork, network::bareLoop, NetworkBench.EVENTS, rounds);
        }
        HarnessBench harness = new HarnessBench();
        harness.setUp();
        compare("SimHarness, lease machine, fingerprint-only", harness::simHarness, harness::bareLoop, HarnessBench.STEPS, rounds);
        compare("SimHarness with one invariant", harness::simHarnessInvariant, harness::bareLoop, HarnessBench.STEPS, rounds);
        PropertyBench property = new PropertyBench();
        double[] tries = bestRounds(property::tries, property::bareLoop, PropertyBench.TRIES, SEARCHES_PER_ROUND, rounds);
        System.out.printf(Locale.ROOT, "| PropertyRunner, one try of the counter property (%,.0f tries/CPU-s) | %.1f | %.1f | %.2f× |%n",
                1e9 / tries[0], tries[0], tries[1], tries[0] / tries[1]);

        System.out.println();
        System.out.println("| search | states | best search µs | M states/CPU-s | best bare µs | ratio |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        ExhaustiveBench plain = new ExhaustiveBench();
        search("ExhaustiveBench, no routed effects", plain::exhaustiveSearch, plain::bareLoop, rounds);
        for (String faults : new String[] {"none", "lossy"}) {
            RoutedExhaustiveBench routed = new RoutedExhaustiveBench();
            routed.faults = faults;
            search("RoutedExhaustiveBench, faults=" + faults, routed::exhaustiveSearch, routed::bareLoop, rounds);
        }
    }

    private static void compare(String name, LongSupplier simulator, LongSupplier bare, int opsPerCall, int rounds) {
        double[] best = bestRounds(simulator, bare, opsPerCall, OPS_PER_ROUND, rounds);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f× |%n", name, best[0], best[1], best[0] / best[1]);
    }

    /** One complete search per call; the simulator's result is the number of states it explored. */
    private static void search(String name, LongSupplier search, LongSupplier bare, int rounds) {
        long states = search.getAsLong();
        double[] best = bestRounds(search, bare, 1, SEARCHES_PER_ROUND, rounds);
        System.out.printf(Locale.ROOT, "| %s | %,d | %.0f | %.2f | %.0f | %.2f× |%n", name, states, best[0] / 1e3, states / best[0] * 1e3,
                best[1] / 1e3, best[0] / best[1]);
    }

    /** The best round of each side, in CPU ns per operation, skipping the first third of the rounds (warm-up). */
    static double[] bestRounds(LongSupplier simulator, LongSupplier bare, int opsPerCall, int callsPerRound, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double bestSimulator = Double.MAX_VALUE;
        double bestBare = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < callsPerRound; i++) {
                sink += simulator.getAsLong();
            }
            long middle = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < callsPerRound; i++) {
                sink += bare.getAsLong();
            }
            long end = threads.getCurrentThreadCpuTime();
            if (round >= rounds / 3) {
                bestSimulator = Math.min(bestSimulator, (double) (middle - start) / callsPerRound / opsPerCall);
                bestBare = Math.min(bestBare, (double) (end - middle) / callsPerRound / opsPerCall);
            }
        }
        checksum = sink;
        return new double[] {bestSimulator, bestBare};
    }
}
