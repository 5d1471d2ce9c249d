package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The outcome cache only skips runs that would repeat one already made: shrinking with it reaches the very
 * same counterexamples as without it, in fewer runs.
 */
class OutcomeCacheTest {

    private static <T> void assertSameShrinks(ShrinkChallenges.Challenge<T> challenge, int seeds, int[] runs) {
        for (long seed = 1; seed <= seeds; seed++) {
            PropertySettings settings = PropertySettings.seeded(seed);
            TestCaseExecutor<T> executor = new TestCaseExecutor<>(challenge.gen(), challenge.check(), settings);
            long trySeed = seed;
            Outcome<T> original = executor.generate(trySeed);
            for (int i = 0; i < challenge.tries() && !original.failed(); i++) {
                trySeed = PropertyRunner.nextSeed(trySeed);
                original = executor.generate(trySeed);
            }
            if (!original.failed()) {
                continue;
            }
            Shrinker.Result<T> cached = new Shrinker<>(executor, settings, trySeed, true, true).shrink(original);
            Shrinker.Result<T> uncached = new Shrinker<>(executor, settings, trySeed, false, true).shrink(original);

            assertThat(cached.shrunk().choices()).as(challenge.name() + " seed " + seed).isEqualTo(uncached.shrunk().choices());
            assertThat(cached.attempts()).isLessThanOrEqualTo(uncached.attempts());
            runs[0] += cached.attempts();
            runs[1] += uncached.attempts();
        }
    }

    @Test
    void shrinkingWithTheCacheReachesTheSameCounterexamplesInFewerRuns() {
        int[] runs = new int[2];
        assertSameShrinks(ShrinkChallenges.differenceMustNotBeSmall(), 10, runs);
        assertSameShrinks(ShrinkChallenges.bound5(), 10, runs);
        assertSameShrinks(ShrinkChallenges.coupling(), 10, runs);
        assertSameShrinks(ShrinkChallenges.calculator(), 10, runs);
        assertSameShrinks(ShrinkChallenges.lengthList(), 10, runs);

        assertThat(runs[0]).isLessThan(runs[1]);
    }

    @Test
    void aCandidateThatAgreesOnEverythingARunReadIsKnownWhateverItHoldsBeyond() {
        OutcomeCache cache = new OutcomeCache();
        TreeMap<ForkPath, List<Long>> candidate = new TreeMap<>();
        candidate.put(ForkPath.ROOT, new ArrayList<>(List.of(3L, 4L, 5L)));
        ChoiceSequence read = ChoiceSequence.ofRoot(List.of(new Choice(ChoiceKind.BOUNDED, 10, 3), new Choice(ChoiceKind.BOUNDED, 10, 4)));
        cache.remember(candidate, read);

        TreeMap<ForkPath, List<Long>> longer = new TreeMap<>();
        longer.put(ForkPath.ROOT, List.of(3L, 4L, 9L, 9L));
        TreeMap<ForkPath, List<Long>> other = new TreeMap<>();
        other.put(ForkPath.ROOT, List.of(3L, 5L));
        TreeMap<ForkPath, List<Long>> shorter = new TreeMap<>();
        shorter.put(ForkPath.ROOT, List.of(3L));

        assertThat(cache.known(longer)).isTrue();
        assertThat(cache.known(other)).isFalse();
        assertThat(cache.known(shorter)).as("the run would read 0 where the first read 4").isFalse();
    }
}
