package dev.simscaffold.testkit.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult.Verdict;
import dev.simscaffold.testkit.report.SimulationFailedError;
import dev.simscaffold.testkit.report.TraceFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A model checker's counterexample is an ordinary replayable run: its failure is the report of a random
 * failure (trace file, Mermaid diagram, replay command), and the printed command's {@code -Dsim.path} makes the
 * model check replay that path instead of searching, with the same fingerprint. A malformed path, or one the
 * code no longer makes, is refused naming the value or the move; a path that breaks nothing fails too.
 */
class PathReplayTest {

    private static final Set<GossipBug> BUG = EnumSet.of(GossipBug.NOT_EQUAL_DEDUP);
    private static final Pattern PATH = Pattern.compile("-Dsim\\.path=(\\S+)");

    /** The planted bug's search, run once for the tests that read its counterexample. */
    private static ModelCheckResult<Sync> searched;

    private static NetworkModelCheckBuilder<Sync> planted() {
        return GossipModelCheckTest.gossip(BUG).depth(8);
    }

    private static ModelCheckResult<Sync> searched() {
        if (searched == null) {
            searched = planted().build().bfs();
        }
        return searched;
    }

    /** Runs {@code check} with {@code -Dsim.path} set as the replay command sets it. */
    private static <T> T withPath(String path, Supplier<T> check) {
        System.setProperty(ModelPath.PROPERTY, path);
        try {
            return check.get();
        } finally {
            System.clearProperty(ModelPath.PROPERTY);
        }
    }

    private static String printedPath(String text) {
        Matcher matcher = PATH.matcher(text);
        assertThat(matcher.find()).as("a -Dsim.path in:%n%s", text).isTrue();
        return matcher.group(1);
    }

    @Test
    void thePrintedCommandReplaysThePlantedBugToTheSameFingerprint() {
        NetworkCounterexample<Sync> found = searched().counterexample().orElseThrow();
        assertThat(found.replayCommand()).contains("-Dtest='PathReplayTest#thePrintedCommandReplaysThePlantedBugToTheSameFingerprint'")
                .endsWith(" -Dsim.path=" + found.path().encoded());
        String printed = printedPath(found.replayCommand());

        for (Supplier<ModelCheckResult<Sync>> check : List.<Supplier<ModelCheckResult<Sync>>>of(() -> planted().build().bfs(),
                () -> planted().build().dfs(), () -> planted().depth(1).build().bfs())) {
            ModelCheckResult<Sync> replayed = withPath(printed, check);
            assertThat(replayed.verdict()).isEqualTo(Verdict.VIOLATED);
            NetworkCounterexample<Sync> again = replayed.counterexample().orElseThrow();
            assertThat(again.fingerprint()).as(again.describe()).isEqualTo(found.fingerprint());
            assertThat(again.expectation()).isEqualTo(found.expectation());
            assertThat(again.violations()).isEqualTo(found.violations());
            assertThat(again.moves()).isEqualTo(found.moves());
            assertThat(again.path()).isEqualTo(found.path());
            assertThat(again.replay().trace().fingerprint()).isEqualTo(found.fingerprint());
            assertThat(replayed.states()).as("no search: the path's states only").isEqualTo(found.moves().size());
        }
    }

