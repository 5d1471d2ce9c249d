package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.random.SimRandom;
import org.junit.jupiter.api.Test;

/**
 * A shrink candidate's run is abandoned once it can no longer be adopted ({@link ShrinkCutoff}): shrinking with
 * the cut-off reaches the very same counterexamples as without it (also on a run with operations and faults,
 * whose units the cut-off counts as their spans close), and on a run that goes on long after the
 * failure it draws far less.
 */
class ShrinkCutoffTest {

    /** How many steps a passing run of {@link #spikes} takes; a failing one stops at its third spike. */
    private static final int STEPS = 400;

    /** Fails at the third value above 90 among {@link #STEPS} drawn in a row; counts every draw in {@code draws}. */
    private static ShrinkChallenges.Challenge<SimRandom> spikes(long[] draws) {
        return new ShrinkChallenges.Challenge<>("three spikes", Gen.liveRandom(), 100, random -> {
            int spikes = 0;
            for (int step = 0; step < STEPS; step++) {
                draws[0]++;
                if (random.nextInt(100) > 90 && ++spikes == 3) {
                    throw new AssertionError("three spikes by step " + step);
                }
            }
        }, random -> true);
    }

    @Test
    void aRunIsAbandonedOnceItHasMoreDecisionsOrAsManyAndMoreChoicesOrPassesTheCeiling() {
        ShrinkCutoff cutoff = new ShrinkCutoff(1, 2, 10, 20);

        assertThat(cutoff.lost(1, 3, 3)).as("more decisions than the best").isTrue();
        assertThat(cutoff.lost(1, 2, 11)).as("as many decisions and more choices").isTrue();
        assertThat(cutoff.lost(1, 2, 10)).as("as many of both may still be smaller by value").isFalse();
        assertThat(cutoff.lost(1, 1, 20)).as("fewer decisions may still win, up to the ceiling").isFalse();
        assertThat(cutoff.lost(1, 1, 21)).as("past the ceiling").isTrue();
        assertThat(ShrinkCutoff.against(0, ChoiceSequence.EMPTY, 100).ceiling()).isZero();
    }

    @Test
    void aRunWithMoreUnitsHasLostAndOneWithFewerMayStillWinWithMoreDecisions() {
        ShrinkCutoff cutoff = new ShrinkCutoff(3, 2, 10, 20);

        assertThat(cutoff.lost(4, 0, 1)).as("more units than the best").isTrue();
        assertThat(cutoff.lost(2, 9, 15)).as("fewer units, more decisions").isFalse();
        assertThat(cutoff.lost(2, 9, 21)).as("fewer units, past the ceiling").isTrue();
        assertThat(cutoff.lost(3, 3, 3)).as("as many units, more decisions").isTrue();
    }

    @Test
    void shrinkingWithTheCutOffReachesTheSameCounterexamples() {
        assertSameShrinks(ShrinkChallenges.differenceMustNotBeSmall(), 10);
        assertSameShrinks(ShrinkChallenges.bound5(), 10);
        assertSameShrinks(ShrinkChallenges.coupling(), 10);
        assertSameShrinks(ShrinkChallenges.calculator(), 10);
        assertSameShrinks(ShrinkChallenges.lengthList(), 10);
        assertSameShrinks(spikes(new long[1]), 10);
        assertSameShrinks(new ShrinkChallenges.Challenge<>("counter with faults on its acknowledgements", FaultUnitShrinkingTest.SCENARIOS, 100,
                FaultUnitShrinkingTest::run, scenario -> true), 3);
    }

    @Test
    void aRunThatGoesOnAfterTheFailureDrawsFarLessWithTheCutOff() {
        long[] withCut = new long[1];
        long[] without = new long[1];
        for (long seed = 1; seed <= 5; seed++) {
            shrink(spikes(withCut), seed, true);
            shrink(spikes(without), seed, false);
        }

        assertThat(withCut[0]).as("draws with the cut-off vs without: " + withCut[0] + " / " + without[0])
                .isLessThan(without[0] / 2);
    }

    private static <T> void assertSameShrinks(ShrinkChallenges.Challenge<T> challenge, int seeds) {
        for (long seed = 1; seed <= seeds; seed++) {
            Shrinker.Result<T> cut = shrink(challenge, seed, true);
            Shrinker.Result<T> uncut = shrink(challenge, seed, false);
            if (cut == null) {
                assertThat(uncut).isNull();
                continue;
            }
            assertThat(cut.shrunk().choices()).as(challenge.name() + " seed " + seed).isEqualTo(uncut.shrunk().choices());
            assertThat(cut.steps()).as(challenge.name() + " seed " + seed).isEqualTo(uncut.steps());
        }
    }

    /** Finds a failure from a base seed as the runner does and shrinks it; null if none was found. */
    private static <T> Shrinker.Result<T> shrink(ShrinkChallenges.Challenge<T> challenge, long seed, boolean cutOff) {
        PropertySettings settings = PropertySettings.seeded(seed);
        TestCaseExecutor<T> executor = new TestCaseExecutor<>(challenge.gen(), challenge.check(), settings);
        long trySeed = seed;
        Outcome<T> original = executor.generate(trySeed);
        for (int i = 0; i < challenge.tries() && !original.failed(); i++) {
            trySeed = PropertyRunner.nextSeed(trySeed);
            original = executor.generate(trySeed);
        }
        return original.failed() ? new Shrinker<>(executor, settings, trySeed, true, cutOff).shrink(original) : null;
    }
}
