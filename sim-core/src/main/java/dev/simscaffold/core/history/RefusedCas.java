package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;

/**
 * What a compare-and-set recorded as {@link OpOutcome#FAIL} means. Jepsen's clients record a refused
 * compare-and-set as {@code :fail}; Jepsen's and Porcupine's etcd models read that as a result (the register
 * did not hold the expected value), while {@link OpOutcome#FAIL} in general means "did not take effect".
 * The two differ: {@code write 1; cas 1->2 refused} is fine when the refusal did not happen, and a
 * violation when it is a result.
 */
@Api(Api.Status.EXPERIMENTAL)
public enum RefusedCas {
    /** A failed compare-and-set did not happen and constrains nothing, like any failed operation. */
    DID_NOT_HAPPEN,
    /**
     * A failed compare-and-set took effect as a refusal: at some point while it was in flight the register
     * held a value other than the expected one.
     */
    RESULT
}
