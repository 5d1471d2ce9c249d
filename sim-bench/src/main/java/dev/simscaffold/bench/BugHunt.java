package dev.simscaffold.bench;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.handoff.HandoffBug;
import dev.simscaffold.corpus.handoff.HandoffCluster;
import dev.simscaffold.corpus.lease.LeaseBug;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupBug;
import dev.simscaffold.corpus.raft.RaftBug;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bug benchmark across protocols: for each planted bug and strategy, the per-run detection rate (one
 * run per seed, seeds {@code 1..N}, 95 % Wilson interval), the success within a budget of {@code B} tries
 * over base seeds (try {@code k} of base {@code b} runs seed {@code b * 1,000,003 + k}; the median tries to
 * the first failure, {@code > B} where half the bases never failed), and CPU time; each bug's correct
 * control runs over the same seeds and must never fail. Seeds run on every core ({@link SeedPool}).
 *
 * <p>Not a test (only {@code BugHuntSmokeTest} runs it, tiny):
 * {@code java -cp sim-bench/target/benchmarks.jar dev.simscaffold.bench.BugHunt N BASES B [strategies...]};
 * {@code -Dsim.bench.bug=A|B} keeps the bugs whose names contain one of the parts, and the Raft rows run under
 * {@link RaftBaseline#selected()} ({@code -Dsim.bench.raftFaults=epochs}, the default, or {@code realistic}).
 */
public final class BugHunt {

    /** A seed's run under a strategy; true if it failed. */
    @FunctionalInterface
    interface Run {
        boolean fails(long seed, Strategy strategy);
    }

    /**
     * A planted bug and its correct control.
     *
     * @param name the bug's name in the table
     * @param bug one run with the bug
     * @param control one run of the correct protocol, same workload
     */
    record Bug(String name, Run bug, Run control) {
    }

    private BugHunt() {
    }

    /**
     * The bugs measured: the corpus Raft's three, the corpus lease without fencing, push gossip with {@code !=}
     * dedup and primary-backup with reads from backups, each run as the corpus's own tests run it; a two-phase
     * commit whose coordinator decides commit on its timeout; a replicated register applying updates in
     * arrival order; a primary hand-off that takes the role back when no acknowledgement came in time (found only
     * when a partition lands during the hand-off); a store that acknowledges a write before its fsync (lost by a
     * power loss in between).
     */
    static List<Bug> catalogue() {
        List<Bug> bugs = new ArrayList<>();
        for (RaftBug raft : RaftBug.values()) {
            bugs.add(new Bug("Raft " + raft, (seed, strategy) -> raftFails(seed, strategy, Set.of(raft)),
                    (seed, strategy) -> raftFails(seed, strategy, Set.of())));
        }
        bugs.add(new Bug("2PC decides commit on timeout", (seed, strategy) -> TwoPhaseCommit.fails(seed, strategy, true),
                (seed, strategy) -> TwoPhaseCommit.fails(seed, strategy, false)));
        bugs.add(new Bug("lease without fencing", (seed, strategy) -> CorpusRuns.leaseFails(seed, strategy, Set.of(LeaseBug.NO_FENCING)),
                (seed, strategy) -> CorpusRuns.leaseFails(seed, strategy, Set.of())));
        bugs.add(new Bug("gossip with != dedup", (seed, strategy) -> CorpusRuns.gossipFails(seed, strategy, Set.of(GossipBug.NOT_EQUAL_DEDUP)),
                (seed, strategy) -> CorpusRuns.gossipFails(seed, strategy, Set.of())));
        bugs.add(new Bug("primary-backup reads from backups",
                (seed, strategy) -> CorpusRuns.primaryBackupFails(seed, strategy, Set.of(PrimaryBackupBug.READS_FROM_BACKUPS)),
                (seed, strategy) -> CorpusRuns.primaryBackupFails(seed, strategy, Set.of())));
        bugs.add(new Bug("register applies updates in arrival order", (seed, strategy) -> ReorderedRegister.fails(seed, strategy, true),
                (seed, strategy) -> ReorderedRegister.fails(seed, strategy, false)));
        bugs.add(new Bug("register overtaken by two updates (depth 3)", (seed, strategy) -> ReorderedRegister.overtakenFails(seed, strategy, true),
                (seed, strategy) -> ReorderedRegister.overtakenFails(seed, strategy, false)));
        bugs.add(new Bug("hand-off resumes after its timeout (partition during the hand-off)",
                (seed, strategy) -> !HandoffCluster.run(seed, strategy, Set.of(HandoffBug.RESUMES_AFTER_TIMEOUT), HandoffCluster.WITH_PARTITIONS).passed(),
                (seed, strategy) -> !HandoffCluster.run(seed, strategy, Set.of(), HandoffCluster.WITH_PARTITIONS).passed()));
        bugs.add(new Bug("store acks before fsync", (seed, strategy) -> AckBeforeFsync.fails(seed, strategy, true),
                (seed, strategy) -> AckBeforeFsync.fails(seed, strategy, false)));
        return bugs;
    }

    private static boolean raftFails(long seed, Strategy strategy, Set<RaftBug> bugs) {
        return RaftBaseline.selected().fails(seed, strategy, bugs);
    }

    /** The seed of try {@code k} of base {@code b}. */
    static long trySeed(long base, long k) {
        return base * 1_000_003L + k;
    }

    /**
     * Tries to the first failure for one base, at most {@code budget}; {@code budget + 1} if none failed.
     *
     * @param run the run
     * @param strategy the strategy
     * @param base the base seed
     * @param budget B
     * @return the tries
     */
    static int triesToFind(Run run, Strategy strategy, long base, int budget) {
        for (int k = 0; k < budget; k++) {
            if (run.fails(trySeed(base, k), strategy)) {
                return k + 1;
            }
        }
        return budget + 1;
    }

    /**
     * One row of the table.
     *
     * @param bug the bug's name
     * @param strategy the strategy's text form
     * @param hits failing runs out of {@code seeds}
     * @param seeds runs
     * @param controlFailures the control's failing runs out of {@code seeds}
     * @param found bases that found it within the budget
     * @param bases base seeds
     * @param medianTries median tries to the first failure; {@code budget + 1} stands for "> B"
     * @param budget B
     * @param cpuSeconds CPU time of the row, all threads
     * @return the row
     */
    record Row(String bug, String strategy, int hits, int seeds, int controlFailures, int found, int bases, int medianTries, int budget,
            double cpuSeconds) {

        String markdown() {
            double[] interval = new BugBenchmark.Cell(null, Strategy.uniform(), hits, seeds, 0).wilson();
            return String.format(Locale.ROOT, "| %s | `%s` | %d / %d (%.1f %%, %.1f–%.1f %%) | %d / %d | %d / %d | %s | %.1f |",
                    bug, strategy, hits, seeds, 100.0 * hits / seeds, 100 * interval[0], 100 * interval[1], controlFailures, seeds,
                    found, bases, medianTries > budget ? "> " + budget : Integer.toString(medianTries), cpuSeconds);
        }
    }

    static Row measure(SeedPool pool, Bug bug, Strategy strategy, int seeds, int bases, int budget) {
        SeedPool.Count hits = pool.count(1, seeds, seed -> bug.bug().fails(seed, strategy));
        SeedPool.Count control = pool.count(1, seeds, seed -> bug.control().fails(seed, strategy));
        int[] tries = new int[bases];
        long cpu = hits.cpuNanos() + control.cpuNanos();
        Map<Long, Integer> byBase = new LinkedHashMap<>();
        SeedPool.Count hunt = pool.count(1, bases, base -> {
            int found = triesToFind(bug.bug(), strategy, base, budget);
            synchronized (byBase) {
                byBase.put(base, found);
            }
            return found <= budget;
        });
        cpu += hunt.cpuNanos();
        int i = 0;
        for (int found : byBase.values()) {
            tries[i++] = found;
        }
        Arrays.sort(tries);
        int median = tries[(bases - 1) / 2];
        return new Row(bug.name(), strategy.name(), hits.hits(), seeds, control.hits(), hunt.hits(), bases, median, budget, cpu / 1e9);
    }

    /**
     * Runs the benchmark and prints the table.
     *
     * @param args N, bases, B, then strategies ({@code uniform pct:3 pos random-walk portfolio:pct:3,pos} if none)
     */
    public static void main(String[] args) {
        int seeds = Integer.parseInt(args[0]);
        int bases = Integer.parseInt(args[1]);
        int budget = Integer.parseInt(args[2]);
        List<Strategy> strategies = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            strategies.add(Strategy.parse(args[i]));
        }
        if (strategies.isEmpty()) {
            strategies = List.of(Strategy.uniform(), Strategy.pct(3), Strategy.pos(), Strategy.randomWalk(), Strategy.parse("portfolio:pct:3,pos"));
        }
        String only = System.getProperty("sim.bench.bug", "");
        System.out.println("| bug | strategy | per-run detection (95 % Wilson) | control failures | found within B | median tries | CPU s |");
        System.out.println("|---|---|---|---:|---:|---:|---:|");
        try (SeedPool pool = new SeedPool()) {
            for (Bug bug : catalogue()) {
                if (Arrays.stream(only.split("\\|")).noneMatch(bug.name()::contains)) {
                    continue;
                }
                for (Strategy strategy : strategies) {
                    System.out.println(measure(pool, bug, strategy, seeds, bases, budget).markdown());
                }
            }
        }
    }
}
