package dev.simscaffold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.lease.LeaseBug;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupBug;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The cross-protocol bug benchmark runs, tiny, and its own protocols are real planted bugs: some seeds fail
 * with the coordinator that commits on its timeout, with the register that applies updates in arrival order
 * and with the store that acknowledges before its fsync, none with their controls; the corpus protocols
 * fail, with the benchmark's strategy, where the corpus's tests say they do.
 */
class BugHuntSmokeTest {

    @Test
    void theTwoPhaseCommitBugFailsSomeRunsAndItsControlNone() {
        long failing = LongStream.rangeClosed(1, 400).filter(seed -> TwoPhaseCommit.fails(seed, Strategy.uniform(), true)).count();
        long control = LongStream.rangeClosed(1, 400).filter(seed -> TwoPhaseCommit.fails(seed, Strategy.uniform(), false)).count();

        assertThat(failing).isPositive();
        assertThat(control).isZero();
    }

    @Test
    void theRegisterThatAppliesUpdatesInArrivalOrderGoesBackOnSomeSeedsAndTheVersionCheckingOneNever() {
        long failing = LongStream.rangeClosed(1, 400).filter(seed -> ReorderedRegister.fails(seed, Strategy.uniform(), true)).count();
        long control = LongStream.rangeClosed(1, 400).filter(seed -> ReorderedRegister.fails(seed, Strategy.uniform(), false)).count();

        assertThat(failing).isPositive();
        assertThat(control).isZero();
    }

    @Test
    void theRegisterOvertakenByTwoUpdatesIsOutOfReachOfDrawnDelaysAndFoundByHoldingMessagesBack() {
        Strategy hold = Strategy.parse("hold:20:pos");
        long uniform = LongStream.rangeClosed(1, 400).filter(seed -> ReorderedRegister.overtakenFails(seed, Strategy.uniform(), true)).count();
        long walk = LongStream.rangeClosed(1, 400).filter(seed -> ReorderedRegister.overtakenFails(seed, Strategy.randomWalk(), true)).count();
        long held = LongStream.rangeClosed(1, 400).filter(seed -> ReorderedRegister.overtakenFails(seed, hold, true)).count();
        long control = LongStream.rangeClosed(1, 400).filter(seed -> ReorderedRegister.overtakenFails(seed, hold, false)).count();

        assertThat(uniform).isZero();
        assertThat(walk).isZero();
        assertThat(held).isPositive();
        assertThat(control).isZero();
    }

    @Test
    void theStoreThatAcksBeforeItsFsyncLosesAnAcknowledgedValueToAPowerLossOnSomeSeedsAndTheOneThatWaitsNever() {
        long failing = LongStream.rangeClosed(1, 400).filter(seed -> AckBeforeFsync.fails(seed, Strategy.uniform(), true)).count();
        long control = LongStream.rangeClosed(1, 400).filter(seed -> AckBeforeFsync.fails(seed, Strategy.uniform(), false)).count();

        assertThat(failing).isPositive();
        assertThat(control).isZero();
    }

    @Test
    void theCorpusBugsRunWithTheBenchmarksStrategyAndFailWhereTheCorpusTestsSayTheyDo() {
        assertThat(CorpusRuns.leaseFails(1, Strategy.uniform(), EnumSet.of(LeaseBug.NO_FENCING))).isTrue();
        assertThat(CorpusRuns.leaseFails(1, Strategy.uniform(), Set.of())).isFalse();
        assertThat(CorpusRuns.gossipFails(1, Strategy.uniform(), EnumSet.of(GossipBug.NOT_EQUAL_DEDUP))).isTrue();
        assertThat(CorpusRuns.gossipFails(1, Strategy.uniform(), Set.of())).isFalse();
        long stale = LongStream.rangeClosed(1, 40)
                .filter(seed -> CorpusRuns.primaryBackupFails(seed, Strategy.pct(3), EnumSet.of(PrimaryBackupBug.READS_FROM_BACKUPS))).count();
        long control = LongStream.rangeClosed(1, 40).filter(seed -> CorpusRuns.primaryBackupFails(seed, Strategy.pct(3), Set.of())).count();
        assertThat(stale).isPositive();
        assertThat(control).isZero();
    }

    @Test
    void aRowCountsDetectionControlAndTriesWithinTheBudget() {
        BugHunt.Bug twoPhase = BugHunt.catalogue().stream().filter(bug -> bug.name().startsWith("2PC")).findFirst().orElseThrow();
        try (SeedPool pool = new SeedPool(2)) {
            BugHunt.Row row = BugHunt.measure(pool, twoPhase, Strategy.pct(3), 20, 3, 5);

            assertThat(row.seeds()).isEqualTo(20);
            assertThat(row.controlFailures()).isZero();
            assertThat(row.found()).isBetween(0, 3);
            assertThat(row.medianTries()).isBetween(1, 6);
            assertThat(row.markdown()).startsWith("| 2PC decides commit on timeout | `pct:3` | ");
        }
        assertThat(BugHunt.triesToFind((seed, strategy) -> seed % 1_000_003L == 4, Strategy.uniform(), 7, 10)).isEqualTo(5);
        assertThat(BugHunt.triesToFind((seed, strategy) -> false, Strategy.uniform(), 7, 10)).isEqualTo(11);
    }
}
