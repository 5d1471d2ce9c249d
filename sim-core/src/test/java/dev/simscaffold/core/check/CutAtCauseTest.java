package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.random.RandomSource;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * {@link SpanPasses#cutAtCause}: a failure judged at the end of a run that names the mark at which its cause was
 * complete ({@link MarkedCause}, as a history failure names its first impossible operation) loses everything drawn
 * after that mark in one run; a failure that names no mark leaves the pass nothing to do.
 */
class CutAtCauseTest {

    private static final int STEPS = 1_000;
    private static final String MARK = "test.mark";

    /** The end-of-run failure, naming the mark made right after the first 42 was drawn. */
    static final class Marked extends AssertionError implements MarkedCause {
        private static final long serialVersionUID = 1L;
        private final int mark;

        Marked(int mark) {
            super("42 was drawn at step " + mark);
            this.mark = mark;
        }

        @Override
        public String markLabel() {
            return MARK;
        }

        @Override
        public OptionalInt causeMark() {
            return OptionalInt.of(mark);
        }
    }

    /** Draws {@link #STEPS} values, marking the run after each, and fails at the end if any was 42. */
    private static PropertyCheck<SimRandom> check(boolean named) {
        return random -> {
            RandomSource marks = random.source();
            List<Integer> drawn = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                drawn.add(random.nextInt(100));
                marks.startSpan(MARK);
                marks.endSpan();
            }
            if (drawn.contains(42)) {
                throw named ? new Marked(drawn.indexOf(42)) : new AssertionError("42 was drawn at step " + drawn.indexOf(42));
            }
        };
    }

    private static ShrinkState<SimRandom> stateOf(boolean named) {
        PropertySettings settings = PropertySettings.seeded(1);
        TestCaseExecutor<SimRandom> executor = new TestCaseExecutor<>(Gen.liveRandom(), check(named), settings);
        long seed = 1;
        Outcome<SimRandom> original = executor.generate(seed);
        while (!original.failed()) {
            seed = PropertyRunner.nextSeed(seed);
            original = executor.generate(seed);
        }
        return new ShrinkState<>(executor, settings, seed, original, 1_000, true, true);
    }

    @Test
    void everythingAfterTheNamedMarkGoesInOneRun() {
        ShrinkState<SimRandom> state = stateOf(true);
        List<Choice> drawn = state.best().choices().stream(ForkPath.ROOT);
        int cause = ((Marked) state.best().failure()).causeMark().getAsInt();

        SpanPasses.cutAtCause(state);

        List<Choice> kept = state.best().choices().stream(ForkPath.ROOT);
        assertThat(drawn.get(cause).value()).isEqualTo(42);
        assertThat(kept.subList(0, cause + 1)).isEqualTo(drawn.subList(0, cause + 1));
        assertThat(kept.subList(cause + 1, kept.size())).as("the tail is all simplest values").allMatch(Choice::isSimplest);
        assertThat(state.attempts()).as("runs spent").isEqualTo(1);
    }

    @Test
    void aFailureThatNamesNoMarkLeavesThePassNothingToDo() {
        ShrinkState<SimRandom> state = stateOf(false);
        ChoiceSequence before = state.best().choices();

        SpanPasses.cutAtCause(state);

        assertThat(state.attempts()).isZero();
        assertThat(state.best().choices()).isEqualTo(before);
    }
}
