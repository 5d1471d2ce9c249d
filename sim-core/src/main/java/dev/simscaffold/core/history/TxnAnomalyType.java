package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;

/**
 * The anomalies {@link ListAppendChecker} reports, in Adya's terms as Elle names them. The cycle anomalies
 * are cycles of the dependency graph: ww (a transaction's append came right after another's in a key's
 * version order), wr (a transaction read another's append) and rw (a transaction read a version that
 * another's append overwrote).
 */
@Api(Api.Status.EXPERIMENTAL)
public enum TxnAnomalyType {
    /** Write cycle: a cycle of ww edges only (dirty write). */
    G0,
    /** Aborted read: a committed transaction read an element appended by a failed one. */
    G1A,
    /** Intermediate read: a transaction read a state another transaction left only in the middle of itself. */
    G1B,
    /** Circular information flow: a cycle of ww and wr edges, at least one wr. */
    G1C,
    /** Read skew and friends: a cycle with exactly one rw edge. */
    G_SINGLE,
    /** Anti-dependency cycle: a cycle with two or more rw edges (write skew). */
    G2,
    /** A transaction's read disagrees with its own earlier reads and appends of the same key. */
    INTERNAL,
    /** Two reads of a key that are not prefixes of one another: no version order explains both. */
    INCOMPATIBLE_ORDER,
    /** A read holds the same element twice. */
    DUPLICATE_ELEMENTS,
    /** A read holds an element that no transaction appended. */
    GARBAGE_READ
}
