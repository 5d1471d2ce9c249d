package dev.simscaffold.corpus.gossip;

/**
 * The mistakes this corpus can plant in the push-gossip store; none set is the correct protocol. Each breaks
 * {@value VersionsNeverGoBackwards#NAME}.
 */
public enum GossipBug {

    /** A receiver replaces its whole store with whatever arrives, so a stale push rolls keys back. */
    FORGETS_VERSIONS,

    /**
     * A receiver takes an entry whenever its version differs ({@code !=}) from its own instead of only when it
     * is newer: deduplication by inequality, so a delayed or duplicated old push rolls a key back.
     */
    NOT_EQUAL_DEDUP,

    /** A node exposes an empty durable state, so a crash loses every write it had. */
    FORGETS_TO_PERSIST
}
