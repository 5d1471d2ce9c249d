package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.corpus.RunVerdict;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link RaftBug#STALE_LEADER_READ} in the scripted partition of {@link RaftScenarios#leaderCutOffWithAClient}:
 * the deposed leader keeps answering its client's reads. The failure is the end-of-run linearizability check of
 * the clients' history.
 */
class StaleLeaderReadTest {

    private static final long SEED = 3;
    private static final Set<RaftBug> BUG = EnumSet.of(RaftBug.STALE_LEADER_READ);

    @Test
    void aLeaderCutOffFromTheMajorityServesAStaleRead() {
        RunVerdict verdict = RaftScenarios.leaderCutOffWithAClient(SEED, BUG);

        assertThat(verdict.failed()).contains(RaftCluster.LINEARIZABILITY);
        assertThat(verdict.report()).contains("first operation that cannot be linearized:\n  #62 client-3 [t=568..570] read x -> ok 0");
    }

    @Test
    void theSameSeedFailsTheSameWayAgain() {
        RunVerdict first = RaftScenarios.leaderCutOffWithAClient(SEED, BUG);
        RunVerdict replay = RaftScenarios.leaderCutOffWithAClient(SEED, BUG);

        assertThat(replay).isEqualTo(first);
    }

    @Test
    void readsThroughTheLogPassTheSameScenario() {
        RunVerdict verdict = RaftScenarios.leaderCutOffWithAClient(SEED, Set.of());

        assertThat(verdict.passed()).as(verdict.report()).isTrue();
    }
}
