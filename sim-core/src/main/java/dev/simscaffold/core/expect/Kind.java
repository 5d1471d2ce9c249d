package dev.simscaffold.core.expect;

import dev.simscaffold.core.Api;

/**
 * When an {@link Expectation} must be met, as Stateright's {@code Expectation} says it: the three kinds
 * every explorer (random runs, properties, exhaustive search) understands the same way.
 */
@Api(Api.Status.STABLE)
public enum Kind {
    /** In every view the run reaches: a safety property, checked after every step or event. */
    ALWAYS,
    /**
     * In at least one view: a situation a run is meant to reach. Not meeting it is not a failure of one run
     * but a sign that the tests never exercise what the invariants are about, so runs count it as coverage.
     */
    SOMETIMES,
    /**
     * From some point on: a liveness property, allowed to be unmet for a while; a deadline (after the faults
     * stop) turns "not yet" into a violation.
     */
    EVENTUALLY
}
