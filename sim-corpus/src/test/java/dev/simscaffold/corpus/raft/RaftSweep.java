package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.history.OpOutcome;
import dev.simscaffold.core.net.NetworkStats;
import dev.simscaffold.core.net.NodeStats;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs the correct Raft over consecutive seeds with {@link RaftSetup#realisticFaults()}, one run per seed,
 * and sums what the runs went through, so a passing sweep also shows that its faults struck.
 */
final class RaftSweep {

    /** How long each run lasts; clients start operations for the first {@link #WORKLOAD_TICKS}. */
    static final long RUN_TICKS = 600;
    static final long WORKLOAD_TICKS = 400;
    /** How long the cluster has to elect a leader every server follows once the faults stop. */
    static final long RECOVERY_TICKS = 400;

    record Totals(List<String> failures, long events, long crashes, long pauses, long partitions, long okOperations,
            long indeterminateOperations, long leaderTermsAboveOne, SortedMap<String, Integer> runsReaching, long nanos) {
    }

    private RaftSweep() {
    }

    static Totals run(long firstSeed, int seeds) {
        RaftSetup setup = RaftSetup.correct().withFaults(RaftSetup.realisticFaults()).withWorkloadTicks(WORKLOAD_TICKS)
                .withTraceMode(TraceMode.FINGERPRINT_ONLY);
        List<String> failures = new ArrayList<>();
        long events = 0;
        long crashes = 0;
        long pauses = 0;
        long partitions = 0;
        long ok = 0;
        long info = 0;
        long laterTerms = 0;
        SortedMap<String, Integer> runsReaching = new TreeMap<>();
        long start = System.nanoTime();
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            RaftCluster cluster = RaftCluster.start(seed, setup);
            RunVerdict verdict = cluster.runThenRecover(RUN_TICKS, RECOVERY_TICKS);
            if (!verdict.passed()) {
                failures.add("seed " + seed + ": " + verdict.report());
            }
            NetworkStats stats = cluster.network().stats();
            events += stats.events();
            partitions += stats.partitions();
            for (NodeStats node : stats.perNode()) {
                crashes += node.crashes();
                pauses += node.pauses();
            }
            ok += cluster.history().history().count(OpOutcome.OK);
            info += cluster.history().history().count(OpOutcome.INFO);
            laterTerms += cluster.servers().stream().anyMatch(server -> server.currentTerm() > 1) ? 1 : 0;
            cluster.network().coverage().sometimes().forEach((name, held) -> runsReaching.merge(name, held > 0 ? 1 : 0, Integer::sum));
        }
        return new Totals(failures, events, crashes, pauses, partitions, ok, info, laterTerms, runsReaching, System.nanoTime() - start);
    }
}
