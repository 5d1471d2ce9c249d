package dev.simscaffold.testkit.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.sweep.SeedSweep;
import org.junit.jupiter.api.Test;

/**
 * Keeps chapter 7's seed-sweep example compiling and running as written. The chapter's {@code simulate(seed)} is the
 * reader's own simulation; here it is the testkit's tally under hostile faults, and the same sweep is shown to fail,
 * naming a seed, when the simulation's invariant can break.
 */
class SeedSweepChapterTest {

    private static final long LIMIT = 1_000_000;

    // DOCS:begin docs/guide/07-sweeps-campaigns-and-ci.md
    @Test
    void leaseTableSurvivesHostileFaults() {
        SeedSweep.named("lease-table-hostile").seeds(500).run(seed -> simulate(seed));
    }
    // DOCS:end

    @Test
    void theSameSweepFailsNamingASeedWhenTheInvariantCanBreak() {
        assertThatThrownBy(() -> SeedSweep.named("lease-table-planted").seeds(500).run(seed -> simulate(seed, 60)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("seed");
    }

    private static void simulate(long seed) {
        simulate(seed, LIMIT);
    }

    /** Twenty additions that depend on the seed, spread over two tallies, under hostile effect and clock faults. */
    private static void simulate(long seed, long limit) {
        SimHarness<Tally.Total, Add, Tally.Reported> harness = Tally.harness(seed, FaultConfig.hostile(), limit);
        for (int step = 0; step < 20; step++) {
            harness.apply(step % 2, new Add(Math.floorMod(seed, 7) + step % 3));
        }
    }
}
