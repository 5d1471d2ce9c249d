package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The network model checker on a network whose runs end ({@link Pinger}s): complete verdicts, node randomness
 * branched on, loss, duplicate and crash budgets, limits, and bad input refused.
 */
class PingerModelCheckTest {

    /** When a run ends, every node has both pings: fails only if a ping can be lost or a node crash. */
    private static final Expectation<NetworkView<String>> ALL_PINGED = Expectation.always("every ping arrives", view -> {
        long short_ = view.all(Pinger.class).stream().filter(p -> p.received() != 2).count();
        return short_ == 0 && view.live().size() == 3 ? List.of() : List.of(short_ + " live nodes lack a ping or have one twice");
    });

    private static final NetworkFaults LOSSY = NetworkFaults.builder().lossRate(0.5).duplicateRate(0.5).build();

    private static NetworkModelCheckBuilder<String> pingers(int colours, NetworkFaults faults) {
        return NetworkModelCheck.network(context -> SimNetwork.nodes(3, Pinger.factory(3, colours)).faults(faults))
                .expectAtEnd(ALL_PINGED);
    }

    @Test
    void aFiniteStateSpaceIsExploredCompletelyAndHolds() {
        ModelCheckResult<String> bfs = pingers(1, NetworkFaults.NONE).depth(20).build().bfs().assertHolds();
        ModelCheckResult<String> dfs = pingers(1, NetworkFaults.NONE).depth(20).build().dfs().assertHolds();
        assertEquals(Verdict.HOLDS, bfs.verdict());
        assertEquals(bfs.states(), dfs.states(), "BFS and DFS reach the same states");
        assertTrue(bfs.states() > 6, bfs.summary());
    }

    @Test
    void aDepthBoundThatCutsRunsOffIsIncompleteNotAPass() {
        ModelCheckResult<String> bounded = pingers(1, NetworkFaults.NONE).depth(3).build().bfs();
        assertEquals(Verdict.INCOMPLETE_DEPTH, bounded.verdict());
        assertTrue(bounded.summary().startsWith("incomplete at depth 3"), bounded.summary());
        AssertionError notProven = assertThrows(AssertionError.class, bounded::assertHolds);
        assertTrue(notProven.getMessage().contains("incomplete at depth 3"), notProven.getMessage());
        bounded.assertHoldsWithinDepth();
    }

    @Test
    void theStateLimitStopsTheCheckAsIncompleteWithItsCounts() {
        ModelCheckResult<String> stopped = pingers(1, NetworkFaults.NONE).depth(20).maxStates(4).build().bfs();
        assertEquals(Verdict.INCOMPLETE_STATES, stopped.verdict());
        assertEquals(4, stopped.states());
        AssertionError error = assertThrows(AssertionError.class, stopped::assertHoldsWithinDepth);
        assertTrue(error.getMessage().contains("state limit") && error.getMessage().contains("4 states"), error.getMessage());
    }

    @Test
    void aNodesRandomDrawIsBranchedOnNotMerged() {
        Expectation<NetworkView<String>> colourTwo = Expectation.sometimes("node-0 drew colour 2",
                view -> view.node(NodeId.of(0), Pinger.class).map(p -> p.colour() == 2).orElse(false));
        ModelCheckResult<String> one = pingers(1, NetworkFaults.NONE).depth(20).build().bfs();
        ModelCheckResult<String> three = pingers(3, NetworkFaults.NONE).depth(20).expect(colourTwo).build().bfs().assertHolds();
        assertEquals(27 * one.states(), three.states(), "every node's draw of 3 colours is a branch: 3^3 copies of the space");
        assertTrue(three.sometimes().get("node-0 drew colour 2") > 0);
    }

    @Test
    void aDrawWiderThanMaxBranchingIsRefusedNamingTheStream() {
        IllegalStateException wide = assertThrows(IllegalStateException.class,
                () -> pingers(3, NetworkFaults.NONE).maxBranching(2).build().bfs());
        assertTrue(wide.getMessage().contains("'node-0'") && wide.getMessage().contains("3 values"), wide.getMessage());
    }

