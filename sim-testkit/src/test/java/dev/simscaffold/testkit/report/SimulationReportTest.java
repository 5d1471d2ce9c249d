package dev.simscaffold.testkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class SimulationReportTest {

    private record Scenario(List<Long> amounts, SimRandom random) {
    }

    private static final Gen<Scenario> SCENARIOS = Gen.zip(Gen.lists(Gen.longs(1, 20), 0, 30), Gen.liveRandom(), Scenario::new);

    /** Totals must stay below 25: false, so the property fails, shrinks and reports. */
    private static PropertyFailedError failingProperty() {
        return catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(SCENARIOS).seed(7).check(scenario -> {
            SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE)
                    .context(new SimContext(scenario.random())).instances(1, new Total(0))
                    .faults(FaultConfig.builder().effects(e -> e.dropRate(0.2)).build()).expect(Tally.below(25)).build();
            scenario.amounts().forEach(amount -> harness.apply(0, new Add(amount)));
        }));
    }

    @Test
    void aFailedSimulationPropertyReportsInTheOrderAReaderNeeds() {
        PropertyFailedError error = failingProperty();
        String report = error.report();

        assertThat(report).startsWith("invariant violated: totals stay below 25\n  total 25\n");
        Scenario shrunkScenario = (Scenario) error.result().shrunk().value();
        assertThat(shrunkScenario.amounts()).hasSize(2).satisfies(amounts -> assertThat(amounts.get(0) + amounts.get(1)).isEqualTo(25));
        int seed = report.indexOf("seed " + error.result().failingSeed());
        int replay = report.indexOf("replay just this case:");
        int shrunk = report.indexOf("Shrunk counterexample");
        int events = report.indexOf("last ");
        int files = report.indexOf("full trace: ");
        assertThat(List.of(seed, replay, shrunk, events, files)).allMatch(i -> i > 0).isSorted();
        assertThat(report).contains("-Dsim.seed=" + error.result().failingSeed())
                .contains("VIOLATION totals stay below 25 total 25")
                .contains("sequence diagram: target/sim-traces/SimulationReportTest.aFailedSimulationPropertyReportsInTheOrderAReaderNeeds.seed_" + error.result().failingSeed() + ".md");
    }

    @Test
    void theFullTraceIsWrittenAsTextAndMermaid() throws IOException {
        PropertyFailedError error = failingProperty();
        InvariantViolationError violation = (InvariantViolationError) error.result().shrunk().failure();
        String base = "SimulationReportTest.theFullTraceIsWrittenAsTextAndMermaid.seed_" + violation.seed();

        String text = Files.readString(TraceFiles.DIRECTORY.resolve(base + ".txt"));
        assertThat(text).contains("invariant violated: totals stay below 25", "trace fingerprint " + violation.trace().fingerprintHex())
                .contains(violation.trace().timeline());
        String markdown = Files.readString(TraceFiles.DIRECTORY.resolve(base + ".md"));
        assertThat(markdown).startsWith("# SimulationReportTest#theFullTraceIsWrittenAsTextAndMermaid: totals stay below 25")
                .contains("```mermaid\nsequenceDiagram", "-Dsim.seed=" + violation.seed());
    }

    /** The replay command's -Dsim.seed reruns the failing case and shrinks it to the very same run. */
    @Test
    void replayingTheReportedSeedReproducesTheSameFingerprint() {
        PropertyFailedError first = failingProperty();
        String fingerprint = ((InvariantViolationError) first.result().shrunk().failure()).trace().fingerprintHex();

        String previous = System.getProperty("sim.seed");
        System.setProperty("sim.seed", Long.toString(first.result().failingSeed()));
        try {
            PropertyFailedError replayed = failingProperty();
            assertThat(replayed.result().triesRun()).isEqualTo(1);
            assertThat(((InvariantViolationError) replayed.result().shrunk().failure()).trace().fingerprintHex()).isEqualTo(fingerprint);
        } finally {
            if (previous == null) {
                System.clearProperty("sim.seed");
            } else {
                System.setProperty("sim.seed", previous);
            }
        }
    }

    /** The configuration parameter the EngineTestKit runs below set, which {@link PlainSimulationTest} needs to run. */
    private static final String FIXTURE_RUN = "simscaffold.fixture";

    /**
     * A test that fails on purpose, run only through EngineTestKit below: Surefire skips nested classes, and a
     * {@code -Dtest} pattern that selects it anyway (such as {@code dev/simscaffold/testkit/**}) finds it disabled.
     */
    @ExtendWith({SimulationReportExtension.class, SimulationReportTest.OnlyAsFixture.class})
    static class PlainSimulationTest {
        @Test
        void overflows() {
            SimHarness<Total, Add, Reported> harness = Tally.harness(99, FaultConfig.none(), 10);
            harness.apply(0, new Add(6));
            harness.apply(0, new Add(6));
        }
    }

    /** Disables a fixture unless the engine that runs it was given {@value #FIXTURE_RUN}. */
    static final class OnlyAsFixture implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(FIXTURE_RUN).isPresent() ? ConditionEvaluationResult.enabled("run as a fixture")
                    : ConditionEvaluationResult.disabled("a fixture that fails on purpose; SimulationReportTest runs it through EngineTestKit");
        }
    }

    /** Runs {@link PlainSimulationTest} as the fixture it is. */
    private static Events plainSimulationFailures() {
        return EngineTestKit.engine("junit-jupiter").configurationParameter(FIXTURE_RUN, "true").selectors(selectClass(PlainSimulationTest.class))
                .execute().testEvents().failed();
    }

    @Test
    void theExtensionStopsAPlainTestAtTheEventStopAtNames() {
        System.setProperty("sim.stopAt", "2");
        try {
            Events failed = plainSimulationFailures();
            Throwable thrown = failed.list().get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
                    .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).orElseThrow();
            assertThat(thrown).isInstanceOf(dev.simscaffold.core.trace.TraceStop.StoppedAtEvent.class)
                    .hasMessageStartingWith("stopped right after event #2 as -Dsim.stopAt asked");
            assertThat(((dev.simscaffold.core.trace.TraceStop.StoppedAtEvent) thrown).trace().size()).isEqualTo(3);
        } finally {
            System.clearProperty("sim.stopAt");
        }
    }

    @Test
    void theExtensionGivesPlainSimulationTestsTheSameReport() {
        Events failed = plainSimulationFailures();

        assertThat(failed.count()).isEqualTo(1);
        Throwable thrown = failed.list().get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).orElseThrow();
        assertThat(thrown).isInstanceOf(SimulationFailedError.class).hasCauseInstanceOf(InvariantViolationError.class);
        assertThat(thrown.getMessage()).startsWith("invariant violated: totals stay below 10\n  total 12\n")
                .contains("-Dtest='SimulationReportTest$PlainSimulationTest#overflows' -Dsim.seed=99")
                .contains("full trace: target/sim-traces/SimulationReportTest$PlainSimulationTest.overflows.seed_99.txt");
        assertThat(Path.of("target/sim-traces/SimulationReportTest$PlainSimulationTest.overflows.seed_99.md")).exists();
    }
}
