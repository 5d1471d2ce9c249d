package dev.simscaffold.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.harness.Transition;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.CoverageTally;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A property that never reaches the situation it exists for passes vacuously; with
 * {@code expectSometimes} it fails instead, naming the condition no try reached.
 */
class SometimesPropertyTest {

    record Scenario(List<Integer> inputs, SimRandom random) {
    }

    private static final Gen<Scenario> SCENARIOS = Gen.zip(Gen.lists(Gen.ints(0, 10), 0, 10), Gen.liveRandom(), Scenario::new);

    private final PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static void run(Scenario scenario, CoverageTally tally, Expectation<Transition<Integer, Integer>> condition) {
        SimHarness<Integer, Integer, Integer> harness = SimHarness.<Integer, Integer, Integer>builder((sum, x, now) -> Step.of(sum + x))
                .context(new SimContext(scenario.random())).instances(1, 0).expectStep(condition).build();
        scenario.inputs().forEach(x -> harness.apply(0, x));
        tally.add(harness.coverage());
    }

    @Test
    void aConditionSomeTryReachesLetsThePropertyPass() {
        CoverageTally tally = new CoverageTally();
        Expectation<Transition<Integer, Integer>> reachable = Expectation.sometimes("the sum passes 20", step -> step.after() > 20);

        Properties.forAll(SCENARIOS).seed(1).printTo(out).expectSometimes(tally).check(scenario -> run(scenario, tally, reachable));

        assertThat(tally.coverage().sometimes().get("the sum passes 20")).isPositive();
    }

    @Test
    void aConditionNoTryReachesFailsTheProperty() {
        CoverageTally tally = new CoverageTally();
        Expectation<Transition<Integer, Integer>> unreachable = Expectation.sometimes("the sum passes 1000", step -> step.after() > 1000);

        assertThatThrownBy(() -> Properties.forAll(SCENARIOS).seed(1).printTo(out).expectSometimes(tally)
                .check(scenario -> run(scenario, tally, unreachable)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("sometimes conditions never reached in 200 runs: 'the sum passes 1000'");
    }
}