    @Test
    void aLossWithinTheBudgetGivesTheShortestCounterexample() {
        pingers(1, LOSSY).depth(20).build().bfs().assertHolds();
        ModelCheckResult<String> lossy = pingers(1, LOSSY).losses(1).depth(20).build().bfs();
        assertEquals(Verdict.VIOLATED, lossy.verdict());
        NetworkCounterexample<String> found = lossy.counterexample().orElseThrow();
        assertEquals("every ping arrives", found.expectation());
        assertEquals(5, found.moves().size() - 1, found.describe() + ": 6 sends at the start, one lost, 5 deliveries");
        assertTrue(found.moves().get(0).label().contains("1 sent lost"), found.describe());
    }

    @Test
    void aDuplicateWithinTheBudgetIsExplored() {
        ModelCheckResult<String> twice = pingers(1, LOSSY).duplicates(1).depth(20).build().bfs();
        assertEquals(Verdict.VIOLATED, twice.verdict());
        assertEquals(7, twice.counterexample().orElseThrow().moves().size() - 1, twice.counterexample().get().describe());
    }

    @Test
    void aCrashWithinTheBudgetIsExploredAndARestartFollows() {
        ModelCheckResult<String> crashing = pingers(1, NetworkFaults.NONE).crashes(1).depth(20).build().bfs();
        NetworkCounterexample<String> found = crashing.counterexample().orElseThrow();
        assertTrue(found.moves().stream().anyMatch(move -> move.label().startsWith("crash ")), found.describe());
    }

    @Test
    void aPartitionFromTheGivenSetIsExploredAndHealed() {
        NetworkCounterexample<String> found = pingers(1, NetworkFaults.NONE)
                .partition(List.of(NodeId.of(0)), List.of(NodeId.of(1), NodeId.of(2))).depth(20).build().bfs()
                .counterexample().orElseThrow();
        assertEquals("partition [node-0] | [node-1, node-2]", found.moves().get(1).label(), found.describe());
        assertEquals("every ping arrives", found.expectation());
        assertTrue(found.replay().stats().partitionBlocked() > 0, found.describe());
    }

    @Test
    void aCounterexampleReplaysAsTheSameRun() {
        NetworkCounterexample<String> found = pingers(1, LOSSY).losses(1).depth(20).build().bfs().counterexample().orElseThrow();
        SimNetwork<String> replayed = found.replay();
        assertEquals(found.fingerprint(), replayed.trace().fingerprint());
        assertEquals(1, replayed.stats().lost(), replayed.trace().timeline());
        assertFalse(ALL_PINGED.unmet(replayed.view()).isEmpty());
    }

    @Test
    void badInputIsRefusedNamingTheValue() {
        assertMessage("depth must be >= 1, got 0", () -> pingers(1, NetworkFaults.NONE).depth(0));
        assertMessage("maxStates must be >= 1, got 0", () -> pingers(1, NetworkFaults.NONE).maxStates(0));
        assertMessage("crashes must be >= 1, got -1", () -> pingers(1, NetworkFaults.NONE).crashes(-1));
        assertMessage("inputBudget 2 with an empty alphabet", () -> pingers(1, NetworkFaults.NONE).inputBudget(2).build());
        assertMessage("names unknown node node-7", () -> pingers(1, NetworkFaults.NONE)
                .input("poke", NodeId.of(7), Pinger.class, p -> { }).build().bfs());
        assertMessage("maxBranching must be >= 1, got 0", () -> pingers(1, NetworkFaults.NONE).maxBranching(0));
        assertMessage("a partition needs two non-empty sides", () -> pingers(1, NetworkFaults.NONE)
                .partition(List.of(), List.of(NodeId.of(1))));
        assertMessage("partition [node-0] | [node-9] names unknown node node-9", () -> pingers(1, NetworkFaults.NONE)
                .partition(List.of(NodeId.of(0)), List.of(NodeId.of(9))).build().bfs());
    }

    private static void assertMessage(String expected, Runnable bad) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, bad::run);
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }
}
