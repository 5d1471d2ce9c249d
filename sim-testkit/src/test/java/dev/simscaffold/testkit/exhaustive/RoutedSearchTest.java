package dev.simscaffold.testkit.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.harness.Addressed;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.testkit.fixtures.Token;
import dev.simscaffold.testkit.fixtures.Token.Grant;
import dev.simscaffold.testkit.fixtures.Token.Handoff;
import dev.simscaffold.testkit.fixtures.Token.Holder;
import dev.simscaffold.testkit.fixtures.Token.Input;
import dev.simscaffold.testkit.fixtures.Token.Pass;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Exhaustive search over three instances passing a token by routed messages, under each effect fault. */
class RoutedSearchTest {

    private static final EffectFaults DUPLICATES = new EffectFaults(0, 0.1, 0, 0, 0);
    private static final EffectFaults DROPS = new EffectFaults(0.1, 0, 0, 0, 0);
    private static final EffectFaults DELAYS = new EffectFaults(0, 0, 0.1, 1, 1);

    private static List<Action<Input>> passes(boolean withTime) {
        List<Action<Input>> actions = new ArrayList<>();
        for (int from = 0; from < 3; from++) {
            for (int to = 0; to < 3; to++) {
                if (from != to) {
                    actions.add(Action.apply(from, new Pass(to)));
                }
            }
        }
        if (withTime) {
            actions.add(Action.advance(1));
        }
        return actions;
    }

    private static ExhaustiveSearchBuilder<Holder, Input, Handoff> search(StateMachine<Holder, Input, Handoff> machine, EffectFaults faults) {
        return ExhaustiveSearch.builder(machine).initialStates(Token.start(3)).alphabet(passes(false))
                .router(Token.ROUTER).faults(faults).expect(Token.AT_MOST_ONE_HOLDER).depth(6);
    }

    @Test
    void theCorrectProtocolHoldsUnderEveryFateOfEveryMessage() {
        ExhaustiveResult<Input> result = search(Token.CORRECT, new EffectFaults(0.1, 0.1, 0.1, 1, 1))
                .expectStep(Token.STALE_GRANT_CHANGES_NOTHING)
                .expectStep(Token.STALE_GRANT_ARRIVES)
                .build().run().assertHolds();

        assertThat(result.exhausted()).isTrue();
        assertThat(result.sometimes().get(Token.STALE_GRANT_ARRIVES.name())).isPositive();
        assertThat(result.transitions()).isGreaterThan(result.statesExplored());
    }

    /** Without duplicates no grant is ever stale, so the planted bug cannot show: the branch exists only with the fault. */
    /**
     * A search without checks that read steps builds no transitions for them; it must still explore exactly
     * the same states along exactly the same edges as one that reads every step.
     */
    @Test
    void checksThatReadStepsDoNotChangeWhatIsExplored() {
        EffectFaults everyFate = new EffectFaults(0.1, 0.1, 0.1, 1, 1);
        ExhaustiveResult<Input> reading = search(Token.CORRECT, everyFate)
                .expectStep(Token.STALE_GRANT_CHANGES_NOTHING).build().run().assertHolds();
        ExhaustiveResult<Input> notReading = search(Token.CORRECT, everyFate).build().run().assertHolds();

        assertThat(notReading.statesExplored()).isEqualTo(reading.statesExplored()).isGreaterThan(100);
        assertThat(notReading.transitions()).isEqualTo(reading.transitions());
    }

    @Test
    void withoutFaultsThePlantedBugStaysHiddenAndNoStaleGrantArrives() {
        ExhaustiveResult<Input> result = search(Token.ACCEPTS_STALE_GRANT, EffectFaults.NONE)
                .expectStep(Token.STALE_GRANT_ARRIVES).build().run();

        assertThat(result.counterexample()).isEmpty();
        assertThat(result.unreached()).containsExactly(Token.STALE_GRANT_ARRIVES.name());
        assertThatThrownBy(result::assertHolds).hasMessageContaining("never reached by any explored step: 'a stale grant arrives'");
    }

    @Test
    void aDuplicatedGrantExposesThePlantedBugByItsShortestPath() {
        ExhaustiveResult<Input> result = search(Token.ACCEPTS_STALE_GRANT, DUPLICATES).build().run();

        assertThat(result.counterexample()).hasValueSatisfying(c -> {
            assertThat(c.invariant()).isEqualTo("at most one instance holds the token");
            assertThat(c.moves()).containsExactly(
                    new Move.Act<>(Action.apply(0, new Pass(1))),
                    new Move.Duplicate<>(0, 1, new Grant(2)),
                    new Move.Act<>(Action.apply(1, new Pass(0))),
                    new Move.Deliver<>(0, 1, new Grant(2)),
                    new Move.Deliver<>(1, 0, new Grant(3)));
            assertThat(c.path()).containsExactly(Action.apply(0, new Pass(1)), Action.apply(1, new Pass(0)));
            assertThat(c.describe()).contains("shortest path (5 moves)", "2. duplicate(0 -> 1, Grant[epoch=2])");
        });
    }

