package dev.simscaffold.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.explore.FaultSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Which of two failing cases shrinking keeps ({@link ShrinkState#isSimpler}): the one with fewer units (client
 * operations plus injected actions, {@link ActionCount}), then the one with simpler choices. On a protocol run a
 * message delivered instead of dropped wakes timers that draw new timeouts, so the case with one fault fewer
 * often makes more non-simplest choices; ordered by choices alone, the fault would stay.
 */
class ShrinkOrderTest {

    @Test
    void fewerUnitsWinOverFewerNonSimplestChoices() {
        Outcome<Object> oneDrop = failing(List.of(1L, 5L, 5L, 5L, 5L), List.of(drop(0, 1)));
        Outcome<Object> twoDrops = failing(List.of(1L, 1L, 0L, 0L, 0L), List.of(drop(0, 1), drop(1, 2)));

        assertThat(twoDrops.choices().isSimplerThan(oneDrop.choices())).as("by choices alone").isTrue();
        assertThat(ShrinkState.isSimpler(oneDrop, twoDrops)).isTrue();
        assertThat(ShrinkState.isSimpler(twoDrops, oneDrop)).isFalse();
    }

    @Test
    void casesWithAsManyUnitsAreOrderedByTheirChoices() {
        Outcome<Object> lower = failing(List.of(1L, 2L), List.of(drop(0, 1)));
        Outcome<Object> higher = failing(List.of(1L, 3L), List.of(drop(0, 1)));
        Outcome<Object> noUnits = failing(List.of(0L, 3L), List.of());
        Outcome<Object> noUnitsLower = failing(List.of(0L, 2L), List.of());

        assertThat(ShrinkState.isSimpler(lower, higher)).isTrue();
        assertThat(ShrinkState.isSimpler(higher, lower)).isFalse();
        assertThat(ShrinkState.isSimpler(lower, lower)).as("strictly").isFalse();
        assertThat(ShrinkState.isSimpler(noUnitsLower, noUnits)).isTrue();
    }

    @Test
    void anOperationIsAUnitAsAFaultIs() {
        Span operation = new Span(ActionCount.OPERATION_PREFIX + "kv", 0, 1, 0);
        Outcome<Object> oneOperation = failing(List.of(1L, 9L, 9L), List.of(operation));
        Outcome<Object> twoOperations = failing(List.of(1L, 1L, 0L),
                List.of(operation, new Span(ActionCount.OPERATION_PREFIX + "kv", 1, 2, 0)));

        assertThat(ShrinkState.isSimpler(oneOperation, twoOperations)).isTrue();
    }

    private static Span drop(int start, int end) {
        return new Span(FaultSpans.MESSAGE_DROP, start, end, 0);
    }

    /** A failed outcome that drew {@code values} on the root path in order, grouped by {@code spans}. */
    private static Outcome<Object> failing(List<Long> values, List<Span> spans) {
        List<Choice> choices = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            choices.add(new Choice(ChoiceKind.BOUNDED, 10, values.get(i)));
            order.add(i);
        }
        TreeMap<ForkPath, List<Integer>> orders = new TreeMap<>();
        orders.put(ForkPath.ROOT, order);
        DrawLog log = new DrawLog(ChoiceSequence.ofRoot(choices), orders, spans, new TreeMap<>());
        return new Outcome<>(Outcome.Status.FAILED, null, log, new AssertionError("planted"), "");
    }
}
