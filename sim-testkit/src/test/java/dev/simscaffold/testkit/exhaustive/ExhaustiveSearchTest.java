package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.harness.Invariant;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.harness.TransitionInvariant;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.List;
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

    static final Invariant<Buffer> WITHIN_CAPACITY = Invariant.of("buffer holds at most 2 items", (buffers, now) -> {
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
                .invariant(WITHIN_CAPACITY)
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
                .invariant(WITHIN_CAPACITY)
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
        Invariant<Lease> expiresWithinTen = Invariant.of("a lease expires within 10 ticks", (leases, now) ->
                leases.stream().filter(l -> now.ticks() - l.grantedAt() > 10).map(l -> "lease from " + l.grantedAt() + " alive at " + now).toList());

        ExhaustiveResult<String> result = ExhaustiveSearch.builder(neverExpires)
                .instances(1, new Lease(0))
                .alphabet(List.of(Action.apply(0, "renew"), Action.advance(4)))
                .invariant(expiresWithinTen)
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
                .invariant(WITHIN_CAPACITY)
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
        builder.invariant(WITHIN_CAPACITY);
        assertThatThrownBy(builder::build).hasMessageContaining("targets instance 3");
        assertThatThrownBy(() -> Action.advance(0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> Action.apply(-1, Op.PUT)).hasMessageContaining("got -1");
    }

    private static final TransitionInvariant<Buffer, Op> NEVER_SHRINKS = TransitionInvariant.of("the buffer never shrinks", t ->
            t.after().size() < t.before().size() ? List.of("shrank from " + t.before().size() + " to " + t.after().size()) : List.of());

    /** PUT then TAKE leads back to the initial, already seen state: the transition is judged all the same. */
    @Test
    void transitionInvariantsJudgeEveryStepIncludingThoseIntoSeenStates() {
        ExhaustiveResult<Op> result = ExhaustiveSearch.builder(buffer(false))
                .instances(1, new Buffer(0))
                .alphabet(List.of(Action.apply(0, Op.PUT), Action.apply(0, Op.TAKE)))
                .transitionInvariant(NEVER_SHRINKS)
                .depth(6)
                .build()
                .run();

        assertThat(result.counterexample()).hasValueSatisfying(c -> {
            assertThat(c.path()).containsExactly(Action.apply(0, Op.PUT), Action.apply(0, Op.TAKE));
            assertThat(c.invariant()).isEqualTo("the buffer never shrinks");
            assertThat(c.violations()).containsExactly("shrank from 1 to 0");
        });
    }
}
