package dev.simscaffold.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.Invariant;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Keeps the examples of {@code docs/property-engine.md} compiling and true: the code between the
 * {@code docs:begin} and {@code docs:end} markers is copied verbatim into the document. Each example is
 * also shown to fail when it should.
 */
class DocsExampleTest {

    // docs:begin sorting
    @Test
    void sortingKeepsEveryElementInOrder() {
        Properties.forAll(Gen.lists(Gen.ints(-1000, 1000), 0, 50))
                .tries(500)
                .classify(list -> list.size() < 2 ? "trivial" : "interesting")
                .check(list -> assertThat(sort(list)).isSorted().containsExactlyInAnyOrderElementsOf(list));
    }
    // docs:end sorting

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

    // docs:begin simulation
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
                    .faults(FaultConfig.builder().effectDropRate(0.1).effectDuplicateRate(0.1).build())
                    .effectSink((instance, acked, at) -> clientKnows[0] = Math.max(clientKnows[0], acked))
                    .invariant(Invariant.of("the client knows the count once it reaches 3", (states, now) ->
                            states.get(0) >= 3 && clientKnows[0] != states.get(0)
                                    ? List.of("count " + states.get(0) + ", client knows " + clientKnows[0])
                                    : List.of()))
                    .build();
            scenario.commands().forEach(command -> harness.apply(0, command));
        });
    }
    // docs:end simulation

    /**
     * The examples in the user docs are exactly the code above. The docs live in
     * {@code docs/property-engine.md} until they are folded into the README; either location counts.
     */
    @Test
    void theUserDocsShowTheseExamplesVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/simscaffold/testkit/docs/DocsExampleTest.java"));
        String docs = readDocs();

        for (String name : List.of("sorting", "simulation")) {
            assertThat(docs).as("docs example " + name).contains(snippet(source, name));
        }
    }

    private static String readDocs() throws IOException {
        for (Path candidate : List.of(Path.of("../docs/property-engine.md"), Path.of("../README.md"))) {
            if (Files.exists(candidate) && Files.readString(candidate).contains("Properties.forAll")) {
                return Files.readString(candidate);
            }
        }
        throw new AssertionError("no user docs with the property engine examples in ../docs/property-engine.md or ../README.md");
    }

    /** The lines between the markers, without the class body's four-space indent. */
    private static String snippet(String source, String name) {
        String begin = "// docs:begin " + name + "\n";
        int from = source.indexOf("// docs:begin " + name + "\n") + begin.length() - 1;
        int to = source.lastIndexOf("\n", source.indexOf("// docs:end " + name));
        return source.substring(from, to).lines()
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(Collectors.joining("\n"));
    }

    /** The simulation example has a planted bug (acknowledgements are not reliable): it must fail, shrunk. */
    @Test
    void theSimulationExampleFailsWithThreeIncrementsAndOneLostAck() {
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, this::theClientLearnsTheCountOnceItReachesThree);

        Scenario shrunk = (Scenario) error.result().shrunk().value();
        assertThat(shrunk.commands()).containsExactly(Command.INCREMENT, Command.INCREMENT, Command.INCREMENT);
        assertThat(error.result().shrunk().choices().toString()).endsWith("effects: [F, F, F, F, T]");
        assertThat(error.getMessage()).contains("invariant violated: the client knows the count once it reaches 3")
                .contains("-Dtest=DocsExampleTest#theSimulationExampleFailsWithThreeIncrementsAndOneLostAck -Dsim.seed="
                        + error.result().failingSeed())
                .contains("replay with -Dsim.seed=" + error.result().failingSeed());
        assertThat(error.getMessage().lines().findFirst()).hasValueSatisfying(first -> assertThat(first)
                .startsWith("Property DocsExampleTest#theSimulationExampleFailsWithThreeIncrementsAndOneLostAck falsified"));
    }
}
