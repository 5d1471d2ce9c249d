package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Sums the {@link Coverage} of many runs, such as every try of a property, so that a test can fail when
 * a sometimes condition was never reached in any of them. A condition counts as declared as soon as one
 * run declares it, so a condition that every run declares and none reaches is reported by name.
 *
 * <pre>{@code
 * CoverageTally tally = new CoverageTally();
 * // in each try: ... run the harness ...; tally.add(harness.coverage());
 * tally.assertSometimesReached();
 * }</pre>
 *
 * <p>Not thread-safe: share one per property, not across parallel tests.
 */
@Api(Api.Status.STABLE)
public final class CoverageTally {

    private final EnumMap<EventKind, Long> faults = new EnumMap<>(EventKind.class);
    private final LinkedHashMap<String, Long> sometimes = new LinkedHashMap<>();
    private long runs;

    /** Creates an empty tally. */
    public CoverageTally() {
    }

    /**
     * Adds one run's coverage.
     *
     * @param coverage the run's coverage
     * @return this tally
     */
    public CoverageTally add(Coverage coverage) {
        coverage.faults().forEach((kind, count) -> faults.merge(kind, count, Long::sum));
        coverage.sometimes().forEach((name, count) -> sometimes.merge(name, count, Long::sum));
        runs++;
        return this;
    }

    /**
     * Returns how many runs were added.
     *
     * @return the count
     */
    public long runs() {
        return runs;
    }

    /**
     * Returns the summed coverage so far.
     *
     * @return the coverage
     */
    public Coverage coverage() {
        return new Coverage(faults, sometimes);
    }

    /**
     * Fails if some declared sometimes condition was reached in none of the runs.
     *
     * @return this tally, when every condition was reached at least once
     * @throws AssertionError naming every unreached condition and the number of runs
     */
    public CoverageTally assertSometimesReached() {
        List<String> unmet = coverage().unmet();
        if (!unmet.isEmpty()) {
            throw new AssertionError("sometimes conditions never reached in " + runs + " runs: '"
                    + String.join("', '", unmet) + "'\n" + coverage().describe());
        }
        return this;
    }
}
