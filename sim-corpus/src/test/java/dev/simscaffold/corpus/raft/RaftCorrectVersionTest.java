package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The correct Raft holds every invariant after every event, and the clients' history is linearizable, over 200
 * seeds of {@link RaftSetup#realisticFaults()}: loss, duplication, delays with a tail, partitions, crashes (half
 * of them power losses), pauses, clock drift, disk latency, write, fsync and read errors, and torn or surviving
 * unsynced writes. {@link RaftLongSweepTest} runs 2,000 seeds on request. A failing seed replays with
 * {@code RaftCluster.start(seed, setup).run(600)}.
 */
class RaftCorrectVersionTest {

    @Test
    void holdsEveryInvariantAndStaysLinearizableOverTwoHundredSeedsOfRealisticFaults() {
        RaftSweep.Totals totals = RaftSweep.run(1, 200);

        assertThat(totals.failures()).isEmpty();
        assertThat(totals.crashes()).as("crashes and power losses").isGreaterThan(100);
        assertThat(totals.partitions()).isGreaterThan(100);
        assertThat(totals.pauses()).isGreaterThan(100);
        assertThat(totals.leaderTermsAboveOne()).as("runs that elected a later leader").isGreaterThan(50);
        assertThat(totals.okOperations()).isGreaterThan(200 * 20);
        assertThat(totals.indeterminateOperations()).isGreaterThan(0);
    }

    @Test
    void aRunWithoutFaultsCommitsEveryOperation() {
        RaftCluster cluster = RaftCluster.start(7, RaftSetup.correct());

        RaftVerdict verdict = cluster.run(RaftSweep.RUN_TICKS);

        assertThat(verdict.passed()).as(verdict.report()).isTrue();
        assertThat(cluster.history().history().count(dev.simscaffold.core.history.OpOutcome.INFO)).isZero();
        assertThat(cluster.servers()).allSatisfy(server -> assertThat(server.lastApplied()).isEqualTo(cluster.history().history().size()));
    }
}
