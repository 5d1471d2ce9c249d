package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The correct Raft keeps what it recovered when the fsync after a restart fails. A process crash leaves unsynced
 * records in the page cache; the restarted server reads them, and its first fsync may fail, which discards them
 * (as Linux does). The log used to go on appending past that hole, and the next recovery stopped at it, forgetting
 * every later record: with write-window crashes and fixed down times of 120 ticks, seed 192 failed
 * {@value LeaderCompleteness#NAME} (a leader of term 6 without the entry committed at index 1). The recovered prefix
 * is now rewritten on such a failure, like any unsynced write ({@code WriteAheadLog.syncRecovered}).
 */
class RecoveredLogFsyncFailureTest {

    private static FaultConfig faults() {
        return RaftSetup.realisticFaults().toBuilder()
                .network(n -> n.writeWindowCrashRate(0.2).restartAfterTicks(120).minRestartAfterTicks(120)).build();
    }

    @Test
    void theCorrectRaftKeepsItsRecoveredLogWhenTheFsyncAfterARestartFails() {
        for (long seed = 150; seed <= 250; seed++) {
            RaftSetup setup = RaftSetup.correct().withBugs(Set.of()).withFaults(faults()).withWorkloadTicks(400)
                    .withTraceMode(TraceMode.FINGERPRINT_ONLY);
            RunVerdict verdict = RaftCluster.start(seed, setup).runThenRecover(600, 400);
            assertThat(verdict.passed()).as("seed %d: %s", seed, verdict.report()).isTrue();
        }
    }
}
