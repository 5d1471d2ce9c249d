package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult.Verdict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Delay-bounded search ({@link NetworkModelCheckBuilder#deviations}): a planted bug that needs three deviations
 * ({@link Batcher} with capacity 2: three client inputs before a flush, the whole input budget, since a run ends
 * and its at-end check is judged only once no input is left) is found at exactly three and not below,
 * its path replays with the same fingerprint, the correct version holds; where the delay-bounded search and the
 * move-bounded one both complete they reach the same states and verdicts; bad input is refused naming the value.
 */
class DeviationSearchTest {

    private static final Expectation<NetworkView<Integer>> NOTHING_LOST = Expectation.always("no item lost", view -> {
        Batcher front = view.node(NodeId.of(0), Batcher.class).orElseThrow();
        Batcher back = view.node(NodeId.of(1), Batcher.class).orElseThrow();
        return back.received() == front.added() ? List.of() : List.of(front.added() + " added, " + back.received() + " received");
    });

    private static NetworkModelCheckBuilder<Integer> batchers(int capacity, int inputs) {
        return NetworkModelCheck.network(context -> SimNetwork.nodes(2, Batcher.factory(capacity)))
                .input("add", NodeId.of(0), Batcher.class, Batcher::add)
                .inputBudget(inputs)
                .expectAtEnd(NOTHING_LOST)
                .depth(40);
    }

    @Test
    void thePlantedBugIsFoundAtTheFewestDeviationsItNeedsAndNotBelow() {
        ModelCheckResult<Integer> two = batchers(2, 3).deviations(2).build().bfs();
        assertEquals(Verdict.INCOMPLETE_DEVIATIONS, two.verdict(), two.summary());
        assertTrue(two.summary().startsWith("incomplete at deviation bound 2"), two.summary());
        assertThrows(AssertionError.class, two::assertHolds);

        ModelCheckResult<Integer> found = batchers(2, 3).deviations(6).build().bfs();
        assertEquals(Verdict.VIOLATED, found.verdict(), found.summary());
        assertEquals(3, found.depth(), "the counterexample needs three deviations: " + found.summary());
        NetworkCounterexample<Integer> counterexample = found.counterexample().orElseThrow();
        assertEquals("no item lost", counterexample.expectation());
        assertEquals(3, counterexample.moves().stream().filter(move -> move.label().equals("add")).count(), counterexample.describe());
    }

    @Test
    void theCounterexampleReplaysWithItsFingerprint() {
        NetworkModelCheck<Integer> check = batchers(2, 3).deviations(6).build();
        NetworkCounterexample<Integer> found = check.bfs().counterexample().orElseThrow();
        ModelCheckResult<Integer> replayed = check.replay(ModelPath.parse(found.path().toString()));
        assertEquals(found.fingerprint(), replayed.counterexample().orElseThrow().fingerprint());
        assertEquals(found.fingerprint(), found.replay().trace().fingerprint());
        assertEquals(TraceMode.FULL, found.replay().trace().mode());
    }

    @Test
    void theCorrectVersionHoldsWithinTheBoundAndHoldsOutrightWhenNothingIsCutOff() {
        ModelCheckResult<Integer> bounded = batchers(Batcher.UNBOUNDED, 4).deviations(3).build().bfs();
        assertEquals(Verdict.INCOMPLETE_DEVIATIONS, bounded.verdict(), bounded.summary());
        bounded.assertHoldsWithinDepth();
        ModelCheckResult<Integer> whole = batchers(Batcher.UNBOUNDED, 4).deviations(30).build().bfs();
        assertEquals(Verdict.HOLDS, whole.verdict(), whole.summary());
    }

    @Test
    void whereBothCompleteTheDelayBoundedAndTheMoveBoundedSearchAgree() {
        for (int capacity : new int[] {1, 2, 3, Batcher.UNBOUNDED}) {
            ModelCheckResult<Integer> moves = batchers(capacity, 3).build().bfs();
            ModelCheckResult<Integer> deviations = batchers(capacity, 3).deviations(30).build().bfs();
            assertEquals(moves.verdict(), deviations.verdict(), "capacity " + capacity + ": " + deviations.summary());
            assertNotEquals(Verdict.INCOMPLETE_DEVIATIONS, deviations.verdict());
            if (moves.verdict() == Verdict.HOLDS) {
                assertEquals(moves.states(), deviations.states(), "capacity " + capacity + ": the same reachable states");
            }
        }
        NetworkModelCheckBuilder<String> pingers = NetworkModelCheck.network(context -> SimNetwork.nodes(3, Pinger.factory(3, 2))
                        .faults(NetworkFaults.builder().lossRate(0.5).build()))
                .losses(1).depth(30).eventOrder(EventOrder.UNSEQUENCED);
        ModelCheckResult<String> moves = pingers.build().bfs();
        ModelCheckResult<String> deviations = pingers.deviations(40).build().bfs();
        assertEquals(Verdict.HOLDS, moves.verdict(), moves.summary());
        assertEquals(Verdict.HOLDS, deviations.verdict(), deviations.summary());
        assertEquals(moves.states(), deviations.states());
    }

    @Test
    void badInputIsRefusedNamingTheValue() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> batchers(2, 3).deviations(0));
        assertEquals("deviations must be >= 1, got 0", zero.getMessage());
        IllegalArgumentException horizon = assertThrows(IllegalArgumentException.class, () -> batchers(2, 3).deviations(3).depth(-1));
        assertEquals("depth must be >= 1, got -1", horizon.getMessage());
        IllegalArgumentException reduced = assertThrows(IllegalArgumentException.class, () -> batchers(2, 3).deviations(3)
                .eventOrder(EventOrder.UNSEQUENCED).partialOrderReduction(true).build());
        assertTrue(reduced.getMessage().startsWith("deviations(3) with partialOrderReduction"), reduced.getMessage());
        IllegalArgumentException symmetric = assertThrows(IllegalArgumentException.class, () -> batchers(2, 3).deviations(3)
                .eventOrder(EventOrder.UNSEQUENCED).symmetric(Set.of(NodeId.of(0), NodeId.of(1))).build());
        assertTrue(symmetric.getMessage().startsWith("deviations(3) with symmetric"), symmetric.getMessage());
        IllegalArgumentException eventually = assertThrows(IllegalArgumentException.class, () -> batchers(2, 3).deviations(3)
                .expect(Expectation.eventually("done", view -> List.<String>of())).build());
        assertTrue(eventually.getMessage().startsWith("deviations(3) with eventually expectation 'done'"), eventually.getMessage());
    }
}
