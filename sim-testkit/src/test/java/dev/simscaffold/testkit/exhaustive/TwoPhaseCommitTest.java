package dev.simscaffold.testkit.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.harness.HarnessView;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.exhaustive.TwoPhaseCommit.Move;
import dev.simscaffold.testkit.exhaustive.TwoPhaseCommit.Rm;
import dev.simscaffold.testkit.exhaustive.TwoPhaseCommit.State;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Stateright's two-phase commit reproduced with the harness's exhaustive search: its state counts (288 with
 * 3 resource managers, 8,832 with 5), the 314 orbits under exact symmetry reduction over 5 managers, checked
 * against a brute-force canonical form over all 5! relabellings, the same verdicts with and without
 * reduction, and a planted bug found by its shortest counterexample.
 */
class TwoPhaseCommitTest {

    static final Expectation<HarnessView<State>> CONSISTENT = Expectation.always("consistent", view -> {
        List<Rm> rms = view.states().get(0).rms();
        return rms.contains(Rm.ABORTED) && rms.contains(Rm.COMMITTED) ? List.of("one manager aborted, another committed: " + rms) : List.of();
    });
    static final Expectation<HarnessView<State>> ABORT_AGREEMENT = Expectation.sometimes("abort agreement",
            view -> view.states().get(0).rms().stream().allMatch(rm -> rm == Rm.ABORTED));
    static final Expectation<HarnessView<State>> COMMIT_AGREEMENT = Expectation.sometimes("commit agreement",
            view -> view.states().get(0).rms().stream().allMatch(rm -> rm == Rm.COMMITTED));

    static final UnaryOperator<State> BRUTE_FORCE = Symmetry.leastRelabelling(5, State::relabel, Comparator.comparing(State::text));

    private static ExhaustiveSearchBuilder<State, Move, Void> search(int n, boolean commitsEarly) {
        return ExhaustiveSearch.builder(TwoPhaseCommit.machine(commitsEarly))
                .instances(1, State.initial(n))
                .alphabet(TwoPhaseCommit.alphabet(n))
                .expect(CONSISTENT).expect(ABORT_AGREEMENT).expect(COMMIT_AGREEMENT)
                .depth(100);
    }

    private static UnaryOperator<List<State>> each(UnaryOperator<State> representative) {
        return states -> List.of(representative.apply(states.get(0)));
    }

    @Test
    void stateCountsMatchStateright() {
        assertThat(search(3, false).build().run().assertHolds().statesExplored()).isEqualTo(288);
        assertThat(search(5, false).build().run().assertHolds().statesExplored()).isEqualTo(8_832);
    }

    @Test
    void exactSymmetryOverFiveManagersCountsTheOrbits() {
        ExhaustiveResult<Move> sorted = search(5, false).symmetry(each(TwoPhaseCommit::sortedBySignature)).build().run().assertHolds();
        ExhaustiveResult<Move> brute = search(5, false).symmetry(each(BRUTE_FORCE)).build().run().assertHolds();
        assertThat(sorted.statesExplored()).isEqualTo(314);
        assertThat(brute.statesExplored()).isEqualTo(314);
        assertThat(sorted.sometimes().keySet()).containsExactly("abort agreement", "commit agreement");
    }

    @Test
    void theSortedFormAgreesWithTheBruteForceFormOnEveryReachableState() {
        Set<State> reachable = reachable(5);
        assertThat(reachable).hasSize(8_832);
        Map<State, State> sortedByBrute = new HashMap<>();
        Map<State, State> bruteBySorted = new HashMap<>();
        for (State state : reachable) {
            State brute = BRUTE_FORCE.apply(state);
            State sorted = TwoPhaseCommit.sortedBySignature(state);
            assertThat(sortedByBrute.computeIfAbsent(brute, b -> sorted)).isEqualTo(sorted);
            assertThat(bruteBySorted.computeIfAbsent(sorted, s -> brute)).isEqualTo(brute);
        }
        assertThat(sortedByBrute).hasSize(314);
        Set<State> byStateOnly = new HashSet<>();
        reachable.forEach(state -> byStateOnly.add(TwoPhaseCommit.sortedByStateOnly(state)));
        assertThat(byStateOnly).as("a representative that sorts by the managers' state alone is not canonical").hasSizeGreaterThan(314);
    }

    @Test
    void aPlantedEarlyCommitGivesTheShortestCounterexampleWithAndWithoutSymmetry() {
        ExhaustiveResult<Move> plain = search(3, true).build().run();
        ExhaustiveResult<Move> reduced = search(3, true).symmetry(each(TwoPhaseCommit::sortedBySignature)).build().run();
        Counterexample<Move> found = plain.counterexample().orElseThrow();
        assertThat(found.invariant()).isEqualTo("consistent");
        assertThat(found.moves()).hasSize(3);
        ExhaustiveResult<Move> shallower = search(3, true).depth(2).build().run();
        assertThat(shallower.exhausted()).as("every path of 2 moves was explored").isTrue();
        assertThat(shallower.counterexample()).as("none of them breaks it").isEmpty();
        assertThat(reduced.counterexample().orElseThrow().moves()).hasSize(3);
        State end = State.initial(3);
        for (Action<Move> action : found.path()) {
            end = TwoPhaseCommit.next(end, ((Action.Apply<Move>) action).input(), true);
        }
        assertThat(CONSISTENT.unmet(HarnessView.of(List.of(end), LogicalTime.ZERO))).isNotEmpty();
    }

    @Test
    void symmetryWithTheCorrectProtocolGivesTheSameVerdictsAtEverySize() {
        for (int n = 1; n <= 4; n++) {
            ExhaustiveResult<Move> plain = search(n, false).build().run().assertHolds();
            ExhaustiveResult<Move> reduced = search(n, false).symmetry(each(TwoPhaseCommit::sortedBySignature)).build().run().assertHolds();
            assertThat(reduced.statesExplored()).isLessThanOrEqualTo(plain.statesExplored());
            assertThat(reduced.unreached()).isEqualTo(plain.unreached());
        }
    }

    @Test
    void badSymmetryInputIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> Symmetry.leastRelabelling(0, State::relabel, Comparator.comparing(State::text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
        assertThatThrownBy(() -> Symmetry.leastRelabelling(9, State::relabel, Comparator.comparing(State::text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 9");
        assertThatThrownBy(() -> search(3, false).symmetry(each(TwoPhaseCommit::sortedBySignature))
                .router((from, effect) -> Optional.empty()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("symmetry with a router");
    }

    /** Every reachable state, by a plain breadth-first walk independent of the search under test. */
    private static Set<State> reachable(int n) {
        Set<State> seen = new HashSet<>();
        ArrayDeque<State> frontier = new ArrayDeque<>();
        seen.add(State.initial(n));
        frontier.add(State.initial(n));
        while (!frontier.isEmpty()) {
            State state = frontier.poll();
            for (Action<Move> action : TwoPhaseCommit.alphabet(n)) {
                State next = TwoPhaseCommit.next(state, ((Action.Apply<Move>) action).input(), false);
                if (seen.add(next)) {
                    frontier.add(next);
                }
            }
        }
        return seen;
    }
}
