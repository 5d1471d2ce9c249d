package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every test case passed.
 *
 * @param <T> the generated type
 * @param seed the base seed of the run
 * @param triesRun how many valid test cases ran
 * @param discarded how many test cases were discarded (filtered out, assumed away, too large or too deep)
 * @param classes how many values fell into each class, by label
 * @param discardReasons how many test cases were discarded for each reason, such as a generator that
 *                       overflowed the stack, so that a run can warn about them
 */
@Api(Api.Status.STABLE)
public record Passed<T>(long seed, int triesRun, int discarded, SortedMap<String, Integer> classes,
        SortedMap<String, Integer> discardReasons) implements PropertyResult<T> {

    /**
     * Copies the counts into immutable maps.
     *
     * @param seed the base seed
     * @param triesRun valid test cases run
     * @param discarded test cases discarded
     * @param classes values per class label
     * @param discardReasons discards per reason
     */
    public Passed {
        classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
        discardReasons = Collections.unmodifiableSortedMap(new TreeMap<>(discardReasons));
    }
}
