package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;

/**
 * What ended a shrink: a report says whether the counterexample is as simple as the passes can make it,
 * or whether a budget cut shrinking short (and a larger budget might simplify it further).
 */
@Api(Api.Status.EXPERIMENTAL)
public enum ShrinkEnd {
    /** A whole round of passes found nothing simpler: the counterexample is as shrunk as it gets. */
    CONVERGED,
    /** The attempt budget ({@link PropertySettings#maxShrinkAttempts()}) was spent first. Deterministic. */
    ATTEMPT_BUDGET,
    /** The stop hook ({@link PropertySettings#stopShrinking()}, such as a wall-clock limit) asked to stop first. */
    STOP_HOOK
}
