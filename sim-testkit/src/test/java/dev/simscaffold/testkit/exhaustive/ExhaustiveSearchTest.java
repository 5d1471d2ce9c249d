package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.harness.HarnessView;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.harness.Transition;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExhaustiveSearchTest {

    /** A bounded buffer of capacity 2; the buggy variant's off-by-one lets a third item in. */
    record Buffer(int size) {
    }

    enum Op { PUT, TAKE }

    static StateMachine<Buffer, Op, String> buffer(boolean offByOne) {
        return (buffer, op, now) -> {
            if (op == Op.PUT) {
                boolean room = offByOne ? buffer.size() <= 2 : buffer.size() < 2;
                return room ? Step.of(new Buffer(buffer.size() + 1)) : Step.of(buffer);
            }
            return buffer.size() > 0 ? Step.of(new Buffer(buffer.size() - 1)) : Step.of(buffer);
        };
    }

    static final Expectation<HarnessView<Buffer>> WITHIN_CAPACITY = Expectation.always("buffer holds at most 2 items", view -> {
        List<Buffer> buffers = view.states();
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < buffers.size(); i++) {
            if (buffers.get(i).size() > 2) {
                violations.add("buffer " + i + " holds " + buffers.get(i).size());
            }
        }
        return violations;
    });

    @Test
    void findsTheKnownBugAtItsKnownDepthWithTheShortestPath() {
        ExhaustiveResult<Op> result = ExhaustiveSearch.builder(buffer(true))
                .instances(2, new Buffer(0))
                .alphabet(List.of(Action.apply(0, Op.TAKE), Action.apply(1, Op.TAKE), Action.apply(0, Op.PUT), Action.apply(1, Op.PUT)))
                .expect(WITHIN_CAPACITY)
                .depth(8)
                .build()
                .run();

        assertThat(result.counterexample()).hasValueSatisfying(counterexample -> {
            assertThat(counterexample.path()).containsExactly(Action.apply(0, Op.PUT), Action.apply(0, Op.PUT), Action.apply(0, Op.PUT));
            assertThat(counterexample.invariant()).isEqualTo("buffer holds at most 2 items");
            assertThat(counterexample.violations()).containsExactly("buffer 0 holds 3");
        });
        assertThatThrownBy(result::assertHolds)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("buffer holds at most 2 items")
                .hasMessageContaining("shortest path (3 moves)")
                .hasMessageContaining("3. apply(0, PUT)");
    }

    @Test
    void provesTheCorrectVersionAndDeduplicatesStatesByValue() {
        ExhaustiveResult<Op> result = ExhaustiveSearch.builder(buffer(false))
                .instances(2, new Buffer(0))
                .alphabet(List.of(Action.apply(0, Op.PUT), Action.apply(0, Op.TAKE), Action.apply(1, Op.PUT), Action.apply(1, Op.TAKE)))
                .expect(WITHIN_CAPACITY)
                .depth(12)
                .build()
                .run()
                .assertHolds();

        assertThat(result.exhausted()).isTrue();
        assertThat(result.statesExplored()).as("sizes 0..2 for each of 2 buffers").isEqualTo(9);
    }

    /** Time is an action too: a lease that is never released must expire, and a search over time finds when it does not. */
    @Test
    void exploresThePassageOfTime() {
        record Lease(long grantedAt) {
        }
        StateMachine<Lease, String, String> neverExpires = (lease, input, now) -> Step.of(lease);
        Expectation<HarnessView<Lease>> expiresWithinTen = Expectation.always("a lease expires within 10 ticks", view ->
                view.states().stream().filter(l -> view.now().ticks() - l.grantedAt() > 10)
                        .map(l -> "lease from " + l.grantedAt() + " alive at " + view.now()).toList());

        ExhaustiveResult<String> result = ExhaustiveSearch.builder(neverExpires)
                .instances(1, new Lease(0))
                .alphabet(List.of(Action.apply(0, "renew"), Action.advance(4)))
                .expect(expiresWithinTen)
                .depth(5)
                .build()
                .run();

        assertThat(result.counterexample()).hasValueSatisfying(c -> {
            assertThat(c.path()).containsExactly(Action.advance(4), Action.advance(4), Action.advance(4));
            assertThat(c.violations()).containsExactly("lease from 0 alive at " + LogicalTime.of(12));
        });
    }

    @Test
    void aStateLimitIsNotMistakenForAProof() {
        ExhaustiveResult<Op> result = ExhaustiveSearch.builder(buffer(false))
                .instances(2, new Buffer(0))
                .alphabet(List.of(Action.apply(0, Op.PUT), Action.apply(1, Op.PUT), Action.advance(1)))
                .expect(WITHIN_CAPACITY)
                .depth(20)
                .maxStates(50)
                .build()
                .run();

        assertThat(result.exhausted()).isFalse();
        assertThatThrownBy(result::assertHolds).hasMessageContaining("state limit").hasMessageContaining("50 states");
    }

    @Test
    void badConfigurationIsRejectedClearly() {
        var builder = ExhaustiveSearch.builder(buffer(false));
        assertThatThrownBy(() -> builder.depth(0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> builder.maxStates(-1)).hasMessageContaining("got -1");
        assertThatThrownBy(builder::build).hasMessageContaining("no instances");
        builder.instances(1, new Buffer(0));
        assertThatThrownBy(builder::build).hasMessageContaining("no alphabet");
        builder.alphabet(List.of(Action.apply(3, Op.PUT)));
        assertThatThrownBy(builder::build).hasMessageContaining("no depth");
        builder.depth(3);
        assertThatThrownBy(builder::build).hasMessageContaining("checks nothing");
        builder.expect(WITHIN_CAPACITY);
        assertThatThrownBy(builder::build).hasMessageContaining("targets instance 3");
        assertThatThrownBy(() -> Action.advance(0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> Action.apply(-1, Op.PUT)).hasMessageContaining("got -1");
    }

    private static final Expectation<Transition<Buffer, Op>> NEVER_SHRINKS = Expectation.always("the buffer never shrinks", t ->
            t.after().size() < t.before().size() ? List.of("shrank from " + t.before().size() + " to " + t.after().size()) : List.of());

    /** PUT then TAKE leads back to the initial, already seen state: the transition is judged all the same. */
    @Test
    void transitionInvariantsJudgeEveryStepIncludingThoseIntoSeenStates() {
        ExhaustiveResult<Op> result = ExhaustiveSearch.builder(buffer(false))
                .instances(1, new Buffer(0))
                .alphabet(List.of(Action.apply(0, Op.PUT), Action.apply(0, Op.TAKE)))
                .expectStep(NEVER_SHRINKS)
                .depth(6)
                .build()
                .run();

        assertThat(result.counterexample()).hasValueSatisfying(c -> {
            assertThat(c.path()).containsExactly(Action.apply(0, Op.PUT), Action.apply(0, Op.TAKE));
            assertThat(c.invariant()).isEqualTo("the buffer never shrinks");
            assertThat(c.violations()).containsExactly("shrank from 1 to 0");
        });
    }

    /** A check that throws is a failure of that expectation, under its name, with the shortest path to it. */
    @Test
    void aCheckThatThrowsIsReportedAsItsExpectationsViolation() {
        Expectation<HarnessView<Buffer>> broken = Expectation.always("the second buffer is never touched", view -> {
            if (view.state(1).size() > 0) {
                throw new IllegalStateException("buffer 1 holds " + view.state(1).size());
            }
            return List.of();
        });

        ExhaustiveResult<Op> result = ExhaustiveSearch.builder(buffer(false))
                .instances(2, new Buffer(0))
                .alphabet(List.of(Action.apply(0, Op.PUT), Action.apply(1, Op.PUT)))
                .expect(WITHIN_CAPACITY)
                .expect(broken)
                .depth(4)
                .build()
                .run();

        assertThat(result.counterexample()).hasValueSatisfying(c -> {
            assertThat(c.invariant()).isEqualTo("the second buffer is never touched");
            assertThat(c.path()).containsExactly(Action.apply(1, Op.PUT));
            assertThat(c.violations()).singleElement().asString()
                    .contains("the check of \"the second buffer is never touched\" threw")
                    .contains("IllegalStateException: buffer 1 holds 1");
        });
    }

    /** A sometimes check that throws is not "never reached": it is that expectation's failure, on the step that broke it. */
    @Test
    void aSometimesCheckThatThrowsIsNotMistakenForUnreached() {
        Expectation<Transition<Buffer, Op>> broken = Expectation.sometimes("a take empties a buffer", t -> {
            if (t.input() == Op.TAKE) {
                throw new IllegalStateException("cannot judge " + t.input());
            }
            return false;
        });

        ExhaustiveResult<Op> result = ExhaustiveSearch.builder(buffer(false))
                .instances(1, new Buffer(0))
                .alphabet(List.of(Action.apply(0, Op.PUT), Action.apply(0, Op.TAKE)))
                .expect(WITHIN_CAPACITY)
                .expectStep(broken)
                .depth(3)
                .build()
                .run();

        assertThat(result.counterexample()).hasValueSatisfying(c -> {
            assertThat(c.invariant()).isEqualTo("a take empties a buffer");
            assertThat(c.path()).containsExactly(Action.apply(0, Op.TAKE));
            assertThat(c.violations()).singleElement().asString().contains("cannot judge TAKE");
        });
    }

    /** A search bounded by depth cannot tell "not yet" from "never", so it refuses liveness, naming the expectation. */
    @Test
    void anEventuallyExpectationIsRefusedByName() {
        var builder = ExhaustiveSearch.builder(buffer(false));
        Expectation<HarnessView<Buffer>> drains = Expectation.eventually("every buffer drains", view ->
                view.states().stream().filter(b -> b.size() > 0).map(b -> "holds " + b.size()).toList());
        Expectation<Transition<Buffer, Op>> takes = Expectation.eventually("some step takes", t -> List.of());

        assertThatThrownBy(() -> builder.expect(drains))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eventually \"every buffer drains\"")
                .hasMessageContaining("ExhaustiveSearch checks always and sometimes expectations");
        assertThatThrownBy(() -> builder.expectStep(takes)).hasMessageContaining("eventually \"some step takes\"");
    }

    @Test
    void aSometimesNameIsTakenOnceAndSometimesAloneChecksNothing() {
        var builder = ExhaustiveSearch.builder(buffer(false)).instances(1, new Buffer(0))
                .alphabet(List.of(Action.apply(0, Op.PUT))).depth(2)
                .expect(Expectation.sometimes("a buffer fills", view -> view.state(0).size() == 2));

        assertThatThrownBy(() -> builder.expectStep(Expectation.sometimes("a buffer fills", t -> t.after().size() == 2)))
                .hasMessageContaining("a sometimes expectation named \"a buffer fills\" was already added");
        assertThatThrownBy(builder::build).hasMessageContaining("checks nothing");
    }

    /**
     * Sometimes expectations over states are counted on every explored step, as those over steps are and as the
     * harness counts them, and listed after them. Each new state's moves are explored once: from one item, PUT
     * fills the buffer and TAKE empties it; from two, PUT leaves it full.
     */
    @Test
    void sometimesOverStatesAreCountedOnEveryStepAndListedAfterThoseOverSteps() {
        ExhaustiveResult<Op> result = ExhaustiveSearch.builder(buffer(false))
                .instances(1, new Buffer(0))
                .alphabet(List.of(Action.apply(0, Op.PUT), Action.apply(0, Op.TAKE)))
                .expect(WITHIN_CAPACITY)
                .expect(Expectation.sometimes("a buffer is full", view -> view.state(0).size() == 2))
                .expectStep(Expectation.sometimes("a take empties a buffer", t -> t.input() == Op.TAKE && t.changed() && t.after().size() == 0))
                .depth(3)
                .build()
                .run()
                .assertHolds();

        assertThat(result.sometimes()).containsExactly(
                Map.entry("a take empties a buffer", 1L), Map.entry("a buffer is full", 2L));
    }
}
