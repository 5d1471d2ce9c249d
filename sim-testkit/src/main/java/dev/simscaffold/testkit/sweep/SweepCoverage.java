package dev.simscaffold.testkit.sweep;

import dev.simscaffold.core.Api;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Assumptions;

/**
 * Guards a simulation against vacuous runs: over a seed sweep, every named case (an effect, a fault kind, a
 * recovery path, a sometimes condition) must happen at least once. A property that passes while its
 * interesting cases never occur proves nothing, and the count a run keeps of each is the cheapest evidence.
 *
 * <pre>{@code
 * @Test
 * void theFaultySweepExercisesEveryRuleAndEveryFault() {
 *     SweepCoverage.assertReached(SeedSweep.named("leases-coverage").firstSeed(1).seeds(200),
 *             seed -> Simulation.run(seed, Scenario.faulty()).counts(),
 *             List.of("Granted", "Renewed", "fate.DROPPED", "clock jumps"));
 * }
 * }</pre>
 *
 * <p>Replaying one seed of the sweep ({@code -Dsim.seed}) runs that seed and then reports the test as
 * skipped, since one seed rarely reaches every case and a replay is about its failure.
 */
@Api(Api.Status.STABLE)
public final class SweepCoverage {

    private SweepCoverage() {
    }

    /**
     * Runs the sweep, sums each run's counts by name, and asserts that every expected name was counted.
     *
     * @param sweep the seeds to run
     * @param counts runs one seed and returns how often each case happened in it (absent means never)
     * @param expected the names that must each have a positive total
     * @return the totals over the sweep, by name
     * @throws AssertionError naming every expected case that no run reached, with the totals, or the sweep's
     *     failing seeds
     * @throws org.opentest4j.TestAbortedException when replaying a single seed, after it ran
     */
    public static NavigableMap<String, Long> assertReached(SeedSweep sweep, LongFunction<? extends Map<String, ? extends Number>> counts,
            Collection<String> expected) {
        Objects.requireNonNull(counts, "counts must not be null");
        List<String> names = List.copyOf(expected);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("name at least one case the sweep must reach: a coverage check of nothing cannot fail");
        }
        NavigableMap<String, Long> total = new TreeMap<>();
        sweep.run(seed -> counts.apply(seed).forEach((name, count) -> total.merge(name, count.longValue(), Long::sum)));
        Assumptions.assumeFalse(SeedProperties.replaySeed().isPresent(), "replaying a single seed: the coverage check needs the whole sweep");
        List<String> missed = names.stream().filter(name -> total.getOrDefault(name, 0L) <= 0).toList();
        if (!missed.isEmpty()) {
            throw new AssertionError("no run of the sweep reached " + missed + "; the totals were " + total);
        }
        return total;
    }
}