    /** The fencing rule as a transition invariant catches the stale grant one move earlier, when it is accepted. */
    @Test
    void theTransitionInvariantCatchesTheStaleGrantWhenItIsAccepted() {
        ExhaustiveResult<Input> result = search(Token.ACCEPTS_STALE_GRANT, DUPLICATES)
                .expectStep(Token.STALE_GRANT_CHANGES_NOTHING).build().run();

        assertThat(result.counterexample()).hasValueSatisfying(c -> {
            assertThat(c.invariant()).isEqualTo("a grant with a stale epoch never changes the holder");
            assertThat(c.moves()).hasSize(4).last().isEqualTo(new Move.Deliver<>(0, 1, new Grant(2)));
            assertThat(c.violations()).containsExactly("instance 1 took epoch 2 having seen 2");
        });
    }

    @Test
    void aDroppedGrantNeverArrives() {
        ExhaustiveResult<Input> result = ExhaustiveSearch.builder(Token.CORRECT).initialStates(Token.start(3)).alphabet(passes(true))
                .router(Token.ROUTER).faults(DROPS).expect(Token.ARRIVES_PROMPTLY).depth(4).build().run();

        assertThat(result.counterexample()).hasValueSatisfying(c -> assertThat(c.moves()).containsExactly(
                new Move.Act<>(Action.apply(0, new Pass(1))), new Move.Drop<>(0, 1, new Grant(2)), new Move.Act<>(Action.advance(1))));
    }

    /** Without delays time waits for messages in flight, as in the harness; with delays it may pass first. */
    @Test
    void timePassesWhileAGrantIsInFlightOnlyWithDelays() {
        ExhaustiveSearchBuilder<Holder, Input, Handoff> prompt = ExhaustiveSearch.builder(Token.CORRECT).initialStates(Token.start(3))
                .alphabet(passes(true)).router(Token.ROUTER).expect(Token.ARRIVES_PROMPTLY).depth(5);
        prompt.build().run().assertHolds();

        ExhaustiveResult<Input> delayed = prompt.faults(DELAYS).build().run();
        assertThat(delayed.counterexample()).hasValueSatisfying(c -> assertThat(c.moves()).containsExactly(
                new Move.Act<>(Action.apply(0, new Pass(1))), new Move.Act<>(Action.advance(1))));
    }

    @Test
    void theSearchReportsWhatItExploredAndItsRateFromTheCallersClock() {
        long[] nanos = {0};
        List<String> progress = new ArrayList<>();
        ExhaustiveResult<Input> result = search(Token.CORRECT, DUPLICATES).depth(3)
                .clock(() -> nanos[0] += 1_000_000).progress(progress::add).build().run().assertHolds();

        assertThat(progress).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("exhaustive search: "));
        assertThat(progress.get(3)).contains("depth 3 completed");
        assertThat(result.elapsedNanos()).isPresent();
        assertThat(result.summary()).matches(result.statesExplored() + " states, " + result.transitions()
                + " transitions, depth 3 completed, \\d+ ms, \\d+ states/s");
    }

    /** Instance 0 forwards "a" or "b" to instance 1, which keeps the set of letters it received. */
    record Received(TreeSet<String> letters) {
    }

    private static final StateMachine<Received, String, String> FORWARD = (state, input, now) -> {
        if (input.equals("A") || input.equals("B")) {
            return Step.of(state, input.toLowerCase(java.util.Locale.ROOT));
        }
        TreeSet<String> letters = new TreeSet<>(state.letters());
        letters.add(input);
        return Step.of(new Received(letters));
    };

    /**
     * With delays any letter in flight may arrive next, so [a, b] and [b, a] in flight are one state. Counted by
     * hand per depth: 1 (start) + 2 (one letter in flight) + 5 ([a, a], [a, b], [b, b], a received, b received)
     * + 8 (three in flight four ways, or one received and one in flight four ways) = 16.
     */
    @Test
    void withDelaysTheOrderOfEffectsInFlightDoesNotMakeNewStates() {
        ExhaustiveResult<String> result = ExhaustiveSearch.builder(FORWARD)
                .instances(2, new Received(new TreeSet<>()))
                .alphabet(List.of(Action.apply(0, "A"), Action.apply(0, "B")))
                .router((from, letter) -> Optional.of(new Addressed<>(1, letter)))
                .faults(DELAYS)
                .expect(Expectation.always("instance 0 receives nothing", view ->
                        view.state(0).letters().isEmpty() ? List.of() : List.of("instance 0 received " + view.state(0).letters())))
                .depth(3)
                .build().run().assertHolds();

        assertThat(result.statesExplored()).isEqualTo(16);
    }
}
