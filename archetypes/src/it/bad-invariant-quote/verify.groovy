// An invariant sentence with a double quote, which would break the string literal it is copied into.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'invariants' = 'no shard is \"stolen\"; epochs only grow' contains a double quote", [])
