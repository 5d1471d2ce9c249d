package dev.simscaffold.corpus.raft;

/**
 * The classic Raft mistakes this corpus can plant, one flag each; a server runs the correct protocol when
 * none is set. Each names the invariant it breaks, so a test that plants it asserts that exact failure.
 */
public enum RaftBug {

    /**
     * A leader commits an entry of an earlier term as soon as a majority stores it (Raft §5.4.2, Figure 8).
     * A later leader that never had the entry can be elected and overwrite it: breaks
     * {@value LeaderCompleteness#NAME}.
     */
    FIGURE_8_COMMIT,

    /**
     * A server sends its vote before the record of that vote is fsynced. A power loss in between lets it
     * forget the vote and vote again in the same term: breaks {@value ElectionSafety#NAME}.
     */
    VOTE_BEFORE_FSYNC,

    /**
     * A leader answers reads from its own state machine without confirming that it still leads, so a
     * deposed leader on the minority side of a partition serves stale values: breaks linearizability of the
     * clients' history.
     */
    STALE_LEADER_READ
}
