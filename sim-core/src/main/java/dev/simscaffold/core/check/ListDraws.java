package dev.simscaffold.core.check;

import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Draws lists as "more?" decisions interleaved with elements: the first {@code minSize} elements are
 * drawn outright, each further one only after a {@code true} "more?" choice. Every element, with its
 * "more?" decision, is a {@code list.element} span, so the shrinker can delete it whole (and, for a
 * list of steps, together with the decisions the step made later); turning a "more?" to false truncates
 * the list. That is how lists shrink without a list shrinker.
 *
 * <p>Each "more?" is true with probability {@code a / (a + 1)}, where {@code a} is the average number of
 * elements wanted beyond the minimum: the length beyond the minimum is geometric with mean {@code a},
 * cut at the maximum.
 */
final class ListDraws {

    /** The span label of one element: its "more?" decision and its draws. */
    static final String ELEMENT_SPAN = "list.element";

    /** The average number of elements beyond the minimum unless set, when the maximum allows. */
    static final int DEFAULT_AVERAGE_EXTRA = 8;

    private ListDraws() {
    }

    /** Draws a list whose elements are spans labelled {@code label} ({@link #ELEMENT_SPAN} for plain lists). */
    static <T> List<T> draw(SimRandom random, String label, Gen<T> element, int minSize, int maxSize, double averageExtra) {
        List<T> list = new ArrayList<>();
        while (list.size() < minSize) {
            list.add(random.span(label, () -> element.draw(random)));
        }
        double more = averageExtra / (averageExtra + 1.0);
        while (list.size() < maxSize) {
            List<T> drawn = random.span(label,
                    () -> random.chance(more) ? Collections.singletonList(element.draw(random)) : List.<T>of());
            if (drawn.isEmpty()) {
                break;
            }
            list.add(drawn.get(0));
        }
        return Collections.unmodifiableList(list);
    }
}
