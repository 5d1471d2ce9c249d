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
 * Persistent sets (on top of the sleep sets, {@link NetworkModelCheckBuilder#persistentSets()}) give the verdicts
 * of the unreduced search on planted bugs and correct models whose checks are per node or at the end, with fewer
 * states; a check over several nodes, which they would miss, is refused.
 */
class PersistentSetsTest {

    private static final NetworkFaults LOSSY = NetworkFaults.builder().lossRate(0.5).duplicateRate(0.5).build();

    private static final Expectation<NetworkView<String>> ALL_PINGED = Expectation.always("every ping arrives", view -> {
        long short_ = view.all(Pinger.class).stream().filter(p -> p.received() != 2).count();
        return short_ == 0 && view.live().size() == 3 ? List.of() : List.of(short_ + " live nodes lack a ping or have one twice");
    });

    /** Three pingers (six pings due at tick 1), every ping checked where runs end: terminal states are what persistent sets keep whole. */
    private static Supplier<NetworkModelCheckBuilder<String>> pingers(NetworkFaults faults) {
        return () -> NetworkModelCheck.network(context -> SimNetwork.nodes(3, Pinger.factory(3, 1)).faults(faults))
                .expectAtEnd(ALL_PINGED).depth(20);
    }

    /**
     * Checks a model without reduction and with persistent sets, breadth-first and depth-first: the same verdict,
     * a counterexample that replays as the same run, never more states; returns the two breadth-first results.
     */
    private static <M> List<ModelCheckResult<M>> sameVerdicts(Supplier<NetworkModelCheckBuilder<M>> model) {
        ModelCheckResult<M> none = model.get().eventOrder(EventOrder.UNSEQUENCED).build().bfs();
        ModelCheckResult<M> reduced = model.get().eventOrder(EventOrder.UNSEQUENCED).persistentSets().build().bfs();
        String both = "none: " + none.summary() + "; persistent: " + reduced.summary();
        assertEquals(none.verdict(), reduced.verdict(), both);
        if (none.verdict() == Verdict.VIOLATED) {
            NetworkCounterexample<M> plain = none.counterexample().orElseThrow();
            NetworkCounterexample<M> found = reduced.counterexample().orElseThrow();
            assertEquals(plain.expectation(), found.expectation(), both);
            assertEquals(found.fingerprint(), found.replay().trace().fingerprint(), found.describe());
        } else {
            assertTrue(reduced.states() <= none.states(), both);
        }
        ModelCheckResult<M> deepNone = model.get().eventOrder(EventOrder.UNSEQUENCED).build().dfs();
        ModelCheckResult<M> deepReduced = model.get().eventOrder(EventOrder.UNSEQUENCED).persistentSets().build().dfs();
        assertEquals(deepNone.verdict(), deepReduced.verdict(), deepNone.summary() + " vs " + deepReduced.summary());
        return List.of(none, reduced);
    }

    @Test
    void aCorrectFiniteModelHoldsWithFewerStates() {
        List<ModelCheckResult<String>> results = sameVerdicts(pingers(NetworkFaults.NONE));
        assertEquals(Verdict.HOLDS, results.get(1).verdict(), results.get(1).summary());
        assertTrue(4 * results.get(1).states() <= results.get(0).states(),
                "six pings due at one tick at three nodes: one node at a time: " + results.get(0).summary() + " vs "
                        + results.get(1).summary());
    }

    @Test
    void atEndCounterexamplesKeepTheirShortestLength() {
        List<Supplier<NetworkModelCheckBuilder<String>>> models = List.of(() -> pingers(LOSSY).get().losses(1),
                () -> pingers(LOSSY).get().duplicates(1), () -> pingers(NetworkFaults.NONE).get().crashes(1));
        for (Supplier<NetworkModelCheckBuilder<String>> model : models) {
            List<ModelCheckResult<String>> results = sameVerdicts(model);
            assertEquals(Verdict.VIOLATED, results.get(1).verdict(), results.get(1).summary());
            assertEquals(results.get(0).counterexample().orElseThrow().moves().size(),
                    results.get(1).counterexample().orElseThrow().moves().size(),
                    "a terminal state is kept at its depth: " + results.get(1).counterexample().orElseThrow().describe());
        }
    }

    @Test
    void aNodeStateReachedInSomeInterleavingIsFoundPerNode() {
        List<ModelCheckResult<String>> results = sameVerdicts(() -> NetworkModelCheck
                .network(context -> SimNetwork.nodes(3, Pinger.factory(3, 1)))
                .expectEachNode("no node has both pings", Pinger.class, p -> p.received() == 2 ? List.of("both pings") : List.of())
                .depth(20));
        assertEquals("no node has both pings", results.get(1).counterexample().orElseThrow().expectation());
    }

    @Test
    void eventsAtALaterTickStayDependentOnEverythingBeforeThem() {
        NetworkFaults window = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(3).maxTailDelayTicks(3).build();
        List<ModelCheckResult<String>> results = sameVerdicts(() -> NetworkModelCheck
                .network(context -> SimNetwork.nodes(2, Stamper.factory()).faults(window))
                .expectEachNode("every node hears before tick 2", Stamper.class,
                        s -> s.heard().stream().allMatch(t -> t < 2) ? List.of() : List.of("heard at " + s.heard()))
                .depth(10));
        NetworkCounterexample<String> found = results.get(1).counterexample().orElseThrow();
        assertTrue(found.describe().contains("timer node-1 at t=2"), "node-1's timer before the hellos: " + found.describe());
    }

    /**
     * Node-0 spins at one tick between two states ({@link Spinner}); node-1's timer is due at that tick too. Persistent
     * sets take node-0 first (the lowest of two sets of one), back to the same state: without the cycle proviso the
     * search would close that cycle and never fire node-1's timer. The proviso sees that the spin leaves as much due
     * as before and expands the state fully.
     */
    @Test
    void aMovePostponedAroundACycleAtOneTickIsStillTaken() {
        List<ModelCheckResult<String>> results = sameVerdicts(() -> NetworkModelCheck
                .network(context -> SimNetwork.nodes(2, Spinner.factory()))
                .expectEachNode("no timer fires but node-0's", Spinner.class, s -> s.fired() ? List.of("fired") : List.of())
                .depth(6));
        assertEquals("no timer fires but node-0's", results.get(1).counterexample().orElseThrow().expectation());
    }

    @Test
    void theGossipReorderingBugAndTheCorrectGossipGetTheSameVerdicts() {
        List<ModelCheckResult<Sync>> buggy = sameVerdicts(
                () -> GossipModelCheckTest.gossipPerNode(EnumSet.of(GossipBug.NOT_EQUAL_DEDUP)).timeShiftInvariant().depth(6));
        assertEquals(GossipModelCheckTest.MONOTONIC, buggy.get(1).counterexample().orElseThrow().expectation());
        List<ModelCheckResult<Sync>> correct = sameVerdicts(
                () -> GossipModelCheckTest.gossipPerNode(Set.of()).inputBudget(1).timeShiftInvariant().depth(5));
        assertEquals(Verdict.INCOMPLETE_DEPTH, correct.get(1).verdict(), correct.get(1).summary());
        assertTrue(correct.get(1).states() < correct.get(0).states(), correct.get(0).summary() + " vs " + correct.get(1).summary());
    }

    @Test
    void theSameCheckStatedOverEveryNodeAtOnceIsRefusedWithPersistentSets() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> GossipModelCheckTest.gossip(Set.of()).eventOrder(EventOrder.UNSEQUENCED).persistentSets().build());
        assertTrue(refused.getMessage().contains("persistentSets with step check '" + GossipModelCheckTest.MONOTONIC + "'"),
                refused.getMessage());
    }

    /**
     * Broken only while node-0 lags: someone else got a ping before node-0 had both. Persistent sets deliver node-0's
     * pings first (the smallest set of the lowest node) and never reach such a state, so the unreduced search finds
     * what they would miss: the builder refuses the expectation with them.
     */
    @Test
    void aGlobalInvariantTheyWouldMissIsRefused() {
        Expectation<NetworkView<String>> nodeZeroFirst = Expectation.always("node-0 has both pings before anyone else has one",
                view -> {
                    List<Integer> counts = view.all(Pinger.class).stream().map(Pinger::received).toList();
                    return counts.get(0) < 2 && (counts.get(1) > 0 || counts.get(2) > 0) ? List.of("counts " + counts) : List.of();
                });
        Supplier<NetworkModelCheckBuilder<String>> model = () -> NetworkModelCheck
                .network(context -> SimNetwork.nodes(3, Pinger.factory(3, 1))).expect(nodeZeroFirst)
                .eventOrder(EventOrder.UNSEQUENCED).depth(20);
        assertEquals(Verdict.VIOLATED, model.get().build().bfs().verdict());
        assertEquals(Verdict.VIOLATED, model.get().partialOrderReduction(true).build().bfs().verdict(), "sleep sets keep every state");
        assertEquals(Verdict.HOLDS, model.get().persistentSets().trustGlobalChecks().build().bfs().verdict(),
                "persistent sets skip the global states it needs");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> model.get().persistentSets().build());
        assertTrue(refused.getMessage().contains("persistentSets with always expectation 'node-0 has both pings before anyone"
                + " else has one': it reads the whole network"), refused.getMessage());
    }

    @Test
    void sometimesEventuallySequencedAndSymmetryAreRefusedNamingThem() {
        IllegalArgumentException sequenced = assertThrows(IllegalArgumentException.class,
                () -> pingers(NetworkFaults.NONE).get().persistentSets().build());
        assertTrue(sequenced.getMessage().contains("persistentSets needs eventOrder(UNSEQUENCED), got eventOrder SEQUENCED"),
                sequenced.getMessage());
        IllegalArgumentException sometimes = assertThrows(IllegalArgumentException.class, () -> pingers(NetworkFaults.NONE).get()
                .expect(Expectation.sometimes("a ping arrives", view -> true)).eventOrder(EventOrder.UNSEQUENCED)
                .persistentSets().build());
        assertTrue(sometimes.getMessage().contains("persistentSets with sometimes expectation 'a ping arrives'"), sometimes.getMessage());
        IllegalArgumentException eventually = assertThrows(IllegalArgumentException.class, () -> pingers(NetworkFaults.NONE).get()
                .expect(Expectation.eventually("all pinged", view -> List.of())).eventOrder(EventOrder.UNSEQUENCED)
                .persistentSets().build());
        assertTrue(eventually.getMessage().contains("eventually expectation 'all pinged'"), eventually.getMessage());
        IllegalArgumentException symmetric = assertThrows(IllegalArgumentException.class, () -> pingers(NetworkFaults.NONE).get()
                .symmetric(Set.of(NodeId.of(0), NodeId.of(1), NodeId.of(2))).eventOrder(EventOrder.UNSEQUENCED)
                .persistentSets().build());
        assertTrue(symmetric.getMessage().contains("symmetric [node-0, node-1, node-2] with persistentSets"),
                symmetric.getMessage());
    }
}
