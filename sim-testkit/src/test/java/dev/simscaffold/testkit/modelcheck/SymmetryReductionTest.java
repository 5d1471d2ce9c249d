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
import dev.simscaffold.corpus.gossip.Versioned;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Symmetry reduction over interchangeable nodes gives the verdicts of the unreduced search on planted bugs and
 * correct models, counts exactly one state per orbit (checked against a brute-force grouping over every
 * permutation), finds counterexamples that are real runs, and refuses what it cannot relabel or what tells the
 * nodes apart, naming it.
 */
class SymmetryReductionTest {

    private static final NodeId N0 = NodeId.of(0);
    private static final NodeId N1 = NodeId.of(1);
    private static final NodeId N2 = NodeId.of(2);
    private static final Set<NodeId> ALL = Set.of(N0, N1, N2);
    private static final NetworkFaults LOSSY = NetworkFaults.builder().lossRate(0.5).build();

    private static final Expectation<NetworkView<Rumour.News>> NOBODY_HEARS_OF_ITSELF = Expectation.always(
            "nobody hears of itself", view -> view.all(Rumour.class).stream().filter(r -> r.heard().contains(r.id()))
                    .map(r -> r.id() + " heard of itself").toList());

    private static Supplier<NetworkModelCheckBuilder<Rumour.News>> rumours(boolean echoes, NetworkFaults faults) {
        return () -> NetworkModelCheck.network(context -> SimNetwork.nodes(3, Rumour.factory(3, echoes)).faults(faults))
                .eventOrder(EventOrder.UNSEQUENCED).expect(NOBODY_HEARS_OF_ITSELF).depth(30);
    }

    /** Checks a model with and without symmetry, breadth- and depth-first; returns the two breadth-first results. */
    private static <M> List<ModelCheckResult<M>> sameVerdicts(Supplier<NetworkModelCheckBuilder<M>> model, Set<NodeId> members) {
        ModelCheckResult<M> none = model.get().build().bfs();
        ModelCheckResult<M> reduced = model.get().symmetric(members).build().bfs();
        String both = "none: " + none.summary() + "; symmetric: " + reduced.summary();
        assertEquals(none.verdict(), reduced.verdict(), both);
        assertEquals(none.depth(), reduced.depth(), both);
        assertTrue(reduced.states() <= none.states(), both);
        if (none.verdict() == Verdict.VIOLATED) {
            NetworkCounterexample<M> plain = none.counterexample().orElseThrow();
            NetworkCounterexample<M> found = reduced.counterexample().orElseThrow();
            assertEquals(plain.expectation(), found.expectation(), both);
            assertEquals(plain.moves().size(), found.moves().size(), "the shortest counterexample either way: " + found.describe());
            assertEquals(found.fingerprint(), found.replay().trace().fingerprint(), "a real run: " + found.describe());
        } else {
            assertTrue(reduced.states() < none.states(), "the members' relabellings merge states: " + both);
        }
        ModelCheckResult<M> deepNone = model.get().build().dfs();
        ModelCheckResult<M> deepReduced = model.get().symmetric(members).build().dfs();
        assertEquals(deepNone.verdict(), deepReduced.verdict(), deepNone.summary() + " vs " + deepReduced.summary());
        deepReduced.counterexample().ifPresent(found -> assertEquals(found.fingerprint(), found.replay().trace().fingerprint(),
                "a real run: " + found.describe()));
        return List.of(none, reduced);
    }

    @Test
    void correctAndPlantedRumoursGetTheSameVerdicts() {
        assertEquals(Verdict.HOLDS, sameVerdicts(rumours(false, NetworkFaults.NONE), ALL).get(1).verdict());
        assertEquals(Verdict.VIOLATED, sameVerdicts(rumours(true, NetworkFaults.NONE), ALL).get(1).verdict());
    }

    /** Within 6 moves (the faults make the state space large); the planted echo needs 2. */
    @Test
    void lossesCrashesAndPartitionsGetTheSameVerdicts() {
        for (boolean echoes : new boolean[] {false, true}) {
            Supplier<NetworkModelCheckBuilder<Rumour.News>> lossy = () -> rumours(echoes, LOSSY).get().depth(6);
            Supplier<NetworkModelCheckBuilder<Rumour.News>> plain = () -> rumours(echoes, NetworkFaults.NONE).get().depth(6);
            for (ModelCheckResult<Rumour.News> result : List.of(sameVerdicts(() -> lossy.get().losses(1), ALL).get(1),
                    sameVerdicts(() -> plain.get().crashes(1), ALL).get(1), sameVerdicts(() -> isolatingEach(plain.get()), ALL).get(1))) {
                assertEquals(echoes, result.verdict() == Verdict.VIOLATED, result.summary());
            }
        }
    }

