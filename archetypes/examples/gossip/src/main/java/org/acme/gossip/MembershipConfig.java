package org.acme.gossip;

/**
 * How a node gossips, validated when built so that a node never runs with settings that cannot work.
 * Times are in {@code LogicalTime} ticks; what a tick means is the caller's choice.
 *
 * @param gossipInterval ticks between two gossip rounds of one node, at least 1
 * @param failureTimeout ticks of silence after which a peer is suspected, more than {@code gossipInterval}
 * @param fanout peers contacted per round, at least 1 (and at most the number of peers, checked by the node)
 */
public record MembershipConfig(long gossipInterval, long failureTimeout, int fanout) {

    /** The settings this module was generated with: what the simulations test and {@code MembershipMain} runs. */
    public static final MembershipConfig DEFAULT = new MembershipConfig(10, 60, 2);

    /**
     * Rejects settings that cannot work, naming the value.
     *
     * @param gossipInterval ticks between two rounds
     * @param failureTimeout ticks of silence before suspicion
     * @param fanout peers per round
     */
    public MembershipConfig {
        if (gossipInterval < 1) {
            throw new IllegalArgumentException("gossipInterval must be at least 1 tick, got " + gossipInterval);
        }
        if (failureTimeout <= gossipInterval) {
            throw new IllegalArgumentException("failureTimeout must be longer than gossipInterval (" + gossipInterval
                    + " ticks), got " + failureTimeout + ": every peer would be suspected between two of its rounds");
        }
        if (fanout < 1) {
            throw new IllegalArgumentException("fanout must be at least 1, got " + fanout);
        }
    }

    /**
     * Returns how many rounds one pass over all peers takes: every peer is contacted once per cycle.
     *
     * @param peers how many other nodes there are
     * @return {@code ceil(peers / fanout)}
     */
    public int cycleRounds(int peers) {
        return cycleRounds(peers, fanout);
    }

    /**
     * Returns the longest a live peer can stay unheard on a perfect network, apart from delivery delays:
     * a peer contacts this node once per cycle, at worst first and then last in its next cycle.
     *
     * @param peers how many other nodes there are
     * @return {@code (2 * cycleRounds(peers) - 1) * gossipInterval} ticks
     */
    public long longestSilence(int peers) {
        return (2L * cycleRounds(peers) - 1) * gossipInterval;
    }

    /**
     * Checks these settings against a cluster: the fanout must fit the peers, and the failure timeout
     * must be at least {@link #shortestFailureTimeout}, or healthy peers would be suspected on a perfect network.
     *
     * @param peers how many other nodes there are
     * @throws IllegalArgumentException naming the value that does not fit
     */
    public void requireFits(int peers) {
        if (fanout > peers) {
            throw new IllegalArgumentException("fanout " + fanout + " exceeds the " + peers + " peers a node has");
        }
        long needed = shortestFailureTimeout(peers, fanout, gossipInterval);
        if (failureTimeout < needed) {
            throw new IllegalArgumentException("failureTimeout " + failureTimeout + " is shorter than 2 * ceil(" + peers + " peers / fanout "
                    + fanout + ") * gossipInterval " + gossipInterval + " = " + needed + " ticks: live peers would be suspected");
        }
    }

    /**
     * Returns the shortest failure timeout that suspects no live peer on a perfect network: the longest
     * silence of a live peer ({@link #longestSilence}) plus one round of delivery delay. This is the one
     * executable statement of the bound: {@link #requireFits} checks it, and the archetype this module was
     * generated from calls it (its own compiled copy of this class) to refuse a {@code failureTimeout} below it
     * before writing anything.
     *
     * @param peers how many other nodes there are, at least 1
     * @param fanout peers contacted per round, at least 1
     * @param gossipInterval ticks between two rounds of one node
     * @return {@code 2 * ceil(peers / fanout) * gossipInterval} ticks
     */
    public static long shortestFailureTimeout(int peers, int fanout, long gossipInterval) {
        return 2L * cycleRounds(peers, fanout) * gossipInterval;
    }

    private static int cycleRounds(int peers, int fanout) {
        return (peers + fanout - 1) / fanout;
    }
}
