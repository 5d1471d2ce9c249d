package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.RunVerdict;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link RaftBug#FIGURE_8_COMMIT} under the corpus's random faults plus fan-out cuts ({@code NetworkFaults.fanOutCutRate}),
 * no script and no nemesis: a server that has just broadcast (a leader's appends, a candidate's vote requests) is cut
 * off from the servers it sent to while the clients still reach it, so leaders store entries alone and are replaced,
 * in the order Figure 8 needs. The same runs without the cuts, and the correct Raft with them, pass.
 */
class FanOutCutRaftTest {

    private static final int SEEDS = 150;

    private static FaultConfig faults(double fanOutCutRate) {
        return RaftSetup.realisticFaults().toBuilder().network(n -> n.fanOutCutRate(fanOutCutRate).maxFanOutCutTicks(120)).build();
    }

    private static int failures(Set<RaftBug> bugs, FaultConfig faults, String invariant) {
        int failed = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            RaftSetup setup = RaftSetup.correct().withBugs(bugs).withFaults(faults).withWorkloadTicks(400)
                    .withTraceMode(TraceMode.FINGERPRINT_ONLY);
            RunVerdict verdict = RaftCluster.start(seed, setup).runThenRecover(600, 400);
            if (!verdict.passed()) {
                assertThat(verdict.failed()).as("seed %d: %s", seed, verdict.report()).contains(invariant);
                failed++;
            }
        }
        return failed;
    }

    @Test
    void fanOutCutsFindTheFigure8Commit() {
        Set<RaftBug> bug = EnumSet.of(RaftBug.FIGURE_8_COMMIT);
        assertThat(failures(bug, faults(0.2), LeaderCompleteness.NAME)).as("with fan-out cuts").isGreaterThanOrEqualTo(3);
        assertThat(failures(bug, faults(0), LeaderCompleteness.NAME)).as("without them").isZero();
    }

    @Test
    void theCorrectRaftPassesUnderFanOutCuts() {
        assertThat(failures(Set.of(), faults(0.2), "")).isZero();
    }
}
