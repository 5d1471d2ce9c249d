package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.trace.Coverage;
import dev.simscaffold.core.trace.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The features a guided search compares tries by, from a run's {@link Coverage}: each {@code sometimes} condition
 * reached, and the set of fault kinds that fired together. A try that reaches one of these first is kept; a
 * condition reached by few tries makes its keeper more likely to be mutated. Counts are left out on purpose: a
 * situation's count is how many events it held after, and fault counts vary with every seed, so their buckets would
 * keep a try for nearly every seed and spread the mutants thin (measured on the Raft bugs, BENCHMARKS.md).
 */
@Api(Api.Status.EXPERIMENTAL)
public final class Features {

    private Features() {
    }

    /**
     * The features of a run's coverage.
     *
     * @param coverage what the run exercised
     * @return its features, sorted
     */
    public static SortedSet<String> of(Coverage coverage) {
        SortedSet<String> features = new TreeSet<>();
        for (Map.Entry<String, Long> reached : coverage.sometimes().entrySet()) {
            if (reached.getValue() > 0) {
                features.add("sometimes: " + reached.getKey());
            }
        }
        List<String> fired = new ArrayList<>();
        for (Map.Entry<EventKind, Long> fault : coverage.faults().entrySet()) {
            if (fault.getValue() > 0) {
                fired.add(fault.getKey().name());
            }
        }
        if (!fired.isEmpty()) {
            features.add("faults: " + String.join("+", fired));
        }
        return features;
    }

    /**
     * The power-of-two bucket of a positive count, as AFL buckets hit counts: 1, 2 (for 2–3), 4 (for 4–7), ...
     *
     * @param count how often, {@code > 0}
     * @return the largest power of two not above it
     * @throws IllegalArgumentException for a count below 1, naming it
     */
    public static long bucket(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1 to have a bucket, got " + count);
        }
        return Long.highestOneBit(count);
    }
}
