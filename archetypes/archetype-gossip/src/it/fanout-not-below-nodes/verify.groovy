// A rule between two of archetype-gossip's own properties, through the real plugin in batch mode: a
// fanout as large as the cluster is refused, naming both values, and what was written is removed.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'fanout' = '4' must be < nodes = 4: a node gossips to peers other than itself. What was generated has been removed.", [])
