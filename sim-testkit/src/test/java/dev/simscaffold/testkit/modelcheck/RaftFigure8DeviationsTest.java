package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.model.ModelTime;
import dev.simscaffold.core.model.TimedKey;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.raft.LeaderCompleteness;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftRole;
import dev.simscaffold.corpus.raft.RaftServer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * How many deviations Figure 8 takes on the model {@link RaftFigure8DelayBoundTest} checks (staggered timeouts),
 * counted as the delay-bounded search counts them: a script plays the figure on the checker's own replayer, every
 * event taken by the default schedule (the earliest enabled event, every draw at its first value: free), and
 * every partition, heal and write is one deviation. The default schedule elects the lowest live server each time,
 * so the figure needs nothing but its seven moves from outside: isolate A, write at A; B is elected; heal, isolate
 * B, write at B; A is elected again and replicates its entry to C; heal, isolate A; B is elected with C's vote. With
 * {@link RaftBug#FIGURE_8_COMMIT} leader completeness breaks; the correct Raft keeps it through the same moves.
 * Under {@link RaftServer#timedModelKey} the default schedule comes back to a state once a leader's heartbeat round
 * repeats, which is what ends a default continuation in the search; keying every deadline as it is, it never does.
 */
class RaftFigure8DeviationsTest {

    private static final NodeId A = NodeId.of(0);
    private static final NodeId B = NodeId.of(1);

    private Replayer<RaftMessage> replayer;
    private SimNetwork<RaftMessage> network;
    private int deviations;
    private int moves;
    private boolean violated;

    @Test
    void theBuggyCommitRuleBreaksLeaderCompletenessAfterSevenDeviations() {
        play(EnumSet.of(RaftBug.FIGURE_8_COMMIT));
        assertTrue(violated, "leader completeness breaks");
        assertEquals(7, deviations);
    }

    @Test
    void theCorrectRaftKeepsLeaderCompletenessThroughTheSameDeviations() {
        play(Set.of());
        assertFalse(violated);
        assertEquals(7, deviations);
    }

    @Test
    void underTheTimedKeyALeadersHeartbeatRoundRepeatsOneState() {
        start(Set.of());
        assertEquals(25, firstRepeat(node -> ((RaftServer) node).timedModelKey(), 80), "the state after the 26th move comes back a round later");
    }

    @Test
    void keyingEveryDeadlineAsItIsRepeatsNoState() {
        start(Set.of());
        assertEquals(-1, firstRepeat(node -> {
            List<?> key = (List<?>) ((RaftServer) node).modelKey();
            return TimedKey.of(key.subList(0, key.size() - 2), (LogicalTime) key.get(key.size() - 2), (LogicalTime) key.get(key.size() - 1));
        }, 80), "a follower's unused heartbeat deadline drifts away from now");
    }

    /** The index (from 0) of the first move whose state, relative to now, the default schedule reaches again within {@code moves}; -1 if none. */
    private int firstRepeat(Function<? super SansIoNode<RaftMessage>, ?> key, int moves) {
        Map<Object, Integer> seen = new HashMap<>();
        for (int move = 0; move < moves; move++) {
            assertTrue(replayer.step(network, new int[0], true, Budgets.NONE));
            Integer first = seen.putIfAbsent(network.modelState(key, ModelTime.RELATIVE_WHERE_DECLARED), move);
            if (first != null) {
                return first;
            }
        }
        return -1;
    }

    private void start(Set<RaftBug> bugs) {
        Limits limits = new Limits(1_000, 1, NetworkModelCheckBuilder.DEFAULT_MAX_BRANCHING, 0, 0, 0, 0, 0);
        replayer = new Replayer<>(context -> SimNetwork.<RaftMessage>diskNodes(3, RaftFigure8DelayBoundTest.staggered(bugs))
                .storage(StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(1).build()), 0, limits, MessageDelays.WINDOW, List.of());
        network = replayer.start(new int[0], true, TraceMode.FINGERPRINT_ONLY);
    }

    private void play(Set<RaftBug> bugs) {
        start(bugs);
        stepUntil(leads(A, 1));
        isolate(A);
        propose(A, 1);
        stepUntil(leads(B, 2));
        heal();
        isolate(B);
        propose(B, 2);
        stepUntil(servers -> leads(A, 3).test(servers) && servers.get(2).log().lastIndex() >= 1
                && (bugs.isEmpty() || servers.get(0).commitIndex() >= 1) && servers.get(2).commitIndex() >= (bugs.isEmpty() ? 0 : 1));
        heal();
        isolate(A);
        stepUntil(servers -> violated || leads(B, 4).test(servers));
    }

    private static Predicate<List<RaftServer>> leads(NodeId id, long term) {
        return servers -> servers.get(id.index()).role() == RaftRole.LEADER && servers.get(id.index()).currentTerm() >= term;
    }

    /** Takes default events (every draw at its first value: no deviation) until {@code done} holds, judging every state. */
    private void stepUntil(Predicate<List<RaftServer>> done) {
        for (int taken = 0; taken < 500; taken++) {
            List<RaftServer> servers = network.view().all(RaftServer.class);
            violated |= !new LeaderCompleteness().check(servers).isEmpty();
            if (violated || done.test(servers)) {
                return;
            }
            assertTrue(replayer.step(network, new int[0], true, Budgets.NONE), "the network has events left");
            assertFalse(DeviationSearch.deviates(replayer.tape().values()), "a default event drew only first values");
            moves++;
        }
        throw new AssertionError("the script waited 500 moves in vain at " + network.now() + " after " + moves + " moves");
    }

    private void isolate(NodeId node) {
        RaftOutsideMoves.isolate(network, node);
        deviations++;
    }

    private void heal() {
        network.heal();
        deviations++;
    }

    private void propose(NodeId at, long value) {
        RaftOutsideMoves.propose(network, at, value);
        deviations++;
    }
}
