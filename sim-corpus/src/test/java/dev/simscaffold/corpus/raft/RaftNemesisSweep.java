package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.nemesis.Nemesis;
import dev.simscaffold.core.nemesis.NemesisRunner;
import dev.simscaffold.core.nemesis.NemesisStats;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the corpus Raft with {@link RaftSetup#realisticFaults()} and, when given, ready-made nemeses, one run per
 * seed (faults for {@link RaftSweep#RUN_TICKS}, then recovery), and collects the seeds that failed.
 */
final class RaftNemesisSweep {

    record Outcome(List<Long> failedSeeds, List<String> reports, long strikes, long nanos) {
    }

    private RaftNemesisSweep() {
    }

    record Run(RunVerdict verdict, long strikes) {
    }

    static Run run(long seed, Set<RaftBug> bugs, List<Nemesis> nemeses) {
        RaftSetup setup = RaftSetup.correct().withBugs(bugs).withFaults(RaftSetup.realisticFaults())
                .withWorkloadTicks(RaftSweep.WORKLOAD_TICKS).withTraceMode(TraceMode.FINGERPRINT_ONLY);
        RaftCluster cluster = RaftCluster.start(seed, setup);
        if (nemeses.isEmpty()) {
            return new Run(cluster.runThenRecover(RaftSweep.RUN_TICKS, RaftSweep.RECOVERY_TICKS), 0);
        }
        NemesisRunner<RaftMessage> runner = NemesisRunner.on(cluster.network(), nemeses.toArray(Nemesis[]::new));
        RunVerdict verdict = cluster.check(() -> {
            runner.run(RaftSweep.RUN_TICKS);
            runner.quiesce();
            cluster.network().awaitLiveness(RaftCluster.leaderElected(), RaftSweep.RECOVERY_TICKS);
        });
        return new Run(verdict, runner.stats().stream().mapToLong(NemesisStats::strikes).sum());
    }

    static Outcome sweep(long firstSeed, int seeds, Set<RaftBug> bugs, List<Nemesis> nemeses) {
        List<Long> failed = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        long strikes = 0;
        long start = System.nanoTime();
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            Run run = run(seed, bugs, nemeses);
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
