package dev.simscaffold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.corpus.raft.RaftBug;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The nemesis columns' runner on a few seeds: the leader hunt finds Figure 8 where random faults alone do not, the
 * crash windows find the unsynced vote where random faults alone do not, and the correct Raft passes under both.
 */
class RaftNemesisRunSmokeTest {

    /** Whether some seed in 1..seeds fails (stopping at the first). */
    private static boolean anyFails(String variant, Optional<RaftBug> bug, int seeds) {
        RaftNemesisRun.Arms arms = RaftNemesisRun.variants().get(variant);
        return LongStream.rangeClosed(1, seeds).anyMatch(seed -> RaftNemesisRun.fails(seed, bug, arms));
    }

    @Test
    void theLeaderHuntFindsFigure8WhereRandomFaultsAloneDoNot() {
        assertThat(anyFails("leaderHunt", Optional.of(RaftBug.FIGURE_8_COMMIT), 40)).isTrue();
        assertThat(anyFails("random faults only", Optional.of(RaftBug.FIGURE_8_COMMIT), 20)).isFalse();
        assertThat(anyFails("leaderHunt", Optional.empty(), 10)).isFalse();
    }

    @Test
    void theCrashWindowsFindTheUnsyncedVoteWhereRandomFaultsAloneDoNot() {
        assertThat(anyFails("crash windows (no nemesis)", Optional.of(RaftBug.VOTE_BEFORE_FSYNC), 100)).isTrue();
        assertThat(anyFails("random faults only", Optional.of(RaftBug.VOTE_BEFORE_FSYNC), 40)).isFalse();
        assertThat(anyFails("crash windows (no nemesis)", Optional.empty(), 20)).isFalse();
    }
}
