package dev.simscaffold.corpus.raft;

import java.util.Objects;

/**
 * One record of a server's write-ahead log. Replaying the records in order rebuilds what Raft requires to
 * be persistent (Figure 2): the current term, the vote in it and the log.
 */
sealed interface WalRecord {

    /**
     * The term changed or the server voted.
     *
     * @param term the current term
     * @param votedFor the index of the node voted for in that term, -1 for none
     */
    record TermVote(long term, int votedFor) implements WalRecord {
    }

    /**
     * The entry at {@code index}; replaying it drops every entry from {@code index} on first, so an entry
     * that replaces a conflicting suffix needs no truncation record of its own.
     *
     * @param index the entry's index, {@code >= 1}
     * @param entry the entry
     */
    record Append(long index, LogEntry entry) implements WalRecord {
        public Append {
            Objects.requireNonNull(entry, "entry");
        }
    }
}
