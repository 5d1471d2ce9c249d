package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;

/** What a consistency check concluded. */
@Api(Api.Status.EXPERIMENTAL)
public enum Verdict {
    /** Some order of the operations satisfies the model. */
    OK,
    /** No order of the operations satisfies the model. */
    VIOLATED,
    /** The step budget ran out before the search could decide. */
    UNKNOWN
}
