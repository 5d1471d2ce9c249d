package dev.simscaffold.core.history;

/** What a consistency check concluded. */
public enum Verdict {
    /** Some order of the operations satisfies the model. */
    OK,
    /** No order of the operations satisfies the model. */
    VIOLATED,
    /** The step budget ran out before the search could decide. */
    UNKNOWN
}
