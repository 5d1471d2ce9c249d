package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Snapshots change how a state is rebuilt, never which states there are: every model of the model-checking
 * tests (node randomness, losses, duplicates, crashes with restarts, partitions, inputs, eventually on lassos
 * and on ended runs, BFS and DFS) gives the same states, transitions, depth, verdict and counterexample
 * (moves and fingerprint) restored from snapshots as replayed from the start, and the snapshot path replays
 * nothing. A copy that shares the node instead of copying it is caught by the same comparison.
 */
class SnapshotReplayTest {

    private static final NetworkFaults LOSSY = NetworkFaults.builder().lossRate(0.5).duplicateRate(0.5).build();
    private static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(2).maxTailDelayTicks(2).build();

    private static final Expectation<NetworkView<String>> ALL_PINGED = Expectation.always("every ping arrives",
            view -> view.all(Pinger.class).stream().allMatch(p -> p.received() == 2) && view.live().size() == 3 ? List.of()
                    : List.of("a live node lacks a ping, has one twice, or a node is down"));

    private static final Expectation<NetworkView<String>> EVENTUALLY_PINGED = Expectation.eventually("every node has both pings",
            view -> view.all(Pinger.class).stream().allMatch(p -> p.received() == 2) ? List.of() : List.of("a ping is missing"));

    private static final Expectation<NetworkView<String>> SOMEONE_WINS = Expectation.eventually("one node wins the turn",
            view -> view.all(Claimer.class).stream().anyMatch(c -> c.phase() == Claimer.Phase.WON) ? List.of() : List.of("nobody won"));

    private static final Expectation<NetworkView<String>> REQUEST_DONE = Expectation.eventually("node-0's request is done",
            view -> view.node(NodeId.of(0), Retrier.class).map(Retrier::done).orElse(true) ? List.of() : List.of("still retrying"));

    private static final Expectation<NetworkView<Sync>> REACHES_NODE_2 = Expectation.eventually("node-2 learns k", view -> {
        boolean written = view.node(NodeId.of(0), GossipNode.class).map(n -> n.store().containsKey("k")).orElse(false);
        boolean learnt = view.node(NodeId.of(2), GossipNode.class).map(n -> n.store().containsKey("k")).orElse(false);
        return !written || learnt ? List.of() : List.of("node-0 holds k, node-2 does not");
    });

    private static NetworkModelCheckBuilder<String> pingers(int colours, NetworkFaults faults) {
        return NetworkModelCheck.network(context -> SimNetwork.nodes(3, Pinger.factory(3, colours)).faults(faults))
                .expectAtEnd(ALL_PINGED).depth(20);
    }

    private static NetworkModelCheckBuilder<Sync> gossip(Set<GossipBug> bugs, NetworkFaults faults) {
        return NetworkModelCheck.network(context -> SimNetwork.durableNodes(3, GossipNode.factory(3, 2, bugs)).faults(faults))
                .nodeKey(GossipNode.class, node -> new TreeMap<>(node.store()))
                .input("put k=a", NodeId.of(0), GossipNode.class, node -> node.put("k", "a"))
                .input("put k=b", NodeId.of(0), GossipNode.class, node -> node.put("k", "b"))
                .inputBudget(2)
                .expectStep(GossipModelCheckTest.MONOTONIC, GossipModelCheckTest::monotonic);
    }

    /** Runs the check both ways and compares everything it reports; returns the snapshot run's result. */
    private static <M> ModelCheckResult<M> sameBothWays(Function<NetworkModelCheckBuilder<M>, NetworkModelCheckBuilder<M>> more,
            NetworkModelCheckBuilder<M> snapshots, NetworkModelCheckBuilder<M> replayed, boolean breadthFirst) {
        NetworkModelCheck<M> fast = more.apply(snapshots).build();
        NetworkModelCheck<M> slow = more.apply(replayed).replayOnly().build();
        ModelCheckResult<M> restored = breadthFirst ? fast.bfs() : fast.dfs();
        ModelCheckResult<M> replay = breadthFirst ? slow.bfs() : slow.dfs();
        assertEquals(describe(replay), describe(restored));
        assertEquals(0, restored.replayedMoves(), "the snapshot path replays nothing: " + restored.summary());
        assertTrue(replay.replayedMoves() > 0, replay.summary());
        return restored;
    }

    static List<Object> describe(ModelCheckResult<?> result) {
        return List.of(result.verdict(), result.states(), result.transitions(), result.depth(), result.sometimes(),
                result.counterexample().map(found -> List.of(found.expectation(), found.violations(), found.moves(),
                        found.fingerprint(), found.replay().trace().fingerprint())).orElse(List.of()));
    }

