package dev.simscaffold.corpus.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.nemesis.Nemeses;
import dev.simscaffold.corpus.raft.ElectionSafety;
import dev.simscaffold.corpus.raft.LeaderCompleteness;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftRole;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The unsynced vote, found by a property over the whole corpus Raft run (timeouts, clients, random faults
 * and the leader hunt's strikes all drawn from its stream), shrinks to at most twice its hand-minimal size
 * ({@link UnsyncedVoteMinimalTest}: three injected actions), counted in the unit of
 * {@link dev.simscaffold.core.check.ActionCount} (the clients draw each operation as a span, so it counts them).
 *
 * <p>A measurement, not part of the test phase: one hunt and shrink of the whole Raft takes 30–110 s on two
 * shared cores. Run it with {@code -Draft.shrink.measure=true}. With the leader hunt as it is now (cut off each
 * new leader, power off a follower) base seed 1 shrank to 4 faults and 3 client operations, 7 units against a
 * bar of 6, while the clients issued operations until the workload ended; since they draw each operation as
 * a deletable span it meets the bar (measured in 67 s).
 */
class UnsyncedVoteShrinkTest {

    private static final int HAND_MINIMAL = 3;

    @Test
    @EnabledIfSystemProperty(named = "raft.shrink.measure", matches = "true")
    void theShrunkRunIsAtMostTwiceTheHandMinimalCase() {
        RaftShrinkRuns.Measured measured = RaftShrinkRuns.shrink(1, EnumSet.of(RaftBug.VOTE_BEFORE_FSYNC),
                () -> Nemeses.leaderHunt(RaftRole.LEADER, RaftRole.FOLLOWER), 50);

        assertThat(measured).isNotNull();
        assertThat(measured.invariant()).as("a consequence of the unsynced vote: two leaders in one term")
                .containsAnyOf(ElectionSafety.NAME, LeaderCompleteness.NAME);
        assertThat(measured.original().faults()).isGreaterThan(measured.shrunk().faults());
        assertThat(measured.size()).as(measured.toString()).isLessThanOrEqualTo(2 * HAND_MINIMAL);
        assertThat(measured.end()).isEqualTo("CONVERGED");
        assertThat(measured.replayed()).as("the shrunk case replayed").isInstanceOf(InvariantViolationError.class)
                .hasMessageContaining(measured.invariant().replace("invariant ", "").replace("\"", ""));
    }
}
