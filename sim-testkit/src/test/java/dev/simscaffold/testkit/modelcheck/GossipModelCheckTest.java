package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.corpus.gossip.Versioned;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The corpus's push gossip, model-checked on 3 nodes: the correct protocol keeps versions monotonic at every
 * move up to the depth bound, and the planted {@link GossipBug#NOT_EQUAL_DEDUP} is found by the shortest path,
 * which replays as the same run.
 */
class GossipModelCheckTest {

    static final String MONOTONIC = "versions never go backwards";

    /** Delays of 1 or 2 ticks: a message's window lets a later one overtake it. */
    static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(2).maxTailDelayTicks(2).build();

    /** Two writes to one key at node-0, at most 2 inputs per path, gossip every 2 ticks. */
    static NetworkModelCheckBuilder<Sync> gossip(Set<GossipBug> bugs) {
        return NetworkModelCheck.network(context -> SimNetwork.durableNodes(3, GossipNode.factory(3, 2, bugs)).faults(DELAYS))
                .nodeKey(GossipNode.class, node -> new TreeMap<>(node.store()))
                .input("put k=a", NodeId.of(0), GossipNode.class, node -> node.put("k", "a"))
                .input("put k=b", NodeId.of(0), GossipNode.class, node -> node.put("k", "b"))
                .inputBudget(2)
                .expectStep(MONOTONIC, GossipModelCheckTest::monotonic);
    }

    /**
     * The same model with the same check stated per node ({@link NetworkModelCheckBuilder#expectEachNodeStep}): a
     * local property, which persistent sets keep.
     */
    static NetworkModelCheckBuilder<Sync> gossipPerNode(Set<GossipBug> bugs) {
        return NetworkModelCheck.network(context -> SimNetwork.durableNodes(3, GossipNode.factory(3, 2, bugs)).faults(DELAYS))
                .nodeKey(GossipNode.class, node -> new TreeMap<>(node.store()))
                .input("put k=a", NodeId.of(0), GossipNode.class, node -> node.put("k", "a"))
                .input("put k=b", NodeId.of(0), GossipNode.class, node -> node.put("k", "b"))
                .inputBudget(2)
                .expectEachNodeStep(MONOTONIC, (node, before, after) -> monotonic(new TreeMap<>(Map.of(node, before)),
                        new TreeMap<>(Map.of(node, after))));
    }

    @SuppressWarnings("unchecked")
    static List<String> monotonic(SortedMap<NodeId, Object> before, SortedMap<NodeId, Object> after) {
        List<String> wrong = new ArrayList<>();
        before.forEach((id, was) -> {
            Map<String, Versioned> now = (Map<String, Versioned>) after.get(id);
            if (now != null) {
                ((Map<String, Versioned>) was).forEach((key, old) -> {
                    Versioned held = now.get(key);
                    if (held == null || held.compareTo(old) < 0) {
                        wrong.add(id + "/" + key + " went from " + old + " back to " + held);
                    }
                });
            }
        });
        return wrong;
    }

    @Test
    void theCorrectProtocolHoldsUpToTheDepthBound() {
        ModelCheckResult<Sync> result = gossip(Set.of()).depth(6).build().bfs().assertHoldsWithinDepth();
        assertEquals(Verdict.INCOMPLETE_DEPTH, result.verdict(), "gossip never stops, so a bounded check is never a proof");
        assertEquals(6, result.depth());
    }

    @Test
    void keyingTimeRelativeToNowMakesTheStateSpaceFiniteAndTheProofComplete() {
        ModelCheckResult<Sync> absolute = gossip(Set.of()).depth(6).build().bfs();
        ModelCheckResult<Sync> relative = gossip(Set.of()).timeShiftInvariant().depth(6).build().bfs();
        assertTrue(relative.states() < absolute.states(), relative.summary() + " vs " + absolute.summary());
        ModelCheckResult<Sync> complete = gossip(Set.of()).inputBudget(1).timeShiftInvariant().depth(200).build().bfs().assertHolds();
        assertEquals(Verdict.HOLDS, complete.verdict(), complete.summary());
        Set<GossipBug> bug = EnumSet.of(GossipBug.NOT_EQUAL_DEDUP);
        assertEquals(gossip(bug).depth(8).build().bfs().counterexample().orElseThrow().moves().size(),
                gossip(bug).timeShiftInvariant().depth(8).build().bfs().counterexample().orElseThrow().moves().size(),
                "the same shortest counterexample length either way");
    }

    @Test
    void aPlantedReorderingBugGivesTheShortestCounterexample() {
        Set<GossipBug> bug = EnumSet.of(GossipBug.NOT_EQUAL_DEDUP);
        NetworkCounterexample<Sync> found = gossip(bug).depth(8).build().bfs().counterexample().orElseThrow();
        int shortest = found.moves().size() - 1;
        assertEquals(MONOTONIC, found.expectation());
        assertEquals(Verdict.INCOMPLETE_DEPTH, gossip(bug).depth(shortest - 1).build().bfs().verdict(),
                "no path shorter than the counterexample breaks it: " + found.describe());
        NetworkCounterexample<Sync> deep = gossip(bug).depth(8).build().dfs().counterexample().orElseThrow();
        assertTrue(deep.moves().size() - 1 >= shortest, deep.describe());
        assertEquals(found.fingerprint(), found.replay().trace().fingerprint(), found.describe());
    }
}
