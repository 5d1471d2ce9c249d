// A module name that is a reserved word.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'moduleName' = 'class' is a reserved Java word", [])
