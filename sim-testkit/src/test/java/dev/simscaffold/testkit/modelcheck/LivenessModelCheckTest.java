package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult.Verdict;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Eventually expectations in the network model checker: judged where runs end and on lassos, cycles that move
 * time forward without meeting them. Each planted failure is shown failing, and its correct version passing.
 */
class LivenessModelCheckTest {

    private static final NetworkFaults LOSSY = NetworkFaults.builder().lossRate(0.5).build();

    private static final Expectation<NetworkView<String>> ALL_PINGED = Expectation.eventually("every node has both pings",
            view -> view.all(Pinger.class).stream().allMatch(p -> p.received() == 2) ? List.of() : List.of("a ping is missing"));

    /** Once node-0 holds k, node-2 does too, eventually. */
    private static final Expectation<NetworkView<Sync>> REACHES_NODE_2 = Expectation.eventually("node-2 learns k", view -> {
        boolean written = view.node(NodeId.of(0), GossipNode.class).map(n -> n.store().containsKey("k")).orElse(false);
        boolean learnt = view.node(NodeId.of(2), GossipNode.class).map(n -> n.store().containsKey("k")).orElse(false);
        return !written || learnt ? List.of() : List.of("node-0 holds k, node-2 does not");
    });

    private static final Expectation<NetworkView<String>> REQUEST_DONE = Expectation.eventually("node-0's request is done",
            view -> view.node(NodeId.of(0), Retrier.class).map(Retrier::done).orElse(true) ? List.of() : List.of("still retrying"));

    private static NetworkModelCheckBuilder<String> retries(boolean ignoresAcks, NetworkFaults faults) {
        return NetworkModelCheck.network(context -> SimNetwork.nodes(2, Retrier.factory(ignoresAcks)).faults(faults))
                .timeShiftInvariant().expect(REQUEST_DONE).depth(40);
    }

    private static final Expectation<NetworkView<String>> SOMEONE_WINS = Expectation.eventually("one node wins the turn",
            view -> view.all(Claimer.class).stream().anyMatch(c -> c.phase() == Claimer.Phase.WON) ? List.of() : List.of("nobody won"));

    private static NetworkModelCheckBuilder<String> claims(boolean bothBackOff) {
        return NetworkModelCheck.network(context -> SimNetwork.nodes(2, Claimer.factory(bothBackOff)))
                .timeShiftInvariant().expect(SOMEONE_WINS).depth(40);
    }

    private static NetworkModelCheckBuilder<String> pingers(NetworkFaults faults) {
        return NetworkModelCheck.network(context -> SimNetwork.nodes(3, Pinger.factory(3, 1)).faults(faults))
                .expect(ALL_PINGED).depth(30);
    }

    private static NetworkModelCheckBuilder<Sync> gossip(NetworkFaults faults) {
        return NetworkModelCheck.network(context -> SimNetwork.durableNodes(3, GossipNode.factory(3, 2, Set.of())).faults(faults))
                .nodeKey(GossipNode.class, node -> new TreeMap<>(node.store()))
                .input("put k=a", NodeId.of(0), GossipNode.class, node -> node.put("k", "a"))
                .timeShiftInvariant()
                .expect(REACHES_NODE_2)
                .depth(60);
    }

    @Test
    void aRunThatEndsUnmetIsACounterexampleAndItsCorrectVersionHolds() {
        assertEquals(Verdict.HOLDS, pingers(NetworkFaults.NONE).build().bfs().assertHolds().verdict());
        ModelCheckResult<String> lossy = pingers(LOSSY).losses(1).build().bfs();
        NetworkCounterexample<String> found = lossy.counterexample().orElseThrow();
        assertEquals("liveness: every node has both pings", found.expectation());
        assertEquals("the run ends without meeting it", found.violations().get(0));
        assertEquals(found.fingerprint(), found.replay().trace().fingerprint());
    }

    @Test
    void aCycleThatNeverMeetsItIsALassoAndWithoutTheLossItHolds() {
        ModelCheckResult<Sync> correct = gossip(NetworkFaults.NONE).build().bfs();
        assertEquals(Verdict.HOLDS, correct.verdict(), correct.summary());
        ModelCheckResult<Sync> lossy = gossip(LOSSY).losses(1).build().bfs();
        NetworkCounterexample<Sync> lasso = lossy.counterexample().orElseThrow();
        assertEquals("liveness: node-2 learns k", lasso.expectation(), lasso.describe());
        assertTrue(lasso.violations().get(0).startsWith("a cycle of "), lasso.describe());
        assertTrue(lasso.moves().stream().anyMatch(move -> move.label().startsWith("loop: ")), lasso.describe());
        assertTrue(lasso.moves().stream().anyMatch(move -> move.label().contains("sent lost")), lasso.describe());
        assertEquals(lasso.fingerprint(), lasso.replay().trace().fingerprint());
        assertEquals(Verdict.VIOLATED, gossip(LOSSY).losses(1).build().dfs().verdict(), "DFS finds a lasso too");
    }

    @Test
    void aRetryLoopThatNeverGivesUpIsALassoAndRetriesSurviveALoss() {
        NetworkCounterexample<String> forever = retries(true, NetworkFaults.NONE).build().bfs().counterexample().orElseThrow();
        assertEquals("liveness: node-0's request is done", forever.expectation());
        assertTrue(forever.moves().stream().anyMatch(move -> move.label().startsWith("loop: ")), forever.describe());
        assertEquals(Verdict.HOLDS, retries(false, NetworkFaults.NONE).build().bfs().verdict());
        ModelCheckResult<String> lossy = retries(false, LOSSY).losses(1).build().bfs();
        assertEquals(Verdict.HOLDS, lossy.verdict(), "a lost request or ack is retried: " + lossy.summary());
        ModelCheckResult<String> lossier = retries(false, LOSSY).losses(3).build().bfs();
        assertEquals(Verdict.HOLDS, lossier.verdict(), lossier.summary());
    }

    @Test
    void aLivelockBetweenTwoNodesIsALassoAndTheTieBreakEndsIt() {
        NetworkCounterexample<String> livelock = claims(true).build().bfs().counterexample().orElseThrow();
        assertEquals("liveness: one node wins the turn", livelock.expectation());
        assertTrue(livelock.violations().get(0).startsWith("a cycle of "), livelock.describe());
        assertEquals(livelock.fingerprint(), livelock.replay().trace().fingerprint());
        assertEquals(Verdict.HOLDS, claims(false).build().bfs().verdict());
        assertEquals(Verdict.HOLDS, claims(false).build().dfs().verdict());
    }
}
