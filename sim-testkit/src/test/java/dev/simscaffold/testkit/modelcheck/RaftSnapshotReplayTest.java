package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftMessage;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The corpus Raft's node copy ({@code RaftServer.modelCopy}) and key change nothing the checker sees: the Figure 8
 * model of {@link RaftFigure8ModelCheckTest}, cut to a depth the test phase can afford, gives the same states,
 * transitions, verdict and counterexample restored from snapshots as replayed from the start (a copy sharing any
 * mutable part with the live server would make them differ, as {@code SnapshotReplayTest} shows for gossip).
 */
class RaftSnapshotReplayTest {

    @Test
    void raftFromSnapshotsGivesTheSameStatesAsReplayed() {
        for (boolean breadthFirst : new boolean[] {true, false}) {
            NetworkModelCheck<RaftMessage> snapshots = RaftFigure8ModelCheckTest.raft(EnumSet.of(RaftBug.FIGURE_8_COMMIT), 2, 3, 7, 100_000).build();
            NetworkModelCheck<RaftMessage> replayed = RaftFigure8ModelCheckTest.raft(EnumSet.of(RaftBug.FIGURE_8_COMMIT), 2, 3, 7, 100_000)
                    .replayOnly().build();
            ModelCheckResult<RaftMessage> restored = breadthFirst ? snapshots.bfs() : snapshots.dfs();
            ModelCheckResult<RaftMessage> replay = breadthFirst ? replayed.bfs() : replayed.dfs();
            assertEquals(SnapshotReplayTest.describe(replay), SnapshotReplayTest.describe(restored));
            assertEquals(0, restored.replayedMoves(), restored.summary());
            assertTrue(restored.states() > 100, restored.summary());
        }
    }
}
