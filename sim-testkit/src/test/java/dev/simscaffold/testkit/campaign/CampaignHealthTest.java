package dev.simscaffold.testkit.campaign;

import static dev.simscaffold.testkit.fixtures.SimProperties.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.check.HealthTally;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #26 item 6 for campaigns: a shard whose runs executed no steps still passes, but prints a health warning;
 * the strict mode fails on it; a shard that fails carries the warnings in its failure.
 */
class CampaignHealthTest {

    @TempDir
    Path emptyCorpus;

    /** Seeds divisible by three build the harness and never step it: a workload that did nothing. */
    private static SimHarness<Tally.Total, Add, Tally.Reported> sometimesIdle(long seed) {
        SimHarness<Tally.Total, Add, Tally.Reported> harness = Tally.harness(seed, FaultConfig.none(), 1_000);
        if (Math.floorMod(seed, 3) != 0) {
            harness.apply(0, new Add(1));
        }
        return harness;
    }

    private static String stdout(Runnable run) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private <T> T inEmptyCorpus(Supplier<T> run) {
        return with(Map.of("sim.corpus", emptyCorpus.toString()), run::get);
    }

    @Test
    void runsWithoutStepsWarnInTheLogAndTheShardStillPasses() {
        HealthTally health = new HealthTally();
        String log = stdout(() -> inEmptyCorpus(() -> Campaign.named("health-idle").seedsPerShard(12).health(health)
                .runSimulations(CampaignHealthTest::sometimesIdle)));

        assertThat(log).containsPattern("\\[sim-testkit\\] campaign health-idle \\(shard 0/1\\): health: \\d+ of 12 runs executed no steps");
        assertThatThrownBy(health::assertHealthy).hasMessageContaining("(strict mode)").hasMessageContaining("runs executed no steps");
    }

    @Test
    void aShardWhoseRunsAllSteppedPrintsNoWarning() {
        String log = stdout(() -> inEmptyCorpus(() -> Campaign.named("health-busy").seedsPerShard(6).runSimulations(seed -> {
            SimHarness<Tally.Total, Add, Tally.Reported> harness = Tally.harness(seed, FaultConfig.none(), 1_000);
            harness.apply(0, new Add(1));
            return harness;
        })));
        assertThat(log).doesNotContain("health:");
    }

    @Test
    void aFailingShardCarriesItsHealthWarningsInTheFailure() {
        assertThatThrownBy(() -> stdout(() -> inEmptyCorpus(() -> Campaign.named("health-failing").seedsPerShard(12).runSimulations(seed -> {
            SimHarness<Tally.Total, Add, Tally.Reported> harness = sometimesIdle(seed);
            if (Math.floorMod(seed, 3) == 1) {
                throw new AssertionError("planted");
            }
            return harness;
        })))).hasMessageContaining("health: ").hasMessageContaining("runs executed no steps");
    }
}
