package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
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
        return SeedFailures.count(SEEDS, RaftSetup.correct().withBugs(bugs).withFaults(faults).withWorkloadTicks(400), invariant);
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
