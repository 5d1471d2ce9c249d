package org.acme.gossip;

import static org.assertj.core.api.Assertions.assertThat;

import org.acme.gossip.MembershipNode.ModelState;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult.Verdict;
import dev.simscaffold.testkit.modelcheck.NetworkCounterexample;
import dev.simscaffold.testkit.modelcheck.NetworkModelCheck;
import dev.simscaffold.testkit.modelcheck.NetworkModelCheckBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The node model-checked: every order in which three nodes' messages and rounds can happen, each state
 * visited once, breadth first, so that a broken invariant comes with the shortest run that breaks it.
 * Where a simulation tries one order per seed, this tries all of them up to a depth, with every random
 * draw (a round's jitter, a cycle's peer order) branched on.
 *
 * <p>The model is small on purpose, whatever the module was generated with: {@link #CLUSTER} (three nodes,
 * a round every 2 ticks to one peer), messages taking 1 or 2 ticks so that a later one can overtake an
 * earlier one, and one write at each of two nodes. The checks read one node at a time (its versions
 * never go back; on a network without faults it suspects nobody), which lets persistent sets explore
 * only one node's moves where one of its events is due now. Gossip never stops, so a check to a depth
 * proves the invariants for every run of that many moves and no more: the verdict says so.
 */
class MembershipModelCheckTest {

    /** Three nodes gossiping every 2 ticks to one peer, suspecting a peer after 8 silent ticks. */
    private static final MembershipSimulation.Cluster CLUSTER = new MembershipSimulation.Cluster(3, new MembershipConfig(2, 8, 1));
    /** Delays of 1 or 2 ticks: a message's window lets a later one overtake it. */
    private static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(2).maxTailDelayTicks(2).build();
    /** How deep every check here goes, in moves (a delivery, a round, a write). */
    private static final int DEPTH = 10;

    /** The model over nodes merging by {@code rule}, with the per-node checks; no reduction chosen yet. */
    private static NetworkModelCheckBuilder<MembershipMessage> model(MergeRule rule) {
        return NetworkModelCheck
                .network(context -> SimNetwork.durableNodes(CLUSTER.size(),
                        CLUSTER.nodesWith(rule, () -> new TimeoutDetector(CLUSTER.config().failureTimeout()))).faults(DELAYS))
                .eventOrder(EventOrder.UNSEQUENCED)
                .input("put k=a at node-0", NodeId.of(0), MembershipNode.class, node -> node.put("k", "a"))
                .input("put k=b at node-1", NodeId.of(1), MembershipNode.class, node -> node.put("k", "b"))
                .inputBudget(2)
                .expectEachNodeStep(MembershipInvariants.VERSIONS_NEVER_GO_BACKWARDS,
                        (node, before, after) -> wentBack((ModelState) before, (ModelState) after))
                .expectEachNode(MembershipInvariants.NO_SUSPICION_WITHOUT_FAULTS, MembershipNode.class,
                        node -> node.suspected().stream().map(peer -> "suspects " + peer).toList())
                .depth(DEPTH);
    }

    /** Every key the node held before the move that it lost or holds at an older version after it. */
    private static List<String> wentBack(ModelState before, ModelState after) {
        List<String> wrong = new ArrayList<>();
        before.entries().forEach((key, was) -> {
            Entry now = after.entries().get(key);
            if (now == null) {
                wrong.add("lost " + was);
            } else if (was.version().isNewerThan(now.version())) {
                wrong.add("went back from " + was + " to " + now);
            }
        });
        return wrong;
    }

    @Test
    void theShippedNodeHoldsToDepthTenWithPersistentSets() {
        ModelCheckResult<MembershipMessage> result = model(MergeRule.LAST_WRITER_WINS).persistentSets().build().bfs();
        System.out.println("persistent sets, depth " + DEPTH + ": " + result.summary());
        result.assertHoldsWithinDepth();
        assertThat(result.verdict()).as("gossip never stops, so a bounded check proves every run of %d moves, not more", DEPTH)
                .isEqualTo(Verdict.INCOMPLETE_DEPTH);
        assertThat(result.depth()).isEqualTo(DEPTH);
    }

    /**
     * The reduction changes how much is explored, never the verdict: the same model without it, on the shipped
     * node (no violation to depth 10) and on the planted reordering bug (a violation either way).
     */
    @Test
    void persistentSetsGiveTheVerdictOfNoReductionWithFewerStates() {
        for (MergeRule rule : List.of(MergeRule.LAST_WRITER_WINS, PlantedBugTest.ACCEPT_ANY)) {
            ModelCheckResult<MembershipMessage> none = model(rule).build().bfs();
            ModelCheckResult<MembershipMessage> reduced = model(rule).persistentSets().build().bfs();
            System.out.println("no reduction: " + none.summary() + "; persistent sets: " + reduced.summary());
            assertThat(reduced.verdict()).isEqualTo(none.verdict());
            if (none.verdict() != Verdict.VIOLATED) {
                assertThat(reduced.states()).isLessThan(none.states());
            }
        }
    }

    /**
     * The merge that takes whatever arrives ({@link PlantedBugTest#ACCEPT_ANY}) breaks when the older of two
     * writes reaches a node after the newer one, an order only some runs take: the search finds the shortest such run (none one move
     * shorter breaks it), and replaying the counterexample makes the same run, fingerprint for fingerprint.
     */
    @Test
    void aMergeThatAcceptsAnOlderVersionIsFoundByTheShortestReordering() {
        NetworkCounterexample<MembershipMessage> found = model(PlantedBugTest.ACCEPT_ANY).build().bfs().counterexample().orElseThrow();
        System.out.println(found.describe());
        int moves = found.moves().size() - 1;
        assertThat(found.expectation()).isEqualTo(MembershipInvariants.VERSIONS_NEVER_GO_BACKWARDS);
        assertThat(model(PlantedBugTest.ACCEPT_ANY).depth(moves - 1).build().bfs().verdict())
                .as("no run shorter than the counterexample breaks it:%n%s", found.describe())
                .isEqualTo(Verdict.INCOMPLETE_DEPTH);
        assertThat(found.replay().trace().fingerprint()).as(found.describe()).isEqualTo(found.fingerprint());
    }
}
