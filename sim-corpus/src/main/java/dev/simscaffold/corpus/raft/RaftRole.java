package dev.simscaffold.corpus.raft;

/** What a Raft server currently is; invariants and fault targeting read it, clients never see it. */
public enum RaftRole {
    /** Follows the leader of its current term, or waits for one. */
    FOLLOWER,
    /** Asks for votes in its current term. */
    CANDIDATE,
    /** Won an election in its current term. */
    LEADER
}