    private static <M> NetworkModelCheckBuilder<M> isolatingEach(NetworkModelCheckBuilder<M> builder) {
        return builder.partition(List.of(N0), List.of(N1, N2)).partition(List.of(N1), List.of(N0, N2))
                .partition(List.of(N2), List.of(N0, N1));
    }

    /** Crashes within 5 moves and partitions within 6: a symmetric start keeps every image of a state at the same depth. */
    @Test
    void theReducedStateCountIsTheNumberOfOrbitsByBruteForce() {
        bruteForceOrbits(rumours(false, NetworkFaults.NONE));
        bruteForceOrbits(() -> rumours(false, NetworkFaults.NONE).get().crashes(1).depth(5));
        bruteForceOrbits(() -> isolatingEach(rumours(false, NetworkFaults.NONE).get()).depth(6));
    }

    /**
     * Groups every state of the unreduced search with its images under all 3! relabellings and compares the
     * number of groups with the reduced search's states. The start is symmetric and events happen in any order,
     * so every image of a reachable state must be reachable too: a relabelling that missed a node id, or put the
     * pending events in another order than the network does, would make states no run reaches.
     */
    private static void bruteForceOrbits(Supplier<NetworkModelCheckBuilder<Rumour.News>> model) {
        Set<Object> reachable = new HashSet<>();
        ModelCheckResult<Rumour.News> none = model.get().onNewState(reachable::add).build().bfs();
        NodeSymmetry relabelling = new NodeSymmetry(List.of(N0, N1, N2), 3, new Relabelling(Map.of()));
        Set<Set<Object>> orbits = new HashSet<>();
        for (Object key : reachable) {
            List<?> parts = (List<?>) key;
            @SuppressWarnings("unchecked")
            List<Object> state = (List<Object>) parts.get(0);
            Set<Object> orbit = new HashSet<>();
            for (int[] permutation : permutations(3)) {
                Object image = List.of(relabelling.relabel(state, permutation), parts.get(1));
                orbit.add(image);
                assertTrue(reachable.contains(image), "an image no run reaches: " + image + " of " + key);
            }
            orbits.add(orbit);
        }
        ModelCheckResult<Rumour.News> reduced = model.get().symmetric(ALL).build().bfs();
        assertEquals(none.states(), reachable.size());
        assertEquals(orbits.size(), reduced.states(), "none " + none.summary() + "; symmetric " + reduced.summary());
        assertTrue(orbits.size() < reachable.size(), none.summary());
    }

