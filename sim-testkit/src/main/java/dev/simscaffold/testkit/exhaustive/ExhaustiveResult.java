package dev.simscaffold.testkit.exhaustive;

import java.util.Optional;

/**
 * What an exhaustive search found.
 *
 * @param <I> the input type
 * @param statesExplored how many distinct states were checked, the initial one included
 * @param depthCompleted the deepest level whose every state was checked
 * @param exhausted true if the search covered every state up to the requested depth (it stops early on a
 *                  counterexample or at the state limit)
 * @param counterexample the shortest path to a broken invariant, if any
 */
public record ExhaustiveResult<I>(long statesExplored, int depthCompleted, boolean exhausted, Optional<Counterexample<I>> counterexample) {

    /**
     * Fails with the counterexample, or with a warning if the search hit its state limit before the
     * requested depth (a "pass" that explored less than asked would be a lie).
     *
     * @return this result, when every state up to the depth satisfied every invariant
     * @throws AssertionError with the shortest path, or naming the depth reached
     */
    public ExhaustiveResult<I> assertHolds() {
        if (counterexample.isPresent()) {
            throw new AssertionError(counterexample.get().describe() + "(" + statesExplored + " states explored)");
        }
        if (!exhausted) {
            throw new AssertionError("exhaustive search stopped at its state limit after " + statesExplored
                    + " states, completing depth " + depthCompleted + ": raise maxStates or lower the depth");
        }
        return this;
    }
}
