package dev.simscaffold.testkit.examples;

import static dev.simscaffold.testkit.fixtures.SimProperties.with;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.testkit.campaign.Campaign;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps chapter 7's campaign example compiling and running as written. The chapter's {@code LeaseTableSimulation} is
 * the reader's own; here it is the testkit's tally under the campaign's faults, and the same campaign is shown to
 * fail, naming a seed, when the simulation's invariant can break.
 */
class CampaignChapterTest {

    private static final FaultConfig FAULTS = FaultConfig.hostile();

    @TempDir
    Path emptyCorpus;

    /** The chapter's simulation: twenty seed-dependent additions over two tallies that must stay below a limit. */
    static final class LeaseTableSimulation {

        static SimHarness<Tally.Total, Add, Tally.Reported> run(long seed, FaultConfig faults) {
            return run(seed, faults, 1_000_000);
        }

        static SimHarness<Tally.Total, Add, Tally.Reported> run(long seed, FaultConfig faults, long limit) {
            SimHarness<Tally.Total, Add, Tally.Reported> harness = Tally.harness(seed, faults, limit);
            for (int step = 0; step < 20; step++) {
                harness.apply(step % 2, new Add(Math.floorMod(seed, 7) + step % 3));
            }
            return harness;
        }
    }

    // DOCS:begin docs/guide/07-sweeps-campaigns-and-ci.md
    @Test
    void leaseTableSurvivesHostileFaults() {
        Campaign.named("lease-hostile").seedsPerShard(500).configuration(FAULTS)
                .runSimulations(seed -> LeaseTableSimulation.run(seed, FAULTS));
    }
    // DOCS:end

    @Test
    void theSameCampaignFailsNamingASeedWhenTheInvariantCanBreak() {
        assertThatThrownBy(() -> with(Map.of("sim.corpus", emptyCorpus.toString()), () -> Campaign.named("lease-planted")
                .seedsPerShard(500).configuration(FAULTS).runSimulations(seed -> LeaseTableSimulation.run(seed, FAULTS, 60))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("seed");
    }
}
