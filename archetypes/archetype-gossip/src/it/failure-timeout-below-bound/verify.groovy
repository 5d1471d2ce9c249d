// The failure-timeout bound through the real plugin in batch mode: the spec's rule calls the example's
// MembershipConfig.shortestFailureTimeout (the class the archetype jar carries beside the machine, the method
// the generated requireFits calls), refuses one tick below it with the sentence of the bound, and what was
// written is removed.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'failureTimeout' = '39' must be >= 2 * Math.ceil((nodes - 1) / fanout) * gossipInterval = 40" +
        " with nodes = 5, fanout = 2, gossipInterval = 10: a shorter timeout suspects live peers on a perfect network. What was generated has been removed.", [])
