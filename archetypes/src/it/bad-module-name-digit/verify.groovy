// A module name that is not a Java type name.
def verifyFailure = evaluate(new File(itSources, 'verify-failure.groovy'))
verifyFailure(basedir, "sim-scaffold: property 'moduleName' = '1Lease' is not a valid Java type name", [])
