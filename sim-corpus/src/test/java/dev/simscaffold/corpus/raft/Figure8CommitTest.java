package dev.simscaffold.corpus.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.corpus.RunVerdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link RaftBug#FIGURE_8_COMMIT} in the scripted scenario of Raft's Figure 8 ({@link RaftScenarios#figure8}).
 * Replay any of these runs with the same seed and bugs: the script reacts only to the run, so the seed decides
 * everything else.
 */
class Figure8CommitTest {

    private static final long SEED = 1;
    private static final Set<RaftBug> BUG = EnumSet.of(RaftBug.FIGURE_8_COMMIT);

    @Test
    void aLeaderThatCommitsAnEarlierTermsEntryByCountingLetsALaterLeaderLackIt() {
        RunVerdict verdict = RaftScenarios.figure8(SEED, BUG);

        assertThat(verdict.failed()).contains(LeaderCompleteness.NAME);
        assertThat(verdict.time()).isEqualTo(LogicalTime.of(331));
        assertThat(verdict.step()).isEqualTo(86);
        assertThat(verdict.report()).contains("node-0 leads term 6 without the entry committed at index 1 (term 1");
    }

    @Test
    void theSameSeedFailsTheSameWayAgain() {
        RunVerdict first = RaftScenarios.figure8(SEED, BUG);
        RunVerdict replay = RaftScenarios.figure8(SEED, BUG);

        assertThat(replay).isEqualTo(first);
    }

    @Test
    void withoutTheLeaderCompletenessCheckTheOverwrittenEntryIsAppliedDifferently() {
        RunVerdict verdict = RaftScenarios.figure8(SEED, BUG, List.of(new ElectionSafety(), new LogMatching(), new StateMachineSafety()));

        assertThat(verdict.failed()).contains(StateMachineSafety.NAME);
        assertThat(verdict.report()).contains("at index 1 where node-1 applied");
    }

    @Test
    void theCorrectCommitRulePassesTheSameScenario() {
        RunVerdict verdict = RaftScenarios.figure8(SEED, Set.of());

        assertThat(verdict.passed()).as(verdict.report()).isTrue();
    }

    @Test
    void theScenarioFailsTheBuggyRuleWhateverTheSeedDecides() {
        for (long seed = 2; seed <= 6; seed++) {
            assertThat(RaftScenarios.figure8(seed, BUG).failed()).as("seed %d", seed).contains(LeaderCompleteness.NAME);
            assertThat(RaftScenarios.figure8(seed, Set.of()).passed()).as("seed %d", seed).isTrue();
        }
    }
}
