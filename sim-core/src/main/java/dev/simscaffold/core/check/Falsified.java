package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A test case failed: the failure as first found and as shrunk, with the seed that replays it, and any
 * other distinct failures that shrinking met on the way.
 *
 * @param <T> the generated type
 * @param seed the base seed of the run
 * @param failingSeed the seed of the failing try: as a base seed it fails on the first try
 * @param triesRun how many valid test cases ran, the failing one included
 * @param original the failing test case as generated
 * @param shrunk the simplest test case shrinking found that fails the same way as the original
 * @param alsoFound other failures (another invariant, another line) met while shrinking, each shrunk on
 *                  its own, in the order they were first met
 * @param shrinkSteps how many shrinks of the main failure were accepted
 * @param shrinkAttempts how many candidate runs shrinking made, for all failures together
 * @param shrinkEnd what ended shrinking the main failure: no simpler case found, or a budget
 * @param classes how many values fell into each class, by label, over the tries
 * @param discardReasons how many test cases were discarded for each reason
 */
@Api(Api.Status.STABLE)
public record Falsified<T>(
        long seed,
        long failingSeed,
        int triesRun,
        Counterexample<T> original,
        Counterexample<T> shrunk,
        List<Counterexample<T>> alsoFound,
        int shrinkSteps,
        int shrinkAttempts,
        ShrinkEnd shrinkEnd,
        SortedMap<String, Integer> classes,
        SortedMap<String, Integer> discardReasons) implements PropertyResult<T> {

    /**
     * Copies the collections into immutable ones.
     *
     * @param seed the base seed
     * @param failingSeed the failing try's seed
     * @param triesRun valid test cases run
     * @param original the failure as generated, not null
     * @param shrunk the failure as shrunk, not null
     * @param alsoFound the other failures, not null
     * @param shrinkSteps accepted shrinks
     * @param shrinkAttempts candidate runs
     * @param shrinkEnd what ended shrinking, not null
     * @param classes values per class label
     * @param discardReasons discards per reason
     */
    public Falsified {
        if (original == null || shrunk == null || alsoFound == null || shrinkEnd == null) {
            throw new NullPointerException("original, shrunk, alsoFound and shrinkEnd must not be null");
        }
        alsoFound = List.copyOf(alsoFound);
        classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
        discardReasons = Collections.unmodifiableSortedMap(new TreeMap<>(discardReasons));
    }
}
