package dev.simscaffold.testkit.determinism;

import static dev.simscaffold.testkit.fixtures.SimProperties.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.testkit.fixtures.Tally;
import dev.simscaffold.testkit.fixtures.Tally.Add;
import dev.simscaffold.testkit.fixtures.Tally.Reported;
import dev.simscaffold.testkit.fixtures.Tally.Total;
import dev.simscaffold.testkit.sweep.SeedSweep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class SeedsReplayTest {

    /** What a generated module's run returns: the fingerprint and a count, compared as a whole. */
    private record Outcome(long fingerprint, long total) {
    }

    private static Outcome run(long seed, long extra) {
        SimHarness<Total, Add, Reported> harness = Tally.harness(seed, FaultConfig.hostile(), Long.MAX_VALUE);
        SimRandom inputs = harness.context().fork("inputs");
        for (int step = 0; step < 20; step++) {
            harness.apply(inputs.nextInt(2), new Add(inputs.between(1, 9)));
            harness.advance(1);
        }
        return new Outcome(harness.trace().fingerprint(), harness.states().get(0).value() + extra);
    }

    private static void check(String name, LongFunction<Outcome> simulation) {
        with(Map.of(), () -> {
            DeterminismCheck.assertSeedsReplay(SeedSweep.named(name).firstSeed(1).seeds(5), simulation, Outcome::fingerprint);
            return null;
        });
    }

    @Test
    void aSimulationThatFollowsItsSeedPassesAndRunsEachSeedThreeTimes() {
        List<Long> seeds = new ArrayList<>();
        check("replay-ok", seed -> {
            seeds.add(seed);
            return run(seed, 0);
        });

        assertThat(seeds).containsExactly(1L, 1L, 2L, 2L, 2L, 3L, 3L, 3L, 4L, 4L, 4L, 5L, 5L, 5L, 6L);
    }

    /** State leaking from one run into the next shows in the outcome even when the trace is unchanged. */
    @Test
    void anOutcomeThatDiffersOnReplayFailsNamingTheSeed() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> check("replay-leak", seed -> run(seed, runs.incrementAndGet())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("sweep replay-leak: 5 of 5 seeds failed")
                .hasMessageContaining("seed 1 did not replay its run:");
    }

    /** A run that reads a counter left by the run before it: the failure names the first event where two runs part. */
    @Test
    void aRunThatDiffersOnReplayIsLocatedAtItsFirstDifferingEvent() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> check("replay-located", seed -> {
            SimHarness<Total, Add, Reported> harness = Tally.harness(seed, FaultConfig.none(), Long.MAX_VALUE);
            for (int step = 0; step < 10; step++) {
                harness.apply(step % 2, new Add(step == 4 ? runs.incrementAndGet() : 1));
            }
            return new Outcome(harness.trace().fingerprint(), 0);
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed 1 did not replay its run:")
                .hasMessageContaining("run again twice with every event kept (simulation 1 of 1): first divergence at event #")
                .hasMessageMatching("(?s).*run 1: event #\\d+ at t=\\d+, actor instance-0, kind STEP, detail Add\\[amount=\\d+\\].*")
                .hasMessageContaining("before it, in both runs:");
    }

    @Test
    void aSimulationThatIgnoresItsSeedFails() {
        assertThatThrownBy(() -> check("replay-ignored", seed -> run(7, 0)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seeds 1 and 2 gave the same run (fingerprint ");
    }
}
