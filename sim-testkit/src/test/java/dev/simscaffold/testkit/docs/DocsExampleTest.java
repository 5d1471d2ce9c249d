package dev.simscaffold.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Keeps the property-engine examples of the docs compiling and true: the code between the
 * {@code DOCS:begin} and {@code DOCS:end} markers appears verbatim in the file the marker names (checked by
 * {@code ReadmeSnippetsTest}). Each example is also shown to fail when it should.
 */
class DocsExampleTest {

    // DOCS:begin docs/guide/04-properties-and-shrinking.md
    @Test
    void sortingKeepsEveryElementInOrder() {
        Properties.forAll(Gen.lists(Gen.ints(-1000, 1000), 0, 50))
                .tries(500)
                .classify(list -> list.size() < 2 ? "trivial" : "interesting")
                .check(list -> assertThat(sort(list)).isSorted().containsExactlyInAnyOrderElementsOf(list));
    }
    // DOCS:end

    private static List<Integer> sort(List<Integer> list) {
        return list.stream().sorted().toList();
    }

    /** A sort that loses duplicates: the same property must catch it and shrink to two equal zeros. */
    @Test
    void theSortingPropertyCatchesASortThatLosesDuplicates() {
        UnaryOperator<List<Integer>> buggySort = list -> list.stream().distinct().sorted().toList();

        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, () -> Properties
                .forAll(Gen.lists(Gen.ints(-1000, 1000), 0, 50)).seed(1)
                .check(list -> assertThat(buggySort.apply(list)).isSorted().containsExactlyInAnyOrderElementsOf(list)));

        assertThat(error.result().shrunk().value()).isEqualTo(List.of(0, 0));
    }

    // DOCS:begin docs/guide/04-properties-and-shrinking.md
    // A property over a simulation, with a planted bug: acknowledgements can be lost. Call it from a @Test.
    enum Command { READ, INCREMENT }

    record Scenario(List<Command> commands, SimRandom random) {
    }

    void theClientLearnsTheCountOnceItReachesThree() {
        Gen<Scenario> scenarios = Gen.zip(
                Gen.lists(Gen.pick(Command.READ, Command.INCREMENT), 0, 40),
                Gen.liveRandom(),
                Scenario::new);
        Properties.forAll(scenarios).check(scenario -> {
            int[] clientKnows = {0};
            SimHarness<Integer, Command, Integer> harness = SimHarness.<Integer, Command, Integer>builder(
                            (count, command, now) -> command == Command.INCREMENT
                                    ? Step.of(count + 1, count + 1)
                                    : Step.of(count))
                    .context(new SimContext(scenario.random()))
                    .instances(1, 0)
                    .faults(FaultConfig.builder().effects(e -> e.dropRate(0.1).duplicateRate(0.1)).build())
                    .effectSink((instance, acked, at) -> clientKnows[0] = Math.max(clientKnows[0], acked))
                    .expect(Expectation.always("the client knows the count once it reaches 3", view ->
                            view.state(0) >= 3 && clientKnows[0] != view.state(0)
                                    ? List.of("count " + view.state(0) + ", client knows " + clientKnows[0])
                                    : List.of()))
                    .build();
            scenario.commands().forEach(command -> harness.apply(0, command));
        });
    }
    // DOCS:end

    /** The simulation example has a planted bug (acknowledgements are not reliable): it must fail, shrunk. */
    @Test
    void theSimulationExampleFailsWithThreeIncrementsAndOneLostAck() {
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, this::theClientLearnsTheCountOnceItReachesThree);

        Scenario shrunk = (Scenario) error.result().shrunk().value();
        assertThat(shrunk.commands()).containsExactly(Command.INCREMENT, Command.INCREMENT, Command.INCREMENT);
        assertThat(error.result().shrunk().choices().toString()).endsWith("effects: [F, F, F, F, T]");
        assertThat(error.report()).contains("invariant violated: the client knows the count once it reaches 3")
                .contains("-Dtest='DocsExampleTest#theSimulationExampleFailsWithThreeIncrementsAndOneLostAck' -Dsim.seed="
                        + error.result().failingSeed())
                .contains("seed " + error.result().failingSeed() + ", step ");
        assertThat(error.report())
                .startsWith("invariant violated: the client knows the count once it reaches 3")
                .contains("Property DocsExampleTest#theSimulationExampleFailsWithThreeIncrementsAndOneLostAck falsified");
    }
}
