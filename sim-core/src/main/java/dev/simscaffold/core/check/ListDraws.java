package dev.simscaffold.core.check;

import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Draws lists as "more?" decisions interleaved with elements: the first {@code minSize} elements are
 * drawn outright, each further one only after a {@code true} "more?" choice. Deleting a "more?" choice
 * together with its element deletes that element, and turning a "more?" to false truncates the list,
 * which is how lists shrink without a list shrinker.
 */
final class ListDraws {

    /** The expected number of elements beyond the minimum, when the maximum allows. */
    private static final int AVERAGE_EXTRA = 8;

    private ListDraws() {
    }

    static <T> List<T> draw(SimRandom random, Gen<T> element, int minSize, int maxSize) {
        List<T> list = new ArrayList<>();
        while (list.size() < minSize) {
            list.add(element.draw(random));
        }
        int extra = Math.min(maxSize - minSize, AVERAGE_EXTRA);
        double more = extra / (extra + 1.0);
        while (list.size() < maxSize && random.chance(more)) {
            list.add(element.draw(random));
        }
        return Collections.unmodifiableList(list);
    }
}
