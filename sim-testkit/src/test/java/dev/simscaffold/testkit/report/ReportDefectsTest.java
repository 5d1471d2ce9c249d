package dev.simscaffold.testkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.history.Inconsistent;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.history.Operation;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.primarybackup.PbScenario;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupBug;
import dev.simscaffold.corpus.primarybackup.PrimaryBackupCluster;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftSetup;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import dev.simscaffold.testkit.history.HistoryAssert;
import dev.simscaffold.testkit.history.HistoryViolationError;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The five report defects of issue #28, each pinned: a fingerprint-only run's report (it threw), a history
 * failure's faults, timeline and trace files (it had none), the window around the first impossible
 * operation (it showed the end of the run), heals and restarts with consequences grouped under their cause
 * (drops to a crashed node were listed one by one, heals and restarts never), and the choice sequence in the
 * trace file (it ended the report on one long line).
 */
class ReportDefectsTest {

    private record Scenario(List<Long> amounts, SimRandom random) {
    }

    private static final Gen<Scenario> SCENARIOS = Gen.zip(Gen.lists(Gen.longs(1, 20), 0, 30), Gen.liveRandom(), Scenario::new);

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private PropertyFailedError totalsProperty(TraceMode mode, Runnable eachRun) {
        return catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(SCENARIOS).seed(7).printTo(quiet).check(scenario -> {
            SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE).context(new SimContext(scenario.random()))
                    .instances(1, new Total(0)).traceMode(mode).expect(Tally.below(25)).build();
            eachRun.run();
            harness.trace().record(LogicalTime.ZERO, EventKind.NOTE, "test", "", "run " + RUNS.get());
            scenario.amounts().forEach(amount -> harness.apply(0, new Add(amount)));
        }));
    }

    private static final AtomicInteger RUNS = new AtomicInteger();

    private static String file(String report, String label) throws IOException {
        Matcher path = Pattern.compile(label + ": (\\S+)").matcher(report);
        assertThat(path.find()).as("%s in%n%s", label, report).isTrue();
        return Files.readString(Path.of(path.group(1)));
    }

    /** Defect 1: the report of a fingerprint-only run is built from one re-run with a full trace, checked by fingerprint. */
    @Test
    void aFingerprintOnlyFailureIsReRunOnceWithAFullTraceOfTheSameFingerprint() throws IOException {
        PropertyFailedError error = totalsProperty(TraceMode.FINGERPRINT_ONLY, () -> { });
        InvariantViolationError violation = (InvariantViolationError) error.result().shrunk().failure();
        String report = error.report();

        assertThat(violation.trace().mode()).isEqualTo(TraceMode.FINGERPRINT_ONLY);
        assertThat(report).startsWith("invariant violated: totals stay below 25\n")
                .contains("trace: re-run once with a full trace (the run kept fingerprints only): same fingerprint "
                        + violation.trace().fingerprintHex())
                .doesNotContain(FailedRun.NONDETERMINISTIC);
        String trace = file(report, "full trace");
        assertThat(trace).contains("trace fingerprint " + violation.trace().fingerprintHex() + " (" + violation.trace().size() + " events)")
                .contains("\ntimeline:\n")
                .doesNotContain("FINGERPRINT_ONLY trace");
        assertThat(trace.lines().filter(line -> line.matches("  t=\\d+ #\\d+ .*"))).hasSize((int) violation.trace().size());
    }

    /** Defect 1, the other way: a re-run that is not the same run says so plainly instead of showing it. */
    @Test
    void aReRunWithAnotherFingerprintIsCalledNondeterministic() {
        PropertyFailedError error = totalsProperty(TraceMode.FINGERPRINT_ONLY, RUNS::incrementAndGet);

        assertThat(error.report()).contains("trace: " + FailedRun.NONDETERMINISTIC + ": the re-run with a full trace is not the failing run (fingerprint ")
                .contains("shown: the last events the failing run kept");
        assertThat(error.report().lines().limit(SimulationReport.HEAD_LINES)).as("said in the head")
                .anyMatch(line -> line.startsWith("trace: " + FailedRun.NONDETERMINISTIC + ": "));
    }

    private static PropertyFailedError staleReads() {
        return catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(PbScenario.SCENARIOS).seed(20261207L).tries(300)
                .printTo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .check(scenario -> HistoryAssert.assertThat(PrimaryBackupCluster.run(scenario, EnumSet.of(PrimaryBackupBug.READS_FROM_BACKUPS)))
                        .isLinearizable(KvModel.kv())));
    }

    /** Defects 2 and 3: a history failure gets faults, a timeline around its first impossible operation and trace files. */
    @Test
    void aHistoryFailureShowsTheEventsAroundItsFirstImpossibleOperation() throws IOException {
        PropertyFailedError error = staleReads();
        HistoryViolationError violation = (HistoryViolationError) error.result().shrunk().failure();
        Operation<?, ?> first = ((Inconsistent<?, ?>) violation.result()).first();
        String report = error.report();

        assertThat(report).startsWith("history is not linearizable against kv")
                .contains("trace: re-run once with a full trace (the failure carries none): it failed the same way")
                .containsPattern("Faults that fired up to that operation(: none| \\(\\d+ actions?.*\\):)")
                .contains("events around the first operation that cannot be placed, " + first.describe());
        String window = report.substring(report.indexOf("events around the first operation"), report.indexOf("full trace:"));
        assertThat(window).as("the invocation of %s", first.describe()).containsPattern("t=" + first.invokeTime() + " #\\d+ HISTORY_INVOKE " + first.client());
        String trace = file(report, "full trace");
        assertThat(trace).contains("HISTORY_INVOKE").contains("\ntimeline:\n");
        String lastEvent = trace.lines().filter(line -> line.matches("  t=\\d+ #\\d+ .*")).reduce((a, b) -> b).orElseThrow();
        if (first.completeTime() < Long.parseLong(lastEvent.replaceAll("^  t=(\\d+) .*", "$1")) - 20) {
            assertThat(window).as("the window is where the operation was, not the end of the run").doesNotContain(lastEvent);
        }
        assertThat(file(report, "sequence diagram")).contains("```mermaid");
    }

    /** Defect 4, end to end: a report lists heals and restarts, and a crashed node's dropped messages under its crash. */
    @Test
    void aReportShowsHealsAndRestartsAndGroupsDropsUnderTheCrash() {
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.longs(1, 3)).seed(1).tries(1)
                .maxShrinkAttempts(0).printTo(quiet).check(seed -> {
                    SimNetwork<RaftMessage> network = RaftCluster.start(seed, RaftSetup.correct().withClients(0)).network();
                    network.run(200);
                    network.partition(List.of(NodeId.of(0)), List.of(NodeId.of(1), NodeId.of(2)));
                    network.run(50);
                    network.heal();
                    network.powerLoss(NodeId.of(1));
                    network.run(100);
                    network.restart(NodeId.of(1));
                    network.run(20);
                    throw new InvariantViolationError("planted", List.of("after a heal and a restart"), seed, network.events(), network.now(),
                            network.trace());
                }));
        String report = error.report();
        String faults = report.substring(report.indexOf("Faults that fired"), report.indexOf("last "));

        assertThat(faults).containsPattern("\n  t=\\d+ HEAL network all\n")
                .containsPattern("\n  t=\\d+ CRASH node-1 power loss\n      then POWER_LOSS ")
                .containsPattern("\n      then \\d+ messages? to node-1 dropped while it was down\n")
                .containsPattern("\n  t=\\d+ RESTART node-1 ")
                .doesNotContain("(destination crashed)");
    }

    /** Defect 5: the shrunk case's choices are in the trace file, not in the report. */
    @Test
    void theChoiceSequenceGoesToTheTraceFile() throws IOException {
        PropertyFailedError error = totalsProperty(TraceMode.FULL, () -> { });
        String encoded = error.result().shrunk().choices().encoded();

        assertThat(error.report()).doesNotContain("Shrunk choices").doesNotContain(encoded);
        assertThat(file(error.report(), "full trace")).contains("choices: ").contains("encoded (for -Dsim.replay): " + encoded);
    }
}
