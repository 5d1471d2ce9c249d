package dev.simscaffold.bench;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.nemesis.Nemeses;
import dev.simscaffold.core.nemesis.Nemesis;
import dev.simscaffold.core.nemesis.NemesisRunner;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftRole;
import dev.simscaffold.corpus.raft.RaftSetup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The nemesis and swarm columns of the bug benchmark: the corpus Raft's planted bugs (and the correct Raft as the
 * control) under {@link RaftSetup#realisticFaults()} plus ready-made nemeses, all armed or a swarm of them per run,
 * with or without the servers' buggify sites, or under the fault layers' crash windows alone ({@link #CRASH_WINDOWS}): per-run detection over seeds 1..N with a
 * 95 % Wilson interval, and, given bases, hunts of up to B tries from each base seed ({@code BugHunt.trySeed}). The
 * run is exactly {@link BugBenchmark}'s (600 ticks of faults, workload in the first 400, 400 to elect a leader).
 * Not a test: {@code java -cp ... dev.simscaffold.bench.RaftNemesisRun 2000 50 1000 [variant ...]}; seeds run on every
 * core ({@link SeedPool}). It replaces the opt-in corpus test that measured the same sweep one seed at a time.
 */
public final class RaftNemesisRun {

    /**
     * The fault layers' crash windows without a nemesis: {@code realisticFaults()} with crashes 50× as frequent
     * (0.2 per delivery), each aimed at the node that has just handled the message, down 0–10 ticks on a log scale.
     */
    static final FaultConfig CRASH_WINDOWS = RaftSetup.realisticFaults().toBuilder()
            .network(n -> n.crashRate(0.2).recipientCrashShare(1).restartAfterTicks(10).minRestartAfterTicks(0)).build();

    /**
     * How a run is armed: its fault configuration, its nemeses (none: random faults only), whether it swarms over them,
     * and whether the servers' buggify sites are live.
     */
    record Arms(FaultConfig faults, List<Nemesis> nemeses, boolean swarm, boolean buggify) {

        Arms(FaultConfig faults, List<Nemesis> nemeses, boolean swarm) {
            this(faults, nemeses, swarm, false);
        }
    }

    private RaftNemesisRun() {
    }

    /** The variants by name, in table order. */
    static Map<String, Arms> variants() {
        Map<String, Arms> variants = new LinkedHashMap<>();
        FaultConfig realistic = RaftSetup.realisticFaults();
        variants.put("random faults only", new Arms(realistic, List.of(), false));
        variants.put("crash windows (no nemesis)", new Arms(CRASH_WINDOWS, List.of(), false));
        variants.put("cutOffNew", new Arms(realistic, List.of(Nemeses.cutOffNew(RaftRole.LEADER)), false));
        variants.put("isolateNew", new Arms(realistic, List.of(Nemeses.isolateNew(RaftRole.LEADER)), false));
        variants.put("powerOffAtNew", new Arms(realistic, List.of(Nemeses.powerOffAtNew(RaftRole.LEADER, RaftRole.FOLLOWER)), false));
        variants.put("leaderHunt", new Arms(realistic, Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER), false));
        variants.put("swarm over five", new Arms(realistic, pool(), true));
        variants.put("random faults + buggify", new Arms(realistic, List.of(), false, true));
        variants.put("leaderHunt + buggify", new Arms(realistic, Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER), false, true));
        return variants;
    }

    /** The ready-made nemeses that name Raft's roles, the pool a swarm draws from. */
    static List<Nemesis> pool() {
        return List.of(Nemeses.strikeAtNew(RaftRole.LEADER), Nemeses.cutOffNew(RaftRole.LEADER), Nemeses.isolateNew(RaftRole.LEADER),
                Nemeses.powerOffAtNew(RaftRole.LEADER, RaftRole.FOLLOWER), Nemeses.bridgeAt(RaftRole.LEADER, 50));
    }

    /** Whether one run of a bug (or of the correct Raft, for an empty bug) fails under the arms. */
    static boolean fails(long seed, Optional<RaftBug> bug, Arms arms) {
        RaftSetup setup = RaftSetup.correct().withBugs(bug.map(Set::of).orElse(Set.of())).withFaults(arms.faults())
                .withWorkloadTicks(BugBenchmark.WORKLOAD_TICKS).withTraceMode(TraceMode.FINGERPRINT_ONLY).withBuggify(arms.buggify());
        RaftCluster cluster = RaftCluster.start(seed, setup);
        if (arms.nemeses().isEmpty()) {
            return !cluster.runThenRecover(BugBenchmark.RUN_TICKS, BugBenchmark.RECOVERY_TICKS).passed();
        }
        NemesisRunner<RaftMessage> runner = arms.swarm() ? NemesisRunner.swarm(cluster.network(), arms.nemeses())
                : NemesisRunner.on(cluster.network(), arms.nemeses());
        RunVerdict verdict = cluster.check(() -> {
            runner.run(BugBenchmark.RUN_TICKS);
            runner.quiesce();
            cluster.network().awaitLiveness(RaftCluster.leaderElected(), BugBenchmark.RECOVERY_TICKS);
        });
        return !verdict.passed();
    }

    /**
     * Runs the cells and prints the table.
     *
     * @param args the seeds per cell, the base seeds per hunt (0: no hunts), the budget B, then variant names (all if none)
     */
    public static void main(String[] args) {
        int seeds = Integer.parseInt(args[0]);
        int bases = Integer.parseInt(args[1]);
        int budget = Integer.parseInt(args[2]);
        List<String> chosen = Arrays.asList(args).subList(3, args.length);
        List<Optional<RaftBug>> bugs = new ArrayList<>();
        for (RaftBug bug : RaftBug.values()) {
            bugs.add(Optional.of(bug));
        }
        bugs.add(Optional.empty());
        StringBuilder table = new StringBuilder("| arms | bug | per-run detection (95 % Wilson) | found within B | median tries | CPU s |\n"
                + "|---|---|---|---:|---:|---:|\n");
        try (SeedPool pool = new SeedPool()) {
            variants().forEach((name, arms) -> {
                if (!chosen.isEmpty() && !chosen.contains(name)) {
                    return;
                }
                for (Optional<RaftBug> bug : bugs) {
                    SeedPool.Count count = pool.count(1, seeds, seed -> fails(seed, bug, arms));
                    double[] interval = new BugBenchmark.Cell(bug.orElse(null), Strategy.uniform(), count.hits(), seeds, 0).wilson();
                    String hunt = "–";
                    String median = "–";
                    long cpu = count.cpuNanos();
                    if (bases > 0 && bug.isPresent()) {
                        int[] tries = new int[bases];
                        SeedPool.Count found = pool.count(1, bases, base -> {
                            int k = BugHunt.triesToFind((seed, strategy) -> fails(seed, bug, arms), Strategy.uniform(), base, budget);
                            tries[(int) base - 1] = k;
                            return k <= budget;
                        });
                        Arrays.sort(tries);
                        hunt = found.hits() + " / " + bases;
                        median = tries[(bases - 1) / 2] > budget ? "> " + budget : Integer.toString(tries[(bases - 1) / 2]);
                        cpu += found.cpuNanos();
                    }
                    String row = String.format(Locale.ROOT, "| %s | %s | %d / %d (%.1f %%, %.1f–%.1f %%) | %s | %s | %.1f |%n", name,
                            bug.map(Enum::name).orElse("correct (control)"), count.hits(), seeds, 100.0 * count.hits() / seeds,
                            100 * interval[0], 100 * interval[1], hunt, median, cpu / 1e9);
                    System.out.print(row);
                    table.append(row);
                }
            });
        }
        System.out.print(table);
    }
}
