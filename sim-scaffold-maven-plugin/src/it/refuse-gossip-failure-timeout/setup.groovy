// Records the case's tree before Maven runs, for verify.groovy to compare.
evaluate(new File(itSources, 'tree.groovy')).record(basedir, new File(itSnapshots))
return true
