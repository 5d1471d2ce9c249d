package dev.simscaffold.testkit.sweep;

import static dev.simscaffold.testkit.fixtures.SimProperties.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.trace.Coverage;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedSweepTest {

    private static List<Long> seedsRun(String name, long count, Map<String, String> properties) {
        List<Long> seen = new ArrayList<>();
        with(properties, () -> SeedSweep.named(name).seeds(count).firstSeed(100).run(seen::add));
        return seen;
    }

    @Test
    void runsEverySeedOfTheRangeAndWritesASummary() throws IOException {
        assertThat(seedsRun("plain", 5, Map.of())).containsExactly(100L, 101L, 102L, 103L, 104L);
        String json = Files.readString(SeedSweep.SUMMARY_DIRECTORY.resolve("plain-shard-0-of-1.json"));
        assertThat(json).contains("\"name\": \"plain\"", "\"shard\": \"0/1\"", "\"firstSeed\": 100", "\"seedsRun\": 5", "\"failed\": 0");
    }

    @Test
    void commandLinePropertiesSteerTheRange() {
        assertThat(seedsRun("replay", 50, Map.of("sim.seed", "7"))).containsExactly(7L);
        assertThat(seedsRun("count", 50, Map.of("sim.seeds", "3"))).containsExactly(100L, 101L, 102L);
        assertThat(seedsRun("shard", 10, Map.of("sim.shard", "1/3"))).containsExactly(103L, 104L, 105L);
    }

    /** Whatever the range and shard count, the shards cover every seed exactly once. */
    @Test
    void shardsPartitionTheRange() {
        for (int shards = 1; shards <= 7; shards++) {
            for (long total = 1; total <= 40; total++) {
                List<Long> all = new ArrayList<>();
                for (int i = 0; i < shards; i++) {
                    ShardSpec shard = new ShardSpec(i, shards);
                    for (long k = shard.sliceStart(total); k < shard.sliceEnd(total); k++) {
                        all.add(k);
                    }
                }
                List<Long> expected = new ArrayList<>();
                for (long k = 0; k < total; k++) {
                    expected.add(k);
                }
                assertThat(all).as("%d seeds over %d shards", total, shards).isEqualTo(expected);
            }
        }
    }

    @Test
    void failuresAreCollectedReportedAndReplayable() throws IOException {
        assertThatThrownBy(() -> with(Map.of(), () -> SeedSweep.named("failing").seeds(10).run(seed -> {
            if (seed == 3 || seed == 7) {
                throw new AssertionError("invariant violated: seed " + seed + "\nmore detail");
            }
        })))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("sweep failing: 2 of 10 seeds failed (shard 0/1)")
                .hasMessageContaining("failing seeds: 3 7")
                .hasMessageContaining("-Dtest='SeedSweepTest#failuresAreCollectedReportedAndReplayable' -Dsim.seed=3")
                .hasMessageContaining("first failure (seed 3)")
                .hasMessageContaining("invariant violated: seed 3\nmore detail");
        String json = Files.readString(SeedSweep.SUMMARY_DIRECTORY.resolve("failing-shard-0-of-1.json"));
        assertThat(json).contains("\"failed\": 2", "{\"seed\": 3, \"strategy\": \"uniform\", \"message\": \"AssertionError: invariant violated: seed 3\"}");
    }

    @Test
    void aSimulationFailureGetsTheFullReportAndTraceFiles() {
        assertThatThrownBy(() -> with(Map.of(), () -> SeedSweep.named("tally").seeds(5).run(seed -> {
            SimHarness<Total, Add, Reported> harness = Tally.harness(seed, FaultConfig.none(), 10);
            harness.apply(0, new Add(seed * 3));
        })))
                .hasMessageContaining("sweep tally: 1 of 5 seeds failed")
                .hasMessageContaining("first failure (seed 4):\ninvariant violated: totals stay below 10\n  total 12")
                .hasMessageContaining("-Dsim.seed=4")
                .hasMessageContaining("full trace: target/sim-traces/SeedSweepTest.aSimulationFailureGetsTheFullReportAndTraceFiles.seed_4.txt");
    }

    @Test
    void stopsAfterTooManyFailures() {
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> with(Map.of(), () -> SeedSweep.named("stops").seeds(100).maxFailures(2).run(seed -> {
            seen.add(seed);
            throw new IllegalStateException("broken");
        }))).hasMessageContaining("2 of 2 seeds failed");
        assertThat(seen).containsExactly(0L, 1L);
    }

    @Test
    void badSettingsAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> seedsRun("bad", 5, Map.of("sim.shard", "3/3"))).hasMessageContaining("[0, 3)").hasMessageContaining("got 3");
        assertThatThrownBy(() -> seedsRun("bad", 5, Map.of("sim.shard", "x/2"))).hasMessageContaining("\"x/2\"");
        assertThatThrownBy(() -> seedsRun("bad", 5, Map.of("sim.shard", "1"))).hasMessageContaining("\"1\"");
        assertThatThrownBy(() -> seedsRun("bad", 5, Map.of("sim.seeds", "0"))).hasMessageContaining("sim.seeds must be >= 1, got 0");
        assertThatThrownBy(() -> seedsRun("bad", 5, Map.of("sim.seeds", "many"))).hasMessageContaining("\"many\"");
        assertThatThrownBy(() -> seedsRun("bad", 5, Map.of("sim.seed", "abc"))).hasMessageContaining("\"abc\"");
        assertThatThrownBy(() -> SeedSweep.named("../escape")).hasMessageContaining("../escape");
        assertThatThrownBy(() -> SeedSweep.named("ok").seeds(0)).hasMessageContaining("got 0");
    }

    /** #25 item 1: the strategy goes beside each seed, in the summary and the replay command. */
    @Test
    void theStrategyIsRecordedBesideEachSeed() throws java.io.IOException {
        assertThatThrownBy(() -> with(Map.of(), () -> SeedSweep.named("strategy").strategy(dev.simscaffold.core.explore.Strategy.pct(3)).seeds(3)
                .run(seed -> {
                    throw new IllegalStateException("broken");
                }))).hasMessageContaining("-Dsim.seed=0 -Dsim.strategy=pct:3");
        String json = java.nio.file.Files.readString(java.nio.file.Path.of("target", "sim-sweeps", "strategy-shard-0-of-1.json"));
        assertThat(json).contains("\"strategy\": \"pct:3\",\n  \"firstSeed\": 0", "{\"seed\": 2, \"strategy\": \"pct:3\", \"message\"");
    }

    @Test
    void summariesEscapeTheirStrings() {
        SweepSummary summary = new SweepSummary("s", ShardSpec.ALL, "uniform", 0, 1, List.of(new SweepSummary.Failure(1, "a \"quoted\" \\ line\tx")));
        assertThat(summary.toJson()).contains("\"message\": \"a \\\"quoted\\\" \\\\ line\\tx\"");
    }

    private static SimHarness<Total, Add, Reported> counting(long seed) {
        SimHarness<Total, Add, Reported> harness = SimHarness.builder(Tally.MACHINE).seed(seed).instances(1, new Total(0))
                .expectStep(Expectation.sometimes("a total reaches 3", t -> t.after().value() == 3))
                .expectStep(Expectation.sometimes("a total goes negative", t -> t.after().value() < 0))
                .build();
        harness.apply(0, new Add(seed % 4));
        return harness;
    }

    @Test
    void aSweepFailsNamingTheSometimesConditionsNoSeedReached() {
        assertThatThrownBy(() -> with(Map.of(), () -> SeedSweep.named("coverage").seeds(8).runSimulations(SeedSweepTest::counting)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("sweep coverage: sometimes conditions never reached in 8 runs: 'a total goes negative'")
                .hasMessageNotContaining("'a total reaches 3' NEVER");
    }

    @Test
    void aReplayedSeedReturnsItsCoverageWithoutJudgingIt() {
        Coverage coverage = with(Map.of("sim.seed", "1"), () -> SeedSweep.named("coverage-replay").seeds(8).runSimulations(SeedSweepTest::counting));
        assertThat(coverage.sometimes()).containsEntry("a total reaches 3", 0L).containsEntry("a total goes negative", 0L);
    }
}
