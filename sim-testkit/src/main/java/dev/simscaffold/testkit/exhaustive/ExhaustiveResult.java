package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an exhaustive search found, and how much it explored.
 *
 * @param <I> the input type
 * @param statesExplored how many distinct states were checked, the initial one included
 * @param transitions how many edges were followed, including those into states already seen
 * @param depthCompleted the deepest level whose every state was checked
 * @param exhausted true if the search covered every state up to the requested depth (it stops early on a
 *                  counterexample or at the state limit)
 * @param counterexample the shortest path to a broken always expectation, if any
 * @param sometimes each sometimes expectation with how many explored steps reached it: those over steps
 *                  first, then those over states, each in the order added
 * @param elapsedNanos how long the search took, when the caller gave it a clock
 */
@Api(Api.Status.EXPERIMENTAL)
public record ExhaustiveResult<I>(long statesExplored, long transitions, int depthCompleted, boolean exhausted,
        Optional<Counterexample<I>> counterexample, Map<String, Long> sometimes, OptionalLong elapsedNanos) {

    /**
     * Freezes the sometimes counts in declaration order.
     *
     * @param statesExplored distinct states checked
     * @param transitions edges followed
     * @param depthCompleted deepest complete level
     * @param exhausted whether every state up to the depth was covered
     * @param counterexample the shortest counterexample, if any
     * @param sometimes sometimes condition to count
     * @param elapsedNanos duration, if measured
     */
    public ExhaustiveResult {
        sometimes = Collections.unmodifiableMap(new LinkedHashMap<>(sometimes));
    }

    /**
     * Returns the sometimes conditions that no explored step reached.
     *
     * @return their names, in declaration order
     */
    public List<String> unreached() {
        List<String> unreached = new ArrayList<>();
        sometimes.forEach((name, count) -> {
            if (count == 0) {
                unreached.add(name);
            }
        });
        return unreached;
    }

    /**
     * Renders what was explored in one line: states, transitions, depth and, when measured, the rate.
     *
     * @return the summary
     */
    public String summary() {
        String rate = elapsedNanos.isPresent()
                ? String.format(java.util.Locale.ROOT, ", %d ms, %.0f states/s", elapsedNanos.getAsLong() / 1_000_000,
                        statesExplored * 1e9 / Math.max(1, elapsedNanos.getAsLong()))
                : "";
        return statesExplored + " states, " + transitions + " transitions, depth " + depthCompleted + " completed"
                + (exhausted ? "" : " (stopped early)") + rate;
    }

    /**
     * Fails with the counterexample; with a warning if the search hit its state limit before the requested
     * depth (a "pass" that explored less than asked would be a lie); or naming every sometimes condition no
     * step reached (a pass that never met its interesting situations proves little).
     *
     * @return this result, when every state up to the depth satisfied every invariant
     * @throws AssertionError with the shortest path, the depth reached, or the unreached conditions
     */
    public ExhaustiveResult<I> assertHolds() {
        if (counterexample.isPresent()) {
            throw new AssertionError(counterexample.get().describe() + "(" + summary() + ")");
        }
        if (!exhausted) {
            throw new AssertionError("exhaustive search stopped at its state limit after " + statesExplored
                    + " states, completing depth " + depthCompleted + ": raise maxStates or lower the depth (" + summary() + ")");
        }
        if (!unreached().isEmpty()) {
            throw new AssertionError("sometimes conditions never reached by any explored step: '" + String.join("', '", unreached())
                    + "' (" + summary() + ")");
        }
        return this;
    }
}
