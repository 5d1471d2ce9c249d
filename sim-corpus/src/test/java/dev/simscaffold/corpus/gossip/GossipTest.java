package dev.simscaffold.corpus.gossip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.corpus.RunVerdict;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The push-gossip store under {@code FaultConfig.hostile()}'s network faults: each planted bug breaks
 * {@value VersionsNeverGoBackwards#NAME} with seed 1 (replay: {@code GossipCluster.run(1, bugs, faults)}), the
 * same seed fails the same way again, and the correct protocol passes that seed and 500 more, converging once
 * the faults stop.
 */
class GossipTest {

    private static final long SEED = 1;
    private static final NetworkFaults HOSTILE = FaultConfig.hostile().network();
    private static final Map<GossipBug, Long> FAILS_AT = Map.of(
            GossipBug.FORGETS_VERSIONS, 63L, GossipBug.NOT_EQUAL_DEDUP, 178L, GossipBug.FORGETS_TO_PERSIST, 414L);

    @ParameterizedTest
    @EnumSource(GossipBug.class)
    void eachPlantedBugRollsAVersionBack(GossipBug bug) {
        RunVerdict verdict = GossipCluster.run(SEED, EnumSet.of(bug), HOSTILE);

        assertThat(verdict.failed()).contains(VersionsNeverGoBackwards.NAME);
        assertThat(verdict.time()).isEqualTo(LogicalTime.of(FAILS_AT.get(bug)));
    }

    @ParameterizedTest
    @EnumSource(GossipBug.class)
    void theSameSeedFailsTheSameWayAgain(GossipBug bug) {
        assertThat(GossipCluster.run(SEED, EnumSet.of(bug), HOSTILE)).isEqualTo(GossipCluster.run(SEED, EnumSet.of(bug), HOSTILE));
    }

    @Test
    void theCorrectProtocolNeverGoesBackAndConvergesOverFiveHundredSeeds() {
        for (long seed = SEED; seed <= 500; seed++) {
            RunVerdict verdict = GossipCluster.run(seed, Set.of(), HOSTILE);
            assertThat(verdict.passed()).as("seed %d: %s", seed, verdict.report()).isTrue();
        }
    }
}
