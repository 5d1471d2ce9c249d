package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.history.OpOutcome;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import org.junit.jupiter.api.Test;

/**
 * The correct Raft holds every invariant after every event, and the clients' history is linearizable, over
 * 2,000 seeds of {@link RaftSetup#realisticFaults()} (the bar): loss, duplication, delays with a tail,
 * partitions, crashes (half of the servers' ones power losses), pauses, clock drift, disk latency, write, fsync
 * and read errors, and torn or surviving unsynced writes. After 600 ticks the faults stop and the servers must agree on a leader
 * within 400 ticks. About 18 to 27 s on two shared cores (one run per seed,
 * 600 ticks, fingerprint-only traces); {@link RaftLongSweepTest} runs other seeds on request. A failing seed
 * replays with {@code RaftCluster.start(seed, setup).runThenRecover(600, 400)} and the setup {@link RaftSweep}
 * builds.
 */
class RaftCorrectVersionTest {

    @Test
    void holdsEveryInvariantAndStaysLinearizableOverTwoThousandSeedsOfRealisticFaults() {
        RaftSweep.Totals totals = RaftSweep.run(1, 2_000);

        assertThat(totals.failures()).isEmpty();
        assertThat(totals.crashes()).as("crashes and power losses").isGreaterThan(3_000);
        assertThat(totals.partitions()).isGreaterThan(3_000);
        assertThat(totals.pauses()).isGreaterThan(3_000);
        assertThat(totals.leaderTermsAboveOne()).as("runs that elected a later leader").isGreaterThan(500);
        assertThat(totals.okOperations()).isGreaterThan(2_000 * 15);
        assertThat(totals.indeterminateOperations()).isGreaterThan(0);
        assertThat(totals.runsReaching()).as("runs that reached each situation of RaftSituations")
                .containsOnlyKeys(RaftSituations.LATER_LEADER, RaftSituations.LOGS_DIVERGE, RaftSituations.EARLIER_TERM_COMMITTED)
                .allSatisfy((situation, runs) -> assertThat(runs).as(situation).isGreaterThan(50));
    }

    @Test
    void aRunWithoutFaultsCommitsEveryOperation() {
        RaftCluster cluster = RaftCluster.start(7, RaftSetup.correct());

        RunVerdict verdict = cluster.run(RaftSweep.RUN_TICKS);

        assertThat(verdict.passed()).as(verdict.report()).isTrue();
        assertThat(cluster.history().history().count(OpOutcome.INFO)).isZero();
        assertThat(cluster.servers()).allSatisfy(server -> assertThat(server.lastApplied()).isEqualTo(cluster.history().history().size()));
    }

    @Test
    void theRecoveryCheckFailsWhenNoLeaderCanBeElectedInTime() {
        RunVerdict verdict = RaftCluster.start(7, RaftSetup.correct()).runThenRecover(0, RaftServer.MIN_ELECTION_TICKS - 1);

        assertThat(verdict.failed()).contains("liveness: " + RaftCluster.LEADER_ELECTED);
    }

    @Test
    void aSeedOfRealisticFaultsReplaysToTheSameFingerprint() {
        RaftSetup setup = RaftSetup.correct().withFaults(RaftSetup.realisticFaults()).withTraceMode(TraceMode.FINGERPRINT_ONLY);

        RunVerdict first = RaftCluster.start(42, setup).runThenRecover(RaftSweep.RUN_TICKS, RaftSweep.RECOVERY_TICKS);
        RunVerdict replay = RaftCluster.start(42, setup).runThenRecover(RaftSweep.RUN_TICKS, RaftSweep.RECOVERY_TICKS);

        assertThat(replay).isEqualTo(first);
        assertThat(RaftCluster.start(43, setup).runThenRecover(RaftSweep.RUN_TICKS, RaftSweep.RECOVERY_TICKS).fingerprint())
                .isNotEqualTo(first.fingerprint());
    }
}
