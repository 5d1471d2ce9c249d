package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.random.SimRandom;

/**
 * A Raft server's timing: how often a leader sends heartbeats and the range its election timeouts are drawn from.
 * The {@link #standard()} timing is the corpus's (every default run and golden uses it); a model checker branches
 * on every value an election timeout can take, so a model-checking setup narrows the range to two or three values
 * (see {@link #narrow}) or to a short and a long one ({@link #shortOrLong}).
 *
 * @param heartbeatTicks how often a leader sends AppendEntries when it has nothing new, {@code >= 1}
 * @param minElectionTicks the shortest election timeout, {@code > heartbeatTicks}
 * @param maxElectionTicks the longest election timeout, {@code >= minElectionTicks}
 * @param electionStepTicks the gap between two election timeouts that can be drawn, {@code >= 1}, dividing
 *                          {@code maxElectionTicks - minElectionTicks}: 1 draws every tick of the range
 */
public record RaftTimeouts(long heartbeatTicks, long minElectionTicks, long maxElectionTicks, long electionStepTicks) {

    /**
     * Validates the timing: a follower must hear a heartbeat before its shortest election timeout, and the step
     * must land on the longest timeout.
     *
     * @param heartbeatTicks the heartbeat period
     * @param minElectionTicks the shortest election timeout
     * @param maxElectionTicks the longest election timeout
     * @param electionStepTicks the gap between two drawable election timeouts
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
        if (electionStepTicks < 1 || (maxElectionTicks - minElectionTicks) % electionStepTicks != 0) {
            throw new IllegalArgumentException("RaftTimeouts.electionStepTicks must be >= 1 and divide maxElectionTicks - minElectionTicks ("
                    + (maxElectionTicks - minElectionTicks) + "), got " + electionStepTicks);
        }
    }

    /**
     * A timing whose election timeouts take every tick from {@code minElectionTicks} to {@code maxElectionTicks}.
     *
     * @param heartbeatTicks the heartbeat period
     * @param minElectionTicks the shortest election timeout
     * @param maxElectionTicks the longest election timeout
     */
    public RaftTimeouts(long heartbeatTicks, long minElectionTicks, long maxElectionTicks) {
        this(heartbeatTicks, minElectionTicks, maxElectionTicks, 1);
    }

    /**
     * Draws one election timeout: {@code minElectionTicks} plus a whole number of steps. With a step of 1 this is
     * {@code random.between(minElectionTicks, maxElectionTicks)}, draw for draw.
     *
     * @param random the server's stream
     * @return the timeout, in ticks
     */
    long drawElectionTimeout(SimRandom random) {
        return minElectionTicks + electionStepTicks * random.between(0, (maxElectionTicks - minElectionTicks) / electionStepTicks);
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

    /**
     * A timing for model checking with two election timeouts, a short and a long one, so a checker branches two
     * ways on each. With the long one more than a round trip past the short one, one server can time out alone and
     * win its election before the others time out, or two can time out together and split the vote: the two
     * things an election does, in the fewest moves. Consecutive values ({@link #narrow}) let no election finish
     * before every other server has timed out too when a round trip (send, fsync, answer) takes more ticks than
     * the range is wide.
     *
     * @param heartbeatTicks the heartbeat period
     * @param shortElectionTicks the short election timeout, {@code > heartbeatTicks}
     * @param longElectionTicks the long election timeout, {@code > shortElectionTicks}
     * @return the timing
     */
    public static RaftTimeouts shortOrLong(long heartbeatTicks, long shortElectionTicks, long longElectionTicks) {
        if (longElectionTicks <= shortElectionTicks) {
            throw new IllegalArgumentException("RaftTimeouts.shortOrLong longElectionTicks must be > shortElectionTicks ("
                    + shortElectionTicks + "), got " + longElectionTicks);
        }
        return new RaftTimeouts(heartbeatTicks, shortElectionTicks, longElectionTicks, longElectionTicks - shortElectionTicks);
    }

}
