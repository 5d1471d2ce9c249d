package dev.simscaffold.core.check;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A test case failed: the failure as first found and as shrunk, with the seed that replays it.
 *
 * @param <T> the generated type
 * @param seed the base seed of the run
 * @param failingSeed the seed of the failing try: as a base seed it fails on the first try
 * @param triesRun how many valid test cases ran, the failing one included
 * @param original the failing test case as generated
 * @param shrunk the simplest failing test case shrinking found
 * @param shrinkSteps how many shrinks were accepted
 * @param shrinkAttempts how many candidate runs shrinking made
 * @param classes how many values fell into each class, by label, over the tries
 */
public record Falsified<T>(
        long seed,
        long failingSeed,
        int triesRun,
        Counterexample<T> original,
        Counterexample<T> shrunk,
        int shrinkSteps,
        int shrinkAttempts,
        SortedMap<String, Integer> classes) implements PropertyResult<T> {

    /**
     * Copies the class counts into an immutable map.
     *
     * @param seed the {@code seed} component
     * @param failingSeed the {@code failingSeed} component
     * @param triesRun the {@code triesRun} component
     * @param original the {@code original} component
     * @param shrunk the {@code shrunk} component
     * @param shrinkSteps the {@code shrinkSteps} component
     * @param shrinkAttempts the {@code shrinkAttempts} component
     * @param classes the {@code classes} component
     */
    public Falsified {
        if (original == null || shrunk == null) {
            throw new NullPointerException("original and shrunk must not be null");
        }
        classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
    }
}
