package dev.simscaffold.core.check;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The property held for every try.
 *
 * @param <T> the generated type
 * @param seed the base seed of the run
 * @param triesRun how many valid test cases ran
 * @param discarded how many test cases were discarded (filtered out or overrun)
 * @param classes how many values fell into each class, by label
 */
public record Passed<T>(long seed, int triesRun, int discarded, SortedMap<String, Integer> classes) implements PropertyResult<T> {

    /**
     * Copies the class counts into an immutable map.
     *
     * @param seed the {@code seed} component
     * @param triesRun the {@code triesRun} component
     * @param discarded the {@code discarded} component
     * @param classes the {@code classes} component
     */
    public Passed {
        classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
    }
}
