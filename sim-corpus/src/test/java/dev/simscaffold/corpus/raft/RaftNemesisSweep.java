package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.nemesis.Nemeses;
import dev.simscaffold.core.nemesis.Nemesis;
import dev.simscaffold.core.nemesis.NemesisRunner;
import dev.simscaffold.core.nemesis.NemesisStats;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the corpus Raft with {@link RaftSetup#realisticFaults()} and, when given, ready-made nemeses (all armed,
 * or a swarm of them per run) and live buggify sites, one run per seed (faults for {@link RaftSweep#RUN_TICKS},
 * then recovery), and collects the seeds that failed.
 */
final class RaftNemesisSweep {

    /** How a run is armed: its nemeses, whether it swarms over them, whether the servers' buggify sites are live. */
    record Arms(List<Nemesis> nemeses, boolean swarm, boolean buggify) {

        static Arms of(List<Nemesis> nemeses) {
            return new Arms(nemeses, false, false);
        }
    }

    record Outcome(List<Long> failedSeeds, List<String> reports, long strikes, long nanos) {
    }

    record Run(RunVerdict verdict, long strikes) {
    }

    private RaftNemesisSweep() {
    }

    /** The ready-made nemeses that name Raft's roles, the pool a swarm draws from (sim-bench's {@code RaftNemesisRun} has the same). */
    static List<Nemesis> pool() {
        return List.of(Nemeses.strikeAtNew(RaftRole.LEADER), Nemeses.cutOffNew(RaftRole.LEADER), Nemeses.isolateNew(RaftRole.LEADER),
                Nemeses.powerOffAtNew(RaftRole.LEADER, RaftRole.FOLLOWER), Nemeses.bridgeAt(RaftRole.LEADER, 50));
    }

    static Run run(long seed, Set<RaftBug> bugs, List<Nemesis> nemeses) {
        return run(seed, bugs, Arms.of(nemeses));
    }

    static Run run(long seed, Set<RaftBug> bugs, Arms arms) {
        RaftSetup setup = RaftSetup.correct().withBugs(bugs).withFaults(RaftSetup.realisticFaults())
                .withWorkloadTicks(RaftSweep.WORKLOAD_TICKS).withTraceMode(TraceMode.FINGERPRINT_ONLY).withBuggify(arms.buggify());
        RaftCluster cluster = RaftCluster.start(seed, setup);
        if (arms.nemeses().isEmpty()) {
            return new Run(cluster.runThenRecover(RaftSweep.RUN_TICKS, RaftSweep.RECOVERY_TICKS), 0);
        }
        NemesisRunner<RaftMessage> runner = arms.swarm() ? NemesisRunner.swarm(cluster.network(), arms.nemeses())
                : NemesisRunner.on(cluster.network(), arms.nemeses());
        RunVerdict verdict = cluster.check(() -> {
            runner.run(RaftSweep.RUN_TICKS);
            runner.quiesce();
            cluster.network().awaitLiveness(RaftCluster.leaderElected(), RaftSweep.RECOVERY_TICKS);
        });
        return new Run(verdict, runner.stats().stream().mapToLong(NemesisStats::strikes).sum());
    }

    static Outcome sweep(long firstSeed, int seeds, Set<RaftBug> bugs, List<Nemesis> nemeses) {
        return sweep(firstSeed, seeds, bugs, Arms.of(nemeses));
    }

    static Outcome sweep(long firstSeed, int seeds, Set<RaftBug> bugs, List<Nemesis> nemeses, boolean buggify) {
        return sweep(firstSeed, seeds, bugs, new Arms(nemeses, false, buggify));
    }

    static Outcome swarmSweep(long firstSeed, int seeds, Set<RaftBug> bugs, List<Nemesis> pool) {
        return sweep(firstSeed, seeds, bugs, new Arms(pool, true, false));
    }

    static Outcome sweep(long firstSeed, int seeds, Set<RaftBug> bugs, Arms arms) {
        List<Long> failed = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        long strikes = 0;
        long start = System.nanoTime();
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            Run run = run(seed, bugs, arms);
            RunVerdict verdict = run.verdict();
            strikes += run.strikes();
            if (!verdict.passed()) {
                failed.add(seed);
                reports.add("seed " + seed + ": " + verdict.failed().orElse("?"));
            }
        }
        return new Outcome(failed, reports, strikes, System.nanoTime() - start);
    }
}
