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
 * rounds, ratios within one JVM). Same workloads and sizes as {@link NetworkBench} and {@link HarnessBench}.
 * Run: {@code java -cp sim-bench/target/benchmarks.jar dev.simscaffold.bench.CpuRatioRun [rounds]}.
 */
public final class CpuRatioRun {

    private static final int OPS_PER_ROUND = 200;

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
    }

    private static void compare(String name, LongSupplier simulator, LongSupplier bare, int opsPerCall, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double bestSimulator = Double.MAX_VALUE;
        double bestBare = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < OPS_PER_ROUND; i++) {
                sink += simulator.getAsLong();
            }
            long middle = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < OPS_PER_ROUND; i++) {
                sink += bare.getAsLong();
            }
            long end = threads.getCurrentThreadCpuTime();
            if (round >= rounds / 3) {
                bestSimulator = Math.min(bestSimulator, (double) (middle - start) / OPS_PER_ROUND / opsPerCall);
                bestBare = Math.min(bestBare, (double) (end - middle) / OPS_PER_ROUND / opsPerCall);
            }
        }
        checksum = sink;
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f× |%n", name, bestSimulator, bestBare, bestSimulator / bestBare);
    }
}
