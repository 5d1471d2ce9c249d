package dev.simscaffold.corpus.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.nemesis.Nemeses;
import dev.simscaffold.corpus.raft.ElectionSafety;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftRole;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The unsynced vote, found by a property over the whole corpus Raft run (timeouts, clients, random faults
 * and the leader hunt's strikes all drawn from its stream), shrinks to at most twice its hand-minimal size
 * ({@link UnsyncedVoteMinimalTest}: three injected actions), counted in the unit of
 * {@link dev.simscaffold.core.check.ActionCount} plus the client operations the run issued.
 */
class UnsyncedVoteShrinkTest {

    private static final int HAND_MINIMAL = 3;

    @Test
    void theShrunkRunIsAtMostTwiceTheHandMinimalCase() {
        RaftShrinkRuns.Measured measured = RaftShrinkRuns.shrink(1, EnumSet.of(RaftBug.VOTE_BEFORE_FSYNC),
                () -> Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER), 50);

        assertThat(measured).isNotNull();
        assertThat(measured.invariant()).contains(ElectionSafety.NAME);
        assertThat(measured.original().faults()).isGreaterThan(measured.shrunk().faults());
        assertThat(measured.size()).as(measured.toString()).isLessThanOrEqualTo(2 * HAND_MINIMAL);
        assertThat(measured.end()).isEqualTo("CONVERGED");
        assertThat(measured.replayed()).as("the shrunk case replayed").isInstanceOf(InvariantViolationError.class)
                .hasMessageContaining(ElectionSafety.NAME);
    }
}
