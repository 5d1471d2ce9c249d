package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Partial-order reduction (sleep sets over {@link EventOrder#UNSEQUENCED}) gives the verdicts of the unreduced
 * search on every planted bug of the model-check tests and on their correct models, by breadth-first and
 * depth-first search: the same verdict, the same states, the same shortest counterexample length, and a
 * counterexample that replays as the same run; it explores fewer transitions.
 */
class PartialOrderReductionTest {

    private static final NetworkFaults LOSSY = NetworkFaults.builder().lossRate(0.5).duplicateRate(0.5).build();

    private static final Expectation<NetworkView<String>> ALL_PINGED = Expectation.always("every ping arrives", view -> {
        long short_ = view.all(Pinger.class).stream().filter(p -> p.received() != 2).count();
        return short_ == 0 && view.live().size() == 3 ? List.of() : List.of(short_ + " live nodes lack a ping or have one twice");
    });

    /**
     * Broken only in an interleaving: one node has both its pings while another has none. Sleep sets keep this
     * intermediate state (a reduction that skipped states, without knowing what the invariant reads, would lose it).
     */
    private static final Expectation<NetworkView<String>> NOBODY_FAR_AHEAD = Expectation.always("no node two pings ahead",
            view -> {
                List<Integer> counts = view.all(Pinger.class).stream().map(Pinger::received).toList();
                return counts.contains(2) && counts.contains(0) ? List.of("counts " + counts) : List.of();
            });

    private static Supplier<NetworkModelCheckBuilder<String>> pingers(NetworkFaults faults) {
        return () -> NetworkModelCheck.network(context -> SimNetwork.nodes(3, Pinger.factory(3, 1)).faults(faults))
                .expectAtEnd(ALL_PINGED).depth(20);
    }

    /** The corpus gossip of {@link GossipModelCheckTest}, time keyed relative to now to keep the test fast. */
    private static Supplier<NetworkModelCheckBuilder<Sync>> gossip(Set<GossipBug> bugs, int depth) {
        return () -> GossipModelCheckTest.gossip(bugs).timeShiftInvariant().depth(depth);
    }

    /** Checks a model with and without the reduction, by both searches; returns the two breadth-first results. */
    private static <M> List<ModelCheckResult<M>> sameVerdicts(Supplier<NetworkModelCheckBuilder<M>> model) {
        ModelCheckResult<M> none = model.get().eventOrder(EventOrder.UNSEQUENCED).build().bfs();
        ModelCheckResult<M> reduced = model.get().eventOrder(EventOrder.UNSEQUENCED).partialOrderReduction(true).build().bfs();
        String both = "none: " + none.summary() + "; reduced: " + reduced.summary();
        assertEquals(none.verdict(), reduced.verdict(), both);
        assertEquals(none.states(), reduced.states(), both);
        assertEquals(none.depth(), reduced.depth(), both);
        assertEquals(none.sometimes(), reduced.sometimes(), both);
        assertTrue(reduced.transitions() <= none.transitions(), both);
        if (none.verdict() == Verdict.VIOLATED) {
            NetworkCounterexample<M> plain = none.counterexample().orElseThrow();
            NetworkCounterexample<M> found = reduced.counterexample().orElseThrow();
            assertEquals(plain.expectation(), found.expectation(), both);
            assertEquals(plain.moves().size(), found.moves().size(), "the shortest counterexample either way: " + found.describe());
            assertEquals(found.fingerprint(), found.replay().trace().fingerprint(), found.describe());
        }
        ModelCheckResult<M> deepNone = model.get().eventOrder(EventOrder.UNSEQUENCED).build().dfs();
        ModelCheckResult<M> deepReduced = model.get().eventOrder(EventOrder.UNSEQUENCED).partialOrderReduction(true).build().dfs();
        assertEquals(deepNone.verdict(), deepReduced.verdict(), deepNone.summary() + " vs " + deepReduced.summary());
        if (deepNone.verdict() != Verdict.VIOLATED) {
            assertEquals(deepNone.states(), deepReduced.states(), deepNone.summary() + " vs " + deepReduced.summary());
        }
        return List.of(none, reduced);
    }

    @Test
    void aCorrectFiniteModelHoldsWithFewerTransitions() {
        List<ModelCheckResult<String>> results = sameVerdicts(pingers(NetworkFaults.NONE));
        assertEquals(Verdict.HOLDS, results.get(1).verdict(), results.get(1).summary());
        assertTrue(2 * results.get(1).transitions() <= results.get(0).transitions(),
                "six pings due at one tick at three nodes commute: " + results.get(0).summary() + " vs " + results.get(1).summary());
    }

    @Test
    void anInvariantBrokenOnlyBetweenTwoNodesStepsIsStillFound() {
        List<ModelCheckResult<String>> results = sameVerdicts(() -> pingers(NetworkFaults.NONE).get().expect(NOBODY_FAR_AHEAD));
        assertEquals("no node two pings ahead", results.get(1).counterexample().orElseThrow().expectation());
    }

    @Test
    void eventsAtDifferentNodesAndDifferentTicksDoNotCommute() {
        Expectation<NetworkView<String>> early = Expectation.always("node-0 hears before tick 2",
                view -> view.node(NodeId.of(0), Stamper.class).map(s -> s.heard().stream().allMatch(t -> t < 2)).orElse(true)
                        ? List.of() : List.of("node-0 heard late"));
        NetworkFaults window = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(3).maxTailDelayTicks(3).build();
        List<ModelCheckResult<String>> results = sameVerdicts(() -> NetworkModelCheck
                .network(context -> SimNetwork.nodes(2, Stamper.factory()).faults(window)).expect(early).depth(10));
        NetworkCounterexample<String> found = results.get(1).counterexample().orElseThrow();
        assertTrue(found.describe().contains("timer node-1 at t=2"), "node-1's timer before node-0 hears: " + found.describe());
    }

    @Test
    void lossesDuplicatesCrashesAndPartitionsGiveTheSameCounterexamples() {
        assertEquals(Verdict.VIOLATED, sameVerdicts(() -> pingers(LOSSY).get().losses(1)).get(1).verdict());
        assertEquals(Verdict.VIOLATED, sameVerdicts(() -> pingers(LOSSY).get().duplicates(1)).get(1).verdict());
        assertEquals(Verdict.VIOLATED, sameVerdicts(() -> pingers(NetworkFaults.NONE).get().crashes(1)).get(1).verdict());
        assertEquals(Verdict.VIOLATED, sameVerdicts(() -> pingers(NetworkFaults.NONE).get()
                .partition(List.of(NodeId.of(0)), List.of(NodeId.of(1), NodeId.of(2)))).get(1).verdict());
        assertEquals(Verdict.HOLDS, sameVerdicts(() -> pingers(LOSSY).get()).get(1).verdict(), "no budget, no fault");
    }

    @Test
    void theGossipReorderingBugAndTheCorrectGossipGetTheSameVerdicts() {
        List<ModelCheckResult<Sync>> buggy = sameVerdicts(gossip(EnumSet.of(GossipBug.NOT_EQUAL_DEDUP), 6));
        assertEquals(GossipModelCheckTest.MONOTONIC, buggy.get(1).counterexample().orElseThrow().expectation());
        List<ModelCheckResult<Sync>> correct = sameVerdicts(gossip(Set.of(), 4));
        assertEquals(Verdict.INCOMPLETE_DEPTH, correct.get(1).verdict(), correct.get(1).summary());
    }

    @Test
    void reductionUnderTheSequencedOrderIsRefusedNamingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> pingers(NetworkFaults.NONE).get().partialOrderReduction(true).build());
        assertTrue(refused.getMessage().contains("needs eventOrder(UNSEQUENCED), got eventOrder SEQUENCED"), refused.getMessage());
    }

    @Test
    void reductionWithAnEventuallyExpectationIsRefusedNamingIt() {
        Expectation<NetworkView<String>> pinged = Expectation.eventually("every node has both pings",
                view -> view.all(Pinger.class).stream().allMatch(p -> p.received() == 2) ? List.of() : List.of("missing"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> pingers(NetworkFaults.NONE).get()
                .expect(pinged).eventOrder(EventOrder.UNSEQUENCED).partialOrderReduction(true).build());
        assertTrue(refused.getMessage().contains("eventually expectation 'every node has both pings'"), refused.getMessage());
    }
}
