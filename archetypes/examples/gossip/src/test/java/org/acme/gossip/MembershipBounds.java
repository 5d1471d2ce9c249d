package org.acme.gossip;

/**
 * The deadlines the tests hold the protocol to, each derived from the configuration, the node count and
 * the network's longest delivery delay (ticks). With {@code C = ceil((nodes - 1) / fanout)} rounds per
 * cycle, every node contacts every peer at least once in any {@code 2C - 1} consecutive rounds, and an
 * exchange takes three deliveries (Syn, Ack, Ack2).
 *
 * @param config how the nodes gossip
 * @param nodes how many nodes there are
 * @param maxDelay the longest delivery delay, in ticks
 */
record MembershipBounds(MembershipConfig config, int nodes, long maxDelay) {

    private long cycle() {
        return (long) config.cycleRounds(nodes - 1) * config.gossipInterval();
    }

    /** Once faults stop, every live node holds every entry any live node held: {@code 2C * interval + 3 * maxDelay}. */
    long convergence() {
        return 2 * cycle() + 3 * maxDelay;
    }

    /**
     * A crashed node is suspected by every live node within {@code failureTimeout + interval + maxDelay}:
     * its last message lands at most {@code maxDelay} after the crash, and suspicion is recomputed every round.
     */
    long suspicion() {
        return config.failureTimeout() + config.gossipInterval() + maxDelay;
    }

    /**
     * A restarted node is trusted again within {@code (C + 1) * interval + maxDelay}: it contacts every peer
     * in its first cycle, and each peer refreshes its view at its next round.
     */
    long recovery() {
        return cycle() + config.gossipInterval() + maxDelay;
    }
}
