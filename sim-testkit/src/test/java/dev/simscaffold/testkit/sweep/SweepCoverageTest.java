package dev.simscaffold.testkit.sweep;

import static dev.simscaffold.testkit.fixtures.SimProperties.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class SweepCoverageTest {

    /** Even seeds write, every third seed also crashes: seed 1 alone reaches neither. */
    private static Map<String, Integer> counts(long seed) {
        return Map.of("write", seed % 2 == 0 ? 1 : 0, "crash", seed % 3 == 0 ? 2 : 0);
    }

    @Test
    void sumsTheCountsOfEverySeed() {
        Map<String, Long> total = with(Map.of(), () -> SweepCoverage.assertReached(SeedSweep.named("coverage-sum").firstSeed(1).seeds(6),
                SweepCoverageTest::counts, List.of("write", "crash")));

        assertThat(total).containsExactlyEntriesOf(new TreeMap<>(Map.of("crash", 4L, "write", 3L)));
    }

    @Test
    void aCaseNoSeedReachedFailsNamingItAndTheTotals() {
        assertThatThrownBy(() -> with(Map.of(), () -> SweepCoverage.assertReached(SeedSweep.named("coverage-missed").firstSeed(1).seeds(2),
                SweepCoverageTest::counts, List.of("write", "crash", "heal"))))
                .isInstanceOf(AssertionError.class)
                .hasMessage("no run of the sweep reached [crash, heal]; the totals were {crash=0, write=1}");
    }

    @Test
    void replayingOneSeedRunsItThenSkipsTheCheck() {
        assertThatThrownBy(() -> with(Map.of("sim.seed", "1"), () -> SweepCoverage.assertReached(SeedSweep.named("coverage-replay").seeds(6),
                SweepCoverageTest::counts, List.of("write"))))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("replaying a single seed");
    }

    @Test
    void aCheckOfNothingIsRefused() {
        assertThatThrownBy(() -> SweepCoverage.assertReached(SeedSweep.named("coverage-none"), SweepCoverageTest::counts, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name at least one case");
    }
}