    @Test
    void pingersWithRandomnessLossesDuplicatesAndCrashesGiveTheSameStatesAndVerdicts() {
        sameBothWays(b -> b, pingers(3, NetworkFaults.NONE), pingers(3, NetworkFaults.NONE), true);
        sameBothWays(b -> b, pingers(1, NetworkFaults.NONE), pingers(1, NetworkFaults.NONE), false);
        ModelCheckResult<String> lossy = sameBothWays(b -> b.losses(1).duplicates(1), pingers(1, LOSSY), pingers(1, LOSSY), true);
        assertTrue(lossy.counterexample().isPresent(), lossy.summary());
        ModelCheckResult<String> crash = sameBothWays(b -> b.crashes(1), pingers(1, NetworkFaults.NONE), pingers(1, NetworkFaults.NONE), false);
        assertTrue(crash.counterexample().isPresent(), crash.summary());
    }

    @Test
    void gossipWithInputsCrashesAndPartitionsGivesTheSameStatesAndCounterexamples() {
        Set<GossipBug> bug = EnumSet.of(GossipBug.NOT_EQUAL_DEDUP);
        ModelCheckResult<Sync> found = sameBothWays(b -> b.timeShiftInvariant().depth(7), gossip(bug, DELAYS), gossip(bug, DELAYS), true);
        assertTrue(found.counterexample().isPresent(), found.summary());
        Function<NetworkModelCheckBuilder<Sync>, NetworkModelCheckBuilder<Sync>> faults = b -> b.crashes(1).inputBudget(1)
                .partition(List.of(NodeId.of(0)), List.of(NodeId.of(1), NodeId.of(2))).depth(4);
        sameBothWays(faults, gossip(Set.of(), DELAYS), gossip(Set.of(), DELAYS), true);
        sameBothWays(faults, gossip(Set.of(), DELAYS), gossip(Set.of(), DELAYS), false);
    }

    @Test
    void livenessOnEndedRunsAndLassosGivesTheSameVerdicts() {
        NetworkModelCheckBuilder<String> lossyPings = NetworkModelCheck.network(
                context -> SimNetwork.nodes(3, Pinger.factory(3, 1)).faults(LOSSY)).expect(EVENTUALLY_PINGED).depth(30);
        NetworkModelCheckBuilder<String> lossyPingsAgain = NetworkModelCheck.network(
                context -> SimNetwork.nodes(3, Pinger.factory(3, 1)).faults(LOSSY)).expect(EVENTUALLY_PINGED).depth(30);
        sameBothWays(b -> b.losses(1), lossyPings, lossyPingsAgain, true);
        for (boolean bothBackOff : new boolean[] {true, false}) {
            sameBothWays(b -> b, claims(bothBackOff), claims(bothBackOff), true);
            sameBothWays(b -> b, claims(bothBackOff), claims(bothBackOff), false);
        }
        sameBothWays(b -> b.losses(1), retries(false), retries(false), true);
        sameBothWays(b -> b, retries(true), retries(true), true);
        sameBothWays(b -> b.losses(1), gossipLiveness(), gossipLiveness(), true);
    }

    @Test
    void aCopyThatSharesTheNodeIsCaughtByTheComparison() {
        ModelCheckResult<Sync> replayed = gossip(Set.of(), DELAYS).depth(4).replayOnly().build().bfs();
        ModelCheckResult<Sync> shared = gossip(Set.of(), DELAYS).depth(4).nodeCopy(GossipNode.class, node -> node).build().bfs();
        assertNotEquals(describe(replayed), describe(shared), "a copy sharing the live node must change what the search sees");
        ModelCheckResult<Sync> copied = gossip(Set.of(), DELAYS).depth(4).build().bfs();
        assertEquals(describe(replayed), describe(copied));
    }

    @Test
    void aNetworkWhoseNodesCannotCopyFallsBackToReplayWithTheSameResult() {
        ModelCheckResult<String> fallback = pingers(3, NetworkFaults.NONE).nodeCopy(Pinger.class, node -> null).build().bfs();
        ModelCheckResult<String> replayed = pingers(3, NetworkFaults.NONE).replayOnly().build().bfs();
        assertEquals(describe(replayed), describe(fallback));
        assertTrue(fallback.replayedMoves() > 0, fallback.summary());
    }

    private static NetworkModelCheckBuilder<String> claims(boolean bothBackOff) {
        return NetworkModelCheck.network(context -> SimNetwork.nodes(2, Claimer.factory(bothBackOff)))
                .timeShiftInvariant().expect(SOMEONE_WINS).depth(40);
    }

    private static NetworkModelCheckBuilder<String> retries(boolean ignoresAcks) {
        return NetworkModelCheck.network(context -> SimNetwork.nodes(2, Retrier.factory(ignoresAcks))
                .faults(NetworkFaults.builder().lossRate(0.5).build())).timeShiftInvariant().expect(REQUEST_DONE).depth(40);
    }

    private static NetworkModelCheckBuilder<Sync> gossipLiveness() {
        return NetworkModelCheck.network(context -> SimNetwork.durableNodes(3, GossipNode.factory(3, 2, Set.of()))
                        .faults(NetworkFaults.builder().lossRate(0.5).build()))
                .nodeKey(GossipNode.class, node -> new TreeMap<>(node.store()))
                .input("put k=a", NodeId.of(0), GossipNode.class, node -> node.put("k", "a"))
                .timeShiftInvariant()
                .expect(REACHES_NODE_2)
                .depth(60);
    }
}