    /** Every permutation of {@code 0..n-1}, by brute force. */
    private static List<int[]> permutations(int n) {
        List<int[]> all = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, all);
        return all;
    }

    private static void permute(int[] prefix, boolean[] used, int at, List<int[]> all) {
        if (at == prefix.length) {
            all.add(prefix.clone());
            return;
        }
        for (int v = 0; v < prefix.length; v++) {
            if (!used[v]) {
                used[v] = true;
                prefix[at] = v;
                permute(prefix, used, at + 1, all);
                used[v] = false;
            }
        }
    }

    /**
     * The corpus gossip of {@link GossipModelCheckTest}, events in any order, time keyed relative to now: writes
     * go to node-0, so node-1 and node-2 are interchangeable (a write's writer index, node-0's, is relabelled
     * through {@code relabel} all the same).
     */
    static Supplier<NetworkModelCheckBuilder<Sync>> gossip(Set<GossipBug> bugs, int depth) {
        return () -> GossipModelCheckTest.gossip(bugs).eventOrder(EventOrder.UNSEQUENCED).timeShiftInvariant().depth(depth)
                .relabel(Versioned.class, (versioned, rename) -> new Versioned(versioned.version(),
                        rename.apply(NodeId.of(versioned.writer())).index(), versioned.value()));
    }

    @Test
    void theGossipReorderingBugAndTheCorrectGossipGetTheSameVerdicts() {
        List<ModelCheckResult<Sync>> buggy = sameVerdicts(gossip(EnumSet.of(GossipBug.NOT_EQUAL_DEDUP), 6), Set.of(N1, N2));
        assertEquals(GossipModelCheckTest.MONOTONIC, buggy.get(1).counterexample().orElseThrow().expectation());
        List<ModelCheckResult<Sync>> correct = sameVerdicts(gossip(Set.of(), 4), Set.of(N1, N2));
        assertEquals(Verdict.INCOMPLETE_DEPTH, correct.get(1).verdict(), correct.get(1).summary());
    }

    @Test
    void theSequencedOrderIsRefusedNamingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> rumours(false, NetworkFaults.NONE)
                .get().eventOrder(EventOrder.SEQUENCED).symmetric(ALL).build());
        assertTrue(refused.getMessage().contains("needs eventOrder(UNSEQUENCED), got eventOrder SEQUENCED"), refused.getMessage());
    }

    @Test
    void fewerThanTwoNodesAreRefusedNamingThem() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> rumours(false, NetworkFaults.NONE).get().symmetric(Set.of(N1)));
        assertTrue(one.getMessage().contains("at least two interchangeable nodes, got [" + N1 + "]"), one.getMessage());
        assertThrows(IllegalArgumentException.class, () -> rumours(false, NetworkFaults.NONE).get()
                .symmetric(Set.of()));
    }

    @Test
    void anUnknownNodeIsRefusedNamingIt() {
        NetworkModelCheck<Rumour.News> check = rumours(false, NetworkFaults.NONE).get()
                .symmetric(Set.of(N1, NodeId.of(7))).build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, check::bfs);
        assertTrue(refused.getMessage().contains("names unknown node " + NodeId.of(7)), refused.getMessage());
    }

    @Test
    void movesFromOutsideThatTellTheNodesApartAreRefusedNamingThem() {
        IllegalArgumentException input = assertThrows(IllegalArgumentException.class, () -> GossipModelCheckTest.gossip(Set.of())
                .eventOrder(EventOrder.UNSEQUENCED).symmetric(ALL).build().bfs());
        assertTrue(input.getMessage().contains("input 'put k=a' goes to " + N0 + " but no input 'put k=a' goes to " + N1),
                input.getMessage());
        IllegalArgumentException partition = assertThrows(IllegalArgumentException.class, 
                () -> rumours(false, NetworkFaults.NONE).get().partition(List.of(N0), List.of(N1, N2)).symmetric(ALL).build().bfs());
        assertTrue(partition.getMessage().contains("partition [" + N1 + "] | [" + N0 + ", " + N2 + "]"), partition.getMessage());
    }

    @Test
    void eventuallyAndPartialOrderReductionAreRefusedNamingThem() {
        Expectation<NetworkView<Rumour.News>> everyone = Expectation.eventually("everyone hears of everyone",
                view -> view.all(Rumour.class).stream().allMatch(r -> r.heard().size() == 2) ? List.of() : List.of("not yet"));
        IllegalArgumentException liveness = assertThrows(IllegalArgumentException.class, 
                () -> rumours(false, NetworkFaults.NONE).get().expect(everyone).symmetric(ALL).build());
        assertTrue(liveness.getMessage().contains("eventually expectation 'everyone hears of everyone'"), liveness.getMessage());
        IllegalArgumentException por = assertThrows(IllegalArgumentException.class, 
                () -> rumours(false, NetworkFaults.NONE).get().partialOrderReduction(true).symmetric(ALL).build());
        assertTrue(por.getMessage().contains("with partialOrderReduction"), por.getMessage());
    }

    /** A key of a class symmetry cannot look into. */
    static final class Opaque {
        private final int received;

        Opaque(int received) {
            this.received = received;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Opaque that && that.received == received;
        }

        @Override
        public int hashCode() {
            return received;
        }
    }

    @Test
    void aValueItCannotLookIntoIsRefusedNamingItsClassUnlessRelabelled() {
        Supplier<NetworkModelCheckBuilder<String>> pingers = () -> NetworkModelCheck
                .network(context -> SimNetwork.nodes(3, Pinger.factory(3, 1))).nodeKey(Pinger.class, p -> new Opaque(p.received()))
                .eventOrder(EventOrder.UNSEQUENCED).symmetric(ALL);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> pingers.get().build().bfs());
        assertTrue(refused.getMessage().contains(Opaque.class.getName()) && refused.getMessage().contains("relabel(Opaque.class"),
                refused.getMessage());
        ModelCheckResult<String> relabelled = pingers.get().relabel(Opaque.class, (key, rename) -> key).build().bfs();
        assertEquals(Verdict.HOLDS, relabelled.verdict(), relabelled.summary());
    }
}
