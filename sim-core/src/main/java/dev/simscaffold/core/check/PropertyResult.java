package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import java.util.SortedMap;

/**
 * What running a property found: it held for every try ({@link Passed}), or a test case failed and was
 * shrunk ({@link Falsified}).
 *
 * @param <T> the generated type
 */
@Api(Api.Status.STABLE)
public sealed interface PropertyResult<T> permits Passed, Falsified {

    /**
     * Returns the base seed of the run.
     *
     * @return the seed
     */
    long seed();

    /**
     * Returns how many valid test cases ran, including a failing one.
     *
     * @return the count
     */
    int triesRun();

    /**
     * Returns how many generated values fell into each class of the classifier, by label, counted over
     * the tries only (not over shrinking); empty without a classifier.
     *
     * @return the counts by label
     */
    SortedMap<String, Integer> classes();

    /**
     * Returns how many test cases were discarded for each reason (a filter, an assumption, a generator
     * that went too deep or overflowed the stack), so a run can warn about them.
     *
     * @return the counts by reason
     */
    SortedMap<String, Integer> discardReasons();
}
