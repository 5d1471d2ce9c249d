package dev.simscaffold.testkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.history.KvModel;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.corpus.RunVerdict;
import dev.simscaffold.corpus.raft.RaftBug;
import dev.simscaffold.corpus.raft.RaftCluster;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftRole;
import dev.simscaffold.corpus.raft.RaftScenarios;
import dev.simscaffold.corpus.raft.RaftServer;
import dev.simscaffold.corpus.raft.RaftSetup;
import dev.simscaffold.testkit.history.HistoryAssert;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A report fits a screen whatever failed: at most {@value SimulationReport#MAX_LINES} lines, the first
 * {@value SimulationReport#HEAD_LINES} holding the verdict, the seed and strategy, the replay command, the
 * shrunk counterexample and the faults that fired. Checked on the largest failures the project can produce:
 * the corpus Raft's Figure 8 and stale leader read (thousands of events, a long history explanation), and a
 * deliberately oversized one (an unshrunk list of hundreds of elements, a violation with a hundred messages and
 * hundreds of faults).
 */
class ReportSizeTest {

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static void assertFitsAScreen(PropertyFailedError error, String verdict) {
        List<String> lines = error.report().lines().toList();
        List<String> head = lines.subList(0, Math.min(lines.size(), SimulationReport.HEAD_LINES));

        assertThat(lines).as("report:%n%s", error.report()).hasSizeLessThanOrEqualTo(SimulationReport.MAX_LINES)
                .allMatch(line -> line.length() <= SimulationReport.MAX_WIDTH || line.contains("-Dsim.seed="), "no line wider than a screen but the replay commands");
        assertThat(head.get(0)).startsWith(verdict);
        assertThat(head).as("the head:%n%s", String.join("\n", head))
                .anyMatch(line -> line.startsWith("seed " + error.result().failingSeed()) && line.contains("(strategy uniform)"))
                .anyMatch(line -> line.equals("replay just this case:"))
                .anyMatch(line -> line.contains("-Dsim.seed=" + error.result().failingSeed()))
                .anyMatch(line -> line.startsWith("Shrunk counterexample ("))
                .anyMatch(line -> line.startsWith("Faults that fired"));
        assertThat(lines).anyMatch(line -> line.startsWith("full trace: "));
        assertThat(lines.stream().filter(line -> line.startsWith("trace: "))).as("where the trace comes from, in the head")
                .allMatch(head::contains);
    }

    @Test
    void theRaftFigure8FailureFits() {
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.longs(0, 1_000_000))
                .seed(8).tries(3).maxShrinkAttempts(10).printTo(quiet).check(seed -> {
                    RunVerdict verdict = RaftScenarios.figure8(seed, EnumSet.of(RaftBug.FIGURE_8_COMMIT));
                    if (!verdict.passed()) {
                        throw new AssertionError(verdict.report());
                    }
                }));

        assertFitsAScreen(error, "java.lang.AssertionError: invariant violated: leader completeness");
        assertThat(error.report()).contains("trace: re-run once with a full trace (the failure carries none)");
    }

    @Test
    void theRaftStaleLeaderReadFits() {
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.longs(0, 1_000_000))
                .seed(3).tries(20).maxShrinkAttempts(10).printTo(quiet).check(ReportSizeTest::leaderCutOffWithAClient));

        assertFitsAScreen(error, "history is not linearizable against kv");
        assertThat(error.report()).contains("events around the first operation that cannot be placed");
    }

    /** The corpus script of the stale read, ending in a history assertion instead of a verdict. */
    private static void leaderCutOffWithAClient(long seed) {
        RaftCluster cluster = RaftCluster.start(seed, RaftSetup.correct().withBugs(EnumSet.of(RaftBug.STALE_LEADER_READ)).withWorkloadTicks(600));
        SimNetwork<RaftMessage> network = cluster.network();
        network.runUntil(view -> view.all(RaftServer.class).stream().anyMatch(s -> s.role() == RaftRole.LEADER && s.commitIndex() >= 4), 1_000);
        RaftServer old = cluster.leader().orElseThrow();
        List<NodeId> majority = new java.util.ArrayList<>(cluster.serverIds());
        majority.remove(old.id());
        majority.add(NodeId.of(4));
        network.partition(List.of(old.id(), NodeId.of(3)), majority);
        network.run(500);
        network.heal();
        network.run(200);
        HistoryAssert.assertThat(cluster.history().history()).isLinearizable(KvModel.kv());
    }

    private record Oversized(List<Integer> values, SimRandom random) {
    }

    @Test
    void anOversizedFailureFits() {
        Gen<Oversized> huge = Gen.zip(Gen.lists(Gen.ints(0, 1_000), 400, 400), Gen.liveRandom(), Oversized::new);
        PropertyFailedError error = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(huge)
                .seed(1).tries(1).maxShrinkAttempts(0).printTo(quiet).check(scenario -> {
                    SimHarness<Integer, Integer, Integer> harness = SimHarness.<Integer, Integer, Integer>builder((sum, x, now) -> Step.of(sum + x, x))
                            .context(new SimContext(scenario.random())).instances(1, 0)
                            .faults(FaultConfig.builder().effects(e -> e.dropRate(0.5).duplicateRate(0.3))
                                    .clock(c -> c.jumpRate(0.5).maxJumpTicks(3)).build())
                            .expect(Expectation.always("the sum stays small", view -> view.state(0) < 150_000 ? List.of()
                                    : IntStream.range(0, 100).mapToObj(i -> "complaint " + i + " about " + view.state(0)).toList()))
                            .build();
                    scenario.values().forEach(x -> harness.apply(0, x));
                }));

        assertFitsAScreen(error, "invariant violated: the sum stays small");
        assertThat(error.report()).contains("characters; whole in the trace file)").contains("more (all in the trace file)")
                .contains("more lines (the whole message is in");
    }
}
