package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
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
        int failed = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            RaftSetup setup = RaftSetup.correct().withBugs(bugs).withFaults(faults).withTraceMode(TraceMode.FINGERPRINT_ONLY);
            RunVerdict verdict = RaftCluster.start(seed, setup).runThenRecover(600, 400);
            if (!verdict.passed()) {
                assertThat(verdict.failed()).as("seed %d: %s", seed, verdict.report()).contains(invariant);
                failed++;
            }
        }
        return failed;
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
