package dev.simscaffold.corpus.raft;

import java.util.List;

/**
 * Everything servers and clients send each other. The sender is the network's {@code from}, so no message
 * repeats it. Servers exchange the four RPC messages of the Raft paper (Figure 2); clients send
 * {@link ClientRequest} and get {@link ClientReply} or {@link NotLeader}.
 */
public sealed interface RaftMessage {

    /**
     * A candidate asks for a vote.
     *
     * @param term the candidate's term
     * @param lastLogIndex the index of the candidate's last entry, 0 for an empty log
     * @param lastLogTerm the term of that entry, 0 for an empty log
     */
    record RequestVote(long term, long lastLogIndex, long lastLogTerm) implements RaftMessage {
    }

    /**
     * The answer to a {@link RequestVote}.
     *
     * @param term the voter's term, for the candidate to update itself
     * @param granted whether the vote was given
     */
    record Vote(long term, boolean granted) implements RaftMessage {
    }

    /**
     * A leader replicates entries (none: a heartbeat) after the entry at {@code prevLogIndex}.
     *
     * @param term the leader's term
     * @param prevLogIndex the index just before the new entries
     * @param prevLogTerm the term of that entry; the follower must hold it (the consistency check)
     * @param entries the entries to store from {@code prevLogIndex + 1}
     * @param leaderCommit the leader's commit index
     */
    record AppendEntries(long term, long prevLogIndex, long prevLogTerm, List<LogEntry> entries, long leaderCommit)
            implements RaftMessage {

        /**
         * Copies the entries so the message is a value.
         *
         * @param term the leader's term
         * @param prevLogIndex the index before the entries
         * @param prevLogTerm the term at that index
         * @param entries the entries
         * @param leaderCommit the leader's commit index
         */
        public AppendEntries {
            entries = List.copyOf(entries);
        }
    }

    /**
     * The answer to an {@link AppendEntries}.
     *
     * @param term the follower's term
     * @param success whether the consistency check passed and the entries are stored durably
     * @param matchIndex on success, the last index known to match the leader; on failure, the follower's last
     *                   index, a hint where the leader should retry
     */
    record AppendResult(long term, boolean success, long matchIndex) implements RaftMessage {
    }

    /**
     * A client asks the server it believes leads to run a command.
     *
     * @param command the command
     */
    record ClientRequest(Command command) implements RaftMessage {
    }

    /**
     * A leader's answer once the command is applied.
     *
     * @param session the command's session
     * @param seq the command's number
     * @param value what a read saw or a refused compare-and-set found; {@code null} for a write or an applied
     *              compare-and-set
     */
    record ClientReply(long session, long seq, Long value) implements RaftMessage {
    }

    /**
     * A server that does not lead refuses a request and names the leader it knows of.
     *
     * @param session the refused command's session
     * @param seq the refused command's number
     * @param leaderHint the index of the node it believes leads, or -1 when it knows none
     */
    record NotLeader(long session, long seq, int leaderHint) implements RaftMessage {
    }
}
