// archetype-pipeline's own property, through the real plugin in batch mode: a stage that checkpoints every
// zero records would never checkpoint, so the value is refused, naming it, and what was written is removed.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'checkpointEvery' = '0' is not a whole number of records from 1 to 9999. What was generated has been removed.", [])
