// A type no archetype provides: the message lists the types the catalog has.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "property 'type' = 'consensus' is not a sim-scaffold type; use one of coordination, gossip, pipeline")
