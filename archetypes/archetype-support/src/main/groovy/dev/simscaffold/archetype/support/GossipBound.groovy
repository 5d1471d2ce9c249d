package dev.simscaffold.archetype.support

/**
 * The gossip example's timing bound, once in executable form for the machine: a live peer contacts a node
 * once per cycle of ceil((nodes - 1) / fanout) rounds, at worst first and then last in its next cycle, so it
 * can stay unheard for 2 * cycle - 1 intervals plus delivery; a failure timeout shorter than 2 * cycle
 * intervals suspects live peers on a perfect network. The generated {@code <moduleName>Config.requireFits}
 * checks the same bound at run time for any cluster size.
 */
final class GossipBound {

    /** The bound as a refusal shows it. */
    static final String EXPRESSION = '2 * Math.ceil((nodes - 1) / fanout) * gossipInterval'

    private GossipBound() {
    }

    static BigDecimal shortestFailureTimeout(BigDecimal nodes, BigDecimal fanout, BigDecimal gossipInterval) {
        BigDecimal cycle = (nodes - 1).divide(fanout, 0, java.math.RoundingMode.CEILING)
        return 2 * cycle * gossipInterval
    }
}
