package dev.simscaffold.bench;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.corpus.raft.RaftBug;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bug benchmark's first cut: per planted Raft bug and schedule strategy, the <em>per-run detection
 * rate</em>: one run per seed over seeds {@code 1..N}, the share that fail (an invariant after some event,
 * liveness after the faults stop, or linearizability of the clients' history), with a 95 % Wilson
 * interval. The workload is the corpus Raft's (three servers, two clients) under {@link RaftBaseline#selected()}
 * ({@code -Dsim.bench.raftFaults=epochs}, the default, or {@code realistic}), the same for every strategy, so a
 * column differs only by the order of events.
 *
 * <p>Not a test (only {@code BugBenchmarkSmokeTest} runs it, with two seeds):
 * {@code java -cp sim-bench/target/benchmarks.jar dev.simscaffold.bench.BugBenchmark 1000 uniform pct:3 pos};
 * the arguments are the number of seeds, then the strategies' text forms, and it prints a Markdown table.
 * Runs are sequential, one JVM thread.
 */
public final class BugBenchmark {

    /**
     * How long faults last, and the clients' workload within it, as the corpus sweeps run Raft under
     * {@link RaftBaseline#REALISTIC} (and the runners that measure nemeses and guided hunts on it).
     */
    static final long RUN_TICKS = 600;
    static final long WORKLOAD_TICKS = 400;
    static final long RECOVERY_TICKS = 400;
    /** The normal quantile of a two-sided 95 % interval. */
    private static final double Z = 1.959964;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One cell: a bug under a strategy, the failing runs out of the seeds run. */
    record Cell(RaftBug bug, Strategy strategy, int failures, int seeds, long cpuNanos) {

        double rate() {
            return (double) failures / seeds;
        }

        /** The 95 % Wilson score interval of the rate, {@code [low, high]}. */
        double[] wilson() {
            double p = rate();
            double n = seeds;
            double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
            double half = Z / (1 + Z * Z / n) * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n));
            return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
        }
    }

    private BugBenchmark() {
    }

    /**
     * Runs the benchmark and prints the table.
     *
     * @param args the number of seeds, then strategies' text forms ({@code uniform pct:3 pos} if none)
     */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        List<Strategy> strategies = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            strategies.add(Strategy.parse(args[i]));
        }
        if (strategies.isEmpty()) {
            strategies = List.of(Strategy.uniform(), Strategy.pct(3), Strategy.pos(), Strategy.parse("portfolio:pct:3,pos"));
        }
        System.out.print(table(measure(List.of(RaftBug.values()), strategies, seeds)));
    }

    static List<Cell> measure(List<RaftBug> bugs, List<Strategy> strategies, int seeds) {
        List<Cell> cells = new ArrayList<>();
        for (RaftBug bug : bugs) {
            for (Strategy strategy : strategies) {
                cells.add(cell(bug, strategy, seeds));
            }
        }
        return cells;
    }

    static Cell cell(RaftBug bug, Strategy strategy, int seeds) {
        RaftBaseline baseline = RaftBaseline.selected();
        int failures = 0;
        long start = THREADS.getCurrentThreadCpuTime();
        for (long seed = 1; seed <= seeds; seed++) {
            if (baseline.fails(seed, strategy, Set.of(bug))) {
                failures++;
            }
        }
        return new Cell(bug, strategy, failures, seeds, THREADS.getCurrentThreadCpuTime() - start);
    }

    static String table(List<Cell> cells) {
        StringBuilder text = new StringBuilder("| bug | strategy | failing runs | per-run rate | 95 % Wilson | CPU s |\n"
                + "|---|---|---:|---:|---|---:|\n");
        for (Cell cell : cells) {
            double[] interval = cell.wilson();
            text.append(String.format(Locale.ROOT, "| %s | `%s` | %d / %d | %.1f %% | %.1f–%.1f %% | %.1f |%n",
                    cell.bug(), cell.strategy().name(), cell.failures(), cell.seeds(), 100 * cell.rate(),
                    100 * interval[0], 100 * interval[1], cell.cpuNanos() / 1e9));
        }
        return text.toString();
    }
}
