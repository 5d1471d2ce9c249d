package dev.simscaffold.corpus.raft;

/**
 * A Raft server's timing: how often a leader sends heartbeats and the range its election timeouts are drawn from.
 * The {@link #standard()} timing is the corpus's (every default run and golden uses it); a model checker branches
 * on every value an election timeout can take, so a model-checking setup narrows the range to two or three values
 * (see {@link #narrow}).
 *
 * @param heartbeatTicks how often a leader sends AppendEntries when it has nothing new, {@code >= 1}
 * @param minElectionTicks the shortest election timeout, {@code > heartbeatTicks}
 * @param maxElectionTicks the longest election timeout, {@code >= minElectionTicks}
 */
public record RaftTimeouts(long heartbeatTicks, long minElectionTicks, long maxElectionTicks) {

    /**
     * Validates the timing: a follower must hear a heartbeat before its shortest election timeout.
     *
     * @param heartbeatTicks the heartbeat period
     * @param minElectionTicks the shortest election timeout
     * @param maxElectionTicks the longest election timeout
     */
    public RaftTimeouts {
        if (heartbeatTicks < 1) {
            throw new IllegalArgumentException("RaftTimeouts.heartbeatTicks must be >= 1, got " + heartbeatTicks);
        }
        if (minElectionTicks <= heartbeatTicks) {
            throw new IllegalArgumentException("RaftTimeouts.minElectionTicks must be > heartbeatTicks (" + heartbeatTicks
                    + "), got " + minElectionTicks);
        }
        if (maxElectionTicks < minElectionTicks) {
            throw new IllegalArgumentException("RaftTimeouts.maxElectionTicks must be >= minElectionTicks (" + minElectionTicks
                    + "), got " + maxElectionTicks);
        }
    }

    /**
     * The corpus's timing: heartbeats every {@link RaftServer#HEARTBEAT_TICKS}, election timeouts from
     * {@link RaftServer#MIN_ELECTION_TICKS} to {@link RaftServer#MAX_ELECTION_TICKS}.
     *
     * @return the standard timing
     */
    public static RaftTimeouts standard() {
        return new RaftTimeouts(RaftServer.HEARTBEAT_TICKS, RaftServer.MIN_ELECTION_TICKS, RaftServer.MAX_ELECTION_TICKS);
    }

    /**
     * A timing for model checking: election timeouts take {@code values} consecutive values starting at
     * {@code minElectionTicks}, so a checker branches {@code values} ways on each.
     *
     * @param heartbeatTicks the heartbeat period
     * @param minElectionTicks the shortest election timeout
     * @param values how many election timeouts there are, {@code >= 1}
     * @return the timing
     */
    public static RaftTimeouts narrow(long heartbeatTicks, long minElectionTicks, int values) {
        if (values < 1) {
            throw new IllegalArgumentException("RaftTimeouts.narrow values must be >= 1, got " + values);
        }
        return new RaftTimeouts(heartbeatTicks, minElectionTicks, minElectionTicks + values - 1);
    }

}
