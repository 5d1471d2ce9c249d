package dev.simscaffold.testkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceEvent;
import dev.simscaffold.core.trace.TraceStop;
import dev.simscaffold.corpus.RunVerdict;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftScenarios;
import dev.simscaffold.corpus.raft.RaftSetup;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import dev.simscaffold.testkit.replay.StopAt;
import dev.simscaffold.testkit.sweep.SeedSweep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Debugging a failure (#28 item 5): each node's state at the failing step in the trace file; replaying up to
 * event N and stopping there ({@code -Dsim.stopAt=N}); a JUnit test in the report that replays the case in an
 * IDE.
 */
class DebuggingAFailureTest {

    private record Scenario(List<Long> amounts, SimRandom random) {
    }

    private static final Gen<Scenario> SCENARIOS = Gen.zip(Gen.lists(Gen.longs(1, 20), 0, 30), Gen.liveRandom(), Scenario::new);

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @AfterEach
    void clearProperties() {
        System.clearProperty("sim.seed");
        System.clearProperty(StopAt.PROPERTY);
    }

    private static void totals(Scenario scenario) {
        SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE).context(new SimContext(scenario.random()))
                .instances(1, new Total(0)).expect(Tally.below(25)).build();
        scenario.amounts().forEach(amount -> harness.apply(0, new Add(amount)));
    }

    private PropertyFailedError totalsProperty() {
        return catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(SCENARIOS).seed(7).printTo(quiet)
                .check(DebuggingAFailureTest::totals));
    }

    private static String traceFile(String report) throws IOException {
        Matcher path = Pattern.compile("full trace: (\\S+)").matcher(report);
        assertThat(path.find()).isTrue();
        return Files.readString(Path.of(path.group(1)));
    }

    @Test
    void theTraceFileHoldsEachNodesStateAtTheFailingStep() throws IOException {
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.longs(0, 1_000))
                .seed(8).tries(1).maxShrinkAttempts(0).printTo(quiet).check(seed -> {
                    RunVerdict verdict = RaftScenarios.figure8(seed, EnumSet.of(RaftBug.FIGURE_8_COMMIT));
                    if (!verdict.passed()) {
                        throw new AssertionError(verdict.report());
                    }
                }));

        String trace = traceFile(error.report());
        assertThat(trace).contains("node states at the failing step (live nodes; a node not listed is down):");
        assertThat(trace.lines().filter(line -> line.matches("  node-\\d: node-\\d (LEADER|FOLLOWER|CANDIDATE) term \\d+ .*")))
                .as("the Raft servers up at the violation:%n%s", trace).hasSizeBetween(1, 3);
    }

    @Test
    void theTraceFileHoldsEachHarnessInstancesStateAtTheFailingStep() throws IOException {
        String trace = traceFile(totalsProperty().report());

        assertThat(trace).contains("node states at the failing step (live nodes; a node not listed is down):");
        assertThat(trace.lines().filter(line -> line.matches("  \\S+: Total\\[value=\\d+]")).map(line -> line.substring(line.indexOf("value=") + 6, line.length() - 1)))
                .as("the one instance, at or past the bound of 25:%n%s", trace).singleElement()
                .satisfies(value -> assertThat(Long.parseLong(value)).isGreaterThanOrEqualTo(25));
    }

    static final class NoToString {
        private final int term = 3;
        private final List<String> log = List.of("a", "b");
        private final Object opaque = new Object();
    }

    @Test
    void aNodeWithoutToStringIsShownFieldByField() {
        assertThat(NodeStates.describe(new NoToString())).isEqualTo("NoToString{term=3, log=[a, b], opaque=Object (no toString() of its own)}");
        assertThat(NodeStates.describe(RaftCluster.start(1, RaftSetup.correct().withClients(0)).servers().get(0)))
                .startsWith("node-0 FOLLOWER term 0");
    }

    @Test
    void stopAtReplaysUpToEventNAndStopsThere() {
        PropertyFailedError failed = totalsProperty();
        List<TraceEvent> original = ((InvariantViolationError) failed.result().original().failure()).trace().events();
        System.setProperty("sim.seed", Long.toString(failed.result().failingSeed()));
        System.setProperty(StopAt.PROPERTY, "3");

        TraceStop.StoppedAtEvent stopped = catchThrowableOfType(TraceStop.StoppedAtEvent.class,
                () -> Properties.forAll(SCENARIOS).seed(7).printTo(quiet).check(DebuggingAFailureTest::totals));

        assertThat(stopped).hasMessageStartingWith("stopped right after event #3 as -Dsim.stopAt asked");
        assertThat(stopped.trace().events()).as("the failing try, up to #3").isEqualTo(original.subList(0, 4));
        assertThat(original).hasSizeGreaterThan(4);
    }

    @Test
    void stopAtPastTheEndSaysTheRunEndedFirstAndABadValueIsNamed() {
        PropertyFailedError failed = totalsProperty();
        System.setProperty("sim.seed", Long.toString(failed.result().failingSeed()));
        System.setProperty(StopAt.PROPERTY, "100000");
        assertThatThrownBy(() -> Properties.forAll(SCENARIOS).seed(7).printTo(quiet).check(DebuggingAFailureTest::totals))
                .as("a failure before the event is the failure").isInstanceOf(InvariantViolationError.class);
        assertThatThrownBy(() -> SeedSweep.named("short").seeds(5)
                .run(seed -> Tally.harness(seed, FaultConfig.none(), 100).apply(0, new Add(1))))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("-Dsim.stopAt=100000: the replayed run ended after ")
                .hasMessageEndingWith(" events, before event #100000");

        System.setProperty(StopAt.PROPERTY, "-2");
        assertThatThrownBy(StopAt::requested).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sim.stopAt must be an event number >= 0 (the #N of a timeline), got \"-2\"");
    }

    @Test
    void stopAtWorksOnASweepsReplayedSeed() {
        System.setProperty("sim.seed", "99");
        System.setProperty(StopAt.PROPERTY, "1");
        TraceStop.StoppedAtEvent stopped = catchThrowableOfType(TraceStop.StoppedAtEvent.class, () -> SeedSweep.named("stop").seeds(5)
                .run(seed -> Tally.harness(seed, FaultConfig.none(), 100).apply(0, new Add(1))));
        assertThat(stopped.trace().size()).isEqualTo(2);
    }

    @Test
    void theReportPrintsAJUnitTestThatReplaysTheCase() throws Exception {
        PropertyFailedError error = totalsProperty();
        String report = error.report();
        long seed = error.result().failingSeed();

        assertThat(report).contains(String.join("\n",
                "replay in an IDE: paste into DebuggingAFailureTest, then run or debug it (-Dsim.stopAt=N in its run configuration stops at event #N):",
                "  @org.junit.jupiter.api.Test",
                "  void replay_theReportPrintsAJUnitTestThatReplaysTheCase() throws Exception {",
                "      System.setProperty(\"sim.seed\", \"" + seed + "\");",
                "      try {",
                "          theReportPrintsAJUnitTestThatReplaysTheCase();",
                "      } finally {",
                "          System.clearProperty(\"sim.seed\");",
                "      }",
                "  }"));

        // What the pasted test does: the case replays on the first try, the same run.
        System.setProperty("sim.seed", Long.toString(seed));
        try {
            PropertyFailedError replayed = totalsProperty();
            assertThat(replayed.result().triesRun()).isEqualTo(1);
            assertThat(((InvariantViolationError) replayed.result().shrunk().failure()).trace().fingerprint())
                    .isEqualTo(((InvariantViolationError) error.result().shrunk().failure()).trace().fingerprint());
        } finally {
            System.clearProperty("sim.seed");
        }
    }
}
