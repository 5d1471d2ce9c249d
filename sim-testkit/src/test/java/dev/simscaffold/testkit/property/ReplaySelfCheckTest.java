package dev.simscaffold.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import dev.simscaffold.testkit.report.SimulationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The replay self-check: a property whose failure does not come back from its seed and choices is reported as
 * "nondeterministic: this failure does not replay", with the first event where two of its runs part, and no
 * replay command; a deterministic failure keeps its replay command, unchanged.
 */
class ReplaySelfCheckTest {

    private record Scenario(List<Long> amounts, SimRandom random) {
    }

    private static final Gen<Scenario> SCENARIOS = Gen.zip(Gen.lists(Gen.longs(1, 20), 0, 30), Gen.liveRandom(), Scenario::new);

    /** The planted leak: a static counter every run reads, as a node that numbers its runs would. */
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    /** Adds the amounts to a tally that must stay below 25, noting {@code note()} in the trace first. */
    private PropertyFailedError totals(TraceMode mode, Supplier<String> note) {
        return catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(SCENARIOS).seed(7).printTo(quiet).check(scenario -> {
            SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE).context(new SimContext(scenario.random()))
                    .instances(1, new Total(0)).traceMode(mode).expect(Tally.below(25)).build();
            harness.trace().record(LogicalTime.ZERO, EventKind.NOTE, "node-0", "", note.get());
            scenario.amounts().forEach(amount -> harness.apply(0, new Add(amount)));
        }));
    }

    @Test
    void aFailureThatReadsAStaticCounterIsReportedAsNotReplayingWithItsFirstDivergence() throws IOException {
        PropertyFailedError error = totals(TraceMode.FINGERPRINT_ONLY, () -> "run " + RUNS.incrementAndGet());
        String report = error.report();

        assertThat(report).startsWith(SimulationReport.DOES_NOT_REPLAY + "\ninvariant violated: totals stay below 25\n")
                .contains(SimulationReport.NO_REPLAY + ":")
                .contains("shrunk case (")
                .contains("replay 1 failed the same way, with fingerprint ")
                .contains("run 1 replay 1, run 2 replay 2, simulation 1 of 1: first divergence at event #0:")
                .containsPattern("run 1: event #0 at t=0(ns)?, actor node-0, kind NOTE, detail run \\d+")
                .doesNotContain("-Dsim.seed")
                .doesNotContain("replay just this case")
                .doesNotContain("System.setProperty(\"sim.seed\"");
        assertThat(report.lines().limit(SimulationReport.HEAD_LINES)).as("said in the head, with the divergence")
                .contains(SimulationReport.DOES_NOT_REPLAY)
                .anyMatch(line -> line.contains("first divergence at event #0"));
        assertThat(error.getMessage()).contains(SimulationReport.DOES_NOT_REPLAY + ": replay 1 failed the same way")
                .doesNotContain("\n  replay: ").doesNotContain("-Dsim.seed");
        String traceFile = Files.readString(file(report, "full trace"));
        assertThat(traceFile).contains("replay: " + SimulationReport.NO_REPLAY).doesNotContain("-Dsim.seed");
        assertThat(Files.readString(file(report, "sequence diagram"))).contains(SimulationReport.DOES_NOT_REPLAY).doesNotContain("```sh");
    }

    @Test
    void aFullTraceFailureIsComparedWithItsReplayEventForEvent() {
        PropertyFailedError error = totals(TraceMode.FULL, () -> "order " + Integer.toHexString(System.identityHashCode(new Object())));

        assertThat(error.report()).startsWith(SimulationReport.DOES_NOT_REPLAY + "\n")
                .contains("run 1 the failing run, run 2 replay 1: first divergence at event #0:")
                .containsPattern("run 2: event #0 at t=0(ns)?, actor node-0, kind NOTE, detail order [0-9a-f]+")
                .doesNotContain("-Dsim.seed");
    }

    @Test
    void aFailureThatComesAndGoesWithoutASimulationSaysTheReplayPassed() {
        AtomicInteger calls = new AtomicInteger();
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.ints(0, 100)).seed(3)
                .printTo(quiet).check(value -> {
                    if (value > 10 && calls.incrementAndGet() % 7 == 1) {
                        throw new IllegalStateException("too big: " + value);
                    }
                }));

        assertThat(error.report()).startsWith(SimulationReport.DOES_NOT_REPLAY + "\njava.lang.IllegalStateException: too big: ")
                .contains("passed, where the failing run failed")
                .contains("the case ran no traced simulation")
                .doesNotContain("-Dsim.seed");
    }

    @Test
    void aDeterministicFailureStillPrintsItsReplayCommandUnchanged() throws IOException {
        PropertyFailedError error = totals(TraceMode.FINGERPRINT_ONLY, () -> "run");
        String report = error.report();
        String command = "-Dsim.seed=" + error.result().failingSeed();

        assertThat(report).startsWith("invariant violated: totals stay below 25\n")
                .contains("replay just this case:\n  ")
                .contains(command)
                .doesNotContain(SimulationReport.NO_REPLAY)
                .doesNotContain("nondeterministic");
        assertThat(error.getMessage()).contains("\n  replay: ").contains(command);
        assertThat(Files.readString(file(report, "full trace"))).containsPattern("replay: .*" + command);
    }

    private static Path file(String report, String label) {
        Matcher path = Pattern.compile(label + ": (\\S+)").matcher(report);
        assertThat(path.find()).as("%s in%n%s", label, report).isTrue();
        return Path.of(path.group(1));
    }
}
