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
 * condition reached by few tries makes its keeper more likely to be mutated.
 *
 * <p>{@link #withCounts} adds how often, in powers of two (as AFL buckets hit counts): a situation's count is how many
 * events it held after (reached earlier, it holds longer), a fault kind's how often it fired. Where a bug needs a
 * fault to happen again and again, or a situation reached early, the counts are the gradient to climb
 * ({@code GuidedSearchTest}); where every seed's counts differ (the Raft runs of the benchmark) they keep a try per
 * seed and spread the mutants thin (BENCHMARKS.md), so {@link #of} leaves them out.
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
     * The features of a run's coverage with how often each situation held and each fault kind fired, in powers of two.
     *
     * @param coverage what the run exercised
     * @return {@link #of}'s features and {@code "sometimes: NAME xB"}, {@code "fault: KIND xB"} for each bucket B
     */
    public static SortedSet<String> withCounts(Coverage coverage) {
        SortedSet<String> features = of(coverage);
        coverage.sometimes().forEach((name, count) -> {
            if (count > 0) {
                features.add("sometimes: " + name + " x" + bucket(count));
            }
        });
        coverage.faults().forEach((kind, count) -> {
            if (count > 0) {
                features.add("fault: " + kind.name() + " x" + bucket(count));
            }
        });
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
