package dev.simscaffold.core.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.HarnessView;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's sim-core tour compiling and true: the code between the markers appears in README.md
 * verbatim, which sim-testkit's {@code ReadmeSnippetsTest} checks.
 */
class ReadmeExampleTest {

    // DOCS:begin docs/guide/01-first-simulation.md
    /** A bounded counter: adds are applied only while the total stays within the cap. */
    record Counter(long total, long cap) {
    }

    record Add(long amount) {
    }

    record Added(long total) {
    }

    static final StateMachine<Counter, Add, Added> COUNTER = (counter, add, now) -> {
        long next = counter.total() + add.amount();
        if (next > counter.cap()) {
            return Step.of(counter);                       // refused: no state change, no effect
        }
        return Step.of(new Counter(next, counter.cap()), new Added(next));
    };

    static final Expectation<HarnessView<Counter>> WITHIN_CAP = Expectation.always("total never exceeds the cap", view ->
            view.states().stream()
                    .filter(c -> c.total() > c.cap())
                    .map(c -> "total " + c.total() + " > cap " + c.cap())
                    .toList());

    static long simulate(StateMachine<Counter, Add, Added> machine, long seed) {
        SimHarness<Counter, Add, Added> harness = SimHarness.builder(machine)
                .seed(seed)                                  // same seed => same run, on every JDK
                .instances(3, new Counter(0, 100))
                .faults(FaultConfig.mild())                  // drop/duplicate/delay effects, jump the clock
                .expect(WITHIN_CAP)                       // checked after every step
                .build();
        SimRandom inputs = harness.context().fork("inputs"); // test inputs come from the same seed
        for (int step = 0; step < 200; step++) {
            harness.apply(inputs.nextInt(3), new Add(inputs.between(1, 10)));
            harness.advance(inputs.between(0, 2));
        }
        return harness.trace().fingerprint();                // 64 bits that identify the whole run
    }
    // DOCS:end

    @Test
    void theExampleHoldsItsInvariantAndReplays() {
        assertThat(simulate(COUNTER, 42)).isEqualTo(simulate(COUNTER, 42));
        assertThat(simulate(COUNTER, 42)).isNotEqualTo(simulate(COUNTER, 43));
    }

    @Test
    void forgettingTheCapIsCaught() {
        StateMachine<Counter, Add, Added> forgetful = (counter, add, now) ->
                Step.of(new Counter(counter.total() + add.amount(), counter.cap()), List.of());
        assertThatThrownBy(() -> simulate(forgetful, 42))
                .isInstanceOf(InvariantViolationError.class)
                .hasMessageContaining("total never exceeds the cap")
                .hasMessageContaining("seed 42, step ");
    }
}
