package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;

/**
 * When a shrink candidate fails "the same way" as the failure being shrunk. Shrinking only accepts
 * candidates with the same identity, so the report leads with the bug the run actually hit; failures of
 * another identity met on the way are reported after it, never instead of it.
 */
@Api(Api.Status.EXPERIMENTAL)
public enum FailureIdentity {
    /**
     * The same {@link FailureOrigin}: the same invariant, or the same type thrown from the same line; for the five
     * exceptions the JIT may throw without a stack trace (a null, division, array index, cast or array store check),
     * the same type from any line.
     */
    ORIGIN,
    /** The same exception type, wherever it was thrown (every broken invariant is one type). */
    TYPE,
    /** Any failure: shrinking may trade one bug for another that is simpler. */
    ANY;

    /**
     * Returns the key two failures share exactly when they count as the same under this identity.
     *
     * @param failure what a test case threw
     * @return the key
     */
    public String keyOf(Throwable failure) {
        return switch (this) {
            case ORIGIN -> FailureOrigin.of(failure).toString();
            case TYPE -> failure.getClass().getName();
            case ANY -> "any failure";
        };
    }
}
