// -DdryRun takes true or false: anything else is refused by name, and neither a dry run nor a generation runs.
evaluate(new File(itSources, 'refused.groovy'))(basedir, new File(itSnapshots), new File(itSources), "property 'dryRun' = 'yes' is neither true nor false")
