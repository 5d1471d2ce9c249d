package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.corpus.RunVerdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link RaftBug#VOTE_BEFORE_FSYNC} in the scripted power loss of {@link RaftScenarios#voteLostToPowerLoss}.
 * Seed 6 makes node-1 the first voter, between the two servers that cannot reach each other; the script needs
 * that, and the tests pin it.
 */
class VoteBeforeFsyncTest {

    private static final long SEED = 6;
    private static final Set<RaftBug> BUG = EnumSet.of(RaftBug.VOTE_BEFORE_FSYNC);

    @Test
    void aVoteSentBeforeItsFsyncIsForgottenAndGivenTwiceInOneTerm() {
        RunVerdict verdict = RaftScenarios.voteLostToPowerLoss(SEED, BUG);

        assertThat(verdict.failed()).contains(ElectionSafety.NAME);
        assertThat(verdict.time()).isEqualTo(LogicalTime.of(70));
        assertThat(verdict.step()).isEqualTo(20);
        assertThat(verdict.report()).contains("term 1 has two leaders: node-2 and node-0");
    }

    @Test
    void theSameSeedFailsTheSameWayAgain() {
        RunVerdict first = RaftScenarios.voteLostToPowerLoss(SEED, BUG);
        RunVerdict replay = RaftScenarios.voteLostToPowerLoss(SEED, BUG);

        assertThat(replay).isEqualTo(first);
    }

    @Test
    void withoutTheElectionSafetyCheckTwoLeadersOfOneTermBreakLogMatching() {
        RunVerdict verdict = RaftScenarios.voteLostToPowerLoss(SEED, BUG,
                List.of(new LogMatching(), new LeaderCompleteness(), new StateMachineSafety()));

        assertThat(verdict.failed()).contains(LogMatching.NAME);
        assertThat(verdict.report()).contains("node-0 and node-2 hold term 1 at index 1 but differ");
    }

    @Test
    void votingOnlyAfterTheFsyncPassesTheSameScenario() {
        RunVerdict verdict = RaftScenarios.voteLostToPowerLoss(SEED, Set.of());

        assertThat(verdict.passed()).as(verdict.report()).isTrue();
    }
}
