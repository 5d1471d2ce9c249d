package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.buggify.Buggify;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.raft.LeaderCompleteness;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftRole;
import dev.simscaffold.corpus.raft.RaftServer;
import dev.simscaffold.corpus.raft.RaftTimeouts;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * How many moves Figure 8 takes on the network {@link RaftFigure8ModelCheckTest} checks (3 servers, timeouts 5 or 8,
 * disk latency 1), counted as the checker counts them: each delivery, timer and disk completion is one move, and so
 * is each write, partition and heal. A script plays the figure with the checker's moves: a leader A, cut off, takes a
 * write; a leader X of a later term among the other two, cut off after a heal, takes another; A leads again and
 * replicates its entry to the third server (the buggy commit rule counts it committed); after a second heal A is cut
 * off and X wins with the third server's vote. With {@link RaftBug#FIGURE_8_COMMIT} leader completeness breaks
 * after 64 moves, far past the checker's depth bound of 20; the correct Raft keeps it through the same steps.
 */
class RaftFigure8MovesTest {

    private static final long SEED = 100;

    private SimNetwork<RaftMessage> network;
    private int moves;
    private boolean violated;

    @Test
    void theBuggyCommitRuleBreaksLeaderCompletenessAfterSixtyFourMoves() {
        play(EnumSet.of(RaftBug.FIGURE_8_COMMIT));
        assertTrue(violated, "leader completeness breaks");
        assertEquals(64, moves);
    }

    @Test
    void theCorrectRaftKeepsLeaderCompletenessThroughTheSameSteps() {
        play(Set.of());
        assertFalse(violated);
    }

    private void play(Set<RaftBug> bugs) {
        network = SimNetwork.<RaftMessage>diskNodes(3, RaftServer.factory(3, bugs, Buggify.disabled(), RaftTimeouts.shortOrLong(4, 5, 8)))
                .storage(StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(1).build()).seed(SEED).build();
        RaftServer a = stepUntilLeader(server -> true);
        NodeId first = a.id();
        long firstTerm = a.currentTerm();
        isolate(first);
        propose(first, 1);
        NodeId second = stepUntilLeader(server -> !server.id().equals(first) && server.currentTerm() > firstTerm).id();
        NodeId third = RaftOutsideMoves.others(first).stream().filter(id -> !id.equals(second)).findFirst().orElseThrow();
        heal();
        isolate(second);
        propose(second, 2);
        stepUntil(servers -> servers.stream().anyMatch(server -> server.id().equals(first) && server.role() == RaftRole.LEADER
                && (server.commitIndex() >= 1 || holdsFirstEntry(servers, third, server))));
        if (!bugs.isEmpty()) {
            stepUntil(servers -> servers.stream().anyMatch(server -> server.id().equals(first) && server.commitIndex() >= 1));
        }
        heal();
        isolate(first);
        stepUntil(servers -> violated || servers.stream().anyMatch(server -> server.id().equals(second) && server.role() == RaftRole.LEADER
                && server.currentTerm() > termOf(servers, first)));
    }

    private static boolean holdsFirstEntry(List<RaftServer> servers, NodeId holder, RaftServer leader) {
        return servers.stream().anyMatch(server -> server.id().equals(holder) && server.log().lastIndex() >= 1
                && server.log().entry(1).equals(leader.log().entry(1)));
    }

    private static long termOf(List<RaftServer> servers, NodeId id) {
        return servers.stream().filter(server -> server.id().equals(id)).findFirst().orElseThrow().currentTerm();
    }

    private RaftServer stepUntilLeader(Predicate<RaftServer> which) {
        Predicate<RaftServer> leader = server -> server.role() == RaftRole.LEADER && which.test(server);
        stepUntil(servers -> servers.stream().anyMatch(leader));
        return network.view().all(RaftServer.class).stream().filter(leader).findFirst().orElseThrow();
    }

    /** Takes events, one move each, until {@code done} holds, judging leader completeness on every state. */
    private void stepUntil(Predicate<List<RaftServer>> done) {
        for (int taken = 0; taken < 500; taken++) {
            List<RaftServer> servers = network.view().all(RaftServer.class);
            violated |= !new LeaderCompleteness().check(servers).isEmpty();
            if (violated || done.test(servers)) {
                return;
            }
            assertTrue(network.step(), "the network has events left");
            moves++;
        }
        throw new AssertionError("the script waited 500 moves in vain at " + network.now());
    }

    private void isolate(NodeId node) {
        RaftOutsideMoves.isolate(network, node);
        moves++;
    }

    private void heal() {
        network.heal();
        moves++;
    }

    private void propose(NodeId at, long value) {
        RaftOutsideMoves.propose(network, at, value);
        moves++;
    }
}
