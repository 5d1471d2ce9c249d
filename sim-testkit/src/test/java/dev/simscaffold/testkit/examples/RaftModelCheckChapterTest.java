package dev.simscaffold.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.buggify.Buggify;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.raft.ElectionSafety;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftServer;
import dev.simscaffold.corpus.raft.RaftTimeouts;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult;
import dev.simscaffold.testkit.modelcheck.Move;
import dev.simscaffold.testkit.modelcheck.NetworkCounterexample;
import dev.simscaffold.testkit.modelcheck.NetworkModelCheck;
import dev.simscaffold.testkit.modelcheck.NetworkModelCheckBuilder;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The model-checking runs of the guide's last chapter ({@code docs/guide/09-the-corpus-raft.md}): the corpus Raft's
 * servers as they are, on their disks, three of them with a short and a long election timeout and one crash (a
 * process crash or a power loss), election safety judged on every state. Breadth-first to depth 17 the checker finds
 * the planted vote sent before its fsync, in the fewest moves, and the counterexample replays to the same
 * fingerprint; the correct Raft keeps election safety under the same bounds. A few CPU-seconds each, so they run in
 * the test phase; the deep Figure 8 search is {@code RaftFigure8ModelCheckTest}, opt-in.
 */
class RaftModelCheckChapterTest {

    // DOCS:begin docs/guide/09-the-corpus-raft.md
    static NetworkModelCheckBuilder<RaftMessage> raft(Set<RaftBug> bugs, int depth) {
        return NetworkModelCheck
                .network(context -> SimNetwork.<RaftMessage>diskNodes(3, RaftServer.factory(3, bugs, Buggify.disabled(), RaftTimeouts.shortOrLong(4, 5, 8)))
                        .staleMessagesReachNewIncarnation(true)
                        .storage(StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(1).build()))
                .expect(Expectation.always(ElectionSafety.NAME, view -> new ElectionSafety().check(view.all(RaftServer.class))))
                .crashes(1)
                .depth(depth);
    }
    // DOCS:end

    @Test
    void theCheckerFindsTheVoteSentBeforeItsFsyncInSeventeenMoves() {
        // DOCS:begin docs/guide/09-the-corpus-raft.md
        NetworkCounterexample<RaftMessage> found = raft(Set.of(RaftBug.VOTE_BEFORE_FSYNC), 17).build().bfs()
                .counterexample().orElseThrow();

        assertThat(found.expectation()).isEqualTo(ElectionSafety.NAME);
        assertThat(found.moves()).hasSize(1 + 17);  // the start, then the 17 moves of a shortest run that breaks it
        assertThat(found.replay().trace().fingerprint()).isEqualTo(found.fingerprint());
        System.out.println(found.describe());
        // DOCS:end
        assertThat(found.moves()).map(Move::label).as(found.describe())
                .anyMatch(label -> label.startsWith("crash ") || label.startsWith("power loss "))
                .anyMatch(label -> label.startsWith("restart "));
    }

    @Test
    void theCorrectRaftKeepsElectionSafetyUnderTheSameBounds() {
        // DOCS:begin docs/guide/09-the-corpus-raft.md
        ModelCheckResult<RaftMessage> result = raft(Set.of(), 17).build().bfs();

        result.assertHoldsWithinDepth();
        assertThat(result.verdict()).isEqualTo(ModelCheckResult.Verdict.INCOMPLETE_DEPTH);
        System.out.println(result.summary());  // incomplete at depth 17 (depth bound; no violation up to it), <n> states, ...
        // DOCS:end
        assertThat(result.states()).as(result.summary()).isGreaterThan(10_000);
    }
}
