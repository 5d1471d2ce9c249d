package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link RaftSetup#epochFaults()}: fault epochs over the stale-read, unsynced-vote and Figure 8 mixes, default
 * strategy, no nemesis, 1,400 ticks of faults with 1,200 of workload. Each planted bug fails within the first 200 seeds
 * with the check it breaks, its failing seed replays to an equal verdict, and the correct Raft passes those seeds.
 * (Per-run rates: BENCHMARKS.md, issue 25's eighth increment.)
 */
class RaftEpochFaultsTest {

    private static final int SEEDS = 200;

    private static RunVerdict run(long seed, Set<RaftBug> bugs) {
        RaftSetup setup = RaftSetup.correct().withBugs(bugs).withFaults(RaftSetup.epochFaults()).withWorkloadTicks(RaftSetup.EPOCH_WORKLOAD_TICKS)
                .withTraceMode(TraceMode.FINGERPRINT_ONLY);
        return RaftCluster.start(seed, setup).runThenRecover(RaftSetup.EPOCH_FAULT_TICKS, 400);
    }

    private static void foundReplayedAndCorrectPasses(RaftBug bug, String check) {
        for (long seed = 1; seed <= SEEDS; seed++) {
            RunVerdict verdict = run(seed, Set.of(bug));
            if (!verdict.passed()) {
                assertThat(verdict.failed()).as("seed %d: %s", seed, verdict.report()).contains(check);
                assertThat(run(seed, Set.of(bug))).as("seed %d replays", seed).isEqualTo(verdict);
                assertThat(run(seed, Set.of()).passed()).as("the correct Raft at seed %d", seed).isTrue();
                return;
            }
        }
        throw new AssertionError(bug + " not found in seeds 1.." + SEEDS + " under RaftSetup.epochFaults()");
    }

    @Test
    void findsTheFigure8Commit() {
        foundReplayedAndCorrectPasses(RaftBug.FIGURE_8_COMMIT, LeaderCompleteness.NAME);
    }

    @Test
    void findsTheUnsyncedVote() {
        foundReplayedAndCorrectPasses(RaftBug.VOTE_BEFORE_FSYNC, ElectionSafety.NAME);
    }

    @Test
    void findsTheStaleRead() {
        foundReplayedAndCorrectPasses(RaftBug.STALE_LEADER_READ, RaftCluster.LINEARIZABILITY);
    }
}
