package dev.simscaffold.corpus.lease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.corpus.RunVerdict;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The harness-level replicated lease: adopting every announcement lets a delayed or duplicated one take an
 * instance's epoch back, which needs effect faults (without them announcements arrive in order). Replay with
 * {@code ReplicatedLeaseRun.run(10, Set.of(ADOPTS_ANY_EPOCH), FaultConfig.mild())}.
 */
class ReplicatedLeaseTest {

    private static final Set<ReplicatedLeaseBug> BUG = EnumSet.of(ReplicatedLeaseBug.ADOPTS_ANY_EPOCH);

    @Test
    void adoptingAnyEpochTakesAnInstanceBackUnderMildEffectFaults() {
        RunVerdict verdict = ReplicatedLeaseRun.run(10, BUG, FaultConfig.mild());

        assertThat(verdict.failed()).contains(ReplicatedLeaseRun.EPOCHS_NEVER_GO_BACK);
        assertThat(verdict.time()).isEqualTo(LogicalTime.of(96));
        assertThat(verdict.step()).isEqualTo(62);
        assertThat(verdict.report()).contains("instance 0 went from Lease[holder=1, epoch=7, expiresAt=104] to Lease[holder=-1, epoch=6");
    }

    @Test
    void theSameSeedFailsTheSameWayAgain() {
        assertThat(ReplicatedLeaseRun.run(10, BUG, FaultConfig.mild())).isEqualTo(ReplicatedLeaseRun.run(10, BUG, FaultConfig.mild()));
    }

    @Test
    void withAnnouncementsInOrderTheBugStaysHidden() {
        assertThat(ReplicatedLeaseRun.run(10, BUG, FaultConfig.none()).passed()).isTrue();
    }

    @Test
    void adoptingOnlyNewerEpochsNeverGoesBackOverThreeHundredHostileSeeds() {
        for (long seed = 1; seed <= 300; seed++) {
            RunVerdict verdict = ReplicatedLeaseRun.run(seed, Set.of(), FaultConfig.hostile());
            assertThat(verdict.passed()).as("seed %d: %s", seed, verdict.report()).isTrue();
        }
    }
}
