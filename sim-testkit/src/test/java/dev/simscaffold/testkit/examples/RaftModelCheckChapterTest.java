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
import dev.simscaffold.testkit.modelcheck.NetworkModelCheck;
import dev.simscaffold.testkit.modelcheck.NetworkModelCheckBuilder;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bounded model-checking run of the guide's last chapter ({@code docs/guide/09-the-corpus-raft.md}): the corpus
 * Raft's servers as they are, on their disks, three of them with narrow election timeouts and one crash (a process
 * crash or a power loss), election safety judged on every state. A few seconds, so it runs in the test phase; the
 * deep Figure 8 search is {@code RaftFigure8ModelCheckTest}, opt-in.
 */
class RaftModelCheckChapterTest {

    // DOCS:begin docs/guide/09-the-corpus-raft.md
    static NetworkModelCheckBuilder<RaftMessage> raft(Set<RaftBug> bugs, int depth) {
        return NetworkModelCheck
                .network(context -> SimNetwork.<RaftMessage>diskNodes(3, RaftServer.factory(3, bugs, Buggify.disabled(), RaftTimeouts.narrow(4, 5, 2)))
                        .storage(StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(1).build()))
                .expect(Expectation.always(ElectionSafety.NAME, view -> new ElectionSafety().check(view.all(RaftServer.class))))
                .crashes(1)
                .depth(depth);
    }
    // DOCS:end

    @Test
    void theCorrectRaftHoldsElectionSafetyToDepthEight() {
        // DOCS:begin docs/guide/09-the-corpus-raft.md
        ModelCheckResult<RaftMessage> result = raft(Set.of(), 8).build().bfs();

        result.assertHoldsWithinDepth();
        assertThat(result.verdict()).isEqualTo(ModelCheckResult.Verdict.INCOMPLETE_DEPTH);
        System.out.println(result.summary());  // incomplete at depth 8 (depth bound; no violation up to it), <n> states, ...
        // DOCS:end
        assertThat(result.states()).as(result.summary()).isGreaterThan(1_000);
    }
}
