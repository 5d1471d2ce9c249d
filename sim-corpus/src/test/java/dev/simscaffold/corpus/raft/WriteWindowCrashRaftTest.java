package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link RaftBug#VOTE_BEFORE_FSYNC} under the corpus's random faults plus write-window crashes
 * ({@code NetworkFaults.writeWindowCrashRate}), no script and no nemesis: a voter crashed between its vote and the
 * vote's fsync forgets it and votes again in the same term. The same runs without write-window crashes, and the
 * correct Raft with them, pass.
 */
class WriteWindowCrashRaftTest {

    private static final int SEEDS = 100;

    private static FaultConfig faults(double writeWindowCrashRate) {
        return RaftSetup.realisticFaults().toBuilder()
                .network(n -> n.writeWindowCrashRate(writeWindowCrashRate).restartAfterTicks(10).minRestartAfterTicks(0)).build();
    }

    private static int failures(Set<RaftBug> bugs, FaultConfig faults, String invariant) {
        return SeedFailures.count(SEEDS, RaftSetup.correct().withBugs(bugs).withFaults(faults), invariant);
    }

    @Test
    void writeWindowCrashesFindTheVoteSentBeforeItsFsync() {
        Set<RaftBug> bug = EnumSet.of(RaftBug.VOTE_BEFORE_FSYNC);
        assertThat(failures(bug, faults(0.5), ElectionSafety.NAME)).as("with write-window crashes").isGreaterThanOrEqualTo(5);
        assertThat(failures(bug, faults(0), ElectionSafety.NAME)).as("without them").isZero();
    }

    @Test
    void theCorrectRaftPassesUnderWriteWindowCrashes() {
        assertThat(failures(Set.of(), faults(0.5), "")).isZero();
    }
}
