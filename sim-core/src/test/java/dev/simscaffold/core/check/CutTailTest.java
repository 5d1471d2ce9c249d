package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SpanPasses#cutTail}: a failure judged only at the end of a run (as a history check is) loses
 * everything drawn after its cause in one pass of a few dozen runs, found by exponential probing.
 */
class CutTailTest {

    private static final int STEPS = 1_000;

    /** Draws {@link #STEPS} values and fails, at the end, if any of them was 42: the rest is noise. */
    private static final PropertyCheck<SimRandom> CHECK = random -> {
        List<Integer> drawn = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            drawn.add(random.nextInt(100));
        }
        if (drawn.contains(42)) {
            throw new AssertionError("42 was drawn at step " + drawn.indexOf(42));
        }
    };

    @Test
    void everythingAfterTheCauseGoesInOnePassOfFewRuns() {
        PropertySettings settings = PropertySettings.seeded(1);
        TestCaseExecutor<SimRandom> executor = new TestCaseExecutor<>(Gen.liveRandom(), CHECK, settings);
        long seed = 1;
        Outcome<SimRandom> original = executor.generate(seed);
        while (!original.failed()) {
            seed = PropertyRunner.nextSeed(seed);
            original = executor.generate(seed);
        }
        List<Choice> drawn = original.choices().stream(ForkPath.ROOT);
        int cause = 0;
        while (drawn.get(cause).value() != 42) {
            cause++;
        }
        ShrinkState<SimRandom> state = new ShrinkState<>(executor, settings, seed, original, 1_000, true, true);

        SpanPasses.cutTail(state);

        List<Choice> kept = state.best().choices().stream(ForkPath.ROOT);
        assertThat(kept.subList(0, cause + 1)).isEqualTo(drawn.subList(0, cause + 1));
        assertThat(kept.subList(cause + 1, kept.size())).as("the tail is all simplest values").allMatch(Choice::isSimplest);
        assertThat(state.attempts()).as("runs spent").isLessThanOrEqualTo(2 * 11 + 4);
    }
}
