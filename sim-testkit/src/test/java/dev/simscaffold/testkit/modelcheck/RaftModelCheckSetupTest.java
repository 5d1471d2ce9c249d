package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftTimeouts;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * What the corpus Raft needs to be model-checked, shown on the Figure 8 model of {@link RaftFigure8ModelCheckTest}
 * cut to a depth the test phase can afford: its node copy ({@code RaftServer.modelCopy}) and key change nothing the
 * checker sees (the same states, transitions, verdict and counterexample from snapshots as replayed; a copy sharing
 * a mutable part with the live server would make them differ, as {@code SnapshotReplayTest} shows for gossip), and
 * the standard election timeouts (41 values) are refused by the checker while a narrow {@link RaftTimeouts} passes.
 */
class RaftModelCheckSetupTest {

    @Test
    void raftFromSnapshotsGivesTheSameStatesAsReplayed() {
        for (boolean breadthFirst : new boolean[] {true, false}) {
            NetworkModelCheck<RaftMessage> snapshots = RaftFigure8ModelCheckTest.raft(EnumSet.of(RaftBug.FIGURE_8_COMMIT), 2, 3, 6, 100_000).build();
            NetworkModelCheck<RaftMessage> replayed = RaftFigure8ModelCheckTest.raft(EnumSet.of(RaftBug.FIGURE_8_COMMIT), 2, 3, 6, 100_000)
                    .replayOnly().build();
            ModelCheckResult<RaftMessage> restored = breadthFirst ? snapshots.bfs() : snapshots.dfs();
            ModelCheckResult<RaftMessage> replay = breadthFirst ? replayed.bfs() : replayed.dfs();
            assertEquals(SnapshotReplayTest.describe(replay), SnapshotReplayTest.describe(restored));
            assertEquals(0, restored.replayedMoves(), restored.summary());
            assertTrue(restored.states() > 100, restored.summary());
        }
    }

    @Test
    void theStandardElectionTimeoutsAreTooWideForTheCheckerAndANarrowRangeIsNot() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RaftFigure8ModelCheckTest.raft(EnumSet.noneOf(RaftBug.class), RaftTimeouts.standard(), 1, 1, 3, 1_000).build().bfs());
        assertTrue(refused.getMessage().contains("41 values"), refused.getMessage());
        ModelCheckResult<RaftMessage> narrow = RaftFigure8ModelCheckTest.raft(EnumSet.noneOf(RaftBug.class), RaftTimeouts.narrow(4, 5, 3), 1, 1, 3,
                1_000).build().bfs();
        assertEquals(ModelCheckResult.Verdict.INCOMPLETE_DEPTH, narrow.verdict(), narrow.summary());
    }
}