    @Test
    void aFailedCheckReportsThePathLikeARandomFailureWithTraceFilesAndASequenceDiagram() throws Exception {
        NetworkCounterexample<Sync> found = searched().counterexample().orElseThrow();
        SimulationFailedError failure = assertThrows(SimulationFailedError.class, () -> searched().assertHoldsWithinDepth());
        String report = failure.getMessage();
        assertThat(report).startsWith("invariant violated: " + GossipModelCheckTest.MONOTONIC)
                .contains("path " + found.path().encoded() + ", step ")
                .contains("replay just this case:\n  " + found.replayCommand())
                .contains("model-check path: " + (found.moves().size() - 1) + " moves after the start")
                .contains("full trace: ").contains("sequence diagram: ")
                .contains("System.setProperty(\"sim.path\", \"" + found.path().encoded() + "\");")
                .contains("violated, ");
        assertThat(printedPath(report)).isEqualTo(found.path().encoded());

        String base = TraceFiles.pathBaseName("PathReplayTest#aFailedCheckReportsThePathLikeARandomFailureWithTraceFilesAndASequenceDiagram",
                String.format("%016x", found.fingerprint()));
        String text = Files.readString(TraceFiles.DIRECTORY.resolve(base + ".txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("replay: " + found.replayCommand()).contains("trace fingerprint " + String.format("%016x", found.fingerprint()))
                .contains(found.moves().get(found.moves().size() - 1).label()).contains("timeline:");
        String diagram = Files.readString(TraceFiles.DIRECTORY.resolve(base + ".md"), StandardCharsets.UTF_8);
        assertThat(diagram).contains("Path `" + found.path().encoded() + "`. Replay:").contains("```mermaid").contains("sequenceDiagram");

        SimulationFailedError replayed = assertThrows(SimulationFailedError.class,
                () -> withPath(printedPath(report), () -> planted().build().bfs().assertHoldsWithinDepth()));
        assertThat(replayed.getMessage()).as("the replay fails with the same report, but for the summary of what it explored")
                .startsWith(report.substring(0, report.lastIndexOf("(violated, ")));
        assertThat(Path.of(TraceFiles.DIRECTORY.toString(), base + ".txt")).exists();
    }

    // DOCS:begin docs/guide/05-exploration-and-model-checking.md
    @Test
    void aCounterexampleIsAReplayableRun() {
        NetworkModelCheckBuilder<Sync> check = GossipModelCheckTest.gossip(EnumSet.of(GossipBug.NOT_EQUAL_DEDUP)).depth(8);
        ModelCheckResult<Sync> result = check.build().bfs();
        NetworkCounterexample<Sync> found = result.counterexample().orElseThrow();
        String command = found.replayCommand();   // ./mvnw test -Dtest='...' -Dsim.path=0_a0_a0_0_0_0_2_1
        assertThrows(SimulationFailedError.class, result::assertHoldsWithinDepth);   // the report, trace files, diagram

        System.setProperty("sim.path", found.path().encoded());   // what the command's -Dsim.path does
        try {
            NetworkCounterexample<Sync> again = check.build().bfs().counterexample().orElseThrow();   // replayed, not searched
            assertEquals(found.fingerprint(), again.fingerprint());
            assertTrue(command.endsWith(" -Dsim.path=" + again.path().encoded()));
        } finally {
            System.clearProperty("sim.path");
        }
    }
    // DOCS:end

    /**
     * The report the guide shows for {@link #aCounterexampleIsAReplayableRun()} is the one this check prints:
     * each line of it (but the elided events) is a line of the report, the test's name aside.
     */
    @Test
    void theGuideShowsTheReportThisCheckPrints() throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "guide", "05-exploration-and-model-checking.md"), StandardCharsets.UTF_8);
        int from = guide.indexOf("```\n", guide.indexOf("For the gossip bug above:")) + 4;
        List<String> shown = guide.substring(from, guide.indexOf("```", from)).lines().filter(line -> !line.equals("  ...")).toList();
        String report = assertThrows(SimulationFailedError.class, () -> searched().assertHoldsWithinDepth()).getMessage()
                .replace("theGuideShowsTheReportThisCheckPrints", "aCounterexampleIsAReplayableRun");
        assertThat(shown).hasSizeGreaterThan(15);
        assertThat(report.lines().toList()).containsAll(shown);
    }

    @Test
    void aPathIsShortStableTextThatReadsBackAsItself() {
        ModelPath path = ModelPath.parse("0_a1_2.0.1.0_0_3_L1.1_a0.1");
        assertThat(path.start()).isEmpty();
        assertThat(path.moves()).containsExactly(new ModelPath.Step(1, List.of()), new ModelPath.Step(ModelPath.EVENT, List.of(2, 0, 1)),
                new ModelPath.Step(ModelPath.EVENT, List.of()), new ModelPath.Step(ModelPath.EVENT, List.of(3)),
                new ModelPath.Step(ModelPath.EVENT, List.of(1, 1)), new ModelPath.Step(0, List.of(1)));
        assertThat(path.loopStart()).isEqualTo(4);
        assertThat(path.encoded()).as("trailing zero draws are left out").isEqualTo("0_a1_2.0.1_0_3_L1.1_a0.1");
        assertThat(ModelPath.parse(path.encoded())).isEqualTo(path);
        NetworkCounterexample<Sync> found = searched().counterexample().orElseThrow();
        assertThat(ModelPath.parse(found.path().encoded())).isEqualTo(found.path());
        assertThat(found.path().encoded()).as("short enough for a command line").hasSizeLessThan(80).matches("[0-9a._L]+");
    }

    @Test
    void aMalformedPathIsRefusedNamingTheValue() {
        for (String bad : List.of("0_x_1", "0__1", "0_a_1", "0_1.-2", "0_L1_L2", "0_99999999999", " _1")) {
            assertThatThrownBy(() -> ModelPath.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("sim.path \"" + bad + "\" is not a model-check path");
        }
        assertThatThrownBy(() -> withPath("0_1_q", () -> planted().build().bfs())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim.path \"0_1_q\"").hasMessageContaining("move 2 (\"q\")");
    }

    @Test
    void aPathTheCodeNoLongerMakesFailsNamingTheMove() {
        NetworkCounterexample<Sync> found = searched().counterexample().orElseThrow();
        int actions = 2;
        assertThatThrownBy(() -> withPath("0_a" + actions, () -> planted().build().bfs())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("sim.path: move 1 (action a2) no longer applies to this code: this check has 2 actions [a0 put k=a, a1 put k=b]");
        assertThatThrownBy(() -> withPath("0_a0_a1_a0", () -> planted().build().bfs())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("move 3 (action a0 (put k=a)) no longer applies to this code: it cannot be made here");
        assertThatThrownBy(() -> withPath("0_a0_9", () -> planted().build().bfs())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("move 2 (an event) no longer applies to this code: its draw 0 is 9 in the path, outside the values");
        assertThatThrownBy(() -> withPath("0_0.0.0.0.0.0.0.0.0.1", () -> planted().build().bfs())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("move 1 (an event) no longer applies to this code: it draws 2 values now, the path gives 10");

        String path = found.path().encoded();
        assertThatThrownBy(() -> withPath(path, () -> GossipModelCheckTest.gossip(BUG).inputBudget(1).depth(8).build().bfs()))
                .as("the same path on a model that allows one input").isInstanceOf(AssertionError.class)
                .hasMessageMatching("(?s)sim\\.path: move \\d+ \\(action a\\d \\(put k=.\\)\\) no longer applies to this code: it cannot be made here.*");
    }

    @Test
    void aPathThatBreaksNothingFailsSayingSoInsteadOfPassing() {
        NetworkCounterexample<Sync> found = searched().counterexample().orElseThrow();
        String path = found.path().encoded();
        assertThatThrownBy(() -> withPath(path, () -> GossipModelCheckTest.gossip(Set.of()).depth(8).build().bfs().assertHoldsWithinDepth()))
                .as("the fixed protocol makes the same moves, and none breaks the check").isInstanceOf(AssertionError.class)
                .hasMessageContaining("sim.path=" + path + ": every one of its " + (found.moves().size() - 1) + " moves applies, but no expectation broke");
    }

    @Test
    void aLassoReplaysAsALassoAndACycleThatNoLongerClosesIsReported() {
        Expectation<NetworkView<String>> someoneWins = Expectation.eventually("one node wins the turn",
                view -> view.all(Claimer.class).stream().anyMatch(c -> c.phase() == Claimer.Phase.WON) ? List.of() : List.of("nobody won"));
        Supplier<NetworkModelCheckBuilder<String>> livelock = () -> NetworkModelCheck
                .network(context -> SimNetwork.nodes(2, Claimer.factory(true))).timeShiftInvariant().expect(someoneWins).depth(40);
        NetworkCounterexample<String> lasso = livelock.get().build().bfs().counterexample().orElseThrow();
        assertThat(lasso.path().loopStart()).isNotNegative();
        assertThat(lasso.path().encoded()).contains("_L");
        NetworkCounterexample<String> again = withPath(lasso.path().encoded(), () -> livelock.get().build().bfs()).counterexample().orElseThrow();
        assertThat(again.expectation()).isEqualTo(lasso.expectation());
        assertThat(again.violations()).isEqualTo(lasso.violations());
        assertThat(again.fingerprint()).isEqualTo(lasso.fingerprint());

        ModelPath path = lasso.path();
        ModelPath open = new ModelPath(path.start(), path.moves().subList(0, path.moves().size() - 1), path.loopStart());
        if (path.moves().size() - path.loopStart() > 1) {
            assertThatThrownBy(() -> withPath(open.encoded(), () -> livelock.get().build().bfs())).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("the cycle no longer closes");
        }
    }

    @Test
    void aRunThatEndsUnmetReplaysToTheSameLivenessFailure() {
        Expectation<NetworkView<String>> allPinged = Expectation.eventually("every node has both pings",
                view -> view.all(Pinger.class).stream().allMatch(p -> p.received() == 2) ? List.of() : List.of("a ping is missing"));
        Supplier<NetworkModelCheckBuilder<String>> lossy = () -> NetworkModelCheck
                .network(context -> SimNetwork.nodes(3, Pinger.factory(3, 1)).faults(NetworkFaults.builder().lossRate(0.5).build()))
                .expect(allPinged).depth(30).losses(1);
        NetworkCounterexample<String> found = lossy.get().build().bfs().counterexample().orElseThrow();
        assertThat(found.moves()).anyMatch(move -> move.label().contains("sent lost"));
        NetworkCounterexample<String> again = withPath(found.path().encoded(), () -> lossy.get().build().bfs()).counterexample().orElseThrow();
        assertThat(again.violations()).isEqualTo(found.violations()).first().isEqualTo("the run ends without meeting it");
        assertThat(again.fingerprint()).isEqualTo(found.fingerprint());
    }
}
