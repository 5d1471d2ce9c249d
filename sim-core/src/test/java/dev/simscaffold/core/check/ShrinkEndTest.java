package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A falsified result says what ended its shrink: convergence, the attempt budget, or the stop hook. */
class ShrinkEndTest {

    private static final Gen<List<Integer>> LISTS = Gen.lists(Gen.ints(0, 1000), 0, 50);

    private static void noneAtLeast100(List<Integer> list) {
        if (list.stream().anyMatch(x -> x >= 100)) {
            throw new AssertionError(list);
        }
    }

    private static Falsified<List<Integer>> falsify(PropertySettings settings) {
        return (Falsified<List<Integer>>) PropertyRunner.check(LISTS, settings, ShrinkEndTest::noneAtLeast100);
    }

    @Test
    void aShrinkThatFindsNothingSimplerConverged() {
        Falsified<List<Integer>> failure = falsify(PropertySettings.seeded(20260101));

        assertThat(failure.shrinkEnd()).isEqualTo(ShrinkEnd.CONVERGED);
        assertThat(failure.shrunk().value()).containsExactly(100);
    }

    @Test
    void aShrinkCutShortByTheAttemptBudgetSaysSoAndKeepsItsBestSoFar() {
        Falsified<List<Integer>> failure = falsify(PropertySettings.seeded(20260101).withMaxShrinkAttempts(5));

        assertThat(failure.shrinkEnd()).isEqualTo(ShrinkEnd.ATTEMPT_BUDGET);
        assertThat(failure.shrinkAttempts()).isEqualTo(5);
        assertThat(failure.shrunk().value()).isNotEqualTo(List.of(100)).anyMatch(x -> x >= 100);
        assertThat(falsify(PropertySettings.seeded(20260101).withMaxShrinkAttempts(0)).shrinkEnd()).isEqualTo(ShrinkEnd.ATTEMPT_BUDGET);
    }

    @Test
    void aShrinkStoppedByTheStopHookSaysSo() {
        int[] polls = {0};
        Falsified<List<Integer>> failure = falsify(PropertySettings.seeded(20260101).withStopShrinking(() -> ++polls[0] > 10));

        assertThat(failure.shrinkEnd()).isEqualTo(ShrinkEnd.STOP_HOOK);
        assertThat(failure.shrinkAttempts()).isLessThan(falsify(PropertySettings.seeded(20260101)).shrinkAttempts());
    }
}
