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

    private static long failing(String variant, Optional<RaftBug> bug, int seeds) {
        RaftNemesisRun.Arms arms = RaftNemesisRun.variants().get(variant);
        return LongStream.rangeClosed(1, seeds).filter(seed -> RaftNemesisRun.fails(seed, bug, arms)).count();
    }

    @Test
    void theLeaderHuntFindsFigure8WhereRandomFaultsAloneDoNot() {
        assertThat(failing("leaderHunt", Optional.of(RaftBug.FIGURE_8_COMMIT), 40)).isPositive();
        assertThat(failing("random faults only", Optional.of(RaftBug.FIGURE_8_COMMIT), 40)).isZero();
        assertThat(failing("leaderHunt", Optional.empty(), 20)).isZero();
    }

    @Test
    void theCrashWindowsFindTheUnsyncedVoteWhereRandomFaultsAloneDoNot() {
        assertThat(failing("crash windows (no nemesis)", Optional.of(RaftBug.VOTE_BEFORE_FSYNC), 100)).isPositive();
        assertThat(failing("random faults only", Optional.of(RaftBug.VOTE_BEFORE_FSYNC), 100)).isZero();
        assertThat(failing("crash windows (no nemesis)", Optional.empty(), 40)).isZero();
    }
}
