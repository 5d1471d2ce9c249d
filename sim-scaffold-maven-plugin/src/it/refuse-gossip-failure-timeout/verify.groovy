// archetype-gossip's failure-timeout bound, checked by the plugin through the generator API before anything is
// written: the spec's rule calls the example's MembershipConfig.shortestFailureTimeout from the archetype jar
// (6 nodes, fanout 2: 2 * ceil(5 / 2) * 10 = 60), with the sentence archetype:generate prints.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources),
        "property 'failureTimeout' = '50' must be >= 2 * Math.ceil((nodes - 1) / fanout) * gossipInterval = 60 with nodes = 6, fanout = 2, gossipInterval = 10:" +
        " a shorter timeout suspects live peers on a perfect network")
